import type { Finding } from '../../findings/finding';
import { computeCapaian, isianContradiction, otherIsian } from '../../lakip/arithmetic';
import { isianRealisasiOf } from '../../model/settings';
import { numberOf, textOf } from '../../read/read-table';
import { METODE_AGREGASI, POLARITAS } from '../../schema/choices';
import { rowKey } from '../../read/keys';
import { atCell, choiceOf, realisasiQuarters, type ValidationContext } from '../context';

/**
 * calc/isian-realisasi: the quarterly realisasi of a Data Kinerja row contradict the way they
 * are said to be typed (the PK's Isian Realisasi, else Pengaturan's Isian Realisasi
 * Triwulan) — see `isianContradiction`. On the quarter that shows it, naming the indicator
 * and the annual realisasi and capaian as read each way.
 */
export function checkCalcIsianRealisasi(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const pk = ctx.table('pk');
  const data = ctx.table('dataKinerja');
  if (pk === undefined || data === undefined) return out;
  const { triwulanBerjalan, rumusNegatif, batasAtasCapaian } = ctx.settings;
  const dataIndex = ctx.index('dataKinerja', 'kodeIndikator');
  const seen = new Set<string>();
  for (const pkRow of pk.rows) {
    const key = rowKey(pkRow, ['kodeIndikator']);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const dataRow = dataIndex.first(key);
    const metode = choiceOf(pkRow, 'metode', METODE_AGREGASI);
    if (dataRow === undefined || metode === undefined) continue;
    // An A/B indicator's realisasi is Pembilang ÷ Penyebut × 100, not the typed quarters.
    if (ctx.indicator(key)?.usesRatio === true) continue;
    const isian = isianRealisasiOf(pkRow, ctx.settings);
    const target = numberOf(pkRow, 'target');
    const found = isianContradiction(realisasiQuarters(dataRow), metode, triwulanBerjalan, isian, target);
    if (found === undefined) continue;
    const polaritas = choiceOf(pkRow, 'polaritas', POLARITAS);
    const capaianOf = (realisasi: number): number | undefined => {
      if (polaritas === undefined) return undefined;
      const c = computeCapaian(target, realisasi, polaritas, rumusNegatif, batasAtasCapaian);
      return c.kind === 'ok' ? c.value : undefined;
    };
    const capaian = capaianOf(found.asChosen);
    const capaianLain = capaianOf(found.asOther);
    out.push(
      atCell('calc/isian-realisasi', data, dataRow, `realisasiTw${found.quarter}`, {
        detail: {
          reason: found.reason,
          kode: key,
          indikator: textOf(pkRow, 'indikator') ?? '',
          isian,
          lain: otherIsian(isian),
          metode,
          ...(target !== undefined ? { target } : {}),
          realisasi: found.asChosen,
          realisasiLain: found.asOther,
          ...(capaian !== undefined ? { capaian } : {}),
          ...(capaianLain !== undefined ? { capaianLain } : {}),
        },
      }),
    );
  }
  return out;
}
