/**
 * SOP step 2: the data format the Sekcam sends each bagian. A small workbook (a plan for a NEW
 * workbook) with
 * - `Data Kinerja`: one row per PK indicator the bagian answers for (Penanggung Jawab),
 *   prefilled from the PK — Bagian, Kode Indikator, Indikator, Satuan, Target, Polaritas,
 *   Metode Agregasi, and Isian Realisasi (the PK's, else the Pengaturan's) when one of the
 *   indicators is typed Kumulatif s.d. Triwulan — in grey, locked columns; then white, unlocked columns for Realisasi
 *   TW I up to Triwulan Berjalan, Faktor Pendukung, Faktor Penghambat, Upaya Perbaikan, Bukti
 *   Dukung and Status Data (dropdown). An Indonesian instruction says what to fill. When one
 *   of the bagian's indicators is an A/B one (its PK names a Pembilang or Penyebut, or its
 *   Data Kinerja row has the numbers), the PK's Pembilang and Penyebut names are grey columns
 *   too, and Pembilang TW / Penyebut TW of each quarter follow the Realisasi columns;
 * - `Pengaturan`: the tracker's settings for reference, plus the marker
 *   `Format Data Kinerja untuk Bagian` = KODE (see format-marker.ts), protected.
 * The same table can be added as a sheet `Data Kinerja KODE` inside a shared tracker
 * (`buildBagianSheetPlan`).
 */
import { LakipError } from '../errors';
import { FORMAT, inputFormat } from '../layout/formats';
import { LAYOUT, STYLE, TAB } from '../layout/styles';
import type { Area, CellStyle, PlanValue, WriteOp, WritePlan } from '../plan/plan';
import { readKeyValue } from '../read/read-keyvalue';
import { findSchemaSheet } from '../read/tracker';
import { ISIAN_REALISASI } from '../schema/choices';
import { SCHEMAS } from '../schema/registry';
import type { CellType, ColumnSchema } from '../schema/types';
import type { WorkbookSnapshot } from '../snapshot';
import { bagianSheetName, FORMAT_MARKER_SCHEMA } from './format-marker';
import {
  findFormatBagian,
  formatBagianOf,
  indicatorsOf,
  readTrackerFacts,
  type BagianInfo,
  type PkIndicator,
  type TrackerFacts,
} from './tracker-facts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Grey fill of the columns that come from the PK. */
const LOCKED_FILL = 'EDEDED';
const LOCKED_STYLE: CellStyle = { ...STYLE.body, fill: LOCKED_FILL, fontColor: '404040' };

interface FormatColumn {
  readonly column: ColumnSchema;
  readonly header: string;
  /** From the PK: grey and locked. */
  readonly locked: boolean;
  readonly value: (i: PkIndicator, b: BagianInfo) => PlanValue;
}

function schemaColumn(key: string, from: 'dataKinerja' | 'pk' = 'dataKinerja'): ColumnSchema {
  const found = SCHEMAS[from].columns.find((c) => c.key === key);
  if (found === undefined) throw new Error(`format: no column ${key} in ${from}`);
  return found;
}

/** Whether an indicator's format row needs the Pembilang/Penyebut columns. */
function isRatio(i: PkIndicator): boolean {
  return i.fact.pembilang !== '' || i.fact.penyebut !== '' || i.fact.usesRatio;
}

/**
 * A format shows the column Isian Realisasi only when one of its indicators is typed
 * cumulatively: a format whose quarters are all Per Triwulan (the default) keeps its layout.
 */
function showsIsian(indicators: readonly PkIndicator[]): boolean {
  return indicators.some((i) => i.fact.isian !== ISIAN_REALISASI[0]);
}

