import type { Finding } from '../../findings/finding';
import { numberOf, type TableRow } from '../../read/read-table';
import { atCell, type ValidationContext } from '../context';
import { isSelesai, stepsInOrder } from './sop-steps';

/** sop/out-of-order: a step is Selesai while an earlier step (by No) is not. */
export function checkSopOutOfOrder(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const out: Finding[] = [];
  let pending: TableRow | undefined;
  for (const row of stepsInOrder(sop.rows)) {
    if (!isSelesai(row)) {
      pending ??= row;
      continue;
    }
    if (pending === undefined) continue;
    const no = numberOf(pending, 'no');
    out.push(
      atCell('sop/out-of-order', sop, row, 'status', {
        detail: { earlierRow: pending.excelRow, ...(no !== undefined ? { earlierNo: no } : {}) },
      }),
    );
  }
  return out;
}
