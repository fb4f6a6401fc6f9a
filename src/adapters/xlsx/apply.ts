/**
 * Applies a WritePlan to an exceljs workbook. It touches only the sheets, cells and
 * properties the plan names. exceljs shares one style object between all cells loaded with
 * the same style, so styles here are always replaced by a changed copy, never mutated.
 */
import type ExcelJS from 'exceljs';
import { cellAddress, rangeAddress } from '../../core/address';
import { LakipError } from '../../core/errors';
import type { Area, CellStyle, PlanValue, WriteOp, WritePlan } from '../../core/plan/plan';
import { normaliseSheetName } from '../../core/snapshot';
import { setRangeValidation, type Rect, type ValidationModel } from './data-validations';
import { isDateFormat, isPercentFormat } from '../../core/number-format';
import { isFormulaLikeText } from '../../core/parse/formula-text';

/** Formats used when a plan writes a date or a percentage without its own format. */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const DEFAULT_PERCENT_FORMAT = '0.00%';
export const DEFAULT_LIST_ERROR = 'Pilih salah satu nilai dari daftar.';
/** Excel's text format: what a cell holding formula-like text gets (as the Office.js adapter does). */
export const TEXT_FORMAT = '@';
/** Excel's own colour for hyperlinks. */
const LINK_COLOR = 'FF0563C1';
const A4 = 9;

/**
 * Applies every operation in order. A date or percentage written without a format gets
 * DEFAULT_DATE_FORMAT / DEFAULT_PERCENT_FORMAT unless its cell already has a date / percent
 * format; text that Excel would take for a formula (`=`, `+`, `-`, `@` …, `isFormulaLikeText`)
 * gets the text format `@`, whatever format the plan names. Values for cells covered by a merge are ignored. `ensureSheet` on an existing sheet
 * applies the tab colour and visibility it names. A plan that names a sheet no earlier
 * `ensureSheet` created, or that cannot be written to a valid file, is a bug: LakipError
 * `internal`.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const op of plan.ops) applyOp(wb, op);
}

function applyOp(wb: ExcelJS.Workbook, op: WriteOp): void {
  switch (op.op) {
    case 'ensureSheet':
      return ensureSheet(wb, op.sheet, op.tabColor, op.hidden);
    case 'clearSheet':
      return clearSheet(wb, op.sheet);
    case 'setValues':
      return setValues(sheet(wb, op.sheet), op.row, op.col, op.values, op.numberFormats);
    case 'setNumberFormat':
      return forEachCell(sheet(wb, op.sheet), op, (cell) => restyle(cell, { numFmt: op.format }));
    case 'setStyle':
      return setStyle(sheet(wb, op.sheet), op, op.style);
    case 'mergeCells':
      return mergeCells(sheet(wb, op.sheet), op);
    case 'setColumnWidths': {
      const ws = sheet(wb, op.sheet);
      for (const { col, width } of op.widths) ws.getColumn(col).width = width;
      return;
    }
    case 'setRowHeight':
      sheet(wb, op.sheet).getRow(op.row).height = op.height;
      return;
    case 'freezePanes':
      return freezePanes(sheet(wb, op.sheet), op.rows, op.cols);
    case 'listValidation':
      return listValidation(sheet(wb, op.sheet), op, listFormula(op.source), op.allowBlank, op.error);
    case 'autoFilter':
      sheet(wb, op.sheet).autoFilter = rangeAddress(op.row, op.col, op.rows, op.cols);
      return;
    case 'pageSetup': {
      const ws = sheet(wb, op.sheet);
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: op.orientation,
        paperSize: A4,
        fitToPage: op.fitToWidth,
        ...(op.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(op.printTitleRows ? { printTitlesRow: `${op.printTitleRows.from}:${op.printTitleRows.to}` } : {}),
      };
      // exceljs breaks the page after the row it is given.
      for (const row of op.rowBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
      return;
    }
    case 'protectSheet':
      return protectSheet(wb, op.sheet, op.unlocked);
    default:
      return assertNever(op);
  }
}

function assertNever(what: never): never {
  throw bug(`isi rencana tidak dikenal: ${JSON.stringify(what)}`);
}

function bug(what: string): LakipError {
  return new LakipError(
    'internal',
    `Rencana penulisan tidak dapat diterapkan (${what}); ini kesalahan program, laporkan ke pengembang.`,
  );
}

// ---------------------------------------------------------------------------------------
// Sheets

function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = normaliseSheetName(name);
  return wb.worksheets.find((ws) => normaliseSheetName(ws.name) === wanted);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findWorksheet(wb, name);
  if (ws === undefined) throw bug(`sheet "${name}" tidak ada`);
  return ws;
}

function ensureSheet(wb: ExcelJS.Workbook, name: string, tabColor?: string, hidden?: boolean): void {
  let ws = findWorksheet(wb, name);
  if (ws === undefined) {
    // exceljs would silently cut a longer name, and later operations would not find the sheet.
    if (name.length > 31) throw bug(`nama sheet "${name}" lebih dari 31 karakter`);
    try {
      ws = wb.addWorksheet(name);
    } catch (cause) {
      throw new LakipError('internal', bug(`nama sheet "${name}" tidak sah`).userMessage, { cause });
    }
  }
  if (tabColor !== undefined) ws.properties = { ...ws.properties, tabColor: { argb: argb(tabColor) } };
  if (hidden !== undefined) ws.state = hidden ? 'hidden' : 'visible';
}

/** exceljs keeps the tab position in `orderNo`, which its typings leave out. */
interface Ordered {
  orderNo: number;
}

