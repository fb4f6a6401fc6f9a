import fc from 'fast-check';
import type { CellValue } from '../snapshot';
import type { CellType } from '../schema/types';
import { formatNumber } from '../format/indonesian';
import type { ParseColumn, ParseResult } from './cell';
import { EXPECTED, expectedFor, parseCell, parseDateText } from './cell';

const ALL_TYPES: readonly CellType[] = [
  'teks',
  'bilangan',
  'persen',
  'rupiah',
  'tanggal',
  'tahun',
  'pilihan',
  'ya/tidak',
  'kode',
];

const col = (type: CellType, extra: Omit<ParseColumn, 'type'> = {}): ParseColumn => ({ type, ...extra });
const okValue = (value: number | string | boolean): ParseResult => ({ kind: 'ok', value });
const okText = (value: number | string): ParseResult => ({ kind: 'ok', value, numberAsText: true });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const pct = (value: number): CellValue => ({ kind: 'percent', value });
const err = (code: string): CellValue => ({ kind: 'error', code });

describe('every type', () => {
  const empties: (CellValue | undefined)[] = [undefined, null, '', '   ', '\u00A0', ' \u2009\t\n ', '\u200B'];
  test.each(ALL_TYPES.flatMap((type) => empties.map((raw) => [type, raw] as const)))(
    '%s: %p is empty',
    (type, raw) => {
      expect(parseCell(raw, col(type, { choices: ['A'] }))).toEqual({ kind: 'empty' });
    },
  );

  const errors: CellValue[] = [
    err('#REF!'),
    err('#N/A'),
    err('#DIV/0!'),
    err('#VALUE!'),
    err('#NAME?'),
    '#REF!',
    ' #n/a ',
  ];
  test.each(ALL_TYPES.flatMap((type) => errors.map((raw) => [type, raw] as const)))(
    '%s: %p is a formula error',
    (type, raw) => {
      const r = parseCell(raw, col(type, { choices: ['A', 'B'] }));
      expect(r).toMatchObject({ kind: 'invalid', code: 'cell/formula-error' });
      if (r.kind === 'invalid')
        expect(r.expected).toBe(type === 'pilihan' ? 'salah satu dari: A, B' : EXPECTED[type]);
    },
  );
});

describe('bilangan', () => {
  test.each<[CellValue, ParseResult]>([
    [1234.5, okValue(1234.5)],
    [0, okValue(0)],
    [-0, okValue(0)],
    [-3, okValue(-3)],
    [pct(0.855), okValue(85.5)],
    [pct(1.0305), okValue(103.05)],
    ['1.234.567,89', okText(1234567.89)],
    ['1.234', okText(1234)],
    ['12.345', okText(12345)],
    ['123.456', okText(123456)],
    ['1.234.567', okText(1234567)],
    ['1234,5', okText(1234.5)],
    ['1,5', okText(1.5)],
    ['1,234', okText(1.234)], // one comma is always the decimal comma
    ['0,855', okText(0.855)],
    [',5', okText(0.5)],
    ['-3', okText(-3)],
    ['+3', okText(3)],
    ['\u22123', okText(-3)],
    ['\u2212 1.234,5', okText(-1234.5)],
    ['- 3', okText(-3)],
    ['  42  ', okText(42)],
    ['\u00A01.234,5\u00A0', okText(1234.5)],
    ['1 234,5', okText(1234.5)],
    ['1\u00A0234\u00A0567', okText(1234567)],
    ['1\u2009234,5', okText(1234.5)],
    ['1\u202F234,5', okText(1234.5)],
    ['007', okText(7)],
    ['0', okText(0)],
    ['1.5', okText(1.5)],
    ['0.855', okText(0.855)],
    ['1234.567', okText(1234.567)],
    ['1.2345', okText(1.2345)],
    ['1,234,567.89', okText(1234567.89)],
    ['1,234,567', okText(1234567)],
    ['1,234.5', okText(1234.5)],
    ['1 234.5', okText(1234.5)],
  ])('%p → %p', (raw, result) => {
    expect(parseCell(raw, col('bilangan'))).toEqual(result);
  });

  test.each<CellValue>([
    true,
    false,
    date('2017-12-31'),
    'abc',
    '12 orang',
    '85%',
    '1.2.3',
    '1.23.456',
    '1.234.56',
    '12.34.567',
    '1,2,3',
    '1.234,567,8',
    '1,234.567.8',
    '1.234,5.6',
    '12 34',
    '1 234.567,8',
    '1  .5',
    '1,',
    '1.',
    '.',
    ',',
    '-',
    '+-3',
    '--3',
    '3-',
    '1e5',
    'Infinity',
    'NaN',
    '0x10',
    '(1.234)',
    '1/2',
    '9'.repeat(400),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    pct(Number.NaN),
  ])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('bilangan'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: 'bilangan, mis. 1.234,5',
    });
  });

  test.each<[CellValue, Omit<ParseColumn, 'type'>, ParseResult]>([
    [5, { min: 0, max: 10 }, okValue(5)],
    [0, { min: 0, max: 10 }, okValue(0)],
    [10, { min: 0, max: 10 }, okValue(10)],
    ['10', { min: 0, max: 10 }, okText(10)],
    [-1, { min: 0, max: 10 }, { kind: 'invalid', code: 'cell/range', expected: 'bilangan antara 0 dan 10' }],
    [
      '10,5',
      { min: 0, max: 10 },
      { kind: 'invalid', code: 'cell/range', expected: 'bilangan antara 0 dan 10' },
    ],
    [-1, { min: 0 }, { kind: 'invalid', code: 'cell/range', expected: 'bilangan paling sedikit 0' }],
    [
      1500,
      { max: 1000.5 },
      { kind: 'invalid', code: 'cell/range', expected: 'bilangan paling banyak 1.000,5' },
    ],
    [1e9, {}, okValue(1e9)],
  ])('%p with %p → %p', (raw, bounds, result) => {
    expect(parseCell(raw, col('bilangan', bounds))).toEqual(result);
  });
});

