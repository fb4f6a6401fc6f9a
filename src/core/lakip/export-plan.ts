/**
 * The LAKIP tables as sheets: one sheet per table, cleared and rebuilt on every export,
 * touching no other sheet. Numbers stay numbers with Indonesian-looking formats (Excel shows
 * `#,##0.00` as `1.234,56` on an Indonesian system); a Jumlah figure is a formula that
 * carries the value we computed, so every viewer shows it without recalculating.
 */
import { columnLetter, columnNumber, quoteSheet } from '../address';
import { decimalFormat, FORMAT } from '../layout/formats';
import { linesFor } from '../layout/row-height';
import { reportSheetStart, STYLE } from '../layout/styles';
import type { CellStyle, PlanValue, WriteOp, WritePlan } from '../plan/plan';
import { findSheet, type CellValue, type DateValue, type WorkbookSnapshot } from '../snapshot';
import {
  keyColumnOf,
  readPreviousSheet,
  rowKeyOf,
  type PreviousRow,
  type PreviousSheet,
  type UnplacedCell,
} from './carry-over';
import { decimalsFor, displayCell } from './display';
import {
  hasSubtotals,
  markedRows,
  type LakipResult,
  type SummaryColumn,
  type SummaryRow,
  type SummarySection,
  type SummaryTable,
  type TotalRule,
} from './tables';

/** Layout of a LAKIP sheet, as data. */
export const LAKIP_LAYOUT = {
  captionRow: 1,
  subtitleRow: 2,
  /** The DRAF line, while the tracker still has galat. */
  draftRow: 3,
  /** The first section starts here (its title, or its header when it has none). */
  firstSectionRow: 4,
  keteranganLabel: 'Keterangan',
  keteranganWidth: 42,
  /** Amber: a row with a figure that could not be computed. */
  markedFill: 'FFE699',
  /** Points per line of text, for the heights of rows whose text wraps. */
  lineHeight: 15,
} as const;

const MARKED_STYLE: CellStyle = { ...STYLE.body, fill: LAKIP_LAYOUT.markedFill };
const NOTE_STYLE: CellStyle = { italic: true, fontColor: '404040', wrap: true, vAlign: 'top' };
/** A group's title row (a kegiatan's name over its sub kegiatan). */
const GROUP_TITLE_STYLE: CellStyle = { ...STYLE.body, bold: true };
const DRAFT_STYLE: CellStyle = { bold: true, fontColor: 'C00000', hAlign: 'center', wrap: true };

/** The tracker still has galat: the tables are a draft. */
export interface DraftInfo {
  /** Galat (errors) validation finds in the tracker. */
  readonly galat: number;
}

/** The DRAF line of a LAKIP sheet (and the .docx header). */
export function draftText(draft: DraftInfo): string {
  return `DRAF — tracker masih berisi ${draft.galat} galat; angka tabel ini belum final. Perbaiki galatnya lalu ekspor lagi.`;
}

export interface LakipPlanOptions {
  /** Mark every sheet as a draft. */
  readonly draft?: DraftInfo;
  /**
   * The workbook the sheets are written into: what its users typed into the previous LAKIP
   * sheets is carried into the rebuilt ones (`carry-over.ts`). Absent for a new workbook.
   */
  readonly previous?: WorkbookSnapshot;
}

/** What the user had typed into the previous LAKIP sheets, and where it went. */
interface Carry {
  readonly previous: PreviousSheet;
  /** Row keys whose cells were placed. */
  readonly used: Set<string>;
  placed: number;
}

/** `Kecamatan Pasrujambe, Kabupaten Lumajang · Tahun 2017 · realisasi s.d. Triwulan IV`. */
export function subtitleOf(
  result: Pick<LakipResult, 'unit' | 'kabupaten' | 'tahun' | 'triwulanBerjalan'>,
): string {
  const roman = ['I', 'II', 'III', 'IV'][result.triwulanBerjalan - 1] ?? 'IV';
  const where = [result.unit, result.kabupaten !== '' ? `Kabupaten ${result.kabupaten}` : '']
    .filter((s) => s !== '')
    .join(', ');
  return [where, result.tahun !== null ? `Tahun ${result.tahun}` : '', `realisasi s.d. Triwulan ${roman}`]
    .filter((s) => s !== '')
    .join(' · ');
}