function formatColumns(triwulanBerjalan: number, ratio: boolean, withIsian: boolean): FormatColumn[] {
  const locked = (
    key: string,
    value: FormatColumn['value'],
    from: 'dataKinerja' | 'pk' = 'dataKinerja',
  ): FormatColumn => {
    const column = schemaColumn(key, from);
    // Only Data Kinerja's own required columns are starred; Polaritas, Metode and Isian Realisasi are for reference.
    const starred = from === 'dataKinerja' && column.required === true;
    return { column, header: starred ? `${column.label} *` : column.label, locked: true, value };
  };
  const open = (key: string, quarterRequired = true): FormatColumn => {
    const column = schemaColumn(key);
    const required =
      column.required === true ||
      (quarterRequired && column.quarter !== undefined && column.quarter <= triwulanBerjalan);
    return {
      column,
      header: required ? `${column.label} *` : column.label,
      locked: false,
      value: () => null,
    };
  };
  const upTo = [1, 2, 3, 4].filter((q) => q <= triwulanBerjalan);
  // With the A/B columns, Realisasi TW may be left empty where the two numbers are filled (the
  // instruction says so): no star, since the star means "every row fills it".
  const quarters = upTo.map((q) => open(`realisasiTw${q}`, !ratio));
  // Each quarter's two numbers side by side, as they are counted.
  const ratioQuarters = ratio ? upTo.flatMap((q) => [open(`pembilangTw${q}`), open(`penyebutTw${q}`)]) : [];
  const ratioNames = ratio
    ? [
        locked('pembilang', (i) => (i.fact.pembilang === '' ? null : i.fact.pembilang), 'pk'),
        locked('penyebut', (i) => (i.fact.penyebut === '' ? null : i.fact.penyebut), 'pk'),
      ]
    : [];
  return [
    locked('bagian', (_i, b) => b.kode),
    locked('kodeIndikator', (i) => i.kode),
    locked('indikator', (i) => i.indikator ?? null),
    locked('satuan', (i) => i.satuan ?? null),
    locked('target', (i) => i.target ?? null),
    locked('polaritas', (i) => i.polaritas ?? null, 'pk'),
    locked('metode', (i) => i.metode ?? null, 'pk'),
    // How the bagian types the quarters: the PK's Isian Realisasi, else the Pengaturan's.
    ...(withIsian ? [locked('isianRealisasi', (i) => i.fact.isian, 'pk')] : []),
    ...ratioNames,
    ...quarters,
    ...ratioQuarters,
    open('faktorPendukung'),
    open('faktorPenghambat'),
    open('upayaPerbaikan'),
    open('buktiDukung'),
    open('statusData'),
  ];
}

/** The bagian a format can be made for, with how many PK indicators each answers for. */
export interface FormatBagian extends BagianInfo {
  readonly indicators: number;
}

/**
 * Every bagian of the Bagian sheet with its number of PK indicators, then any Penanggung Jawab
 * of the PK that names no bagian of the sheet (as written), so `--all` misses nobody.
 */
export function listFormatBagian(tracker: WorkbookSnapshot): FormatBagian[] {
  return listOf(readTrackerFacts(tracker));
}

function listOf(facts: TrackerFacts): FormatBagian[] {
  return formatBagianOf(facts).map((b) => ({ ...b, indicators: indicatorsOf(facts, b).length }));
}

function findBagian(facts: TrackerFacts, kode: string): BagianInfo {
  const bagian = findFormatBagian(facts, kode);
  if (bagian === undefined) {
    const known = listOf(facts).map((b) => b.kode);
    throw new LakipError(
      'usage',
      `Bagian "${kode}" tidak ada di sheet Bagian tracker${known.length > 0 ? `; kode yang ada: ${known.join(', ')}` : ''}.`,
    );
  }
  return bagian;
}

function requirePk(facts: TrackerFacts): void {
  if (facts.pk === undefined || !facts.pk.columnIndex.has('kodeIndikator')) {
    throw new LakipError(
      'usage',
      'Tracker belum punya sheet PK dengan kolom Kode Indikator, jadi format data kinerja belum dapat dibuat; isi dulu sheet PK (jalankan lakip init bila sheet itu belum ada).',
    );
  }
}

/** `format-data-kinerja-2017-PEM.xlsx`: the file name of a bagian's format (safe on every system). */
export function formatFileName(kode: string, tahun: number | null): string {
  const safe =
    kode
      .trim()
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'bagian';
  return `format-data-kinerja-${tahun === null ? '' : `${tahun}-`}${safe}.xlsx`;
}

export interface FormatPlan {
  /** A plan for a new, empty workbook. */
  readonly plan: WritePlan;
  /** How many indicator rows the format has. */
  readonly indicators: number;
  readonly bagian: BagianInfo;
  /** The suggested file name (`formatFileName`). */
  readonly fileName: string;
}