describe('persen', () => {
  test.each<[CellValue, ParseResult]>([
    [85.5, okValue(85.5)],
    [0.855, okValue(0.855)], // a plain number is taken as written: only a percent cell is scaled
    [pct(0.855), okValue(85.5)],
    [pct(0.8571), okValue(85.71)],
    [pct(1.0305), okValue(103.05)],
    [pct(0), okValue(0)],
    ['85%', okText(85)],
    ['85,5 %', okText(85.5)],
    ['85,5%', okText(85.5)],
    ['85,5\u00A0%', okText(85.5)],
    ['85,5', okText(85.5)],
    ['103,05%', okText(103.05)],
    ['-2,5%', okText(-2.5)],
    ['1.234,5%', okText(1234.5)],
    ['85.5%', okText(85.5)],
  ])('%p → %p', (raw, result) => {
    expect(parseCell(raw, col('persen'))).toEqual(result);
  });

  test('a rupiah amount in a bilangan column is its number, typed as text; in a persen column the sentence says it is rupiah', () => {
    expect(parseCell('Rp 185.000.000', col('bilangan'))).toEqual(okText(185_000_000));
    expect(parseCell('Rp. 1.250.000,-', col('bilangan'))).toEqual(okText(1_250_000));
    expect(parseCell('Rp 85', col('persen'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: 'persen (0–100), bukan nilai rupiah, mis. 85,5 atau 85,5%',
    });
    expect(parseCell('Rp 1.000 juta', col('bilangan'))).toMatchObject({ kind: 'invalid', code: 'cell/type' });
  });

  test('the example of a date or a year is of the tracker’s Tahun Laporan', () => {
    expect(expectedFor('tanggal', 2024)).toBe('tanggal, mis. 31/12/2024 atau 31 Desember 2024');
    expect(expectedFor('tahun', 2024)).toBe('tahun (bilangan bulat 2000–2100), mis. 2024');
    expect(expectedFor('tanggal', null)).toBe(EXPECTED.tanggal);
  });

  test.each<CellValue>(['%', '85%%', '% 85', '85 persen', true, date('2017-12-31')])(
    '%p → cell/type',
    (raw) => {
      expect(parseCell(raw, col('persen'))).toMatchObject({
        kind: 'invalid',
        code: 'cell/type',
        expected: EXPECTED.persen,
      });
    },
  );

  test.each<[CellValue, ParseResult]>([
    [100, okValue(100)],
    ['100,5%', { kind: 'invalid', code: 'cell/range', expected: 'persen antara 0% dan 100%' }],
    [pct(1.2), { kind: 'invalid', code: 'cell/range', expected: 'persen antara 0% dan 100%' }],
    [pct(-0.01), { kind: 'invalid', code: 'cell/range', expected: 'persen antara 0% dan 100%' }],
  ])('with 0–100: %p → %p', (raw, result) => {
    expect(parseCell(raw, col('persen', { min: 0, max: 100 }))).toEqual(result);
  });
});

describe('rupiah', () => {
  test.each<[CellValue, ParseResult]>([
    [1234567, okValue(1234567)],
    [0, okValue(0)],
    [1234.5, okValue(1234.5)],
    ['Rp 1.234.567', okText(1234567)],
    ['Rp. 1.234.567,00', okText(1234567)],
    ['Rp1.234.567', okText(1234567)],
    ['rp 1.234.567', okText(1234567)],
    ['RP.1.234.567', okText(1234567)],
    ['IDR 1.000', okText(1000)],
    ['idr1.000', okText(1000)],
    ['1.234.567,00', okText(1234567)],
    ['1.234.567', okText(1234567)],
    ['Rp 50.000,-', okText(50000)],
    ['50.000,-', okText(50000)],
    ['Rp\u00A01.234.567', okText(1234567)],
    ['Rp 1 234 567', okText(1234567)],
    ['+Rp 1.000', okText(1000)],
  ])('%p → %p', (raw, result) => {
    expect(parseCell(raw, col('rupiah'))).toEqual(result);
  });

  const negative: ParseResult = {
    kind: 'invalid',
    code: 'cell/range',
    expected: 'nilai rupiah tidak negatif, mis. Rp 1.234.567',
  };
  test.each<CellValue>([-1, '-1.000', '-Rp 1.000', 'Rp -1.000', 'Rp \u22121.000', pct(-0.5)])(
    '%p → cell/range',
    (raw) => {
      expect(parseCell(raw, col('rupiah'))).toEqual(negative);
    },
  );

  test.each<CellValue>([
    'Rp',
    'Rp abc',
    'Rp 1.000 juta',
    'USD 1.000',
    '$1,000',
    'Rp Rp 1.000',
    '1.000 Rp',
    true,
  ])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('rupiah'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: EXPECTED.rupiah,
    });
  });

  test('a minimum above zero is named in rupiah', () => {
    expect(parseCell(500, col('rupiah', { min: 1000 }))).toEqual({
      kind: 'invalid',
      code: 'cell/range',
      expected: 'nilai rupiah paling sedikit Rp 1.000',
    });
    expect(parseCell(-5, col('rupiah', { min: -100 }))).toEqual(negative);
    expect(parseCell(2e9, col('rupiah', { max: 1e9 }))).toEqual({
      kind: 'invalid',
      code: 'cell/range',
      expected: 'nilai rupiah antara Rp 0 dan Rp 1.000.000.000',
    });
  });
});

