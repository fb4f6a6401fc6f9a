import type { Finding } from '../../findings/finding';
import { formatNumber } from '../../format/indonesian';
import { annualFromQuarterlyTargets } from '../../lakip/arithmetic';
import { numberOf, textOf } from '../../read/read-table';
import { METODE_AGREGASI, type MetodeAgregasi } from '../../schema/choices';
import { rowKey } from '../../read/keys';
import { atCell, type ValidationContext } from '../context';

const QUARTERS = ['targetTw1', 'targetTw2', 'targetTw3', 'targetTw4'] as const;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * sum/mismatch of targets: the four quarterly targets of a Rencana Aksi row, combined by
 * the PK indicator's Metode Agregasi (Kumulatif: sum; Nilai Akhir: TW IV; Rata-rata: mean),
 * must give the PK target. The finding sits on Target TW IV, the quarter that closes the year.
 */
export function checkSumQuarterlyTargets(ctx: ValidationContext): Finding[] {
  const renaksi = ctx.table('renaksi');
  if (renaksi === undefined || ctx.table('pk') === undefined) return [];
  const pkIndex = ctx.index('pk', 'kodeIndikator');
  const out: Finding[] = [];
  for (const row of renaksi.rows) {
    const key = rowKey(row, ['kodeIndikator']);
    const pkRow = key === undefined ? undefined : pkIndex.first(key);
    if (pkRow === undefined) continue;
    const target = numberOf(pkRow, 'target');
    const metodeText = textOf(pkRow, 'metode');
    const metode: MetodeAgregasi | undefined = METODE_AGREGASI.find((m) => m === metodeText);
    const targets = QUARTERS.map((q) => numberOf(row, q));
    if (target === undefined || metode === undefined || targets.some((t) => t === undefined)) continue;
    const annual = annualFromQuarterlyTargets(targets as number[], metode);
    if (annual === undefined || sameAmount(annual, target)) continue;
    out.push(
      atCell('sum/mismatch', renaksi, row, 'targetTw4', {
        expected: formatNumber(target),
        detail: { rule: 'target-triwulan', metode, expected: target, actual: annual, pkRow: pkRow.excelRow },
      }),
    );
  }
  return out;
}