/**
 * The data format of one bagian, as a plan for a NEW workbook. `bagianKode` is a Kode Bagian
 * or Nama Bagian of the Bagian sheet (or a Penanggung Jawab of the PK); `now` (ISO) is written
 * as the format's date. Throws a `LakipError` ('usage') when the bagian is unknown or the
 * tracker has no PK; a bagian with no indicator gives `indicators: 0`.
 */
export function buildFormatPlan(tracker: WorkbookSnapshot, bagianKode: string, now?: string): FormatPlan {
  const facts = readTrackerFacts(tracker);
  requirePk(facts);
  const bagian = findBagian(facts, bagianKode);
  const indicators = indicatorsOf(facts, bagian);
  const sheet = SCHEMAS.dataKinerja.name;
  const ops: WriteOp[] = [{ op: 'ensureSheet', sheet, tabColor: TAB.data }];
  planTable(ops, facts, bagian, indicators, sheet, 'file');
  planPengaturan(ops, tracker, facts, bagian, now);
  const notes = [
    `Format data kinerja ${bagian.nama} (${bagian.kode}): ${indicators.length} indikator, realisasi sampai Triwulan ${ROMAN[facts.settings.triwulanBerjalan - 1] ?? ''}.`,
  ];
  return {
    plan: { ops, notes },
    indicators: indicators.length,
    bagian,
    fileName: formatFileName(bagian.kode, facts.settings.tahunLaporan),
  };
}

export interface BagianSheetPlan {
  /** A plan for the tracker itself: adds the sheet, touches nothing else. Empty when the sheet exists. */
  readonly plan: WritePlan;
  readonly indicators: number;
  readonly bagian: BagianInfo;
  readonly sheet: string;
}

/**
 * For offices sharing one workbook: the bagian's own sheet `Data Kinerja KODE` inside the
 * tracker, laid out like the format. When the sheet already exists nothing is planned (the
 * bagian may have typed in it).
 */
export function buildBagianSheetPlan(tracker: WorkbookSnapshot, bagianKode: string): BagianSheetPlan {
  const facts = readTrackerFacts(tracker);
  requirePk(facts);
  const bagian = findBagian(facts, bagianKode);
  const indicators = indicatorsOf(facts, bagian);
  const sheet = bagianSheetName(bagian.kode);
  if (tracker.sheets.some((s) => s.name.trim().toLowerCase() === sheet.toLowerCase())) {
    return {
      plan: { ops: [], notes: [`Sheet ${sheet} sudah ada dan tidak diubah.`] },
      indicators: indicators.length,
      bagian,
      sheet,
    };
  }
  const ops: WriteOp[] = [{ op: 'ensureSheet', sheet, tabColor: TAB.data }];
  planTable(ops, facts, bagian, indicators, sheet, 'sheet');
  return {
    plan: {
      ops,
      notes: [`Sheet ${sheet} ditambahkan untuk ${bagian.nama}: ${indicators.length} indikator.`],
    },
    indicators: indicators.length,
    bagian,
    sheet,
  };
}

function style(sheet: string, row: number, col: number, rows: number, cols: number, s: CellStyle): WriteOp {
  return { op: 'setStyle', sheet, row, col, rows, cols, style: s };
}

function instruction(
  facts: TrackerFacts,
  bagian: BagianInfo,
  where: 'file' | 'sheet',
  ratio: boolean,
  withIsian: boolean,
): string {
  const tw = ROMAN[facts.settings.triwulanBerjalan - 1] ?? 'IV';
  const quarters = tw === 'I' ? 'Realisasi TW I' : `Realisasi TW I sampai TW ${tw}`;
  const send =
    where === 'file'
      ? 'Simpan, lalu kirim kembali file ini ke Sekretaris Kecamatan.'
      : `Setelah selesai, beri tahu Sekretaris Kecamatan; isian sheet ini digabungkan ke sheet ${SCHEMAS.dataKinerja.name}.`;
  return (
    `Untuk ${bagian.nama}: isi kolom putih — ${quarters} (kosong = belum dilaporkan, 0 = realisasi nol)` +
    (withIsian
      ? ' menurut kolom Isian Realisasi (Per Triwulan: angka triwulan itu saja; Kumulatif s.d. Triwulan: angka sejak Januari sampai akhir triwulan itu)'
      : '') +
    ', ' +
    'Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan (wajib bila capaian di bawah 100%), Bukti Dukung, ' +
    'dan Status Data (pilih Final bila sudah benar). ' +
    (ratio
      ? 'Untuk indikator yang punya Pembilang dan Penyebut (kolom abu-abu), isi kedua angkanya setiap triwulan; realisasinya dihitung Pembilang ÷ Penyebut × 100, jadi Realisasi TW boleh dikosongkan. '
      : '') +
    'Kolom abu-abu berasal dari Perjanjian Kinerja dan dikunci: ' +
    `jangan diubah, dan jangan menambah atau menghapus baris. ${send}`
  );
}

