import { trackerWithoutData } from '../../../test/support/format-fixtures';
import { EditableWorkbook } from '../../../test/support/tracker-fixtures';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { pkWithProgramTableSnapshot } from '../../../test/support/pk-program-fixtures';
import { makeFormats } from './make-formats';
import { uniqueFileNames } from './file-names';

const MADE = '2018-01-10T08:00:00';

test('one format per bagian with an indicator, the others listed as skipped', () => {
  const made = makeFormats(trackerWithoutData(), { made: MADE, into: 'files' });
  expect(made.blockers).toEqual([]);
  expect(made.formats.map((f) => f.fileName)).toEqual(
    made.bagian.filter((b) => b.indicators > 0).map((b) => `format-data-kinerja-2017-${b.kode}.xlsx`),
  );
  expect(made.skipped.map((b) => b.kode)).toEqual(['KESSOS']);
});

test('a PK galat in a copied column blocks every format unless forced', () => {
  const tracker = new EditableWorkbook(trackerWithoutData()).set('PK', 'G6', 'delapan puluh dua').snapshot();
  const blocked = makeFormats(tracker, { made: MADE, into: 'files' });
  expect([blocked.blockers.length, blocked.formats.length]).toEqual([1, 0]);
  expect(makeFormats(tracker, { made: MADE, into: 'files', force: true }).blockers).toEqual([]);
});

test("into sheets: one plan for the tracker adding each bagian's own sheet", () => {
  const made = makeFormats(trackerWithoutData(), { bagian: 'PMD', made: MADE, into: 'sheets' });
  const first = made.sheets?.ops[0];
  expect([first?.op, first?.sheet]).toEqual(['ensureSheet', 'Data Kinerja PMD']);
});

test('a bagian without an indicator is said, nothing is made', () => {
  const made = makeFormats(trackerWithoutData(), { bagian: 'KESSOS', made: MADE, into: 'files' });
  expect([made.empty, made.noIndicator, made.formats.length]).toEqual([true, 'KESSOS', 0]);
});

test('uniqueFileNames: one name per bagian, unique ignoring case', () => {
  expect(uniqueFileNames(['f-A.xlsx', 'f-a.xlsx', 'f-B.xlsx'])).toEqual([
    'f-A.xlsx',
    'f-a-2.xlsx',
    'f-B.xlsx',
  ]);
});

test('a PK whose rows name no program, with its program table below: one format of the two indicators', () => {
  const tracker = pkWithProgramTableSnapshot();
  const made = makeFormats(tracker, { bagian: 'PEM', made: MADE, into: 'sheets' });
  expect(made.blockers).toEqual([]);
  expect(made.bagian.map((b) => [b.kode, b.indicators])).toEqual([['PEM', 2]]);
  if (made.sheets === null) throw new Error('no plan');
  const sheet = applyPlanToSnapshot(tracker, made.sheets).sheets.find((s) => s.name === 'Data Kinerja PEM');
  // The program rows (Program Pelayanan Administrasi …) are not indicators: only IK-01 and IK-02.
  const codes = (sheet?.rows ?? []).flat().filter((v) => typeof v === 'string' && /^IK-|^Program /.test(v));
  expect(codes).toEqual(['IK-01', 'IK-02']);
});