describe('tanggal', () => {
  test.each<[CellValue, string]>([
    [date('2017-12-31'), '2017-12-31'],
    [date('2017-12-31T08:30:00'), '2017-12-31'],
    [43100, '2017-12-31'],
    [43100.75, '2017-12-31'],
    [1, '1900-01-01'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
    ['31/12/2017', '2017-12-31'],
    ['31-12-2017', '2017-12-31'],
    ['31.12.2017', '2017-12-31'],
    ['2017-12-31', '2017-12-31'],
    ['2017/12/31', '2017-12-31'],
    ['2017-12-31T08:30:00', '2017-12-31'],
    ['31/12/2017 08:30', '2017-12-31'],
    ['03/04/2018', '2018-04-03'],
    ['3/4/2018', '2018-04-03'],
    ['03/04/18', '2018-04-03'],
    ['31/12/17', '2017-12-31'],
    ['29/02/2020', '2020-02-29'],
    [' 31/12/2017 ', '2017-12-31'],
    ['31 Desember 2017', '2017-12-31'],
    ['31 desember 2017', '2017-12-31'],
    ['31 DESEMBER 2017', '2017-12-31'],
    ['31 Des 2017', '2017-12-31'],
    ['31 Des. 2017', '2017-12-31'],
    ['31-Des-2017', '2017-12-31'],
    ['31-Dec-17', '2017-12-31'],
    ['31 Agustus 2017', '2017-08-31'],
    ['17 Agu 2017', '2017-08-17'],
    ['17 Agt 2017', '2017-08-17'],
    ['17 Ags 2017', '2017-08-17'],
    ['17 Aug 2017', '2017-08-17'],
    ['17 August 2017', '2017-08-17'],
    ['1 Jan 2018', '2018-01-01'],
    ['1 Januari 2018', '2018-01-01'],
    ['1 January 2018', '2018-01-01'],
    ['28 Feb 2018', '2018-02-28'],
    ['28 Februari 2018', '2018-02-28'],
    ['28 Pebruari 2018', '2018-02-28'],
    ['1 Mar 2018', '2018-03-01'],
    ['1 Maret 2018', '2018-03-01'],
    ['1 March 2018', '2018-03-01'],
    ['3 Apr 2018', '2018-04-03'],
    ['3 April 2018', '2018-04-03'],
    ['1 Mei 2018', '2018-05-01'],
    ['1 May 2018', '2018-05-01'],
    ['1 Jun 2018', '2018-06-01'],
    ['1 Juni 2018', '2018-06-01'],
    ['1 June 2018', '2018-06-01'],
    ['1 Jul 2018', '2018-07-01'],
    ['1 Juli 2018', '2018-07-01'],
    ['1 July 2018', '2018-07-01'],
    ['1 Sep 2018', '2018-09-01'],
    ['1 Sept 2018', '2018-09-01'],
    ['1 September 2018', '2018-09-01'],
    ['1 Okt 2018', '2018-10-01'],
    ['1 Oct 2018', '2018-10-01'],
    ['1 Oktober 2018', '2018-10-01'],
    ['1 October 2018', '2018-10-01'],
    ['1 Nov 2018', '2018-11-01'],
    ['1 November 2018', '2018-11-01'],
    ['1 Nopember 2018', '2018-11-01'],
    ['1 Des 2018', '2018-12-01'],
    ['1 Dec 2018', '2018-12-01'],
    ['1 December 2018', '2018-12-01'],
    ['1 Desember 18', '2018-12-01'],
  ])('%p → %p', (raw, iso) => {
    // A date typed as text is used, and marked so that validation warns (Excel cannot sort or count it).
    expect(parseCell(raw, col('tanggal'))).toEqual(typeof raw === 'string' ? okText(iso) : okValue(iso));
  });

  test.each<CellValue>([
    '31/02/2018',
    '29/02/2018',
    '31/04/2018',
    '32/01/2018',
    '00/01/2018',
    '01/13/2018',
    '12/31/2017',
    '31/12/017',
    '31/12-2017',
    '2017-02-30',
    '31 Foo 2017',
    '31 Desember',
    'Desember 2017',
    'December 31, 2017',
    '30 Februari 2018',
    '31/12/1899',
    'besok',
    '43100',
    0,
    -1,
    60,
    2958466,
    0.5,
    Number.NaN,
    true,
    pct(0.5),
    date('2018-02-31'),
    date('junk'),
  ])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('tanggal'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: EXPECTED.tanggal,
    });
  });

  test('parseDateText is exported for other readers', () => {
    expect(parseDateText('17 Agustus 1945')).toBe('1945-08-17');
    expect(parseDateText('17 Agustus')).toBeNull();
  });
});

