import type { Finding } from '../../findings/finding';
import type { ValidationContext } from '../context';

/**
 * The A/B rule's findings (realisasi = Pembilang ÷ Penyebut × 100, `ratioRealisasi`): a
 * quarter with one of the two numbers (cell/ratio-incomplete), a typed Realisasi TW that
 * differs from A ÷ B × 100 (calc/ratio-mismatch), numbers whose PK row does not name them
 * (calc/ratio-unlabelled), a Penyebut of 0 (calc/undefined), numbers whose sum is beyond a
 * double (calc/overflow). The tracker model raises them
 * once, for validation and the LAKIP tables alike.
 */
export function checkCalcRatio(ctx: ValidationContext): Finding[] {
  return [...ctx.ratioFindings()];
}