function clearSheet(wb: ExcelJS.Workbook, name: string): void {
  const old = sheet(wb, name);
  const { orderNo } = old as unknown as Ordered;
  const tabColor = old.properties.tabColor;
  const state = old.state;
  const realName = old.name;
  wb.removeWorksheet(old.id);
  const fresh = wb.addWorksheet(realName, { state, ...(tabColor ? { properties: { tabColor } } : {}) });
  (fresh as unknown as Ordered).orderNo = orderNo;
}

// ---------------------------------------------------------------------------------------
// Values

function setValues(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  values: readonly (readonly PlanValue[])[],
  numberFormats: readonly (readonly (string | null)[])[] | undefined,
): void {
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const cell = ws.getCell(row + r, col + c);
      // A cell covered by a merge shows nothing; exceljs would write through to the master.
      if (cell.master !== cell) return;
      writeValue(cell, value, numberFormats?.[r]?.[c] ?? null);
    });
  });
}

function writeValue(cell: ExcelJS.Cell, value: PlanValue, format: string | null): void {
  if (format !== null) restyle(cell, { numFmt: format });
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    cell.value = value; // strings are always literal text in exceljs, never formulas
    // …but in Excel, text like "=1+1" becomes a formula as soon as a user edits the cell
    // (F2, Enter) unless the cell is formatted as text: such text always gets "@".
    if (typeof value === 'string' && isFormulaLikeText(value) && cell.numFmt !== TEXT_FORMAT) {
      restyle(cell, { numFmt: TEXT_FORMAT });
    }
    return;
  }
  if (typeof value === 'number') {
    cell.value = finite(value, cell);
    return;
  }
  switch (value.kind) {
    case 'date': {
      const date = parseIso(value.iso);
      if (date === undefined) throw bug(`tanggal "${value.iso}" di ${cell.address} tidak sah`);
      cell.value = date;
      if (format === null && !isDateFormat(cell.numFmt ?? 'General')) {
        restyle(cell, { numFmt: value.iso.includes('T') ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT });
      }
      return;
    }
    case 'percent':
      cell.value = finite(value.value, cell);
      if (format === null && !isPercentFormat(cell.numFmt ?? '')) {
        restyle(cell, { numFmt: DEFAULT_PERCENT_FORMAT });
      }
      return;
    case 'error':
      cell.value = { error: value.code } as ExcelJS.CellErrorValue;
      return;
    case 'formula': {
      const formula = value.formula.replace(/^=/, '');
      cell.value = value.result === null ? { formula } : { formula, result: value.result };
      return;
    }
    case 'link':
      cell.value = { text: value.text, hyperlink: `#'${value.sheet.replace(/'/g, "''")}'!${value.cell}` };
      restyle(cell, { font: { ...cell.style.font, color: { argb: LINK_COLOR }, underline: true } });
      return;
    default:
      return assertNever(value);
  }
}

