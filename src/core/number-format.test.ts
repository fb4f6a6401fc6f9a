import { classifyFormat, isDateFormat, isPercentFormat, numberCell } from './number-format';

describe('number formats', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['[$-421]d mmmm yyyy', true],
    ['d-mmm', true],
    ['mmm yyyy', true],
    ['mmmm', true],
    ['yyyy-mm-dd hh:mm:ss', true],
    ['hh:mm', false],
    ['[h]:mm:ss', false],
    ['mm:ss', false],
    ['General', false],
    ['general', false],
    ['@', false],
    ['#,##0.00', false],
    ['0.00E+00', false],
    ['#,##0 "hari"', false],
    ['[$Rp-421] #,##0', false],
    ['0 \\d', false],
    ['#,##0;[Red]-#,##0;"-"', false],
  ])('%s is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['0.00"%"', false],
    ['0\\%', false],
    ['General', false],
    ['0.00', false],
  ])('%s is a percent format: %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('isPercentFormat, the file reader cases', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0 %', true],
    ['[Red]0%;-0%', true],
    ['0"%"', false],
    ['0\\%', false],
    ['General', false],
    ['[$%-421]0', false],
    ['dd/mm/yyyy', false],
  ])('%s → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('classifyFormat and numberCell: the one rule of the three readers', () => {
  it.each([
    ['dd/mm/yyyy', 'date'],
    ['[$-421]dd mmmm yyyy', 'date'],
    ['dd/mm/yyyy hh:mm', 'date'],
    ['m/d/yy "h":mm', 'date'],
    ['h:mm', 'time'],
    ['hh:mm:ss', 'time'],
    ['h:mm AM/PM', 'time'],
    ['mm:ss', 'time'],
    ['mmss.0', 'time'],
    ['[h]:mm:ss', 'duration'],
    ['[mm]:ss', 'duration'],
    ['0.00%', 'percent'],
    ['@', 'text'],
    ['General', 'number'],
    ['', 'number'],
    ['#,##0 "jam"', 'number'],
    ['[$Rp-421] #,##0', 'number'],
  ])('%s is %s', (format, expected) => {
    expect(classifyFormat(format)).toBe(expected);
  });

  it('a time of day and a duration stay the fraction of a day Excel stores, never a 1899 date', () => {
    expect(numberCell(0.5, 'h:mm')).toBe(0.5);
    expect(numberCell(1.5, '[h]:mm:ss')).toBe(1.5);
    expect(numberCell(0.25, 'mm:ss')).toBe(0.25);
  });

  it('a date format gives the day, or the number when it is no day of Excel (0, the 29 February 1900)', () => {
    expect(numberCell(43100, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '2017-12-31' });
    expect(numberCell(43100.5, 'dd/mm/yyyy hh:mm')).toEqual({ kind: 'date', iso: '2017-12-31T12:00:00' });
    expect(numberCell(1, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-01-01' });
    expect(numberCell(0.5, 'dd/mm/yyyy hh:mm')).toBe(0.5);
    expect(numberCell(60, 'dd/mm/yyyy')).toBe(60);
  });

  it('the 1904 date system counts from 1904-01-01', () => {
    expect(numberCell(0, 'dd/mm/yyyy', true)).toEqual({ kind: 'date', iso: '1904-01-01' });
    expect(numberCell(41638, '[$-421]dd mmmm yyyy', true)).toEqual({ kind: 'date', iso: '2017-12-31' });
    expect(numberCell(0.5, 'h:mm', true)).toBe(0.5);
  });

  it('percent, text and plain formats', () => {
    expect(numberCell(0.855, '0.0%')).toEqual({ kind: 'percent', value: 0.855 });
    expect(numberCell(12, '@')).toBe(12);
    expect(numberCell(1234.5, '#,##0.00')).toBe(1234.5);
    expect(numberCell(7, undefined)).toBe(7);
    expect(numberCell(Number.NaN, 'General')).toBeNull();
  });
});
