import fc from 'fast-check';
import type { CellValue } from '../snapshot';
import {
  MONTHS_ID,
  formatDateLong,
  formatDateShort,
  formatDateTimeShort,
  formatNumber,
  formatNumberPlain,
  formatPercent,
  formatRawForMessage,
  formatRupiah,
  formatShare,
  shiftDecimal,
} from './indonesian';

describe('formatNumber without decimals: up to 2, trailing zeros dropped', () => {
  test.each<[number, string]>([
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [2, '2'],
    [1.5, '1,5'],
    [1.25, '1,25'],
    [1.2, '1,2'],
    [123, '123'],
    [1234, '1.234'],
    [12345, '12.345'],
    [123456, '123.456'],
    [1234567, '1.234.567'],
    [1234567.89, '1.234.567,89'],
    [1234567.891, '1.234.567,89'],
    [-1234567.89, '-1.234.567,89'],
    [1.005, '1,01'],
    [2.675, '2,68'],
    [103.045, '103,05'],
    [-1.005, '-1,01'],
    [-2.675, '-2,68'],
    [1.004999, '1'],
    [999.995, '1.000'],
    [999999.999, '1.000.000'],
    [0.1 + 0.2, '0,3'],
    [-0.001, '0'],
    [-0.005, '-0,01'],
    [0.005, '0,01'],
    [1e-7, '0'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [(84.5 / 82) * 100, '103,05'],
    [(6 / 7) * 100, '85,71'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NEGATIVE_INFINITY, '-∞'],
  ])('%p → %p', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('formatNumber with fixed decimals', () => {
  test.each<[number, number, string]>([
    [2, 2, '2,00'],
    [0, 2, '0,00'],
    [-0, 2, '0,00'],
    [1.5, 2, '1,50'],
    [1234.5, 0, '1.235'],
    [0.5, 0, '1'],
    [-0.5, 0, '-1'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [1.005, 2, '1,01'],
    [2.675, 2, '2,68'],
    [103.045, 2, '103,05'],
    [1.0005, 3, '1,001'],
    [1 / 3, 4, '0,3333'],
    [2 / 3, 4, '0,6667'],
    [1234.5678, 3, '1.234,568'],
    [9.9999, 3, '10,000'],
    [-0.0004, 3, '0,000'],
    [80, 2, '80,00'],
    [1.5, -1, '2'],
    [1.25, 1.9, '1,3'],
  ])('formatNumber(%p, %p) → %p', (n, decimals, text) => {
    expect(formatNumber(n, decimals)).toBe(text);
  });

  test('agrees with exact decimal rounding for numbers with at most 4 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (tenThousandths) => {
        // the number whose shortest decimal form is tenThousandths / 10 000
        const n = tenThousandths / 10000;
        const abs = Math.abs(tenThousandths);
        const hundredths = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
        const int = Math.floor(hundredths / 100);
        const frac = String(hundredths % 100).padStart(2, '0');
        const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const sign = tenThousandths < 0 && hundredths !== 0 ? '-' : '';
        expect(formatNumber(n, 2)).toBe(`${sign}${grouped},${frac}`);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('formatNumberPlain (General format)', () => {
  test.each<[number, string]>([
    [2017, '2017'],
    [1234.5, '1234,5'],
    [-1234567.125, '-1234567,125'],
    [0.1 + 0.2, '0,3'],
    [1 / 3, '0,3333333333'],
    [0, '0'],
  ])('%p → %p', (n, text) => {
    expect(formatNumberPlain(n)).toBe(text);
  });
});

describe('formatPercent', () => {
  test.each<[number, number | undefined, string]>([
    [(84.5 / 82) * 100, undefined, '103,05%'],
    [80, undefined, '80,00%'],
    [85.71, undefined, '85,71%'],
    [85.714, 1, '85,7%'],
    [85.5, 0, '86%'],
    [0, undefined, '0,00%'],
    [1234.5, 1, '1.234,5%'],
    [-2.845, undefined, '-2,85%'],
  ])('formatPercent(%p, %p) → %p', (n, decimals, text) => {
    expect(decimals === undefined ? formatPercent(n) : formatPercent(n, decimals)).toBe(text);
  });
});

describe('formatRupiah', () => {
  test.each<[number, string]>([
    [1234567, 'Rp 1.234.567'],
    [0, 'Rp 0'],
    [500, 'Rp 500'],
    [1000, 'Rp 1.000'],
    [1234.5, 'Rp 1.234,50'],
    [1234.05, 'Rp 1.234,05'],
    [1234.999, 'Rp 1.235'],
    [1234.004, 'Rp 1.234'],
    [-1234, '-Rp 1.234'],
    [1250000000, 'Rp 1.250.000.000'],
  ])('%p → %p', (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });
});

describe('dates', () => {
  test('MONTHS_ID', () => {
    expect(MONTHS_ID).toHaveLength(12);
    expect(MONTHS_ID[0]).toBe('Januari');
    expect(MONTHS_ID[7]).toBe('Agustus');
    expect(MONTHS_ID[11]).toBe('Desember');
  });

  test.each<[string, string, string, string]>([
    ['2017-12-31', '31 Desember 2017', '31/12/2017', '31/12/2017'],
    ['2018-04-03', '3 April 2018', '03/04/2018', '03/04/2018'],
    ['2017-08-17T08:30:00', '17 Agustus 2017', '17/08/2017', '17/08/2017 08:30:00'],
    ['2017-01-01T00:00:00', '1 Januari 2017', '01/01/2017', '01/01/2017'],
    ['2020-02-29', '29 Februari 2020', '29/02/2020', '29/02/2020'],
    ['2018-05-01', '1 Mei 2018', '01/05/2018', '01/05/2018'],
    ['junk', 'junk', 'junk', 'junk'],
    ['2018-02-31', '2018-02-31', '2018-02-31', '2018-02-31'],
  ])('%p → %p / %p / %p', (iso, long, short, withTime) => {
    expect(formatDateLong(iso)).toBe(long);
    expect(formatDateShort(iso)).toBe(short);
    expect(formatDateTimeShort(iso)).toBe(withTime);
  });
});

describe('formatRawForMessage', () => {
  const long = 'Persentase desa yang menetapkan APBDes tepat waktu';
  test.each<[CellValue | undefined, string]>([
    [undefined, '(kosong)'],
    [null, '(kosong)'],
    ['', '(kosong)'],
    ['  \u00A0 ', '(kosong)'],
    ['abc', '“abc”'],
    [' 1.234,5 ', '“ 1.234,5 ”'],
    ['baris satu\nbaris dua', '“baris satu baris dua”'],
    [long, `“${long.slice(0, 39)}…”`],
    ['x'.repeat(40), `“${'x'.repeat(40)}”`],
    ['x'.repeat(41), `“${'x'.repeat(39)}…”`],
    ['✓'.repeat(41), `“${'✓'.repeat(39)}…”`],
    [1234567.89, '1.234.567,89'],
    [0.123456, '0,123456'],
    [-3, '-3'],
    [0.1 + 0.2, '0,3'],
    [999_999_999_999_999, '999.999.999.999.999'],
    [9e307, '9E+307'],
    [-1.2345678e20, '-1,23457E+20'],
    [1e15, '1E+15'],
    [true, 'Ya'],
    [false, 'Tidak'],
    [{ kind: 'error', code: '#REF!' }, '#REF!'],
    [{ kind: 'error', code: '#N/A' }, '#N/A'],
    [{ kind: 'date', iso: '2017-12-31' }, '31/12/2017'],
    [{ kind: 'date', iso: '2017-12-31T08:30:00' }, '31/12/2017 08:30:00'],
    [{ kind: 'percent', value: 0.855 }, '85,5%'],
    [{ kind: 'percent', value: 1.0305 }, '103,05%'],
  ])('%p → %p', (raw, text) => {
    expect(formatRawForMessage(raw)).toBe(text);
  });

  test('a quoted surrogate pair is never cut in half', () => {
    const text = '😀'.repeat(50);
    expect(formatRawForMessage(text)).toBe(`“${'😀'.repeat(39)}…”`);
  });
});

describe('shiftDecimal', () => {
  test.each<[number, number, number]>([
    [0.855, 2, 85.5],
    [1.0305, 2, 103.05],
    [0.07, 2, 7],
    [-0.855, 2, -85.5],
    [1e21, 2, 1e23],
    [1.5e-7, 2, 1.5e-5],
    [85.5, -2, 0.855],
    [0, 2, 0],
  ])('shiftDecimal(%p, %p) → %p', (n, places, result) => {
    expect(shiftDecimal(n, places)).toBe(result);
  });

  test('non-finite numbers pass through', () => {
    expect(shiftDecimal(Number.NaN, 2)).toBeNaN();
    expect(shiftDecimal(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('formatShare never claims more, or less, than there is', () => {
  test.each([
    [1, 2, '100,00%'],
    [0.99999, 2, '99,99%'],
    [0.9993, 2, '99,93%'],
    [0.9993, 0, '99%'],
    [0.996, 0, '99%'],
    [0.5, 0, '50%'],
    [0, 2, '0,00%'],
    [0.00001, 2, '0,01%'],
    [0.001, 0, '1%'],
  ])('%p with %p decimals → %s', (ratio, decimals, expected) => {
    expect(formatShare(ratio, decimals)).toBe(expected);
  });
});
