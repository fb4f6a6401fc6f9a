import { blankFormat, emptyWorkbook, trackerWithFindings } from './fixtures.test-helper';
import { checkWorkbook, wasChecked } from './check';

test('a tracker is validated whole, with its unit and year; the Temuan plan only on request', () => {
  const checked = checkWorkbook(trackerWithFindings());
  if (!wasChecked(checked)) throw new Error('not checked');
  expect([checked.workbook.kind, checked.unit, checked.tahun, checked.result.errors]).toEqual([
    'tracker',
    'Kecamatan Pasrujambe',
    2017,
    2,
  ]);
  expect(checked.temuan).toBeUndefined();
  const withTemuan = checkWorkbook(trackerWithFindings(), { temuan: true });
  if (!wasChecked(withTemuan) || withTemuan.temuan === undefined) throw new Error('no Temuan plan');
  expect(withTemuan.temuan.listed).toBe(withTemuan.result.findings.length);
  const first = withTemuan.temuan.plan.ops[0];
  expect([first?.op, first?.sheet]).toEqual(['ensureSheet', 'Temuan']);
});

test('a bagian format is checked by its Data Kinerja rows only: no sheet/missing', () => {
  const checked = checkWorkbook(blankFormat());
  if (!wasChecked(checked)) throw new Error('not checked');
  expect(checked.workbook.kind).toBe('format');
  expect(checked.result.counts['sheet/missing']).toBeUndefined();
});

test('a workbook that is neither is not checked', () => {
  expect(checkWorkbook(emptyWorkbook())).toEqual({ workbook: { kind: 'none', ownSheets: [] } });
});