describe('tahun', () => {
  test.each<[CellValue, ParseResult]>([
    [2017, okValue(2017)],
    [2000, okValue(2000)],
    [2100, okValue(2100)],
    ['2017', okText(2017)],
    [' 2018 ', okText(2018)],
    ['2.017', okText(2017)],
    [2017.0, okValue(2017)],
  ])('%p → %p', (raw, result) => {
    expect(parseCell(raw, col('tahun'))).toEqual(result);
  });

  test.each<CellValue>([
    2017.5,
    '2017,5',
    'abc',
    'TA 2017',
    true,
    date('2017-01-01'),
    Number.POSITIVE_INFINITY,
  ])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('tahun'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: EXPECTED.tahun,
    });
  });

  test.each<CellValue>([1999, 2101, 17, '17', 0, -2017])('%p → cell/range', (raw) => {
    expect(parseCell(raw, col('tahun'))).toEqual({
      kind: 'invalid',
      code: 'cell/range',
      expected: 'tahun antara 2000 dan 2100',
    });
  });

  test('a column range narrows 2000–2100 and never widens it', () => {
    expect(parseCell(2016, col('tahun', { min: 2017, max: 2030 }))).toEqual({
      kind: 'invalid',
      code: 'cell/range',
      expected: 'tahun antara 2017 dan 2030',
    });
    expect(parseCell(1990, col('tahun', { min: 1950 }))).toMatchObject({ code: 'cell/range' });
    expect(parseCell(2020, col('tahun', { min: 2017, max: 2030 }))).toEqual(okValue(2020));
  });
});