function planTable(
  ops: WriteOp[],
  facts: TrackerFacts,
  bagian: BagianInfo,
  indicators: readonly PkIndicator[],
  sheet: string,
  where: 'file' | 'sheet',
): void {
  const ratio = indicators.some(isRatio);
  const withIsian = showsIsian(indicators);
  const columns = formatColumns(facts.settings.triwulanBerjalan, ratio, withIsian);
  const width = columns.length;
  const lockedCount = columns.filter((c) => c.locked).length;
  const { titleRow, subtitleRow, instructionRow, groupRow, headerRow, firstDataRow } = LAYOUT;
  const unit = facts.settings.namaUnit || 'Unit Kerja';
  const tahun = facts.settings.tahunLaporan;
  const n = indicators.length;

  ops.push(
    { op: 'setValues', sheet, row: titleRow, col: 1, values: [[`Format Data Kinerja — ${bagian.nama}`]] },
    style(sheet, titleRow, 1, 1, 1, STYLE.title),
    {
      op: 'setValues',
      sheet,
      row: subtitleRow,
      col: 1,
      values: [
        [
          `${unit}${tahun === null ? '' : ` · Tahun ${tahun}`} · Triwulan Berjalan ${facts.settings.triwulanBerjalan} · Kode Bagian ${bagian.kode}`,
        ],
      ],
    },
    style(sheet, subtitleRow, 1, 1, 1, STYLE.subtitle),
    {
      op: 'setValues',
      sheet,
      row: instructionRow,
      col: 1,
      values: [[instruction(facts, bagian, where, ratio, withIsian)]],
    },
    { op: 'mergeCells', sheet, row: instructionRow, col: 1, rows: 1, cols: width },
    style(sheet, instructionRow, 1, 1, width, STYLE.instruction),
    { op: 'setRowHeight', sheet, row: instructionRow, height: 48 },
    {
      op: 'setValues',
      sheet,
      row: groupRow,
      col: 1,
      values: [
        columns.map((_, i) =>
          i === 0
            ? 'Dari Perjanjian Kinerja — jangan diubah'
            : i === lockedCount
              ? 'Diisi oleh bagian'
              : null,
        ),
      ],
    },
    { op: 'mergeCells', sheet, row: groupRow, col: 1, rows: 1, cols: lockedCount },
    { op: 'mergeCells', sheet, row: groupRow, col: lockedCount + 1, rows: 1, cols: width - lockedCount },
    style(sheet, groupRow, 1, 1, lockedCount, { ...STYLE.group, fill: LOCKED_FILL }),
    style(sheet, groupRow, lockedCount + 1, 1, width - lockedCount, STYLE.group),
    { op: 'setValues', sheet, row: headerRow, col: 1, values: [columns.map((c) => c.header)] },
    style(sheet, headerRow, 1, 1, width, STYLE.header),
    { op: 'setRowHeight', sheet, row: headerRow, height: 32 },
  );

  if (n > 0) {
    ops.push({
      op: 'setValues',
      sheet,
      row: firstDataRow,
      col: 1,
      values: indicators.map((i) => columns.map((c) => c.value(i, bagian))),
      numberFormats: indicators.map(() => columns.map((c) => inputFormat(c.column.type))),
    });
    ops.push(style(sheet, firstDataRow, 1, n, lockedCount, LOCKED_STYLE));
    ops.push(style(sheet, firstDataRow, lockedCount + 1, n, width - lockedCount, STYLE.body));
    columns.forEach((c, i) => {
      if (c.locked || c.column.type !== 'pilihan' || c.column.choices === undefined) return;
      ops.push({
        op: 'listValidation',
        sheet,
        row: firstDataRow,
        col: i + 1,
        rows: n,
        cols: 1,
        source: { values: c.column.choices },
        allowBlank: true,
        error: `Pilih salah satu: ${c.column.choices.join(', ')}.`,
      });
    });
  }

  const unlocked: Area[] =
    n > 0 ? [{ sheet, row: firstDataRow, col: lockedCount + 1, rows: n, cols: width - lockedCount }] : [];
  ops.push(
    {
      op: 'setColumnWidths',
      sheet,
      widths: columns.map((c, i) => ({ col: i + 1, width: c.column.width ?? 14 })),
    },
    { op: 'freezePanes', sheet, rows: headerRow, cols: 2 },
    {
      op: 'pageSetup',
      sheet,
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      printTitleRows: { from: headerRow, to: headerRow },
    },
    { op: 'protectSheet', sheet, unlocked },
  );
}

