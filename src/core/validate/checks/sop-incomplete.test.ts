import { SEED_PERINGATAN } from '../../seed/identitas';
import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopIncomplete } from './sop-incomplete';

describe('sop/incomplete', () => {
  test('all 13 steps Selesai', () => {
    expect(runCheck(checkSopIncomplete)).toEqual([]);
  });
  test('one warning for the sheet, on the Status of the first unfinished step', () => {
    const found = runCheck(checkSopIncomplete, (d) => {
      rowOf(d, 'sop', 4).status = 'Proses';
      rowOf(d, 'sop', 7).status = null;
    });
    expect(found).toEqual([
      {
        code: 'sop/incomplete',
        severity: 'warning',
        sheet: 'SOP',
        row: 6,
        column: 'Status',
        cell: 'K6',
        value: 'Proses',
        detail: { selesai: 11, total: 13, peringatan: SEED_PERINGATAN },
      },
    ]);
  });
  test('an SOP sheet with a header and no step at all is incomplete too', () => {
    expect(runCheck(checkSopIncomplete, (d) => (d.tables.sop = []))).toEqual([
      {
        code: 'sop/incomplete',
        severity: 'warning',
        sheet: 'SOP',
        detail: { selesai: 0, total: 0, peringatan: SEED_PERINGATAN },
      },
    ]);
  });
});