describe('pilihan', () => {
  const choices = ['Kumulatif', 'Nilai Akhir', 'Rata-rata'] as const;
  const column = col('pilihan', { choices });
  test.each<[CellValue, string]>([
    ['Kumulatif', 'Kumulatif'],
    ['kumulatif', 'Kumulatif'],
    ['KUMULATIF', 'Kumulatif'],
    ['  nilai   akhir ', 'Nilai Akhir'],
    ['Nilai\u00A0Akhir', 'Nilai Akhir'],
    ['rata-rata', 'Rata-rata'],
  ])('%p → %p', (raw, choice) => {
    expect(parseCell(raw, column)).toEqual(okValue(choice));
  });

  test.each<CellValue>(['Kumulatip', 'Rata rata', 'Nilai', 1, true, date('2017-12-31'), pct(0.5)])(
    '%p → cell/choice',
    (raw) => {
      expect(parseCell(raw, column)).toEqual({
        kind: 'invalid',
        code: 'cell/choice',
        expected: 'salah satu dari: Kumulatif, Nilai Akhir, Rata-rata',
      });
    },
  );

  test.each<[CellValue, readonly string[], string]>([
    [1, ['1', '2', '3', '4'], '1'],
    [2.5, ['2,5', '3'], '2,5'],
    [true, ['Ya', 'Tidak'], 'Ya'],
    [false, ['Ya', 'Tidak'], 'Tidak'],
    [date('2017-12-31'), ['31/12/2017'], '31/12/2017'],
    [pct(0.5), ['50%', '100%'], '50%'],
  ])('a non-text %p matches its shown form in %p', (raw, list, choice) => {
    expect(parseCell(raw, col('pilihan', { choices: list }))).toEqual(okValue(choice));
  });

  test('without choices nothing matches', () => {
    expect(parseCell('A', col('pilihan'))).toEqual({
      kind: 'invalid',
      code: 'cell/choice',
      expected: 'salah satu pilihan (daftar pilihan kosong)',
    });
  });
});

describe('ya/tidak', () => {
  test.each<[CellValue, boolean]>([
    ['Ya', true],
    ['ya', true],
    ['YA', true],
    ['Y', true],
    ['y', true],
    ['Iya', true],
    ['Ada', true],
    ['ADA', true],
    ['✓', true],
    ['✔', true],
    ['√', true],
    ['V', true],
    ['v', true],
    ['Sudah', true],
    ['true', true],
    ['TRUE', true],
    [' ya ', true],
    [true, true],
    ['Tidak', false],
    ['tidak', false],
    ['T', false],
    ['t', false],
    ['Tidak Ada', false],
    ['tidak  ada', false],
    ['TIDAK\u00A0ADA', false],
    ['Belum', false],
    ['false', false],
    ['FALSE', false],
    ['✗', false],
    ['✘', false],
    [false, false],
  ])('%p → %p', (raw, value) => {
    expect(parseCell(raw, col('ya/tidak'))).toEqual(okValue(value));
  });

  test.each<CellValue>(['mungkin', 'X', '-', 'yes', 'no', 'Ya/Tidak', 1, 0, date('2017-12-31'), pct(1)])(
    '%p → cell/type',
    (raw) => {
      expect(parseCell(raw, col('ya/tidak'))).toEqual({
        kind: 'invalid',
        code: 'cell/type',
        expected: 'Ya atau Tidak',
      });
    },
  );
});

