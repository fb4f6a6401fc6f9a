/**
 * Marking one SOP step: a write plan that sets the Status, dates and evidence of that step's
 * row of the SOP sheet and nothing else. The row and the columns are found by reading the
 * sheet with its schema, so reordered columns, title rows and users' own columns are fine.
 */
import { cellAddress } from '../address';
import { parseIso, ymdToIso } from '../dates';
import { LakipError } from '../errors';
import { FORMAT } from '../layout/formats';
import type { PlanValue, WriteOp, WritePlan } from '../plan/plan';
import { numberOf, readTable, type TableRead, type TableRow } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import type { StatusSop } from '../schema/choices';
import { SCHEMAS } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';

export interface SopStepUpdate {
  readonly status: StatusSop;
  /** ISO `YYYY-MM-DD`; absent: leave the cell; null or '': empty it. */
  readonly tanggalMulai?: string | null;
  readonly tanggalSelesai?: string | null;
  /** Where the soft copy is (a path or a link); absent: leave; null or '': empty it. */
  readonly buktiSoft?: string | null;
  /** Whether a hard copy is filed; absent: leave; null: empty it. */
  readonly buktiHard?: boolean | null;
}

/** The columns a step update may write, by schema key. */
type UpdatableKey = 'status' | 'tanggalMulai' | 'tanggalSelesai' | 'buktiSoft' | 'buktiHard';

/** The SOP sheet's step with this number (the first, if numbers repeat), or undefined. */
export function findSopStepRow(read: TableRead, no: number): TableRow | undefined {
  return read.rows.find((r) => numberOf(r, 'no') === no);
}

function dateValue(iso: string, label: string): PlanValue {
  const p = parseIso(iso);
  if (p === null) {
    throw new LakipError(
      'usage',
      `${label} "${iso}" bukan tanggal yang valid; pilih tanggal dari kalender (hari/bulan/tahun).`,
    );
  }
  return { kind: 'date', iso: ymdToIso(p.year, p.month, p.day) };
}

function textValue(v: string | null): PlanValue {
  return v === null || v.trim() === '' ? null : v.trim();
}

/**
 * The plan that writes `update` into step `no` of the SOP sheet: one `setValues` per cell, each
 * with the number format of its column (text for text, `dd/mm/yyyy` for dates). Throws a
 * `LakipError` (an Indonesian sentence saying what to do) when there is no SOP sheet, no such
 * step, or a column to write is missing.
 */
export function buildSopUpdatePlan(snapshot: WorkbookSnapshot, no: number, update: SopStepUpdate): WritePlan {
  const schema = SCHEMAS.sop;
  const sheet = findSchemaSheet(snapshot, schema);
  if (sheet === undefined) {
    throw new LakipError(
      'usage',
      'Sheet SOP belum ada di buku kerja ini. Buka tab Siapkan dan buat tracker lebih dulu.',
    );
  }
  const read = readTable(sheet, schema);
  if (read.headerRow === null) {
    throw new LakipError(
      'usage',
      `Baris judul kolom sheet ${sheet.name} tidak ditemukan. Pastikan judul kolom (No, Aktivitas, Status …) ada di salah satu dari 10 baris teratas.`,
    );
  }
  const row = findSopStepRow(read, no);
  if (row === undefined) {
    throw new LakipError(
      'usage',
      `Langkah ${no} tidak ditemukan di sheet ${sheet.name} (kolom No). Periksa nomor langkah di sheet itu.`,
    );
  }

  const cells: { key: UpdatableKey; value: PlanValue; format: string }[] = [
    { key: 'status', value: update.status, format: FORMAT.text },
  ];
  if (update.tanggalMulai !== undefined) {
    const v =
      update.tanggalMulai === null || update.tanggalMulai === ''
        ? null
        : dateValue(update.tanggalMulai, 'Tanggal Mulai');
    cells.push({ key: 'tanggalMulai', value: v, format: FORMAT.dateShort });
  }
  if (update.tanggalSelesai !== undefined) {
    const v =
      update.tanggalSelesai === null || update.tanggalSelesai === ''
        ? null
        : dateValue(update.tanggalSelesai, 'Tanggal Selesai');
    cells.push({ key: 'tanggalSelesai', value: v, format: FORMAT.dateShort });
  }
  if (update.buktiSoft !== undefined)
    cells.push({ key: 'buktiSoft', value: textValue(update.buktiSoft), format: FORMAT.text });
  if (update.buktiHard !== undefined) {
    const v = update.buktiHard === null ? null : update.buktiHard ? 'Ya' : 'Tidak';
    cells.push({ key: 'buktiHard', value: v, format: FORMAT.text });
  }

  const missing = cells
    .filter((c) => !read.columnIndex.has(c.key))
    .map((c) => schema.columns.find((s) => s.key === c.key)?.label ?? c.key);
  if (missing.length > 0) {
    throw new LakipError(
      'usage',
      `Sheet ${sheet.name} belum punya kolom ${missing.join(', ')}. Buka tab Siapkan dan jalankan "Siapkan tracker" untuk menambahkan kolom itu; isian Anda tidak diubah.`,
    );
  }

  const ops: WriteOp[] = cells.map((c) => {
    const col = (read.columnIndex.get(c.key) as number) + 1;
    return {
      op: 'setValues',
      sheet: sheet.name,
      row: row.excelRow,
      col,
      values: [[c.value]],
      numberFormats: [[c.format]],
    };
  });
  const where = ops.map((op) => (op.op === 'setValues' ? cellAddress(op.row, op.col) : '')).join(', ');
  return { ops, notes: [`Langkah ${no} SOP ditandai ${update.status} (sheet ${sheet.name}, sel ${where}).`] };
}
