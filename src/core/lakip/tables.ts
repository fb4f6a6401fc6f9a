/**
 * The LAKIP summary tables as plain data: computed in the pure core at full precision,
 * knowing nothing of where they are written (a sheet, a .docx, JSON). Numbers are numbers
 * on the 0–100 scale for percentages; rounding happens only where they are shown.
 */
import type { Finding } from '../findings/finding';
import { atExcelPrecision, type Kategori, type KategoriScheme } from './arithmetic';

/** The sheets the export owns and rebuilds, in the order they are written. */
export const LAKIP_SHEETS = [
  'LAKIP Perjanjian Kinerja',
  'LAKIP Capaian',
  'LAKIP Perbandingan',
  'LAKIP Analisis',
  'LAKIP Efisiensi',
  'LAKIP Anggaran',
  'LAKIP SOP',
] as const;
export type LakipSheetName = (typeof LAKIP_SHEETS)[number];

export type SummaryTableId =
  'perjanjianKinerja' | 'capaian' | 'perbandingan' | 'analisis' | 'anggaran' | 'efisiensi' | 'sop';

/**
 * What a cell of a column holds. `percent` is a number on the 0–100 scale (103.05…, never
 * 1.0305); `date` cells hold an ISO `YYYY-MM-DD` string; `rupiah` and `integer` are shown
 * without decimals, `number` with `decimals` (or 0 for whole numbers and 2 otherwise).
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'rupiah' | 'integer' | 'date';

/**
 * How the Jumlah row of a section gets its figure in this column: the sum of the column; the
 * sum over the rows whose column `where` holds a number (the waktu baku of the SOP steps that
 * have a waktu aktual, so the two totals compare like with like); or
 * Σ numerator ÷ Σ denominator × 100 (the serapan of a group; never an average of percentages).
 */
export type TotalRule =
  | { readonly kind: 'sum' }
  | { readonly kind: 'sumWhere'; readonly where: number }
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number }
  /** The mean of the column's numbers (empty cells left out, as AVERAGE does): group rows only. */
  | { readonly kind: 'mean' };

export interface SummaryColumn {
  readonly label: string;
  readonly kind: ColumnKind;
  /** Width in Excel character units (the .docx scales it). */
  readonly width: number;
  /** Decimals shown; only for `number` and `percent` (percent defaults to 2). */
  readonly decimals?: number;
  /** How the Jumlah row fills this column; absent: the Jumlah row leaves it as the core gave it. */
  readonly total?: TotalRule;
  /**
   * The header in the LAKIP sheet when it differs from `label`: the PK's own Keterangan (APBD …)
   * is `Keterangan PK` there, beside the sheet's Keterangan column (our reasons and the user's
   * text), so the two are never mistaken for each other when the sheet is rebuilt.
   */
  readonly sheetLabel?: string;
}

export interface SummaryRow {
  readonly cells: readonly (string | number | null)[];
  /** Why a figure of this row is missing (the row is marked; the cell is left empty). */
  readonly mark?: string;
  /** Something a reader should know about a figure that is there (a capped capaian …). */
  readonly note?: string;
  /**
   * What the tracker's keeper still has to do for this row ("Faktor Penghambat … perlu diisi
   * di sheet Data Kinerja"): shown in the sheet's Keterangan, never in the report itself.
   */
  readonly hint?: string;
  /** The tracker row the figures come from (the sheet's name as the workbook spells it). */
  readonly source?: { readonly sheet: string; readonly row: number };
  /**
   * A row of a group rather than of the tracker: the group's title (a kegiatan's name over its
   * sub kegiatan), or the row that sums up the `rows` rows directly above it by the columns'
   * total rules — a `subtotal` (Σ, serapan as Σ ÷ Σ) or an `average` (the `mean` columns).
   * Absent on the rows that hold one tracker row's figures (`dataRows`).
   */
  readonly group?: GroupRow;
}

export type GroupRow =
  | { readonly kind: 'title' }
  | { readonly kind: 'subtotal' | 'average'; readonly rows: number };