describe('kode', () => {
  test.each<[CellValue, string]>([
    ['IKU-01', 'IKU-01'],
    ['  IKU-01  ', 'IKU-01'],
    ['1.2.3', '1.2.3'],
    ['SS  1', 'SS 1'],
    ['SS\u00A01', 'SS 1'],
    ['001', '001'],
    [3, '3'],
    [1.2, '1.2'],
    [-0, '0'],
    [10, '10'],
    [1234567, '1234567'],
  ])('%p → %p', (raw, code) => {
    expect(parseCell(raw, col('kode'))).toEqual(okValue(code));
  });

  test.each<CellValue>([true, date('2017-12-31'), pct(0.5), Number.NaN])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('kode'))).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: EXPECTED.kode,
    });
  });
});

describe('teks', () => {
  test.each<[CellValue, string]>([
    ['Camat', 'Camat'],
    ['  Camat  ', 'Camat'],
    ['baris satu\nbaris dua', 'baris satu\nbaris dua'],
    ['=SUM(A1)', '=SUM(A1)'],
    [1234.5, '1234,5'],
    [2017, '2017'],
    [-3, '-3'],
    [true, 'Ya'],
    [false, 'Tidak'],
    [date('2017-12-31'), '31/12/2017'],
    [date('2017-12-31T08:30:00'), '31/12/2017 08:30:00'],
    [pct(0.855), '85,5%'],
  ])('%p → %p', (raw, text) => {
    expect(parseCell(raw, col('teks'))).toEqual(okValue(text));
  });

  test.each<CellValue>([Number.NaN, date('junk'), pct(Number.POSITIVE_INFINITY)])('%p → cell/type', (raw) => {
    expect(parseCell(raw, col('teks'))).toEqual({ kind: 'invalid', code: 'cell/type', expected: 'teks' });
  });
});

describe('properties', () => {
  const isoDate = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 19));
  const cellValue: fc.Arbitrary<CellValue | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.stringMatching(/^[-+\u2212 ]?(?:Rp\.? ?)?[0-9., \u00A0]{0,12}%?$/),
    fc.stringMatching(/^\d{1,2}[ /.-][A-Za-z0-9]{1,9}[ /.-]\d{2,4}$/),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc
      .oneof(
        isoDate,
        isoDate.map((s) => s.slice(0, 10)),
        fc.string(),
      )
      .map((iso): CellValue => ({ kind: 'date', iso })),
    fc
      .oneof(fc.constantFrom('#REF!', '#N/A'), fc.string())
      .map((code): CellValue => ({ kind: 'error', code })),
    fc.double().map((value): CellValue => ({ kind: 'percent', value })),
  );
  const column: fc.Arbitrary<ParseColumn> = fc.record(
    {
      type: fc.constantFrom(...ALL_TYPES),
      choices: fc.array(fc.string(), { maxLength: 5 }),
      min: fc.double(),
      max: fc.double(),
    },
    { requiredKeys: ['type'] },
  );

  test('parseCell never throws and always returns one of the three kinds, with a value of the type', () => {
    fc.assert(
      fc.property(cellValue, column, (raw, c) => {
        const r = parseCell(raw, c);
        expect(['empty', 'ok', 'invalid']).toContain(r.kind);
        if (r.kind === 'invalid') {
          expect(['cell/type', 'cell/choice', 'cell/range', 'cell/formula-error']).toContain(r.code);
          expect(r.expected.length).toBeGreaterThan(0);
        }
        if (r.kind === 'ok') {
          switch (c.type) {
            case 'bilangan':
            case 'persen':
            case 'rupiah':
            case 'tahun':
              expect(typeof r.value).toBe('number');
              expect(Number.isFinite(r.value)).toBe(true);
              break;
            case 'ya/tidak':
              expect(typeof r.value).toBe('boolean');
              break;
            case 'tanggal':
              expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              break;
            case 'pilihan':
              expect(c.choices).toContain(r.value);
              break;
            default:
              expect(typeof r.value).toBe('string');
          }
          if (r.numberAsText === true) expect(typeof raw).toBe('string');
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  test('a number written by formatNumber reads back as itself (to its decimals)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const n = units / 10 ** decimals;
          expect(parseCell(formatNumber(n, decimals), col('bilangan'))).toEqual(okText(n + 0));
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});