/** The Excel number format of a cell of this column (numbers only). */
export function numberFormatFor(column: SummaryColumn, value: number): string {
  switch (column.kind) {
    case 'rupiah':
      return FORMAT.rupiah;
    case 'integer':
      return FORMAT.integer;
    case 'percent':
    case 'number': {
      return decimalFormat(decimalsFor(column, value));
    }
    case 'date':
    case 'text':
      return FORMAT.general;
  }
}

function cellValue(column: SummaryColumn, v: string | number | null): PlanValue {
  if (v === null) return null;
  if (column.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const d: DateValue = { kind: 'date', iso: v };
    return d;
  }
  return v;
}

function cellFormat(column: SummaryColumn, v: string | number | null): string | null {
  if (typeof v === 'number') return numberFormatFor(column, v);
  if (column.kind === 'date' && typeof v === 'string') return FORMAT.dateShort;
  return null;
}

/** A column's header in the sheet (the PK's own Keterangan is `Keterangan PK`, beside the sheet's). */
function sheetLabelOf(column: SummaryColumn): string {
  return column.sheetLabel ?? column.label;
}

/**
 * The formula of a figure that sums up rows `from`–`to` of its column `col` (0-based), by the
 * column's total rule. `subtotal`: SUBTOTAL(9, …), which a Jumlah over a range holding
 * subtotals skips, so a kegiatan's subtotal is not counted twice.
 */
function totalFormula(rule: TotalRule, col: number, from: number, to: number, subtotal: boolean): string {
  const range = (c: number): string => `${columnLetter(c + 1)}${from}:${columnLetter(c + 1)}${to}`;
  const sum = (c: number): string => (subtotal ? `SUBTOTAL(9,${range(c)})` : `SUM(${range(c)})`);
  switch (rule.kind) {
    case 'sum':
      return sum(col);
    case 'sumWhere':
      return `SUMIF(${range(rule.where)},"<>",${range(col)})`;
    case 'ratio':
      return `${sum(rule.numerator)}/${sum(rule.denominator)}*100`;
    case 'mean':
      return `AVERAGE(${range(col)})`;
  }
}

/** A group row's cells: figures with a total rule as formulas over the rows it sums up. */
function groupValues(section: SummarySection, r: SummaryRow, row: number): PlanValue[] {
  const g = r.group;
  return section.columns.map((c, i): PlanValue => {
    const v = r.cells[i] ?? null;
    if (g === undefined || g.kind === 'title' || typeof v !== 'number' || c.total === undefined || g.rows === 0)
      return cellValue(c, v);
    return { kind: 'formula', formula: totalFormula(c.total, i, row - g.rows, row - 1, true), result: v };
  });
}

function keterangan(row: SummaryRow, user = ''): string | null {
  const parts = [row.mark, row.note, row.hint].filter((s): s is string => s !== undefined && s !== '');
  const ours = parts.join(' ');
  if (user === '') return ours === '' ? null : ours;
  return ours === '' ? user : `${ours}\n${user}`;
}

/** Writes the user's own columns of a row, right of the sheet's width. */
function planOwn(
  ops: WriteOp[],
  sheet: string,
  row: number,
  width: number,
  own: ReadonlyMap<number, CellValue>,
): void {
  for (const [offset, value] of own) {
    ops.push({ op: 'setValues', sheet, row, col: width + 1 + offset, values: [[value]] });
  }
}

/**
 * The columns of a sheet: every section's figures from column A, and one Keterangan column at
 * the far right shared by all sections (a shorter section's Keterangan cell is merged across
 * to it). Widths are the widest of the sections' columns.
 */
interface SheetGeometry {
  /** Columns in the sheet, Keterangan included. */
  readonly width: number;
  /** Width of each column, index 0 = column A. */
  readonly widths: readonly number[];
}

function geometryOf(table: SummaryTable): SheetGeometry {
  const dataCols = Math.max(0, ...table.sections.map((s) => s.columns.length));
  const widths: number[] = [];
  for (let c = 0; c < dataCols; c++) {
    widths.push(Math.max(1, ...table.sections.map((s) => s.columns[c]?.width ?? 0)));
  }
  widths.push(LAKIP_LAYOUT.keteranganWidth);
  return { width: widths.length, widths };
}

