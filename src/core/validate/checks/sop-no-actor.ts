import { cellAddress } from '../../address';
import type { Finding } from '../../findings/finding';
import { isEmptyCell } from '../../snapshot';
import { atCell, type ValidationContext } from '../context';

/**
 * sop/no-actor: an SOP step with no actor marked. The finding sits on the step's first actor
 * cell (on Aktivitas when the sheet has no actor column at all).
 */
export function checkSopNoActor(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const firstActor = sop.actorColumns[0];
  const out: Finding[] = [];
  for (const row of sop.rows) {
    let marked = false;
    for (const v of row.actors.values()) if (!isEmptyCell(v)) marked = true;
    if (marked) continue;
    const base = atCell('sop/no-actor', sop, row, 'aktivitas', {
      detail: { actors: sop.actorColumns.map((a) => a.label) },
    });
    out.push(
      firstActor === undefined
        ? base
        : {
            ...base,
            column: firstActor.label,
            cell: cellAddress(row.excelRow, firstActor.col + 1),
            value: null,
          },
    );
  }
  return out;
}
