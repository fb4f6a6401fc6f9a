import { buildContext } from '../context';
import { runCheck, toSnapshot, validTrackerData } from '../../../../test/support/tracker-fixtures';
import { checkColumnDuplicate } from './column-duplicate';

describe('column/duplicate', () => {
  test('no label twice', () => {
    expect(runCheck(checkColumnDuplicate)).toEqual([]);
  });
  test('every copy after the first is an error at its header cell; spelling variants count as the same label', () => {
    const wb = toSnapshot(validTrackerData());
    const dup = {
      sheets: wb.sheets.map((s) =>
        s.name === 'Dokumen'
          ? { name: s.name, rows: [[...(s.rows[0] ?? []), 'CATATAN', 'Catatan *'], ...s.rows.slice(1)] }
          : s,
      ),
    };
    expect(checkColumnDuplicate(buildContext(dup))).toEqual([
      {
        code: 'column/duplicate',
        severity: 'error',
        sheet: 'Dokumen',
        row: 1,
        column: 'Catatan',
        cell: 'M1',
        value: 'Catatan',
        detail: { firstCell: 'L1' },
      },
      {
        code: 'column/duplicate',
        severity: 'error',
        sheet: 'Dokumen',
        row: 1,
        column: 'Catatan',
        cell: 'N1',
        value: 'Catatan',
        detail: { firstCell: 'L1' },
      },
    ]);
  });
});