/** A row height that shows every line of its wrapped cells (viewers do not all fit rows themselves). */
function heightFor(cells: readonly { readonly text: string; readonly width: number }[]): number | null {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.text, c.width)));
  return lines > 1 ? lines * LAKIP_LAYOUT.lineHeight + 3 : null;
}

/** Where a section of a table lands in its sheet (1-based Excel rows). */
export interface SectionPlacement {
  readonly titleRow: number | null;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly totalRow: number | null;
  /** The first row after the section and the blank row that follows it. */
  readonly nextRow: number;
}

/** The rows of every section of a table in its sheet, one blank row between sections. */
export function placeSections(table: SummaryTable): SectionPlacement[] {
  let row: number = LAKIP_LAYOUT.firstSectionRow;
  return table.sections.map((s) => {
    const titleRow = s.title !== undefined ? row++ : null;
    const headerRow = row++;
    const firstDataRow = row;
    row += s.rows.length;
    const totalRow = s.total ? row++ : null;
    row++;
    return { titleRow, headerRow, firstDataRow, totalRow, nextRow: row };
  });
}

function planSection(
  ops: WriteOp[],
  sheet: string,
  section: SummarySection,
  index: number,
  at: SectionPlacement,
  geo: SheetGeometry,
  carry: Carry | undefined,
): void {
  const seen = new Map<string, number>();
  const keyCol = keyColumnOf(section.columns.map(sheetLabelOf));
  /** The user's cells of the previous row with this key (marked as placed). */
  const userOf = (key: string): PreviousRow | undefined => {
    const prev = carry?.previous.rows.get(key);
    if (prev === undefined || carry === undefined) return undefined;
    carry.used.add(key);
    carry.placed += prev.cells.length;
    return prev;
  };
  const header = carry?.previous.headers.get(index);
  if (header !== undefined && carry !== undefined) carry.placed += header.cells.length;
  const n = section.columns.length;
  const ketCol = n + 1;
  const ketSpan = geo.width - n;
  const ketWidth = geo.widths.slice(n).reduce((a, b) => a + b, 0);
  const colWidth = (i: number): number => geo.widths[i] ?? 10;
  /** Merges a row's Keterangan cell across to the sheet's Keterangan column; sets its height. */
  const finishRow = (row: number, texts: readonly string[], keterangan: string | null): void => {
    if (ketSpan > 1) ops.push({ op: 'mergeCells', sheet, row, col: ketCol, rows: 1, cols: ketSpan });
    const height = heightFor([
      ...texts.map((text, i) => ({ text, width: colWidth(i) })),
      { text: keterangan ?? '', width: ketWidth },
    ]);
    if (height !== null) ops.push({ op: 'setRowHeight', sheet, row, height });
  };
  const shown = (r: SummaryRow): string[] => section.columns.map((c, i) => displayCell(c, r.cells[i]));

  if (at.titleRow !== null && section.title !== undefined) {
    ops.push(
      { op: 'setValues', sheet, row: at.titleRow, col: 1, values: [[section.title]] },
      { op: 'setStyle', sheet, row: at.titleRow, col: 1, rows: 1, cols: 1, style: STYLE.subtitle },
    );
  }
  const { headerRow, firstDataRow } = at;
  const labels = section.columns.map(sheetLabelOf);
  ops.push(
    { op: 'setValues', sheet, row: headerRow, col: 1, values: [[...labels, LAKIP_LAYOUT.keteranganLabel]] },
    { op: 'setStyle', sheet, row: headerRow, col: 1, rows: 1, cols: geo.width, style: STYLE.header },
  );
  finishRow(headerRow, labels, LAKIP_LAYOUT.keteranganLabel);
  if (header !== undefined) planOwn(ops, sheet, headerRow, geo.width, header.own);
  if (section.rows.length > 0) {
    const users = section.rows.map((r) => userOf(rowKeyOf(index, r.cells[keyCol], seen)));
    const texts = section.rows.map((r, i) => keterangan(r, users[i]?.keterangan ?? ''));
    ops.push({
      op: 'setValues',
      sheet,
      row: firstDataRow,
      col: 1,
      values: section.rows.map((r, k) => [...groupValues(section, r, firstDataRow + k), texts[k] ?? null]),
      numberFormats: section.rows.map((r) => [
        ...section.columns.map((c, i) => cellFormat(c, r.cells[i] ?? null)),
        null,
      ]),
    });
    users.forEach((u, i) => {
      if (u !== undefined) planOwn(ops, sheet, firstDataRow + i, geo.width, u.own);
    });
    ops.push({
      op: 'setStyle',
      sheet,
      row: firstDataRow,
      col: 1,
      rows: section.rows.length,
      cols: geo.width,
      style: STYLE.body,
    });
    section.rows.forEach((r, i) => {
      if (r.group !== undefined) {
        ops.push({
          op: 'setStyle',
          sheet,
          row: firstDataRow + i,
          col: 1,
          rows: 1,
          cols: geo.width,
          style: r.group.kind === 'title' ? GROUP_TITLE_STYLE : { ...STYLE.body, ...STYLE.total },
        });
      }
      if (r.mark !== undefined) {
        ops.push({
          op: 'setStyle',
          sheet,
          row: firstDataRow + i,
          col: 1,
          rows: 1,
          cols: geo.width,
          style: MARKED_STYLE,
        });
      }
      finishRow(firstDataRow + i, shown(r), texts[i] ?? null);
    });
  }
  const total = section.total;
  const row = at.totalRow;
  if (total && row !== null) {
    const lastDataRow = firstDataRow + section.rows.length - 1;
    const subtotals = hasSubtotals(section);
    const values = section.columns.map((c, i): PlanValue => {
      const v = total.cells[i] ?? null;
      if (typeof v !== 'number' || c.total === undefined || section.rows.length === 0) return cellValue(c, v);
      const formula = totalFormula(c.total, i, firstDataRow, lastDataRow, subtotals);
      return { kind: 'formula', formula, result: v };
    });
    const user = userOf(rowKeyOf(index, 'Jumlah', seen));
    const text = keterangan(total, user?.keterangan ?? '');
    ops.push({
      op: 'setValues',
      sheet,
      row,
      col: 1,
      values: [[...values, text]],
      numberFormats: [[...section.columns.map((c, i) => cellFormat(c, total.cells[i] ?? null)), null]],
    });
    ops.push({ op: 'setStyle', sheet, row, col: 1, rows: 1, cols: geo.width, style: STYLE.total });
    // "Jumlah" spans the empty cells up to the first figure.
    const firstFigure = total.cells.findIndex((v, i) => i > 0 && v !== null);
    const span = firstFigure < 0 ? 1 : firstFigure;
    if (span > 1) ops.push({ op: 'mergeCells', sheet, row, col: 1, rows: 1, cols: span });
    finishRow(row, [], text);
    if (user !== undefined) planOwn(ops, sheet, row, geo.width, user.own);
  }
}

