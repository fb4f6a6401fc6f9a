/**
 * The one currency between the adapters and the core: a workbook as plain,
 * JSON-serialisable data. Row index 0 is Excel row 1, column index 0 is column A.
 */

/** Excel error values, kept as values (never thrown). */
export const EXCEL_ERRORS = [
  '#REF!',
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERRORS)[number];

/** A date cell. `iso` is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` when it has a time. */
export interface DateValue {
  readonly kind: 'date';
  readonly iso: string;
}

/** An Excel error shown in a cell (`#REF!` …), possibly the cached result of a formula. */
export interface ErrorValue {
  readonly kind: 'error';
  readonly code: string;
}

/**
 * A number shown with a percent format: `value` is what Excel stores (0.855 for 85,5 %).
 * The parsers turn it into the 0–100 scale the contract uses.
 */
export interface PercentValue {
  readonly kind: 'percent';
  readonly value: number;
}

export type CellValue = string | number | boolean | null | DateValue | ErrorValue | PercentValue;

export interface SheetSnapshot {
  readonly name: string;
  /** rows[r][c] is the cell at Excel row r+1, column c+1; rows may be ragged or shorter than the sheet. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isDateValue(v: CellValue | undefined): v is DateValue {
  return typeof v === 'object' && v !== null && v.kind === 'date';
}

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && v.kind === 'error';
}

export function isPercentValue(v: CellValue | undefined): v is PercentValue {
  return typeof v === 'object' && v !== null && v.kind === 'percent';
}

/** True for a cell a user would call empty: missing, null, or text of only white space. */
export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Sheet names are matched ignoring case and surrounding spaces. */
export function normaliseSheetName(name: string): string {
  return name.trim().toLowerCase();
}

export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const wanted = normaliseSheetName(name);
  return wb.sheets.find((s) => normaliseSheetName(s.name) === wanted);
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}
