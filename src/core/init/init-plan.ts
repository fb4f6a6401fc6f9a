/**
 * `lakip init`: build the tracker, or upgrade an existing one in place. The plan only
 * creates sheets that are missing and only writes into cells that are empty in the
 * snapshot, so a user's typed cell is never changed and a second run plans nothing.
 *
 * Only the tracker's own sheets are written: a sheet in the user's own layout that merely
 * shares a tracker sheet's name (`read/tracker-layout.ts`) gets no columns and no header
 * block; a note says which sheet was left alone, why, and how to bring its data in.
 */
import { cellAddress, columnLetter, quoteSheet } from '../address';
import { FORMAT, inputFormat } from '../layout/formats';
import { ROW_HEIGHT, rowHeightFor } from '../layout/row-height';
import { formatNumber } from '../format/indonesian';
import { LAYOUT, STYLE, TAB } from '../layout/styles';
import type { CellStyle, PlanValue, WriteOp, WritePlan } from '../plan/plan';
import { readKeyValue } from '../read/read-keyvalue';
import { readPkSheet } from '../read/pk-sheet';
import { readTable, textOf, type TableRead } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { isTrackerKeyValue, isTrackerTable } from '../read/tracker-layout';
import { ISIAN_REALISASI, METODE_EFISIENSI, RUMUS_NEGATIF } from '../schema/choices';
import { DEFAULT_THRESHOLDS } from '../model/settings';
import { ALL_SHEETS, LISTS_SHEET, OPTIONAL_SCHEMAS, SCHEMAS } from '../schema/registry';
import { DEFAULT_ACTORS } from '../schema/sheets/sop';
import type { ColumnSchema, KeyValueSheetSchema, SheetSchema, TableSheetSchema } from '../schema/types';
import { SEED_BAGIAN } from '../seed/bagian';
import { documentName, SEED_DOCUMENTS } from '../seed/documents';
import {
  numberedLines,
  SEED_DASAR_HUKUM,
  SEED_KUALIFIKASI,
  SEED_NAMA_SOP,
  SEED_PENCATATAN,
  SEED_PERALATAN,
  SEED_PERINGATAN,
} from '../seed/identitas';
import type { SampleTracker } from '../seed/sample';
import { ACTOR_MARK, SOP_STEPS } from '../seed/sop-steps';
import { isEmptyCell, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';

export interface InitOptions {
  /** Tahun Laporan for a new tracker. */
  readonly tahun: number;
  /**
   * The user asked for `tahun` (lakip init --tahun): when the tracker already reports another
   * year, a note says the year was not changed and how to start the new year's file.
   */
  readonly tahunGiven?: boolean;
  /** Nama Unit Kerja for a new tracker, e.g. `Kecamatan Pasrujambe`. */
  readonly unit?: string;
  readonly kabupaten?: string;
  /** Fill the sheets that have no data yet with this sample. */
  readonly sample?: SampleTracker;
  /**
   * Make the optional sheet Kategori Capaian (`lakip init --kategori-capaian`), filled with the
   * five kategori of the Pengaturan Batas as a starting point. Without it the sheet is not made.
   */
  readonly kategoriCapaian?: boolean;
}

/** An inline list longer than this goes to the lists sheet (Excel's limit is 255 characters). */
const INLINE_LIST_LIMIT = 255;

interface Context {
  readonly options: InitOptions;
  readonly tahun: number;
  readonly unit: string;
  readonly ops: WriteOp[];
  readonly notes: string[];
  readonly lists: { readonly name: string; readonly values: readonly string[] }[];
  /** Where the Kode Bagian values live, for the Penanggung Jawab dropdowns. */
  bagianRange: string | null;
  /** The Pengaturan Batas a new sheet Kategori Capaian starts from (the tracker's, else the defaults). */
  readonly batas: Readonly<Record<keyof typeof DEFAULT_THRESHOLDS, number>>;
  /** A PK row names a Pembilang or Penyebut: Data Kinerja gets the Pembilang/Penyebut TW columns. */
  readonly ratioColumns: boolean;
}

export function buildInitPlan(wb: WorkbookSnapshot, options: InitOptions): WritePlan {
  const existingSettings = findSchemaSheet(wb, SCHEMAS.pengaturan);
  const settingsKv = existingSettings ? readKeyValue(existingSettings, SCHEMAS.pengaturan) : undefined;
  const settingsRead = settingsKv && isTrackerKeyValue(settingsKv) ? settingsKv : undefined;
  const tahunExisting = settingsRead?.fields.get('tahunLaporan')?.parsed;
  const unitExisting = settingsRead?.fields.get('namaUnit')?.parsed;
  const tahun =
    tahunExisting?.kind === 'ok' && typeof tahunExisting.value === 'number'
      ? tahunExisting.value
      : options.tahun;
  const unit =
    unitExisting?.kind === 'ok' && typeof unitExisting.value === 'string'
      ? unitExisting.value
      : (options.unit ?? '');

  const batasOf = (key: keyof typeof DEFAULT_THRESHOLDS): number => {
    const p = settingsRead?.fields.get(key)?.parsed;
    const fromSample = options.sample?.pengaturan[key];
    if (p?.kind === 'ok' && typeof p.value === 'number') return p.value;
    return typeof fromSample === 'number' ? fromSample : DEFAULT_THRESHOLDS[key];
  };
  const batas = {
    batasSangatTinggi: batasOf('batasSangatTinggi'),
    batasTinggi: batasOf('batasTinggi'),
    batasSedang: batasOf('batasSedang'),
    batasRendah: batasOf('batasRendah'),
  };
  const ctx: Context = {
    options,
    tahun,
    unit,
    ops: [],
    notes: [],
    lists: [],
    bagianRange: null,
    batas,
    ratioColumns: pkNamesRatio(wb),
  };
  if (options.tahunGiven === true && tahun !== options.tahun)
    ctx.notes.push(otherYearNote(ctx, options.tahun));
  ctx.bagianRange = bagianRange(wb);

  for (const schema of ALL_SHEETS) {
    const sheet = findSchemaSheet(wb, schema);
    if (schema.kind === 'keyvalue') planKeyValue(ctx, schema, sheet);
    else planTable(ctx, schema, sheet);
  }
  // The optional sheet only when asked for: a tracker without it keeps the Pengaturan Batas.
  if (options.kategoriCapaian === true) {
    const schema = OPTIONAL_SCHEMAS.kategoriCapaian;
    const sheet = findSchemaSheet(wb, schema);
    planTable(ctx, schema, sheet);
    keptKategoriNote(ctx, schema, sheet);
  }
  planLists(ctx, wb);
  return { ops: ctx.ops, notes: ctx.notes };
}

/** `init EXISTING --tahun 2025` on a 2024 tracker: the year stays, and the new year is a new file. */
function otherYearNote(ctx: Context, asked: number): string {
  const unit = ctx.unit === '' ? '' : ` --unit "${ctx.unit}"`;
  return `Tahun Laporan tracker ini ${ctx.tahun} (sheet Pengaturan), jadi tahun ${asked} yang diminta tidak dipakai: tracker tetap untuk tahun ${ctx.tahun} dan tahunnya tidak diubah. Satu file tracker untuk satu tahun; untuk tahun ${asked} buat file baru, mis. lakip init tracker-${asked}.xlsx --tahun ${asked}${unit}`;
}

/**
 * Asked for the sheet Kategori Capaian on a tracker that already has it with rows: the office's
 * bands stay as typed (the upgrade writes only missing columns and never rows into a sheet with
 * data), and the note says so, lest the user think the five starting kategori were put back.
 */
function keptKategoriNote(ctx: Context, schema: TableSheetSchema, sheet: SheetSnapshot | undefined): void {
  if (sheet === undefined) return;
  const read = readTable(sheet, schema);
  if (!isTrackerTable(read) || read.rows.length === 0) return;
  ctx.notes.push(
    `Sheet ${sheet.name} sudah ada (${formatNumber(read.rows.length)} baris terisi): kategori yang Anda ketik dibiarkan, tidak diganti dengan lima kategori dari Batas di Pengaturan.`,
  );
}

/** The import command in an init note; the CLI puts the file's name in (`lakip import F.xlsx F.xlsx`). */
export const IMPORT_HINT = 'lakip import TRACKER TRACKER';

/**
 * A sheet with a tracker sheet's name in the user's own layout: left alone, and said how to
 * bring its data into the tracker.
 */
function ownSheetNote(name: string, schema: SheetSchema): string {
  const labels = (schema.kind === 'table' ? schema.columns : schema.fields).slice(0, 3).map((c) => c.label);
  const where = schema.kind === 'table' ? 'di 10 baris teratas' : 'di kolom A';
  return `Sheet ${name} dibiarkan, tidak diubah: isinya tersusun sendiri, bukan susunan sheet ${schema.name} tracker (judul seperti ${labels.join(', ')} tidak ditemukan ${where}), jadi tidak ditambahi kolom atau judul tracker. Untuk memakai datanya di tracker: ganti nama sheet itu (mis. "${name} Saya"), jalankan init lagi agar sheet ${schema.name} tracker dibuat, lalu bawa datanya masuk dengan tab Impor di panel atau ${IMPORT_HINT} --sheet "${name} Saya": kolomnya dipetakan ke sheet ${schema.name} dan pratinjaunya ditampilkan sebelum ada yang ditulis.`;
}

/** Whether a PK row of the workbook names a Pembilang or Penyebut (an A/B indicator). */
function pkNamesRatio(wb: WorkbookSnapshot): boolean {
  const sheet = findSchemaSheet(wb, SCHEMAS.pk);
  if (!sheet) return false;
  const read = readPkSheet(sheet, SCHEMAS.pk).indicators;
  return read.rows.some((r) => textOf(r, 'pembilang') !== undefined || textOf(r, 'penyebut') !== undefined);
}

/** An optional column `init` writes only when a rule asks: Data Kinerja's Pembilang/Penyebut TW when the PK names them. */
function wanted(ctx: Context, schema: TableSheetSchema, c: ColumnSchema): boolean {
  if (c.onRequest !== true) return true;
  return schema.id === 'dataKinerja' && ctx.ratioColumns && /^(pembilang|penyebut)Tw[1-4]$/.test(c.key);
}

function bagianRange(wb: WorkbookSnapshot): string | null {
  const sheet = findSchemaSheet(wb, SCHEMAS.bagian);
  if (!sheet)
    return `${quoteSheet(SCHEMAS.bagian.name)}!$A$${LAYOUT.firstDataRow}:$A$${LAYOUT.firstDataRow + 99}`;
  const read = readTable(sheet, SCHEMAS.bagian);
  const col = read.columnIndex.get('kode');
  if (!isTrackerTable(read) || read.headerRow === null || col === undefined) return null;
  const letter = columnLetter(col + 1);
  return `${quoteSheet(sheet.name)}!$${letter}$${read.headerRow + 1}:$${letter}$${read.headerRow + 100}`;
}

function tabColor(schema: SheetSchema): string {
  if (schema.id === 'sop' || schema.id === 'dokumen') return TAB.sop;
  if (schema.id === 'dataKinerja') return TAB.data;
  if (schema.kind === 'table' && schema.documentCode) return TAB.document;
  return TAB.settings;
}

function headerLabel(c: ColumnSchema): string {
  return c.required ? `${c.label} *` : c.label;
}

function subtitle(ctx: Context, schema: SheetSchema): string {
  const who = ctx.unit || 'Unit Kerja (isi di sheet Pengaturan)';
  const isNext = schema.id === 'renjaBerikut' || schema.id === 'renaksiBerikut';
  return `${who} · Tahun ${isNext ? ctx.tahun + 1 : ctx.tahun}`;
}

function style(sheet: string, row: number, col: number, rows: number, cols: number, s: CellStyle): WriteOp {
  return { op: 'setStyle', sheet, row, col, rows, cols, style: s };
}

/* ---------------------------------------------------------------- key–value sheets */

function keyValueRows(ctx: Context, schema: KeyValueSheetSchema): Map<string, CellValue> {
  const v = new Map<string, CellValue>();
  const { options } = ctx;
  if (schema.id === 'pengaturan') {
    const sample = options.sample?.pengaturan;
    if (sample) for (const [k, value] of Object.entries(sample)) v.set(k, value);
    if (!sample) {
      v.set('namaUnit', ctx.unit || null);
      v.set('kabupaten', options.kabupaten ?? null);
      v.set('tahunLaporan', ctx.tahun);
      v.set('triwulanBerjalan', 4);
      v.set('rumusNegatif', RUMUS_NEGATIF[0]);
      v.set('batasSangatTinggi', 91);
      v.set('batasTinggi', 76);
      v.set('batasSedang', 66);
      v.set('batasRendah', 51);
      v.set('isianRealisasi', ISIAN_REALISASI[0]);
      v.set('metodeEfisiensi', METODE_EFISIENSI[0]);
    }
  } else if (schema.id === 'identitas') {
    const unitName = ctx.unit.replace(/^Kecamatan\s+/i, '') || 'Kecamatan';
    v.set('namaSop', SEED_NAMA_SOP);
    v.set('disahkanOleh', ctx.unit ? `Camat ${unitName}` : 'Camat');
    v.set('dasarHukum', numberedLines(SEED_DASAR_HUKUM));
    v.set(
      'kualifikasi',
      numberedLines(SEED_KUALIFIKASI.map((k) => k.replace('{unit}', ctx.unit || 'Kecamatan'))),
    );
    v.set('keterkaitan', numberedLines(SEED_DOCUMENTS.map((d) => documentName(d, ctx.tahun))));
    v.set('peralatan', SEED_PERALATAN.map((p) => `- ${p}`).join('\n'));
    v.set('peringatan', SEED_PERINGATAN);
    v.set('pencatatan', SEED_PENCATATAN);
  }
  return v;
}

/** Isian, Nilai, Keterangan of a key-value sheet, in characters. */
const KEY_VALUE_WIDTHS = [32, 80, 30] as const;

function planKeyValue(ctx: Context, schema: KeyValueSheetSchema, sheet: SheetSnapshot | undefined): void {
  const values = keyValueRows(ctx, schema);
  const name = sheet?.name ?? schema.name;
  let fields: readonly ColumnSchema[];
  let firstRow: number;
  if (!sheet || sheet.rows.every((r) => r.every((c) => isEmptyCell(c)))) {
    if (!sheet) ctx.ops.push({ op: 'ensureSheet', sheet: name, tabColor: tabColor(schema) });
    ctx.ops.push(
      { op: 'setValues', sheet: name, row: 1, col: 1, values: [[schema.title]] },
      style(name, 1, 1, 1, 1, STYLE.title),
      { op: 'setValues', sheet: name, row: 2, col: 1, values: [[schema.instruction]] },
      { op: 'mergeCells', sheet: name, row: 2, col: 1, rows: 1, cols: 3 },
      style(name, 2, 1, 1, 3, STYLE.instruction),
      { op: 'setRowHeight', sheet: name, row: 2, height: 32 },
      { op: 'setValues', sheet: name, row: 3, col: 1, values: [['Isian', 'Nilai', 'Keterangan']] },
      style(name, 3, 1, 1, 3, STYLE.header),
      {
        op: 'setColumnWidths',
        sheet: name,
        widths: KEY_VALUE_WIDTHS.map((width, i) => ({ col: i + 1, width })),
      },
      { op: 'freezePanes', sheet: name, rows: 3, cols: 1 },
      { op: 'pageSetup', sheet: name, orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
    );
    fields = schema.fields;
    firstRow = 4;
  } else {
    const read = readKeyValue(sheet, schema);
    if (!isTrackerKeyValue(read)) {
      ctx.notes.push(ownSheetNote(sheet.name, schema));
      return;
    }
    fields = read.missingFields;
    firstRow = read.lastRow + 1;
    if (fields.length > 0) {
      ctx.notes.push(
        `Sheet ${name}: ditambahkan isian ${fields.map((f) => f.label).join(', ')} di bawah isian yang sudah ada.`,
      );
    }
  }
  fields.forEach((f, i) => {
    const row = firstRow + i;
    const value = values.get(f.key) ?? null;
    ctx.ops.push(
      {
        op: 'setValues',
        sheet: name,
        row,
        col: 1,
        values: [[headerLabel(f), value, f.hint ?? null]],
        numberFormats: [[FORMAT.text, inputFormat(f.type), FORMAT.text]],
      },
      style(name, row, 1, 1, 1, STYLE.label),
      style(name, row, 2, 1, 2, { border: 'thin', wrap: true, vAlign: 'top' }),
    );
    // Wrapped lines, not only line breaks: Peringatan is one long line.
    const height = rowHeightFor([headerLabel(f), value, f.hint ?? null], KEY_VALUE_WIDTHS);
    if (height > ROW_HEIGHT.min) ctx.ops.push({ op: 'setRowHeight', sheet: name, row, height });
    const dropdown = dropdownFor(ctx, f);
    if (dropdown)
      ctx.ops.push({ op: 'listValidation', ...dropdown, sheet: name, row, col: 2, rows: 1, cols: 1 });
  });
}

/* ---------------------------------------------------------------- table sheets */

interface SheetColumns {
  /** The header cells, in order, as written: a schema column or an actor label. */
  readonly cells: readonly ({ readonly column: ColumnSchema } | { readonly actor: string })[];
}

function layoutColumns(ctx: Context, schema: TableSheetSchema): SheetColumns {
  const cells: ({ column: ColumnSchema } | { actor: string })[] = [];
  for (const c of schema.columns) {
    if (!wanted(ctx, schema, c)) continue;
    cells.push({ column: c });
    if (schema.actorColumnsAfter === c.key) for (const a of DEFAULT_ACTORS) cells.push({ actor: a });
  }
  return { cells };
}

function dataRowsFor(ctx: Context, schema: TableSheetSchema): Record<string, CellValue>[] {
  const sample = ctx.options.sample;
  if (schema.id === 'sop') {
    return SOP_STEPS.map((s) => {
      const p = sample?.sopProgress.find((x) => x.no === s.no);
      const row: Record<string, CellValue> = {
        no: s.no,
        aktivitas: s.aktivitas,
        kelengkapan: s.kelengkapan,
        waktu: s.waktu,
        output: s.output,
        status: p?.status ?? 'Belum',
        tanggalMulai: p?.tanggalMulai ? { kind: 'date', iso: p.tanggalMulai } : null,
        tanggalSelesai: p?.tanggalSelesai ? { kind: 'date', iso: p.tanggalSelesai } : null,
        waktuAktual: p?.waktuAktual ?? null,
        buktiSoft: p?.buktiSoft ?? null,
        buktiHard: p?.buktiHard === undefined ? null : p.buktiHard ? 'Ya' : 'Tidak',
        catatan: p?.catatan ?? null,
      };
      for (const a of DEFAULT_ACTORS) row[`actor:${a}`] = s.actors.includes(a) ? ACTOR_MARK : null;
      return row;
    });
  }
  if (schema.id === 'dokumen') {
    return SEED_DOCUMENTS.map((d) => {
      const p = sample?.dokumenProgress.find((x) => x.kode === d.kode);
      const target = ALL_SHEETS.find((s) => s.kind === 'table' && s.documentCode === d.kode);
      return {
        no: d.no,
        kode: d.kode,
        nama: documentName(d, ctx.tahun),
        tahun: ctx.tahun + d.yearOffset,
        sheet: target?.name ?? null,
        bagianPenyedia: p?.bagianPenyedia ?? d.bagianPenyedia,
        nomorTanggal: p?.nomorTanggal ?? null,
        status: p?.status ?? 'Belum Ada',
        tanggalDiterima: p?.tanggalDiterima ? { kind: 'date', iso: p.tanggalDiterima } : null,
        softCopy: p?.softCopy ?? null,
        hardCopy: p?.hardCopy === undefined ? null : p.hardCopy ? 'Ya' : 'Tidak',
        catatan: p?.catatan ?? null,
      };
    });
  }
  if (schema.id === 'kategoriCapaian') {
    // The five kategori of the Pengaturan Batas, as a starting point the office rewrites.
    const b = ctx.batas;
    return [
      { batasBawah: b.batasSangatTinggi, kategori: 'Sangat Tinggi' },
      { batasBawah: b.batasTinggi, kategori: 'Tinggi' },
      { batasBawah: b.batasSedang, kategori: 'Sedang' },
      { batasBawah: b.batasRendah, kategori: 'Rendah' },
      { batasBawah: 0, kategori: 'Sangat Rendah' },
    ];
  }
  const sampleRows = sample?.tables[schema.id];
  if (sampleRows) return sampleRows.map((r) => ({ ...r }));
  if (schema.id === 'bagian') return SEED_BAGIAN.map((b) => ({ kode: b.kode, nama: b.nama, jenis: b.jenis }));
  return [];
}

function planTable(ctx: Context, schema: TableSheetSchema, sheet: SheetSnapshot | undefined): void {
  if (!sheet) {
    ctx.ops.push({ op: 'ensureSheet', sheet: schema.name, tabColor: tabColor(schema) });
    planNewTable(ctx, schema, schema.name);
    return;
  }
  if (sheet.rows.every((r) => r.every((c) => isEmptyCell(c)))) {
    planNewTable(ctx, schema, sheet.name);
    return;
  }
  // The PK's program table below its indicators is not indicator rows (read/pk-sheet.ts).
  const read = schema.id === 'pk' ? readPkSheet(sheet, schema).indicators : readTable(sheet, schema);
  if (!isTrackerTable(read)) {
    ctx.notes.push(ownSheetNote(sheet.name, schema));
    return;
  }
  planUpgradeTable(ctx, schema, sheet, read);
}

function planNewTable(ctx: Context, schema: TableSheetSchema, name: string): void {
  const { cells } = layoutColumns(ctx, schema);
  const width = cells.length;
  const header = cells.map((c) => ('column' in c ? headerLabel(c.column) : c.actor));
  const rows = dataRowsFor(ctx, schema);
  const { titleRow, subtitleRow, instructionRow, groupRow, headerRow, firstDataRow, readyRows } = LAYOUT;

  ctx.ops.push(
    { op: 'setValues', sheet: name, row: titleRow, col: 1, values: [[schema.title]] },
    style(name, titleRow, 1, 1, 1, STYLE.title),
    { op: 'setValues', sheet: name, row: subtitleRow, col: 1, values: [[subtitle(ctx, schema)]] },
    style(name, subtitleRow, 1, 1, 1, STYLE.subtitle),
    {
      op: 'setValues',
      sheet: name,
      row: instructionRow,
      col: 1,
      values: [[`${schema.instruction} Kolom bertanda * wajib diisi.`]],
    },
    { op: 'mergeCells', sheet: name, row: instructionRow, col: 1, rows: 1, cols: Math.min(width, 10) },
    style(name, instructionRow, 1, 1, Math.min(width, 10), STYLE.instruction),
    { op: 'setRowHeight', sheet: name, row: instructionRow, height: 36 },
  );
  if (schema.id === 'sop') {
    // The two-level header of an SOP AP: Pelaksana over the actors, Mutu Baku over its three columns.
    const actorStart = cells.findIndex((c) => 'actor' in c) + 1;
    const mutuStart = actorStart + DEFAULT_ACTORS.length;
    const trackStart = mutuStart + 4;
    ctx.ops.push(
      {
        op: 'setValues',
        sheet: name,
        row: groupRow,
        col: actorStart,
        values: [['Pelaksana', null, null, null, 'Mutu Baku', null, null]],
      },
      { op: 'mergeCells', sheet: name, row: groupRow, col: actorStart, rows: 1, cols: DEFAULT_ACTORS.length },
      { op: 'mergeCells', sheet: name, row: groupRow, col: mutuStart, rows: 1, cols: 3 },
      { op: 'setValues', sheet: name, row: groupRow, col: trackStart, values: [['Pelacakan Pelaksanaan']] },
      {
        op: 'mergeCells',
        sheet: name,
        row: groupRow,
        col: trackStart,
        rows: 1,
        cols: width - trackStart + 1,
      },
      style(name, groupRow, actorStart, 1, width - actorStart + 1, STYLE.group),
    );
  }
  ctx.ops.push(
    { op: 'setValues', sheet: name, row: headerRow, col: 1, values: [header] },
    style(name, headerRow, 1, 1, width, STYLE.header),
    {
      op: 'setRowHeight',
      sheet: name,
      row: headerRow,
      height: Math.max(30, rowHeightFor(header, cells.map(columnWidth))),
    },
  );

  // Formats and dropdowns for the data rows and the empty rows below them.
  const formatted = Math.max(rows.length, 0) + readyRows;
  cells.forEach((cell, i) => {
    const col = i + 1;
    const column = 'column' in cell ? cell.column : undefined;
    ctx.ops.push({
      op: 'setNumberFormat',
      sheet: name,
      row: firstDataRow,
      col,
      rows: formatted,
      cols: 1,
      format: column ? inputFormat(column.type) : FORMAT.text,
    });
    const dropdown = column
      ? dropdownFor(ctx, column)
      : { source: { values: [ACTOR_MARK] }, allowBlank: true };
    if (dropdown)
      ctx.ops.push({
        op: 'listValidation',
        sheet: name,
        row: firstDataRow,
        col,
        rows: formatted,
        cols: 1,
        ...dropdown,
      });
  });

  if (rows.length > 0) {
    const values: PlanValue[][] = rows.map((r) =>
      cells.map((c) => ('column' in c ? (r[c.column.key] ?? null) : (r[`actor:${c.actor}`] ?? null))),
    );
    ctx.ops.push(
      { op: 'setValues', sheet: name, row: firstDataRow, col: 1, values },
      style(name, firstDataRow, 1, rows.length, width, STYLE.body),
    );
    const widths = cells.map(columnWidth);
    values.forEach((line, i) => {
      const height = rowHeightFor(line, widths);
      if (height > ROW_HEIGHT.min)
        ctx.ops.push({ op: 'setRowHeight', sheet: name, row: firstDataRow + i, height });
    });
    if (schema.id === 'sop') {
      const actorStart = cells.findIndex((c) => 'actor' in c) + 1;
      ctx.ops.push(
        style(name, firstDataRow, actorStart, rows.length, DEFAULT_ACTORS.length, {
          hAlign: 'center',
          bold: true,
        }),
      );
    }
  }

  ctx.ops.push(
    {
      op: 'setColumnWidths',
      sheet: name,
      widths: cells.map((c, i) => ({ col: i + 1, width: columnWidth(c) })),
    },
    { op: 'freezePanes', sheet: name, rows: headerRow, cols: schema.id === 'sop' ? 2 : 0 },
    { op: 'autoFilter', sheet: name, row: headerRow, col: 1, rows: 1 + rows.length, cols: width },
    {
      op: 'pageSetup',
      sheet: name,
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      printTitleRows: { from: headerRow, to: headerRow },
    },
  );
}

function columnWidth(cell: SheetColumns['cells'][number]): number {
  return 'column' in cell ? (cell.column.width ?? 14) : 13;
}

function planUpgradeTable(
  ctx: Context,
  schema: TableSheetSchema,
  sheet: SheetSnapshot,
  read: TableRead,
): void {
  const headerRow = read.headerRow as number;
  const missing = read.missingColumns.filter((c) => wanted(ctx, schema, c));
  if (missing.length > 0) {
    const firstCol = appendColumn(sheet, read);
    ctx.ops.push(
      {
        op: 'setValues',
        sheet: sheet.name,
        row: headerRow,
        col: firstCol,
        values: [missing.map(headerLabel)],
      },
      style(sheet.name, headerRow, firstCol, 1, missing.length, STYLE.header),
      {
        op: 'setColumnWidths',
        sheet: sheet.name,
        widths: missing.map((c, i) => ({ col: firstCol + i, width: c.width ?? 14 })),
      },
    );
    const lastDataRow = Math.max(headerRow, ...read.rows.map((r) => r.excelRow));
    const rows = lastDataRow - headerRow + LAYOUT.readyRows;
    missing.forEach((c, i) => {
      const col = firstCol + i;
      if (!columnHasValues(sheet, col - 1, headerRow)) {
        ctx.ops.push({
          op: 'setNumberFormat',
          sheet: sheet.name,
          row: headerRow + 1,
          col,
          rows,
          cols: 1,
          format: inputFormat(c.type),
        });
      }
      const dropdown = dropdownFor(ctx, c);
      if (dropdown)
        ctx.ops.push({
          op: 'listValidation',
          sheet: sheet.name,
          row: headerRow + 1,
          col,
          rows,
          cols: 1,
          ...dropdown,
        });
    });
    ctx.notes.push(
      `Sheet ${sheet.name}: ditambahkan kolom ${missing.map((c) => c.label).join(', ')} di ${cellAddress(headerRow, firstCol)} (setelah kolom terakhir).`,
    );
  }
  if (read.rows.length === 0) {
    // A sheet with a header and no data yet: fill in the default rows (or the sample).
    const rows = dataRowsFor(ctx, schema);
    if (rows.length === 0) return;
    const positions = new Map<string, number>();
    for (const [key, col] of read.columnIndex) positions.set(key, col);
    for (const a of read.actorColumns) positions.set(`actor:${a.label}`, a.col);
    missing.forEach((c, i) => positions.set(c.key, appendColumn(sheet, read) - 1 + i));
    // No data row means every cell of the schema's columns below the header is empty: write
    // column by column, so a user's own columns (and anything in them) are never touched.
    for (const [key, col] of positions) {
      const values: PlanValue[][] = rows.map((r) => [r[key] ?? null]);
      if (values.every(([v]) => v === null)) continue;
      ctx.ops.push({ op: 'setValues', sheet: sheet.name, row: headerRow + 1, col: col + 1, values });
    }
    ctx.notes.push(`Sheet ${sheet.name}: diisi ${rows.length} baris awal karena belum ada data.`);
  }
}

/**
 * Where missing columns are appended (1-based): after every filled cell of the header row and
 * of the rows below it — numbers, dates and a user's own columns included — so that a new
 * column never lands on a typed cell.
 */
function appendColumn(sheet: SheetSnapshot, read: TableRead): number {
  let last = read.lastHeaderCol;
  for (let r = (read.headerRow ?? 1) - 1; r < sheet.rows.length; r++) {
    (sheet.rows[r] ?? []).forEach((v, c) => {
      if (c > last && !isEmptyCell(v)) last = c;
    });
  }
  return last + 2;
}

function columnHasValues(sheet: SheetSnapshot, col: number, headerRow: number): boolean {
  for (let r = headerRow; r < sheet.rows.length; r++) if (!isEmptyCell(sheet.rows[r]?.[col])) return true;
  return false;
}

/* ---------------------------------------------------------------- dropdowns */

type Dropdown = Pick<Extract<WriteOp, { op: 'listValidation' }>, 'source' | 'allowBlank'>;

function dropdownFor(ctx: Context, c: ColumnSchema): Dropdown | null {
  if (c.type === 'pilihan' && c.choices) {
    if (c.choices.join(',').length <= INLINE_LIST_LIMIT && !c.choices.some((x) => x.includes(','))) {
      return { source: { values: c.choices }, allowBlank: true };
    }
    return { source: { range: listRange(ctx, c.label, c.choices) }, allowBlank: true };
  }
  if (c.type === 'ya/tidak') return { source: { values: ['Ya', 'Tidak'] }, allowBlank: true };
  if (c.ref?.some((r) => r.sheet === 'bagian') && ctx.bagianRange) {
    return { source: { range: ctx.bagianRange }, allowBlank: true };
  }
  return null;
}

function listRange(ctx: Context, name: string, values: readonly string[]): string {
  let index = ctx.lists.findIndex((l) => l.name === name);
  if (index < 0) {
    ctx.lists.push({ name, values });
    index = ctx.lists.length - 1;
  }
  const letter = columnLetter(index + 1);
  return `${quoteSheet(LISTS_SHEET)}!$${letter}$2:$${letter}$${values.length + 1}`;
}

function planLists(ctx: Context, wb: WorkbookSnapshot): void {
  if (ctx.lists.length === 0) return;
  const existing = wb.sheets.find((s) => s.name.trim().toLowerCase() === LISTS_SHEET.toLowerCase());
  if (!existing) ctx.ops.push({ op: 'ensureSheet', sheet: LISTS_SHEET, hidden: true });
  const height = Math.max(...ctx.lists.map((l) => l.values.length)) + 1;
  const values: PlanValue[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(ctx.lists.map((l) => (r === 0 ? l.name : (l.values[r - 1] ?? null))));
  }
  ctx.ops.push({ op: 'setValues', sheet: LISTS_SHEET, row: 1, col: 1, values });
}
