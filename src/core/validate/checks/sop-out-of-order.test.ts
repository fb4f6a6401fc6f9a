import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopOutOfOrder } from './sop-out-of-order';

describe('sop/out-of-order', () => {
  test('steps finished in order, and unfinished steps after finished ones, are fine', () => {
    expect(runCheck(checkSopOutOfOrder)).toEqual([]);
    expect(
      runCheck(checkSopOutOfOrder, (d) => d.tables.sop?.slice(5).forEach((r) => (r.status = 'Belum'))),
    ).toEqual([]);
  });
  test('a Selesai step after an unfinished one is a warning on its Status, naming the first unfinished step', () => {
    const found = runCheck(checkSopOutOfOrder, (d) => {
      rowOf(d, 'sop', 4).status = 'Proses';
      rowOf(d, 'sop', 5).status = null;
      d.tables.sop?.slice(7).forEach((r) => (r.status = 'Belum'));
    });
    expect(found).toEqual([
      {
        code: 'sop/out-of-order',
        severity: 'warning',
        sheet: 'SOP',
        row: 8,
        column: 'Status',
        cell: 'K8',
        value: 'Selesai',
        detail: { earlierRow: 6, earlierNo: 5 },
      },
    ]);
  });
  test('order is by No, not by row', () => {
    const found = runCheck(checkSopOutOfOrder, (d) => {
      const sop = d.tables.sop ?? [];
      sop.reverse();
      sop.forEach((r) => (r.status = Number(r.no) <= 3 ? 'Selesai' : 'Belum'));
    });
    expect(found).toEqual([]);
  });
});
