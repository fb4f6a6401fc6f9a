import fc from 'fast-check';
import {
  EXCEL_SERIAL_MAX,
  excelSerialToIso,
  isValidYmd,
  isoToExcelSerial,
  parseIso,
  todayIso,
  ymdToIso,
} from './dates';

describe('excelSerialToIso', () => {
  test.each<[number, string | null]>([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [32, '1900-02-01'],
    [59, '1900-02-28'],
    [60, null], // Excel's 29 February 1900 never existed
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [43100, '2017-12-31'],
    [43101, '2018-01-01'],
    [43159, '2018-02-28'],
    [43160, '2018-03-01'],
    [43890, '2020-02-29'],
    [45292, '2024-01-01'],
    [EXCEL_SERIAL_MAX, '9999-12-31'],
    [EXCEL_SERIAL_MAX + 1, null],
    [0, null],
    [-1, null],
    [0.5, null],
    [60.5, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [Number.NEGATIVE_INFINITY, null],
  ])('%p → %p', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test.each<[number, string]>([
    [43100.5, '2017-12-31T12:00:00'],
    [43100.25, '2017-12-31T06:00:00'],
    [43100.1, '2017-12-31T02:24:00'],
    [43100 + (8 * 3600 + 30 * 60 + 15) / 86400, '2017-12-31T08:30:15'],
    [59.5, '1900-02-28T12:00:00'],
    [61.75, '1900-03-01T18:00:00'],
    [43100.000001, '2017-12-31'], // 0,09 s rounds to no time at all
    [43100.999999, '2018-01-01'], // 23:59:59,91 rounds up to the next midnight
  ])('with time: %p → %p', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});

describe('isoToExcelSerial', () => {
  test.each<[string, number]>([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2017-12-31', 43100],
    ['2018-01-01', 43101],
    ['2020-02-29', 43890],
    ['9999-12-31', EXCEL_SERIAL_MAX],
    ['2017-12-31T12:00:00', 43100.5],
    ['2017-12-31T06:00', 43100.25],
    ['2017-12-31T00:00:00', 43100],
  ])('%p → %p', (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  test.each([
    '1900-02-29',
    '1899-12-31',
    '0001-01-01',
    '2018-02-31',
    '2017-13-01',
    '2017-00-10',
    '31/12/2017',
    '2017-1-5',
    '',
    '2017-12-31T24:00:00',
    '2017-12-31T12:60',
    '2017-12-31 12:00:00',
    '10000-01-01',
  ])('%p → NaN', (iso) => {
    expect(isoToExcelSerial(iso)).toBeNaN();
  });

  test('is the inverse of excelSerialToIso for every day serial', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: EXCEL_SERIAL_MAX }).filter((s) => s !== 60),
        fc.integer({ min: 0, max: 86399 }),
        (day, second) => {
          const serial = day + second / 86400;
          const iso = excelSerialToIso(serial);
          expect(iso).not.toBeNull();
          expect(iso?.length).toBe(second === 0 ? 10 : 19);
          expect(Math.abs(isoToExcelSerial(iso ?? '') - serial)).toBeLessThan(1e-9);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('isValidYmd', () => {
  test.each<[number, number, number, boolean]>([
    [2017, 12, 31, true],
    [2018, 2, 28, true],
    [2018, 2, 29, false],
    [2020, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2018, 4, 30, true],
    [2018, 4, 31, false],
    [2018, 2, 31, false],
    [2018, 1, 0, false],
    [2018, 0, 1, false],
    [2018, 13, 1, false],
    [2018, 1.5, 1, false],
    [2018, 1, 1.5, false],
    [2018.5, 1, 1, false],
    [Number.NaN, 1, 1, false],
  ])('%p-%p-%p → %p', (y, m, d, valid) => {
    expect(isValidYmd(y, m, d)).toBe(valid);
  });
});

describe('parseIso and ymdToIso', () => {
  test.each<[string, ReturnType<typeof parseIso>]>([
    ['2017-12-31', { year: 2017, month: 12, day: 31, hour: 0, minute: 0, second: 0, hasTime: false }],
    ['2017-12-31T08:30', { year: 2017, month: 12, day: 31, hour: 8, minute: 30, second: 0, hasTime: true }],
    [
      '2017-12-31T08:30:15',
      { year: 2017, month: 12, day: 31, hour: 8, minute: 30, second: 15, hasTime: true },
    ],
    ['2017-02-29', null],
    ['2017-12-31Z', null],
    ['junk', null],
  ])('parseIso(%p)', (iso, parts) => {
    expect(parseIso(iso)).toEqual(parts);
  });

  test('ymdToIso pads', () => {
    expect(ymdToIso(2018, 4, 3)).toBe('2018-04-03');
    expect(ymdToIso(999, 1, 1)).toBe('0999-01-01');
  });
});

describe('todayIso', () => {
  test.each<[Date, string]>([
    [new Date(2018, 0, 15, 10, 0, 0), '2018-01-15'],
    [new Date(2017, 11, 31, 23, 59, 59), '2017-12-31'],
    [new Date(2018, 0, 1, 0, 0, 0), '2018-01-01'],
    [new Date(2020, 1, 29, 12), '2020-02-29'],
  ])('%p → %p (the calendar day of the machine’s time zone)', (now, iso) => {
    expect(todayIso(now)).toBe(iso);
  });

  test('an invalid Date is a bug', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
