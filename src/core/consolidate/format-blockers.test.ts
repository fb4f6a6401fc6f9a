import { findSheet, type WorkbookSnapshot } from '../snapshot';
import { trackerWithoutData } from '../../../test/support/format-fixtures';
import { formatBlockers } from './format-blockers';

/** The tracker with one PK cell changed (row, column label). */
function withPkCell(
  wb: WorkbookSnapshot,
  excelRow: number,
  label: string,
  value: string | null,
): WorkbookSnapshot {
  const pk = findSheet(wb, 'PK');
  if (pk === undefined) throw new Error('no PK');
  const header = pk.rows.find((r) => r.some((v) => typeof v === 'string' && v.startsWith('Kode Indikator')));
  const col = header?.findIndex((v) => typeof v === 'string' && v.startsWith(label)) ?? -1;
  const rows = pk.rows.map((r, i) => (i === excelRow - 1 ? r.map((v, c) => (c === col ? value : v)) : r));
  return { sheets: wb.sheets.map((s) => (s === pk ? { ...s, rows } : s)) };
}

test('a PK ready for formats has no blockers, though no bagian has reported yet (no Data Kinerja row is not a galat here)', () => {
  expect(formatBlockers(trackerWithoutData())).toEqual([]);
});

test('a typo in a copied column blocks every format and its own bagian’s; a galat in a column the format does not copy does not', () => {
  const typo = withPkCell(trackerWithoutData(), 6, 'Polaritas', 'positip');
  expect(formatBlockers(typo).map((f) => [f.code, f.cell, f.value])).toEqual([
    ['cell/choice', 'E6', 'positip'],
  ]);
  expect(formatBlockers(typo, 'PELAYANAN')).toHaveLength(1);
  expect(formatBlockers(typo, 'TRANTIB')).toEqual([]);
  expect(formatBlockers(withPkCell(trackerWithoutData(), 6, 'Sasaran Strategis', null))).toEqual([]);
});
