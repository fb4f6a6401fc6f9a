/**
 * The four sheets of the rekap workbook as plain tables (`buildRekapTables`: what the sheets and
 * the .docx show) and their WritePlan (`buildRekapPlan`): numbers as numbers with the Indonesian
 * formats of layout/formats.ts, A4 landscape fitted to the width, the header repeated on every
 * printed page, kategori as the cell's colour with a legend under the table.
 */
import { columnLetter } from '../address';
import type { FindingGroup } from '../findings/categories';
import { formatNumber } from '../format/indonesian';
import { KATEGORI, kategoriShade, type Kategori } from '../lakip/arithmetic';
import { displayCell } from '../lakip/display';
import { numberFormatFor } from '../lakip/export-plan';
import type { SummaryColumn } from '../lakip/tables';
import { FORMAT } from '../layout/formats';
import { rowHeightFor } from '../layout/row-height';
import { reportSheetStart, STYLE } from '../layout/styles';
import type { PlanValue, WriteOp, WritePlan } from '../plan/plan';
import type { RekapIndicator } from './facts';
import type { RekapSkip, UnitFacts } from './facts';

export const REKAP_SHEETS = {
  capaian: 'Rekap Capaian',
  anggaran: 'Rekap Anggaran',
  sop: 'Rekap SOP dan Dokumen',
  pemeriksaan: 'Rekap Pemeriksaan',
} as const;

/**
 * Kategori colours from best to worst (light, so the figure stays readable when printed): five
 * bands take these five; any other number of bands the colours between them, by rank.
 */
const FILL_STOPS = ['63BE7B', 'C6EFCE', 'FFEB9C', 'F8CBAD', 'FF8B8B'] as const;