/** The rows of a section that hold one tracker row's figures each (group rows left out). */
export function dataRows(section: Pick<SummarySection, 'rows'> | undefined): SummaryRow[] {
  return (section?.rows ?? []).filter((r) => r.group === undefined);
}

/**
 * The data rows in the order of their tracker rows (a table grouped by sasaran lists them by
 * group; the chart and the rekap keep the PK's order). Rows without a source keep their place
 * after those with one.
 */
export function dataRowsInSourceOrder(section: Pick<SummarySection, 'rows'> | undefined): SummaryRow[] {
  return dataRows(section)
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.source?.row ?? Infinity) - (b.row.source?.row ?? Infinity) || a.i - b.i)
    .map(({ row }) => row);
}

/** True when a section has subtotal rows (its Jumlah then sums the data rows only). */
export function hasSubtotals(section: Pick<SummarySection, 'rows'>): boolean {
  return section.rows.some((r) => r.group?.kind === 'subtotal');
}

export interface SummarySection {
  readonly title?: string;
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly SummaryRow[];
  /**
   * The Jumlah row, computed by `totalRow` from the columns' total rules over the data rows
   * (a section with subtotal rows: over the data rows only, never the subtotals too).
   */
  readonly total?: SummaryRow;
}

export interface SummaryTable {
  readonly id: SummaryTableId;
  /** `LAKIP Capaian` … */
  readonly sheetName: LakipSheetName;
  /** Short title, e.g. `Capaian Kinerja`. */
  readonly title: string;
  /** `Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017`. */
  readonly caption: string;
  readonly sections: readonly SummarySection[];
  /** Indonesian sentences printed under the table (capped capaian, the SOP's warning …). */
  readonly notes: readonly string[];
}

/** A sasaran's Rata-rata capaian sasaran, as the Capaian table shows it. */
export interface SasaranAverage {
  readonly sasaran: string;
  /** The mean of the capaian of its indicators that have one; null when none has. */
  readonly capaian: number | null;
  readonly kategori: Kategori | null;
  /** Its indicators, and how many of them have a capaian (the others are left out). */
  readonly indicators: number;
  readonly counted: number;
}

/** How many indicators one kategori has. */
export interface KategoriCount {
  readonly kategori: Kategori;
  readonly jumlah: number;
  /** The band's place from best (0) to worst (1), for colours; undefined for Tidak Ada Target. */
  readonly shade: number | undefined;
}

export interface LakipSummary {
  /** Indicators per kategori label, every label of the scheme in its order (best band first). */
  readonly byKategori: Readonly<Record<Kategori, number>>;
  /**
   * The same counts as an ordered list: every band of the scheme, best first (zero counts
   * included), then Tidak Ada Target when the scheme has it — what readers print and colour.
   */
  readonly kategori: readonly KategoriCount[];
  /** The scheme the kategori were given by (the sheet Kategori Capaian, or the Pengaturan Batas). */
  readonly kategoriScheme: KategoriScheme;
  /** Indicators without a kategori (capaian not computable, and not Tidak Ada Target). */
  readonly uncategorised: number;
  /** Per Sasaran Strategis, in the Capaian table's order. */
  readonly sasaran: readonly SasaranAverage[];
  /** Indicators of the PK. */
  readonly indicators: number;
  /** Indicators whose capaian could not be computed. */
  readonly undefinedCount: number;
  /** Σ pagu of the DPA rows (Rp). */
  readonly pagu: number;
  /** Σ realisasi of the DPA rows up to Triwulan Berjalan (Rp). */
  readonly realisasi: number;
  /** Σ realisasi ÷ Σ pagu × 100; null when Σ pagu is 0. */
  readonly serapan: number | null;
  readonly sopDone: number;
  readonly sopTotal: number;
  /** Documents with status Diterima or Diverifikasi. */
  readonly documentsReceived: number;
  readonly documentsTotal: number;
}

