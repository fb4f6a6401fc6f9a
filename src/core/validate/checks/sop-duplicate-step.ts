import type { Finding } from '../../findings/finding';
import { numberOf } from '../../read/read-table';
import { atCell, type ValidationContext } from '../context';

/**
 * sop/duplicate-step: two steps with the same Aktivitas (ignoring case and spacing). The seed
 * keeps the office's identical steps 9 and 10, so this warning is expected there.
 */
export function checkSopDuplicateStep(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const out: Finding[] = [];
  for (const rows of ctx.index('sop', 'aktivitas').repeated()) {
    const [first, ...copies] = rows;
    if (first === undefined) continue;
    const firstNo = numberOf(first, 'no');
    for (const row of copies) {
      out.push(
        atCell('sop/duplicate-step', sop, row, 'aktivitas', {
          detail: { firstRow: first.excelRow, ...(firstNo !== undefined ? { firstNo } : {}) },
        }),
      );
    }
  }
  return out;
}
