import type { Finding, FindingDetail } from '../../findings/finding';
import { formatNumber } from '../../format/indonesian';
import { annualFromQuarterlyTargets, quarterlyFromMonthly } from '../../lakip/arithmetic';
import { numberOf, textOf, type TableRead, type TableRow } from '../../read/read-table';
import { MONTH_TARGET_KEYS } from '../../schema/sheets/rencana-aksi';
import { METODE_AGREGASI, type MetodeAgregasi } from '../../schema/choices';
import { rowKey } from '../../read/keys';
import { atCell, type ValidationContext } from '../context';

const QUARTERS = ['targetTw1', 'targetTw2', 'targetTw3', 'targetTw4'] as const;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The targets of TW I–IV of a Rencana Aksi row (undefined = nothing planned), from the monthly
 * columns when no quarter is filled and a month is; undefined when a cell is not a number.
 */
export function plannedQuarters(row: TableRow, metode: MetodeAgregasi): (number | undefined)[] | undefined {
  const read = (keys: readonly string[]): (number | undefined)[] | undefined => {
    const out: (number | undefined)[] = [];
    for (const k of keys) {
      const p = row.values.get(k);
      if (p === undefined || p.kind === 'empty') out.push(undefined);
      else if (p.kind === 'ok' && typeof p.value === 'number') out.push(p.value);
      else return undefined;
    }
    return out;
  };
  const quarters = read(QUARTERS);
  if (quarters === undefined || quarters.some((q) => q !== undefined)) return quarters;
  const months = read(MONTH_TARGET_KEYS);
  if (months === undefined) return undefined;
  return months.some((m) => m !== undefined) ? quarterlyFromMonthly(months, metode) : quarters;
}

/**
 * sum/mismatch of targets: the four quarterly targets of a Rencana Aksi row, combined by
 * the PK indicator's Metode Agregasi (Kumulatif: sum; Nilai Akhir: TW IV; Rata-rata: mean),
 * must give the PK target. The finding sits on Target TW IV, the quarter that closes the year.
 * An empty quarter has nothing planned; a row with no target in any quarter (nor month) is one
 * warning on Target TW I. A row whose Kode Indikator is a DPA program (a program-level
 * indicator the PK does not list) has no PK target to add up to. Rencana Aksi Individu and
 * Rencana Aksi Tahun Berikut follow the same empty-plan rule; their targets are not added up
 * (Individu's belong to PK Individu; next year's PK is not signed yet, and this year's PK target
 * is not next year's).
 */
export function checkSumQuarterlyTargets(ctx: ValidationContext): Finding[] {
  return [
    ...checkRencanaAksi(ctx),
    ...checkEmptyPlans(ctx, 'renaksiIndividu'),
    ...checkEmptyPlans(ctx, 'renaksiBerikut'),
  ];
}

/** The one rule of an empty plan: a row with no target in any quarter (nor month) is one warning on TW I. */
function emptyPlan(
  table: TableRead,
  row: TableRow,
  targets: readonly (number | undefined)[],
  detail: Omit<Extract<FindingDetail<'sum/mismatch'>, { rule: 'target-triwulan-kosong' }>, 'rule'> = {},
): Finding | undefined {
  if (targets.some((t) => t !== undefined)) return undefined;
  return atCell('sum/mismatch', table, row, 'targetTw1', {
    detail: { rule: 'target-triwulan-kosong', ...detail },
  });
}

/**
 * Rencana Aksi Individu and Rencana Aksi Tahun Berikut: their quarters are optional as Rencana
 * Aksi's (an empty quarter has nothing planned, a monthly row is read by the same
 * `plannedQuarters`); only a row with no target in any quarter (nor month) is a warning. Their
 * targets are not added up against a PK target.
 */
function checkEmptyPlans(ctx: ValidationContext, id: 'renaksiIndividu' | 'renaksiBerikut'): Finding[] {
  const table = ctx.table(id);
  if (table === undefined) return [];
  const hasMonths = MONTH_TARGET_KEYS.some((k) => table.columnIndex.has(k));
  const out: Finding[] = [];
  for (const row of table.rows) {
    // Which quarters are planned does not depend on the method (only how months become quarters).
    const targets = plannedQuarters(row, 'Kumulatif');
    if (targets === undefined) continue; // a cell that is not a number: cell/type says so
    const empty = emptyPlan(table, row, targets, hasMonths ? { bulanan: true } : {});
    if (empty !== undefined) out.push(empty);
  }
  return out;
}

function checkRencanaAksi(ctx: ValidationContext): Finding[] {
  const renaksi = ctx.table('renaksi');
  if (renaksi === undefined || ctx.table('pk') === undefined) return [];
  const pkIndex = ctx.index('pk', 'kodeIndikator');
  const dpaIndex = ctx.index('dpa', 'kodeProgram');
  const hasMonths = MONTH_TARGET_KEYS.some((k) => renaksi.columnIndex.has(k));
  const out: Finding[] = [];
  for (const row of renaksi.rows) {
    const key = rowKey(row, ['kodeIndikator']);
    const pkRow = key === undefined ? undefined : pkIndex.first(key);
    // A program-level row: its Kode Indikator is a DPA Kode Program/Kegiatan, not a PK indicator.
    const program = pkRow === undefined && key !== undefined && dpaIndex.has(key) ? key : undefined;
    if (pkRow === undefined && program === undefined) continue;
    const target = pkRow === undefined ? undefined : numberOf(pkRow, 'target');
    const metodeText = pkRow === undefined ? undefined : textOf(pkRow, 'metode');
    const metode: MetodeAgregasi | undefined = METODE_AGREGASI.find((m) => m === metodeText);
    const targets = plannedQuarters(row, metode ?? 'Kumulatif');
    if (targets === undefined) continue; // a cell that is not a number: cell/type says so
    const empty = emptyPlan(renaksi, row, targets, {
      ...(pkRow !== undefined ? { pkRow: pkRow.excelRow } : {}),
      ...(program !== undefined ? { program } : {}),
      ...(hasMonths ? { bulanan: true as const } : {}),
    });
    if (empty !== undefined) {
      out.push(empty);
      continue;
    }
    const planned = targets.filter((t): t is number => t !== undefined);
    if (pkRow === undefined || target === undefined || metode === undefined) continue;
    const annual = annualFromQuarterlyTargets(planned, metode);
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
