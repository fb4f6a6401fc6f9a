import { parseCell } from '../parse/cell';
import { buildIndex, keyOf, normaliseSpaces, trimSpaces } from './keys';
import type { TableRow } from './read-table';

describe('keyOf: one rule for codes', () => {
  test.each([
    ['IKU-01', 'iku-01'],
    ['  IKU-01 ', 'iku-01'],
    ['IKU-01\u200b', 'iku-01'],
    ['\ufeffIKU-\u200d01\u2060', 'iku-01'],
    ['IKU\u200c-01', 'iku-01'],
    ['IKU\u00a0 01', 'iku 01'],
    ['IKU\t\u2009\u3000 01', 'iku 01'],
    ['IKU\n01', 'iku 01'],
  ])('%j → %j', (written, key) => {
    expect(keyOf(written)).toBe(key);
  });

  test('numbers and booleans as their text', () => {
    expect(keyOf(5.01)).toBe('5.01');
    expect(keyOf(true)).toBe('true');
  });
});

describe('parse/cell.ts reads white space by the same rule', () => {
  const kode = { key: 'kode', label: 'Kode', type: 'kode' } as const;
  const teks = { key: 'teks', label: 'Teks', type: 'teks' } as const;

  test('a code: zero-width characters removed, spaces collapsed, case kept', () => {
    expect(parseCell('\u200bIK\u200d-01\u00a0 ', kode)).toEqual({ kind: 'ok', value: 'IK-01' });
    expect(parseCell('IK\u00a0\u2009 01', kode)).toEqual({ kind: 'ok', value: 'IK 01' });
    expect(normaliseSpaces('\u200bIK\u200d-01\u00a0 ')).toBe('IK-01');
  });

  test('free text: only the ends trimmed, zero-width characters there too', () => {
    expect(parseCell('\u2060 Cuaca  buruk\u200b\u00a0', teks)).toEqual({ kind: 'ok', value: 'Cuaca  buruk' });
    expect(trimSpaces('\ufeffbaris satu\nbaris dua\u200c')).toBe('baris satu\nbaris dua');
  });

  test('zero-width characters alone are an empty cell', () => {
    expect(parseCell('\u200b\u200c\u200d\u2060\ufeff', teks)).toEqual({ kind: 'empty' });
    expect(parseCell('\u200b\u2060', kode)).toEqual({ kind: 'empty' });
  });
});

describe('KeyIndex', () => {
  const row = (excelRow: number, kode: string): TableRow => ({
    excelRow,
    raw: new Map([['kode', kode]]),
    values: new Map([['kode', { kind: 'ok', value: kode }]]),
    actors: new Map(),
  });

  test('finds a row as written first, else as keyOf compares; repeated keys in sheet order', () => {
    const a = row(2, 'IKU-01');
    const b = row(3, 'iku-01\u200b');
    const c = row(4, 'IKU-02');
    const index = buildIndex({ columnIndex: new Map([['kode', 0]]), rows: [a, b, c] }, ['kode']);
    expect(index.first('iku-01\u200b')).toBe(b);
    expect(index.first('Iku-01')).toBe(a);
    expect(index.has('IKU\u00a0-02')).toBe(false);
    expect(index.has(' iku-02 ')).toBe(true);
    expect([...index.repeated()]).toEqual([[a, b]]);
  });
});
