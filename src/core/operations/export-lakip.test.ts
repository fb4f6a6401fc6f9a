import { LAKIP_SHEETS } from '../lakip/tables';
import { emptyWorkbook, sampleTracker, trackerWithFindings } from './fixtures.test-helper';
import { exportFileName, exportLakip, wasExported } from './export-lakip';

test('the sample exports final tables into a workbook of its own, under its unit and year', () => {
  const e = exportLakip(sampleTracker(), { into: 'new' });
  if (!wasExported(e)) throw new Error('not exported');
  expect([e.galat, e.draft, e.blocked, e.fileName]).toEqual([
    0,
    undefined,
    false,
    'Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx',
  ]);
  expect(e.result.tables.map((t) => t.sheetName)).toEqual([...LAKIP_SHEETS]);
});

test('galat in the tracker make the tables a DRAF', () => {
  const e = exportLakip(trackerWithFindings(), { into: 'tracker' });
  if (!wasExported(e)) throw new Error('not exported');
  expect([e.galat, e.draft]).toEqual([2, { galat: 2 }]);
});

test('a workbook that is not a tracker is not exported', () => {
  expect(exportLakip(emptyWorkbook(), { into: 'new' })).toEqual({
    workbook: { kind: 'none', ownSheets: [] },
  });
});

test('exportFileName leaves out what is not known', () => {
  expect(exportFileName({ unit: '', tahun: null })).toBe('Tabel LAKIP.xlsx');
});