/** The fill of a band at `shade` (0 best … 1 worst): the stops, or a colour between two of them. */
export function kategoriFill(shade: number): string {
  const at = Math.min(1, Math.max(0, shade)) * (FILL_STOPS.length - 1);
  const i = Math.floor(at);
  const from: string = FILL_STOPS[i] ?? FILL_STOPS[4];
  const to: string = FILL_STOPS[i + 1] ?? from;
  const t = at - i;
  if (t === 0) return from;
  const channel = (hex: string, k: number): number => parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  return [0, 1, 2]
    .map((k) => Math.round(channel(from, k) + (channel(to, k) - channel(from, k)) * t))
    .map((v) => v.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}

/** The fills of the five Pengaturan kategori, and the cell of a unit without the indicator. */
export const KATEGORI_FILL: Readonly<Record<(typeof KATEGORI)[number], string>> = {
  'Sangat Tinggi': kategoriFill(0),
  Tinggi: kategoriFill(0.25),
  Sedang: kategoriFill(0.5),
  Rendah: kategoriFill(0.75),
  'Sangat Rendah': kategoriFill(1),
};
export const MISSING_FILL = 'E7E6E6';

/** A unit's bands, best first (the five of Pengaturan when its facts do not say). */
function bandsOf(unit: UnitFacts | undefined): readonly { readonly kategori: Kategori }[] {
  const labels: readonly string[] = unit?.kategoriBands ?? KATEGORI;
  return labels.map((kategori) => ({ kategori }));
}

/** The fill of a unit's kategori: its rank among the unit's own bands; none for a label that is no band. */
function fillOf(kategori: Kategori, unit: UnitFacts | undefined): string | null {
  const shade = kategoriShade(kategori, bandsOf(unit));
  return shade === undefined ? null : kategoriFill(shade);
}

/** The legend: each distinct scheme's bands best first (a scheme shared by several units once). */
function legendOf(units: readonly UnitFacts[]): { fill: string; label: string }[] {
  const schemes = new Map<string, { bands: readonly string[]; units: string[] }>();
  for (const u of units.length > 0 ? units : [undefined]) {
    const bands = bandsOf(u).map((b) => b.kategori);
    const key = bands.join('\u0000');
    const entry = schemes.get(key) ?? { bands, units: [] };
    if (u !== undefined) entry.units.push(u.unit);
    schemes.set(key, entry);
  }
  const many = schemes.size > 1;
  return [...schemes.values()].flatMap(({ bands, units: names }) =>
    bands.map((k, i) => ({
      fill: kategoriFill(bands.length <= 1 ? 0 : i / (bands.length - 1)),
      label: `Kategori ${k}${many ? ` (${names.join(', ')})` : ''}`,
    })),
  );
}

export const REKAP_LAYOUT = {
  captionRow: 1,
  subtitleRow: 2,
  /** The header (or the group row above it) starts here. */
  firstHeaderRow: 4,
} as const;

export type RekapValue = string | number | null;

export interface RekapRow {
  readonly cells: readonly RekapValue[];
  /** A fill per cell (kategori), null for none. */
  readonly fills?: readonly (string | null)[];
}

export interface RekapTable {
  readonly id: keyof typeof REKAP_SHEETS;
  readonly sheetName: string;
  readonly caption: string;
  readonly subtitle: string;
  readonly columns: readonly SummaryColumn[];
  /** A row of group labels above the header (Rekap Pemeriksaan), 0-based columns. */
  readonly groups?: readonly { readonly label: string; readonly col: number; readonly span: number }[];
  readonly rows: readonly RekapRow[];
  /** The Jumlah row; `formulas[i]` (without `=`) carries `cells[i]` as its result. */
  readonly total?: { readonly cells: readonly RekapValue[]; readonly formulas: readonly (string | null)[] };
  readonly notes: readonly string[];
  readonly legend?: readonly { readonly fill: string; readonly label: string }[];
}

export interface RekapBase {
  readonly tahun: number | null;
  readonly kabupaten: string;
  readonly units: readonly UnitFacts[];
  readonly indicators: readonly RekapIndicator[];
  readonly skipped: readonly RekapSkip[];
  readonly groups: readonly FindingGroup[];
}

const text = (label: string, width: number): SummaryColumn => ({ label, kind: 'text', width });
const pct = (label: string, width = 11): SummaryColumn => ({ label, kind: 'percent', width, decimals: 2 });
const int = (label: string, width = 10): SummaryColumn => ({ label, kind: 'integer', width });
const rp = (label: string): SummaryColumn => ({ label, kind: 'rupiah', width: 17 });

function subtitleOf(base: RekapBase): string {
  return [
    base.kabupaten !== '' ? `Kabupaten ${base.kabupaten}` : '',
    base.tahun !== null ? `Tahun ${base.tahun}` : '',
    `${base.units.length} unit kerja`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

function captionOf(title: string, base: RekapBase): string {
  return `${title}${base.tahun !== null ? ` Tahun ${base.tahun}` : ''}`;
}

function keteranganOf(ind: RekapIndicator, names: readonly string[]): string {
  const parts: string[] = [];
  if (ind.missing.length > 0) parts.push(`Tidak ada di ${ind.missing.join(', ')}.`);
  names.forEach((n, i) => {
    const reason = ind.reasons[i];
    if (reason !== null && reason !== undefined) parts.push(`${n}: belum dapat dihitung (${reason})`);
  });
  const byName = names.filter((_, i) => ind.matchedBy[i] === 'nama');
  if (byName.length > 0) parts.push(`Dicocokkan menurut nama indikator di ${byName.join(', ')}.`);
  return parts.join(' ');
}

function capaianTable(base: RekapBase): RekapTable {
  const names = base.units.map((u) => u.unit);
  const columns: SummaryColumn[] = [
    text('Kode Indikator', 12),
    text('Indikator Kinerja', 40),
    text('Satuan', 10),
    ...names.map((n) => pct(n, 13)),
    pct('Rata-rata'),
    pct('Tertinggi'),
    pct('Terendah'),
    text('Keterangan', 40),
  ];
  const rows = base.indicators.map((ind): RekapRow => {
    const fills = [
      null,
      null,
      null,
      ...names.map((_, i) => {
        const k = ind.kategori[i];
        if (ind.matchedBy[i] === null) return MISSING_FILL;
        return k !== null && k !== undefined ? fillOf(k, base.units[i]) : null;
      }),
      null,
      null,
      null,
      null,
    ];
    return {
      cells: [
        ind.kode,
        ind.indikator,
        ind.satuan,
        ...ind.capaian,
        ind.rataRata,
        ind.tertinggi,
        ind.terendah,
        keteranganOf(ind, names),
      ],
      fills,
    };
  });
  const unmatched = base.indicators.filter((i) => i.missing.length > 0);
  const ownBands = base.units.filter((u) => u.kategoriSheet === true).map((u) => u.unit);
  const notes = [
    'Capaian dan kategori setiap unit dihitung dari trackernya sendiri (rumus indikator negatif dan batas kategori di sheet Pengaturan unit itu), sampai Triwulan Berjalan unit itu.',
    'Indikator dicocokkan antarunit menurut Kode Indikator; bila kodenya tidak cocok, menurut nama indikator (huruf besar-kecil, spasi dan tanda baca diabaikan).',
    'Rata-rata, Tertinggi dan Terendah dihitung dari unit yang capaiannya dapat dihitung.',
  ];
  if (ownBands.length > 0) {
    notes.push(
      `Kategori ${ownBands.join(', ')} menurut sheet Kategori Capaian unit itu (bukan Batas di Pengaturan); warnanya menurut urutan kategorinya, dari yang terbaik (hijau) sampai yang terendah (merah).`,
    );
  }
  if (unmatched.length > 0) {
    notes.push(
      `${unmatched.length} indikator tidak ada di semua unit (tetap dicantumkan, sel unit yang tidak memilikinya kosong dan berwarna abu-abu): ${unmatched
        .map((i) => `${i.kode !== '' ? `${i.kode} ` : ''}${i.indikator}`)
        .join('; ')}.`,
    );
  }
  return {
    id: 'capaian',
    sheetName: REKAP_SHEETS.capaian,
    caption: captionOf('Rekap Capaian Kinerja Unit Kerja', base),
    subtitle: subtitleOf(base),
    columns,
    rows,
    notes,
    legend: [...legendOf(base.units), { fill: MISSING_FILL, label: 'Unit tidak memiliki indikator ini' }],
  };
}

function anggaranTable(base: RekapBase): RekapTable {
  const columns = [
    int('No', 5),
    text('Unit Kerja', 32),
    rp('Pagu (Rp)'),
    rp('Realisasi (Rp)'),
    pct('Serapan (%)'),
    rp('Sisa (Rp)'),
  ];
  const serapan = (pagu: number, realisasi: number): number | null =>
    pagu === 0 ? null : Number(((realisasi / pagu) * 100).toPrecision(15));
  const rows = base.units.map((u, i): RekapRow => ({
    cells: [
      i + 1,
      u.unit,
      u.anggaran.pagu,
      u.anggaran.realisasi,
      serapan(u.anggaran.pagu, u.anggaran.realisasi),
      Number((u.anggaran.pagu - u.anggaran.realisasi).toPrecision(15)),
    ],
  }));
  const sum = (i: number): number =>
    Number(rows.reduce((a, r) => a + (typeof r.cells[i] === 'number' ? r.cells[i] : 0), 0).toPrecision(15));
  const first = REKAP_LAYOUT.firstHeaderRow + 1;
  const last = first + rows.length - 1;
  const range = (col: number): string => `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
  const pagu = sum(2);
  const realisasi = sum(3);
  const totalSerapan = serapan(pagu, realisasi);
  return {
    id: 'anggaran',
    sheetName: REKAP_SHEETS.anggaran,
    caption: captionOf('Rekap Realisasi Anggaran Unit Kerja', base),
    subtitle: subtitleOf(base),
    columns,
    rows,
    total: {
      cells: ['Jumlah', null, pagu, realisasi, totalSerapan, sum(5)],
      formulas:
        rows.length === 0
          ? [null, null, null, null, null, null]
          : [
              null,
              null,
              `SUM(${range(3)})`,
              `SUM(${range(4)})`,
              totalSerapan === null ? null : `SUM(${range(4)})/SUM(${range(3)})*100`,
              `SUM(${range(6)})`,
            ],
    },
    notes: [
      'Pagu dan realisasi dari sheet DPA setiap unit, realisasi sampai Triwulan Berjalan unit itu; Sisa = Pagu − Realisasi.',
      'Serapan baris Jumlah = Σ Realisasi ÷ Σ Pagu × 100, bukan rata-rata serapan unit.',
    ],
  };
}

function sopTable(base: RekapBase): RekapTable {
  const columns: SummaryColumn[] = [
    int('No', 5),
    text('Unit Kerja', 28),
    int('Langkah SOP Selesai'),
    int('Jumlah Langkah SOP'),
    text('Langkah Terakhir yang Selesai', 36),
    { label: 'Tanggal Selesai', kind: 'date', width: 12 },
    int('Dokumen Diterima'),
    int('Dokumen Diverifikasi', 12),
    int('Jumlah Dokumen'),
  ];
  const rows = base.units.map((u, i): RekapRow => ({
    cells: [
      i + 1,
      u.unit,
      u.sop.done,
      u.sop.total,
      u.sop.last === null ? 'belum ada' : `${u.sop.last.no}. ${u.sop.last.aktivitas}`,
      u.sop.last?.tanggal ?? null,
      u.dokumen.received,
      u.dokumen.verified,
      u.dokumen.total,
    ],
  }));
  return {
    id: 'sop',
    sheetName: REKAP_SHEETS.sop,
    caption: captionOf('Rekap Pelaksanaan SOP dan Kelengkapan Dokumen', base),
    subtitle: subtitleOf(base),
    columns,
    rows,
    notes: [
      'Langkah SOP "Pengumpulan Data Kinerja" berstatus Selesai di sheet SOP setiap unit; langkah terakhir = yang Tanggal Selesai-nya paling akhir.',
      'Dokumen Diterima: berstatus Diterima atau Diverifikasi di sheet Dokumen; Dokumen Diverifikasi: berstatus Diverifikasi.',
    ],
  };
}

function pemeriksaanTable(base: RekapBase, categories: Readonly<Record<FindingGroup, string>>): RekapTable {
  const columns: SummaryColumn[] = [
    int('No', 5),
    text('Unit Kerja', 26),
    int('Galat', 8),
    int('Peringatan', 11),
    pct('Kelengkapan (%)', 12),
    text('Status', 14),
  ];
  const fixed = columns.length;
  const groups = base.groups.map((g, i) => ({ label: categories[g], col: fixed + 2 * i, span: 2 }));
  for (const _ of base.groups) columns.push(int('Galat', 8), int('Peringatan', 11));
  const rows = base.units.map((u, i): RekapRow => {
    const p = u.pemeriksaan;
    const status = p.galat > 0 ? 'Perlu perbaikan' : p.peringatan > 0 ? 'Periksa peringatan' : 'Lengkap';
    return {
      cells: [
        i + 1,
        u.unit,
        p.galat,
        p.peringatan,
        Number(p.kelengkapan.toPrecision(15)),
        status,
        ...base.groups.flatMap((g) => [p.byGroup[g]?.galat ?? 0, p.byGroup[g]?.peringatan ?? 0]),
      ],
      fills: [
        null,
        null,
        p.galat > 0 ? 'FFC7CE' : null,
        p.peringatan > 0 ? 'FFEB9C' : null,
        null,
        p.galat > 0 ? 'FFC7CE' : p.peringatan > 0 ? 'FFEB9C' : 'C6EFCE',
        ...base.groups.flatMap(() => [null, null]),
      ],
    };
  });
  const notes = [
    'Galat dan peringatan seperti yang dilaporkan lakip validate untuk tracker setiap unit, menurut kelompok temuan; Kelengkapan: isian wajib yang sudah diisi.',
  ];
  if (base.skipped.length > 0) {
    notes.push(`${base.skipped.length} file tidak direkap:`, ...base.skipped.map((s) => s.reason));
  }
  return {
    id: 'pemeriksaan',
    sheetName: REKAP_SHEETS.pemeriksaan,
    caption: captionOf('Rekap Pemeriksaan Tracker Unit Kerja', base),
    subtitle: subtitleOf(base),
    columns,
    ...(groups.length > 0 ? { groups } : {}),
    rows,
    notes,
  };
}

export function buildRekapTables(
  base: RekapBase,
  categories: Readonly<Record<FindingGroup, string>>,
): RekapTable[] {
  return [capaianTable(base), anggaranTable(base), sopTable(base), pemeriksaanTable(base, categories)];
}

function planValue(column: SummaryColumn, v: RekapValue): PlanValue {
  if (v === null) return null;
  if (column.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
    return { kind: 'date', iso: v };
  return v;
}

function planFormat(column: SummaryColumn, v: RekapValue): string | null {
  if (typeof v === 'number') return numberFormatFor(column, v);
  if (column.kind === 'date' && typeof v === 'string') return FORMAT.dateShort;
  return null;
}

/** Where a table's rows land in its sheet (1-based). */
export function rekapPlacement(table: RekapTable): {
  headerRow: number;
  firstDataRow: number;
  totalRow: number | null;
} {
  const headerRow = REKAP_LAYOUT.firstHeaderRow + (table.groups !== undefined ? 1 : 0);
  const firstDataRow = headerRow + 1;
  return {
    headerRow,
    firstDataRow,
    totalRow: table.total !== undefined ? firstDataRow + table.rows.length : null,
  };
}

function planTable(ops: WriteOp[], table: RekapTable): void {
  const sheet = table.sheetName;
  const width = table.columns.length;
  const widths = table.columns.map((c) => c.width);
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const { headerRow, firstDataRow, totalRow } = rekapPlacement(table);
  ops.push(...reportSheetStart(sheet, width, table.caption, table.subtitle));
  if (table.groups !== undefined) {
    const row = REKAP_LAYOUT.firstHeaderRow;
    for (const g of table.groups) {
      ops.push(
        { op: 'setValues', sheet, row, col: g.col + 1, values: [[g.label]] },
        { op: 'mergeCells', sheet, row, col: g.col + 1, rows: 1, cols: g.span },
      );
    }
    ops.push({ op: 'setStyle', sheet, row, col: 1, rows: 1, cols: width, style: STYLE.group });
    const groupWidths = widths.map((w, i) => {
      const g = table.groups?.find((x) => x.col === i);
      return g === undefined ? w : widths.slice(i, i + g.span).reduce((a, b) => a + b, 0);
    });
    const labels = widths.map((_, i) => table.groups?.find((x) => x.col === i)?.label ?? null);
    ops.push({ op: 'setRowHeight', sheet, row, height: rowHeightFor(labels, groupWidths) });
  }
  const labels = table.columns.map((c) => c.label);
  ops.push(
    { op: 'setValues', sheet, row: headerRow, col: 1, values: [labels] },
    { op: 'setStyle', sheet, row: headerRow, col: 1, rows: 1, cols: width, style: STYLE.header },
    { op: 'setRowHeight', sheet, row: headerRow, height: rowHeightFor(labels, widths) },
  );
  if (table.rows.length > 0) {
    ops.push(
      {
        op: 'setValues',
        sheet,
        row: firstDataRow,
        col: 1,
        values: table.rows.map((r) => table.columns.map((c, i) => planValue(c, r.cells[i] ?? null))),
        numberFormats: table.rows.map((r) => table.columns.map((c, i) => planFormat(c, r.cells[i] ?? null))),
      },
      {
        op: 'setStyle',
        sheet,
        row: firstDataRow,
        col: 1,
        rows: table.rows.length,
        cols: width,
        style: STYLE.body,
      },
    );
    table.rows.forEach((r, k) => {
      const row = firstDataRow + k;
      r.fills?.forEach((fill, i) => {
        if (fill !== null) {
          ops.push({
            op: 'setStyle',
            sheet,
            row,
            col: i + 1,
            rows: 1,
            cols: 1,
            style: { ...STYLE.body, fill },
          });
        }
      });
      const shown = table.columns.map((c, i) => displayCell(c, r.cells[i]));
      const height = rowHeightFor(shown, widths);
      if (height > rowHeightFor([], [])) ops.push({ op: 'setRowHeight', sheet, row, height });
    });
  }
  if (table.total !== undefined && totalRow !== null) {
    const total = table.total;
    ops.push(
      {
        op: 'setValues',
        sheet,
        row: totalRow,
        col: 1,
        values: [
          table.columns.map((c, i): PlanValue => {
            const v = total.cells[i] ?? null;
            const f = total.formulas[i] ?? null;
            return f !== null && typeof v === 'number'
              ? { kind: 'formula', formula: f, result: v }
              : planValue(c, v);
          }),
        ],
        numberFormats: [table.columns.map((c, i) => planFormat(c, total.cells[i] ?? null))],
      },
      { op: 'setStyle', sheet, row: totalRow, col: 1, rows: 1, cols: width, style: STYLE.total },
    );
    const firstFigure = total.cells.findIndex((v, i) => i > 0 && v !== null);
    if (firstFigure > 1)
      ops.push({ op: 'mergeCells', sheet, row: totalRow, col: 1, rows: 1, cols: firstFigure });
  }
  let row = (totalRow ?? firstDataRow + table.rows.length - 1) + 2;
  if (table.legend !== undefined) {
    ops.push(
      { op: 'setValues', sheet, row, col: 1, values: [['Warna kategori capaian:']] },
      { op: 'mergeCells', sheet, row, col: 1, rows: 1, cols: 3 },
      { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: 3, style: { bold: true } },
    );
    row++;
    for (const item of table.legend) {
      ops.push(
        { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: 1, style: { border: 'thin', fill: item.fill } },
        { op: 'setValues', sheet, row, col: 2, values: [[item.label]] },
      );
      row++;
    }
    row++;
  }
  if (table.notes.length > 0) {
    ops.push(
      { op: 'setValues', sheet, row, col: 1, values: [['Catatan:']] },
      { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: 1, style: { bold: true } },
    );
    row++;
    for (const note of table.notes) {
      ops.push(
        { op: 'setValues', sheet, row, col: 1, values: [[note]] },
        { op: 'mergeCells', sheet, row, col: 1, rows: 1, cols: width },
        { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: width, style: STYLE.instruction },
        { op: 'setRowHeight', sheet, row, height: rowHeightFor([note], [totalWidth]) },
      );
      row++;
    }
  }
  ops.push(
    { op: 'setColumnWidths', sheet, widths: widths.map((w, i) => ({ col: i + 1, width: w })) },
    { op: 'freezePanes', sheet, rows: headerRow, cols: table.id === 'capaian' ? 3 : 2 },
    {
      op: 'pageSetup',
      sheet,
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      printTitleRows: { from: REKAP_LAYOUT.firstHeaderRow, to: headerRow },
    },
  );
}

/** The plan of the rekap workbook: the four sheets, in order. */
export function buildRekapPlan(tables: readonly RekapTable[]): WritePlan {
  const ops: WriteOp[] = [];
  for (const t of tables) planTable(ops, t);
  const units = tables.find((t) => t.id === 'anggaran')?.rows.length ?? 0;
  return {
    ops,
    notes: [
      `Rekap ${formatNumber(units)} unit kerja ditulis ke ${tables.length} sheet: ${tables.map((t) => t.sheetName).join(', ')}.`,
    ],
  };
}
