/**
 * The SOP sheet as the task pane shows it: each step with its actors, standard time, status,
 * dates and evidence, read by label like every sheet; plus the SOP's own warning.
 */
import { readKeyValue } from '../read/read-keyvalue';
import { numberOf, readTable, textOf, type TableRow } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { STATUS_SOP, type StatusSop } from '../schema/choices';
import { SCHEMAS } from '../schema/registry';
import { SEED_PERINGATAN } from '../seed/identitas';
import { isDateValue, isEmptyCell, type WorkbookSnapshot } from '../snapshot';

export interface SopStepState {
  readonly no: number;
  /** Excel row number of the step. */
  readonly excelRow: number;
  readonly aktivitas: string;
  /** Every actor column with whether this step marks it. */
  readonly actors: readonly { readonly label: string; readonly marked: boolean }[];
  /** Standard time in minutes, when filled. */
  readonly waktu: number | null;
  readonly kelengkapan: string;
  readonly output: string;
  /** Empty or unreadable status counts as Belum. */
  readonly status: StatusSop;
  /** ISO `YYYY-MM-DD`. */
  readonly tanggalMulai: string | null;
  readonly tanggalSelesai: string | null;
  readonly buktiSoft: string;
  readonly buktiHard: boolean | null;
}

export interface SopState {
  /** The SOP sheet's name as the workbook spells it. */
  readonly sheetName: string;
  readonly steps: readonly SopStepState[];
  readonly actorLabels: readonly string[];
  readonly done: number;
  /** Σ Waktu (Menit) of the steps. */
  readonly totalMinutes: number;
  /** The Peringatan of Identitas SOP (or the seed's). */
  readonly peringatan: string;
}

function statusOf(row: TableRow): StatusSop {
  const s = textOf(row, 'status');
  const found = STATUS_SOP.find((x) => x.toLowerCase() === s?.toLowerCase());
  return found ?? 'Belum';
}

function dateOf(row: TableRow, key: string): string | null {
  const p = row.values.get(key);
  if (p?.kind === 'ok' && typeof p.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(p.value))
    return p.value.slice(0, 10);
  const raw = row.raw.get(key);
  return isDateValue(raw) ? raw.iso.slice(0, 10) : null;
}

/** The steps of the SOP sheet, or null when the workbook has no SOP sheet with a header. */
export function readSopState(snapshot: WorkbookSnapshot): SopState | null {
  const sheet = findSchemaSheet(snapshot, SCHEMAS.sop);
  if (sheet === undefined) return null;
  const read = readTable(sheet, SCHEMAS.sop);
  if (read.headerRow === null) return null;
  const steps = read.rows
    .map((row): SopStepState | null => {
      const no = numberOf(row, 'no');
      if (no === undefined) return null;
      const hard = row.values.get('buktiHard');
      return {
        no,
        excelRow: row.excelRow,
        aktivitas: textOf(row, 'aktivitas') ?? '',
        actors: read.actorColumns.map((a) => ({
          label: a.label,
          marked: !isEmptyCell(row.actors.get(a.label)),
        })),
        waktu: numberOf(row, 'waktu') ?? null,
        kelengkapan: textOf(row, 'kelengkapan') ?? '',
        output: textOf(row, 'output') ?? '',
        status: statusOf(row),
        tanggalMulai: dateOf(row, 'tanggalMulai'),
        tanggalSelesai: dateOf(row, 'tanggalSelesai'),
        buktiSoft: textOf(row, 'buktiSoft') ?? '',
        buktiHard: hard?.kind === 'ok' && typeof hard.value === 'boolean' ? hard.value : null,
      };
    })
    .filter((s): s is SopStepState => s !== null);
  const identitas = findSchemaSheet(snapshot, SCHEMAS.identitas);
  const peringatan = identitas
    ? readKeyValue(identitas, SCHEMAS.identitas).fields.get('peringatan')?.parsed
    : undefined;
  return {
    sheetName: sheet.name,
    steps,
    actorLabels: read.actorColumns.map((a) => a.label),
    done: steps.filter((s) => s.status === 'Selesai').length,
    totalMinutes: steps.reduce((sum, s) => sum + (s.waktu ?? 0), 0),
    peringatan:
      peringatan?.kind === 'ok' && typeof peringatan.value === 'string' ? peringatan.value : SEED_PERINGATAN,
  };
}
