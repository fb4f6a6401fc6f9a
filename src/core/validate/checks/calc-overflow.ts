import type { Finding } from '../../findings/finding';
import { aggregateQuarters, serapan } from '../../lakip/arithmetic';
import { isianRealisasiOf } from '../../model/settings';
import { numberOf } from '../../read/read-table';
import { METODE_AGREGASI } from '../../schema/choices';
import { rowKey } from '../../read/keys';
import { atCell, choiceOf, realisasiQuarters, type ValidationContext } from '../context';

/**
 * calc/overflow: numbers that are valid one by one but whose sum, average or ratio is beyond
 * a double (±1.8 × 10^308), so the figure cannot be computed — realisasi typed as 9E+307 in
 * every quarter. On the Data Kinerja quarter of largest magnitude (annual realisasi), its last
 * reported quarter (capaian), the DPA quarter of largest magnitude (realisasi anggaran) or the
 * DPA pagu (serapan). The LAKIP export raises the same findings (core/lakip/context.ts).
 */
export function checkCalcOverflow(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const tw = ctx.settings.triwulanBerjalan;
  const pk = ctx.table('pk');
  const data = ctx.table('dataKinerja');
  if (pk !== undefined && data !== undefined) {
    const dataIndex = ctx.index('dataKinerja', 'kodeIndikator');
    const seen = new Set<string>();
    for (const pkRow of pk.rows) {
      const key = rowKey(pkRow, ['kodeIndikator']);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      const dataRow = dataIndex.first(key);
      const metode = choiceOf(pkRow, 'metode', METODE_AGREGASI);
      if (dataRow === undefined || metode === undefined) continue;
      const agg = aggregateQuarters(realisasiQuarters(dataRow), metode, tw, isianRealisasiOf(pkRow, ctx.settings));
      if (agg.kind === 'overflow') {
        out.push(
          atCell('calc/overflow', data, dataRow, `realisasiTw${agg.largest}`, {
            detail: { reason: 'realisasi' },
          }),
        );
      }
    }
    for (const c of ctx.capaian()) {
      if (c.capaian.kind !== 'undefined' || c.capaian.reason !== 'terlalu-besar') continue;
      const last = c.quartersReported[c.quartersReported.length - 1] ?? 1;
      out.push(
        atCell('calc/overflow', data, c.dataRow, `realisasiTw${last}`, { detail: { reason: 'capaian' } }),
      );
    }
  }
  const dpa = ctx.table('dpa');
  for (const row of dpa?.rows ?? []) {
    if (dpa === undefined) break;
    const agg = aggregateQuarters(realisasiQuarters(row), 'Kumulatif', tw);
    const pagu = numberOf(row, 'pagu');
    if (agg.kind === 'overflow') {
      out.push(
        atCell('calc/overflow', dpa, row, `realisasiTw${agg.largest}`, {
          detail: { reason: 'realisasi-anggaran' },
        }),
      );
    } else if (
      agg.kind === 'ok' &&
      pagu !== undefined &&
      pagu !== 0 &&
      serapan(agg.value, pagu) === undefined
    ) {
      out.push(atCell('calc/overflow', dpa, row, 'pagu', { detail: { reason: 'serapan' } }));
    }
  }
  return out;
}
