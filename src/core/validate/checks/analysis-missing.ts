import type { Finding } from '../../findings/finding';
import { atCell, labelOf, type ValidationContext } from '../context';

const ANALYSIS = ['faktorPenghambat', 'upayaPerbaikan'] as const;

/**
 * analysis/missing: capaian below 100 % and Faktor Penghambat or Upaya Perbaikan empty — one
 * warning per Data Kinerja row, on the first empty cell of the two. The uncapped capaian
 * counts (a cap never makes a shortfall look like one).
 */
export function checkAnalysisMissing(ctx: ValidationContext): Finding[] {
  const data = ctx.table('dataKinerja');
  if (data === undefined) return [];
  const out: Finding[] = [];
  for (const c of ctx.capaian()) {
    if (c.capaian.kind !== 'ok' || !(c.capaian.uncapped < 100)) continue;
    const empty = ANALYSIS.filter((k) => c.dataRow.values.get(k)?.kind !== 'ok');
    const [first] = empty;
    if (first === undefined) continue;
    out.push(
      atCell('analysis/missing', data, c.dataRow, first, {
        detail: {
          capaian: c.capaian.uncapped,
          missing: empty.map((k) => labelOf(data.schema, k)),
        },
      }),
    );
  }
  return out;
}
