import type { Finding } from '../../findings/finding';
import { atRef, type ValidationContext } from '../context';

/**
 * cell/number-as-text: a number — or a date, which Excel keeps as a number — typed as text;
 * it is still used, with a warning. A date says how it was read (day first: `03/04/2018` is
 * 3 April), so a month-first date is caught.
 */
export function checkCellNumberAsText(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const ref of ctx.cellScan().issues) {
    const p = ref.parsed;
    if (p.kind === 'ok' && p.numberAsText === true) {
      const detail =
        typeof p.value === 'number'
          ? { detail: { kind: 'number' as const, number: p.value } }
          : ref.column.type === 'tanggal' && typeof p.value === 'string'
            ? { detail: { kind: 'date' as const, date: p.value, tahunLaporan: ctx.settings.tahunLaporan } }
            : {};
      out.push(atRef('cell/number-as-text', ref, detail));
    }
  }
  return out;
}
