import { isDateFormat, isPercentFormat } from './number-format';

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
