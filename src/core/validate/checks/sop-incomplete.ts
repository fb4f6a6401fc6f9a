import type { Finding } from '../../findings/finding';
import { SEED_PERINGATAN } from '../../seed/identitas';
import { atCell, atSheet, type ValidationContext } from '../context';
import { isSelesai, stepsInOrder } from './sop-steps';

/**
 * sop/incomplete: not every step is Selesai, so reporting will be held up (the SOP's
 * Peringatan). One finding for the sheet, placed on the Status of the first unfinished step.
 */
export function checkSopIncomplete(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined || sop.headerRow === null) return [];
  const steps = stepsInOrder(sop.rows);
  const done = steps.filter(isSelesai).length;
  if (steps.length > 0 && done === steps.length) return [];
  const warning = ctx.keyValue('identitas')?.fields.get('peringatan')?.parsed;
  const detail = {
    selesai: done,
    total: steps.length,
    peringatan: warning?.kind === 'ok' && typeof warning.value === 'string' ? warning.value : SEED_PERINGATAN,
  };
  const first = steps.find((r) => !isSelesai(r));
  return [
    first === undefined
      ? atSheet('sop/incomplete', sop.sheetName, { detail })
      : atCell('sop/incomplete', sop, first, 'status', { detail }),
  ];
}