function finite(n: number, cell: ExcelJS.Cell): number {
  // exceljs would write NaN into the XML, which Excel reports as a damaged file.
  if (!Number.isFinite(n)) throw bug(`nilai ${String(n)} di ${cell.address}`);
  return n;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm(:ss)` as a UTC Date (exceljs stores UTC as the serial). */
function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
  return date.getUTCDate() === d ? date : undefined;
}

// ---------------------------------------------------------------------------------------
// Formats and styles

function forEachCell(ws: ExcelJS.Worksheet, area: Area, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) fn(ws.getCell(r, c));
  }
}

function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function setStyle(ws: ExcelJS.Worksheet, area: Area, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    ...(style.hAlign !== undefined ? { horizontal: style.hAlign } : {}),
    ...(style.vAlign !== undefined ? { vertical: style.vAlign } : {}),
  };
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  forEachCell(ws, area, (cell) => {
    const change: Partial<ExcelJS.Style> = {};
    if (Object.keys(font).length > 0) change.font = { ...cell.style.font, ...font };
    if (Object.keys(alignment).length > 0) change.alignment = { ...cell.style.alignment, ...alignment };
    if (style.fill !== undefined) {
      change.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
    }
    if (style.border === 'thin') change.border = { top: thin, left: thin, bottom: thin, right: thin };
    restyle(cell, change);
  });
}

/** exceljs' index of merges, by master address (private, absent from its typings). */
function mergesOf(ws: ExcelJS.Worksheet): Record<string, Rect | undefined> {
  return (ws as unknown as { _merges: Record<string, Rect | undefined> })._merges;
}

function mergeCells(ws: ExcelJS.Worksheet, area: Area): void {
  if (area.rows * area.cols <= 1) return;
  const bottom = area.row + area.rows - 1;
  const right = area.col + area.cols - 1;
  const existing = mergesOf(ws)[cellAddress(area.row, area.col)];
  if (
    existing &&
    existing.top === area.row &&
    existing.left === area.col &&
    existing.bottom === bottom &&
    existing.right === right
  ) {
    return;
  }
  // A merge that overlaps the area is undone first (exceljs would refuse the new one).
  ws.unMergeCells(area.row, area.col, bottom, right);
  ws.mergeCells(area.row, area.col, bottom, right);
}

function freezePanes(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  // A loaded sheet without <sheetViews> has `views: null`, whatever exceljs' typings say.
  const loaded: Partial<ExcelJS.WorksheetView>[] | null = ws.views;
  const views = loaded ?? [];
  const current = { ...(views[0] ?? {}) } as Record<string, unknown>;
  for (const key of ['state', 'xSplit', 'ySplit', 'topLeftCell', 'activePane']) delete current[key];
  const view =
    rows > 0 || cols > 0
      ? {
          ...current,
          state: 'frozen',
          xSplit: cols,
          ySplit: rows,
          topLeftCell: cellAddress(rows + 1, cols + 1),
        }
      : { ...current, state: 'normal' };
  ws.views = [view as Partial<ExcelJS.WorksheetView>, ...views.slice(1)];
}

// ---------------------------------------------------------------------------------------
// Validation and protection

function listFormula(source: { readonly values: readonly string[] } | { readonly range: string }): string {
  if ('range' in source) return source.range.replace(/^=/, '');
  const bad = source.values.find((v) => v.includes(','));
  if (bad !== undefined) throw bug(`pilihan "${bad}" memuat koma, gunakan daftar di sel`);
  const joined = source.values.join(',');
  // Excel declares a file with a longer inline list damaged.
  if (joined.length > 255) throw bug('daftar pilihan lebih dari 255 karakter, gunakan daftar di sel');
  return `"${joined.replace(/"/g, '""')}"`;
}

function listValidation(
  ws: ExcelJS.Worksheet,
  area: Area,
  formula: string,
  allowBlank: boolean,
  error: string | undefined,
): void {
  const validation: ValidationModel = {
    type: 'list',
    allowBlank,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: error ?? DEFAULT_LIST_ERROR,
  };
  setRangeValidation(
    ws,
    { top: area.row, left: area.col, bottom: area.row + area.rows - 1, right: area.col + area.cols - 1 },
    validation,
  );
}

function protectSheet(wb: ExcelJS.Workbook, name: string, unlocked: readonly Area[]): void {
  const ws = sheet(wb, name);
  for (const area of unlocked) {
    forEachCell(sheet(wb, area.sheet), area, (cell) =>
      restyle(cell, { protection: { ...cell.style.protection, locked: false } }),
    );
  }
  // Without a password exceljs sets `sheetProtection` synchronously; the promise only resolves.
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}
