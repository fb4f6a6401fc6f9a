import { DOCUMENT_CODES } from './types';
import {
  ALL_SHEETS,
  DOCUMENT_SHEETS,
  OPTIONAL_SCHEMAS,
  OPTIONAL_SHEETS,
  READ_SHEETS,
  schemaById,
} from './registry';
import { wordsFit } from '../layout/row-height';

test('the document sheets are the 14 of the Keterkaitan list, in its order', () => {
  expect(DOCUMENT_SHEETS.map((s) => s.documentCode)).toEqual([...DOCUMENT_CODES]);
});

test('sheet names are valid Excel names (≤ 31 characters, none of / \\ ? * [ ] :)', () => {
  for (const s of ALL_SHEETS) {
    expect(s.name.length).toBeLessThanOrEqual(31);
    expect(s.name).not.toMatch(/[/\\?*[\]:]/);
  }
});

test('every header word fits its column, so no printed header is broken mid-word (“Kegiata n”)', () => {
  const broken: string[] = [];
  for (const s of ALL_SHEETS) {
    if (s.kind !== 'table') continue;
    for (const c of s.columns) {
      const label = c.required ? `${c.label} *` : c.label;
      if (!wordsFit(label, c.width ?? 14)) broken.push(`${s.name}: ${label} (${c.width ?? 14})`);
    }
  }
  expect(broken).toEqual([]);
});

test('the optional sheet Kategori Capaian: read by id, not made or required with the others, a valid name, headers that fit', () => {
  expect(OPTIONAL_SHEETS.map((s) => s.name)).toEqual(['Kategori Capaian']);
  expect(ALL_SHEETS.map((s) => s.name)).not.toContain('Kategori Capaian');
  expect(READ_SHEETS.map((s) => s.name).slice(-1)).toEqual(['Kategori Capaian']);
  expect(schemaById('kategoriCapaian')).toBe(OPTIONAL_SCHEMAS.kategoriCapaian);
  const schema = OPTIONAL_SCHEMAS.kategoriCapaian;
  expect(schema.optional).toBe(true);
  expect(schema.columns.map((c) => [c.label, c.type, c.required])).toEqual([
    ['Batas Bawah (%)', 'persen', true],
    ['Kategori', 'teks', true],
  ]);
  expect(schema.name.length).toBeLessThanOrEqual(31);
  for (const c of schema.columns) expect(wordsFit(`${c.label} *`, c.width ?? 14)).toBe(true);
});
