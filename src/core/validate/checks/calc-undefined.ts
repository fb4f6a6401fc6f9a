import type { Finding } from '../../findings/finding';
import { atCell, type ValidationContext } from '../context';

/**
 * calc/undefined: a PK indicator whose capaian cannot be computed from its Data Kinerja row —
 * target 0 (the finding sits on the PK target), or formula `Target/Realisasi` with realisasi 0
 * (on the last quarter reported in Data Kinerja).
 */
export function checkCalcUndefined(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const pk = ctx.table('pk');
  const data = ctx.table('dataKinerja');
  if (pk === undefined || data === undefined) return out;
  for (const c of ctx.capaian()) {
    if (c.capaian.kind !== 'undefined') continue;
    if (c.capaian.reason === 'target-nol') {
      out.push(atCell('calc/undefined', pk, c.pkRow, 'target', { detail: { reason: 'target-nol' } }));
    } else if (c.capaian.reason === 'realisasi-nol') {
      const last = c.quartersReported[c.quartersReported.length - 1] ?? 1;
      out.push(
        atCell('calc/undefined', data, c.dataRow, `realisasiTw${last}`, {
          detail: { reason: 'realisasi-nol', rumus: ctx.settings.rumusNegatif },
        }),
      );
    }
  }
  return out;
}