function planPengaturan(
  ops: WriteOp[],
  tracker: WorkbookSnapshot,
  facts: TrackerFacts,
  bagian: BagianInfo,
  now: string | undefined,
): void {
  const sheet = SCHEMAS.pengaturan.name;
  const source = findSchemaSheet(tracker, SCHEMAS.pengaturan);
  const read = source === undefined ? undefined : readKeyValue(source, SCHEMAS.pengaturan);
  const rows: { label: string; value: PlanValue; type: CellType }[] = SCHEMAS.pengaturan.fields.map((f) => {
    const field = read?.fields.get(f.key);
    let value: PlanValue = null;
    if (field?.parsed.kind === 'ok') value = field.parsed.value;
    else if (typeof field?.raw === 'string') value = field.raw;
    if (f.key === 'triwulanBerjalan' && value === null) value = facts.settings.triwulanBerjalan;
    return { label: f.label, value, type: f.type };
  });
  const [markerField, namaField, dibuatField] = FORMAT_MARKER_SCHEMA.fields;
  rows.push(
    { label: markerField?.label ?? '', value: bagian.kode, type: 'kode' },
    { label: namaField?.label ?? '', value: bagian.nama, type: 'teks' },
  );
  if (now !== undefined)
    rows.push({
      label: dibuatField?.label ?? '',
      value: { kind: 'date', iso: now.slice(0, 10) },
      type: 'tanggal',
    });

  const first = 4;
  ops.push(
    { op: 'ensureSheet', sheet, tabColor: TAB.settings },
    {
      op: 'setValues',
      sheet,
      row: 1,
      col: 1,
      values: [['Pengaturan (salinan dari tracker, untuk rujukan)']],
    },
    style(sheet, 1, 1, 1, 1, STYLE.title),
    {
      op: 'setValues',
      sheet,
      row: 2,
      col: 1,
      values: [
        [
          `Isian ini disalin dari tracker Sekretaris Kecamatan dan tidak perlu diubah. Baris "${markerField?.label ?? ''}" menandai file ini sebagai format data kinerja ${bagian.nama}.`,
        ],
      ],
    },
    { op: 'mergeCells', sheet, row: 2, col: 1, rows: 1, cols: 2 },
    style(sheet, 2, 1, 1, 2, STYLE.instruction),
    { op: 'setRowHeight', sheet, row: 2, height: 32 },
    { op: 'setValues', sheet, row: 3, col: 1, values: [['Isian', 'Nilai']] },
    style(sheet, 3, 1, 1, 2, STYLE.header),
    {
      op: 'setValues',
      sheet,
      row: first,
      col: 1,
      values: rows.map((r) => [r.label, r.value]),
      numberFormats: rows.map((r) => [FORMAT.text, inputFormat(r.type)]),
    },
    style(sheet, first, 1, rows.length, 1, STYLE.label),
    style(sheet, first, 2, rows.length, 1, { border: 'thin', wrap: true, vAlign: 'top' }),
    {
      op: 'setColumnWidths',
      sheet,
      widths: [
        { col: 1, width: 34 },
        { col: 2, width: 50 },
      ],
    },
    { op: 'protectSheet', sheet, unlocked: [] },
  );
}
