import type { Finding } from '../../findings/finding';
import { atRef, type ValidationContext } from '../context';

/** cell/number-as-text: a number typed as text; it is still used, with a warning. */
export function checkCellNumberAsText(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const ref of ctx.cellScan().issues) {
    const p = ref.parsed;
    if (p.kind === 'ok' && p.numberAsText === true) {
      out.push(
        atRef('cell/number-as-text', ref, {
          ...(typeof p.value === 'number' ? { detail: { number: p.value } } : {}),
        }),
      );
    }
  }
  return out;
}
