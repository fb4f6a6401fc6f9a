import { SCHEMAS } from '../schema/registry';
import { readKeyValue } from './read-keyvalue';
import { readTable } from './read-table';
import { findTrackerSheet, readTracker } from './tracker';
import { isTrackerKeyValue, isTrackerTable, trackerHeaderMinimum } from './tracker-layout';

const PK_LABELS = SCHEMAS.pk.columns.map((c) => c.label);

test('a header must hold half of the columns, and two at least', () => {
  expect([1, 2, 3, 5, 11, 16].map(trackerHeaderMinimum)).toEqual([1, 2, 2, 3, 6, 8]);
});

test.each([
  [PK_LABELS, true],
  [PK_LABELS.slice(0, 6), true],
  [PK_LABELS.slice(0, 5), false],
  [['No', 'Nama Pegawai', 'Indikator Kinerja', 'Satuan', 'Target'], false],
  [['No', 'Nama Pegawai', 'NIP'], false],
])('PK header %j is the tracker’s: %s', (header, ours) => {
  const sheet = { name: 'PK', rows: [header, ['x']] };
  expect(isTrackerTable(readTable(sheet, SCHEMAS.pk))).toBe(ours);
  expect(findTrackerSheet({ sheets: [sheet] }, SCHEMAS.pk) !== undefined).toBe(ours);
});

test('a key–value sheet is the tracker’s with one label of ours in column A', () => {
  const own = { name: 'Pengaturan', rows: [['Printer', 'Epson']] };
  const ours = { name: 'Pengaturan', rows: [['Tahun Laporan', 2024]] };
  expect(isTrackerKeyValue(readKeyValue(own, SCHEMAS.pengaturan))).toBe(false);
  expect(isTrackerKeyValue(readKeyValue(ours, SCHEMAS.pengaturan))).toBe(true);
});

test('an empty sheet with a tracker name is not a tracker sheet yet', () => {
  expect(findTrackerSheet({ sheets: [{ name: 'PK', rows: [] }] }, SCHEMAS.pk)).toBeUndefined();
});

test('readTracker reads a sheet of the user’s own layout as one without a header: no rows', () => {
  const sheet = {
    name: 'PK',
    rows: [
      ['No', 'Indikator Kinerja', 'Target'],
      [1, 'IKM', 82],
    ],
  };
  const pk = readTracker({ sheets: [sheet] }).tables.pk;
  expect(pk).toMatchObject({ sheetName: 'PK', headerRow: null, rows: [] });
  expect(pk?.missingColumns).toHaveLength(PK_LABELS.length);
});
