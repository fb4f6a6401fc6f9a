import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopDuplicateStep } from './sop-duplicate-step';

describe('sop/duplicate-step', () => {
  test('distinct activities', () => {
    expect(runCheck(checkSopDuplicateStep)).toEqual([]);
  });
  test('the same Aktivitas (ignoring case and spaces) is a warning on the later step — as the seed’s steps 9 and 10', () => {
    const found = runCheck(checkSopDuplicateStep, (d) => {
      rowOf(d, 'sop', 9).aktivitas = ' penandatanganan dokumen LAKIP  oleh Kepala Kantor';
    });
    expect(found).toEqual([
      {
        code: 'sop/duplicate-step',
        severity: 'warning',
        sheet: 'SOP',
        row: 11,
        column: 'Aktivitas',
        cell: 'B11',
        value: ' penandatanganan dokumen LAKIP  oleh Kepala Kantor',
        detail: { firstRow: 10, firstNo: 9 },
      },
    ]);
  });
});