export interface LakipResult {
  readonly tables: readonly SummaryTable[];
  /**
   * `calc/undefined` for each capaian whose arithmetic is undefined (target 0; `Target/Realisasi`
   * with realisasi 0), placed and worded as validation reports them. Figures missing for lack
   * of data are marked in their rows (`SummaryRow.mark`) and reported by validation.
   */
  readonly findings: readonly Finding[];
  readonly summary: LakipSummary;
  /** Nama Unit Kerja (`Kecamatan Pasrujambe`). */
  readonly unit: string;
  readonly kabupaten: string;
  /** Tahun Laporan. */
  readonly tahun: number | null;
  readonly triwulanBerjalan: 1 | 2 | 3 | 4;
}

/** The label of a table's own Keterangan column. */
export const KETERANGAN_LABEL = 'Keterangan';

/**
 * The index of a section's own Keterangan column — its last column, a text labelled
 * `Keterangan` (the PK's programs: APBD, APBN Dekonsentrasi …) — or -1. The .docx puts a row's
 * reasons into that column instead of adding a second Keterangan beside it; the LAKIP sheet
 * shows it as `Keterangan PK` (`SummaryColumn.sheetLabel`) beside its own Keterangan.
 */
export function ownKeteranganColumn(section: Pick<SummarySection, 'columns'>): number {
  const i = section.columns.length - 1;
  const last = section.columns[i];
  return last !== undefined && last.kind === 'text' && last.label === KETERANGAN_LABEL ? i : -1;
}

/** A row of a table that could not be computed, for the command line and the task pane. */
export interface MarkedRow {
  readonly table: SummaryTable;
  readonly section: SummarySection;
  readonly row: SummaryRow;
  /** 0-based index of the row in its section. */
  readonly index: number;
}

export function markedRows(result: Pick<LakipResult, 'tables'>): MarkedRow[] {
  const out: MarkedRow[] = [];
  for (const table of result.tables) {
    for (const section of table.sections) {
      section.rows.forEach((row, index) => {
        if (row.mark !== undefined) out.push({ table, section, row, index });
      });
    }
  }
  return out;
}


/**
 * The Jumlah row of a section: `label` in the first column (writers may merge it over the
 * empty cells up to the first figure), every column with a total rule
 * filled by it from the cells as they stand (so the figure equals what `SUM` gives in Excel).
 * A ratio over a zero denominator is left empty.
 */
export function totalRow(
  columns: readonly SummaryColumn[],
  rows: readonly SummaryRow[],
  label = 'Jumlah',
): SummaryRow {
  const sums = columns.map((_, i) => {
    let sum = 0;
    for (const r of rows) {
      const v = r.cells[i];
      if (typeof v === 'number') sum += v;
    }
    return sum;
  });
  const beyond: string[] = [];
  const cells = columns.map((c, i): string | number | null => {
    if (i === 0 && c.total === undefined) return label;
    if (c.total === undefined) return null;
    let value: number | null;
    if (c.total.kind === 'sum') value = atExcelPrecision(sums[i] ?? 0);
    else if (c.total.kind === 'mean') {
      const n = rows.filter((r) => typeof r.cells[i] === 'number').length;
      value = n === 0 ? null : atExcelPrecision((sums[i] ?? 0) / n);
    }
    else if (c.total.kind === 'sumWhere') {
      const where = c.total.where;
      let sum = 0;
      for (const r of rows) {
        const v = r.cells[i];
        if (typeof v === 'number' && typeof r.cells[where] === 'number') sum += v;
      }
      value = atExcelPrecision(sum);
    } else {
      const num = sums[c.total.numerator] ?? 0;
      const den = sums[c.total.denominator] ?? 0;
      // A sum beyond a double makes the ratio meaningless too (x ÷ ∞ is not a serapan of 0).
      value =
        den === 0
          ? null
          : Number.isFinite(num) && Number.isFinite(den)
            ? atExcelPrecision((num / den) * 100)
            : Infinity;
    }
    // Figures valid one by one can sum beyond a double (9E+307 twice): not computable, said so.
    if (value !== null && !Number.isFinite(value)) {
      beyond.push(c.label);
      return null;
    }
    return value;
  });
  if (beyond.length === 0) return { cells };
  return {
    cells,
    mark: `${label} ${beyond.join(', ')} tidak dapat dihitung: jumlahnya melampaui batas angka yang dapat dihitung.`,
  };
}
