import { DOCUMENT_CODES } from './types';
import { ALL_SHEETS, DOCUMENT_SHEETS } from './registry';

test('the workbook order: settings, SOP, checklist, the 14 documents in Keterkaitan order, Data Kinerja', () => {
  expect(ALL_SHEETS.map((s) => s.name)).toEqual([
    'Pengaturan',
    'Bagian',
    'Identitas SOP',
    'SOP',
    'Dokumen',
    'Cascading',
    'SK Tim SAKIP',
    'IKU',
    'IKI',
    'Renstra',
    'Renja-RKT',
    'PK',
    'PK Individu',
    'Rencana Aksi',
    'DPA',
    'Rencana Aksi Individu',
    'LKjIP',
    'Renja Tahun Berikut',
    'Rencana Aksi Tahun Berikut',
    'Data Kinerja',
  ]);
  expect(DOCUMENT_SHEETS.map((s) => s.documentCode)).toEqual([...DOCUMENT_CODES]);
});

test('sheet names are valid Excel names (≤ 31 characters, none of / \\ ? * [ ] :)', () => {
  for (const s of ALL_SHEETS) {
    expect(s.name.length).toBeLessThanOrEqual(31);
    expect(s.name).not.toMatch(/[/\\?*[\]:]/);
  }
});