function planTable(
  ops: WriteOp[],
  result: LakipResult,
  table: SummaryTable,
  options: LakipPlanOptions,
  unplaced: UnplacedCell[],
): number {
  const sheet = table.sheetName;
  const old = options.previous !== undefined ? findSheet(options.previous, sheet) : undefined;
  const carry: Carry | undefined =
    old !== undefined ? { previous: readPreviousSheet(old), used: new Set(), placed: 0 } : undefined;
  const geo = geometryOf(table);
  const width = geo.width;
  const totalWidth = geo.widths.reduce((a, b) => a + b, 0);

  ops.push(...reportSheetStart(sheet, width, table.caption, subtitleOf(result)));
  if (table.caption.length * 1.4 > totalWidth) {
    ops.push({ op: 'setRowHeight', sheet, row: LAKIP_LAYOUT.captionRow, height: 40 });
  }
  if (options.draft !== undefined) {
    const row = LAKIP_LAYOUT.draftRow;
    ops.push(
      { op: 'setValues', sheet, row, col: 1, values: [[draftText(options.draft)]] },
      { op: 'mergeCells', sheet, row, col: 1, rows: 1, cols: width },
      { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: width, style: DRAFT_STYLE },
    );
  }

  const placements = placeSections(table);
  table.sections.forEach((section, i) => {
    const at = placements[i];
    if (at) planSection(ops, sheet, section, i, at, geo, carry);
  });
  if (carry !== undefined) {
    const prev = carry.previous;
    for (const t of prev.title) {
      ops.push({ op: 'setValues', sheet, row: t.row, col: width + 1 + t.offset, values: [[t.value]] });
      carry.placed++;
    }
    // Row 3 is free unless the DRAF line takes it.
    for (const c of prev.draftRow) {
      if (options.draft !== undefined) unplaced.push(c);
      else {
        const letters = /^[A-Z]+/.exec(c.cell)?.[0] ?? 'A';
        ops.push({
          op: 'setValues',
          sheet,
          row: LAKIP_LAYOUT.draftRow,
          col: columnNumber(letters),
          values: [[c.value]],
        });
        carry.placed++;
      }
    }
    for (const [key, row] of prev.rows) if (!carry.used.has(key)) unplaced.push(...row.cells);
    unplaced.push(...prev.loose);
  }
  let row = placements[placements.length - 1]?.nextRow ?? LAKIP_LAYOUT.firstSectionRow;
  const firstHeader = placements[0]?.headerRow ?? null;

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
        { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: width, style: NOTE_STYLE },
        { op: 'setRowHeight', sheet, row, height: linesFor(note, totalWidth) * LAKIP_LAYOUT.lineHeight + 3 },
      );
      row++;
    }
  }

  const header = firstHeader ?? LAKIP_LAYOUT.firstSectionRow;
  // Every table prints under its own header: a sheet of several tables starts each later one
  // on a new page and repeats no header (the first table's would stand over the others).
  const rowBreaks = placements.slice(1).map((p) => p.titleRow ?? p.headerRow);
  ops.push(
    { op: 'setColumnWidths', sheet, widths: geo.widths.map((w, i) => ({ col: i + 1, width: w })) },
    { op: 'freezePanes', sheet, rows: header, cols: 0 },
    {
      op: 'pageSetup',
      sheet,
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      ...(rowBreaks.length === 0 ? { printTitleRows: { from: header, to: header } } : { rowBreaks }),
    },
  );
  return carry?.placed ?? 0;
}

/** The plan of the LAKIP sheets, with what became of the user's cells in the previous ones. */
export interface LakipPlan extends WritePlan {
  /** The user's cells of the previous LAKIP sheets carried into the rebuilt ones. */
  readonly carried: number;
  /**
   * The user's cells that have no place in the rebuilt sheets (their row is gone, or they sat
   * outside the tables). Applying the plan would drop them: say so, and apply only when told.
   */
  readonly unplaced: readonly UnplacedCell[];
}

/**
 * The plan that writes every LAKIP table into its own sheet (and nothing else): with
 * `previous`, what the user typed into the old LAKIP sheets is carried over; with `draft`,
 * every sheet says it is a draft.
 */
export function buildLakipPlan(result: LakipResult, options: LakipPlanOptions = {}): LakipPlan {
  const ops: WriteOp[] = [];
  const unplaced: UnplacedCell[] = [];
  let carried = 0;
  for (const table of result.tables) carried += planTable(ops, result, table, options, unplaced);
  const marked = markedRows(result);
  const notes = [
    `Tabel LAKIP ditulis ke ${result.tables.length} sheet: ${result.tables.map((t) => t.sheetName).join(', ')}.`,
  ];
  if (options.draft !== undefined) {
    notes.push(
      `Tracker masih berisi ${options.draft.galat} galat, jadi setiap sheet LAKIP ditandai DRAF; perbaiki galatnya lalu ekspor lagi.`,
    );
  }
  if (marked.length > 0) {
    notes.push(
      `${marked.length} baris tidak dapat dihitung lengkap; baris itu diberi warna kuning dan alasannya ada di kolom ${LAKIP_LAYOUT.keteranganLabel}.`,
    );
  }
  if (carried > 0) {
    notes.push(
      `${carried} isian Anda di sheet LAKIP sebelumnya dipertahankan di baris yang sama (menurut indikator/program).`,
    );
  }
  return { ops, notes, carried, unplaced };
}

/** One sentence naming the cells an export would drop, and what to do. */
export function unplacedText(unplaced: readonly UnplacedCell[], max = 10): string {
  const shown = unplaced.slice(0, max).map((c) => `${quoteSheet(c.sheet)}!${c.cell}`);
  const more = unplaced.length > max ? ` dan ${unplaced.length - max} sel lain` : '';
  return `${unplaced.length} isian di sheet LAKIP tidak punya tempat di tabel yang baru (barisnya sudah tidak ada, atau di luar tabel): ${shown.join(', ')}${more}. Pindahkan isian itu ke sheet lain (atau ke kolom Keterangan baris yang masih ada), lalu ekspor lagi.`;
}
