/**
 * The workbook the Excel fake holds: sheets of sparse cells with what Excel keeps per cell
 * (value or error, formula, number format, format, lock, hyperlink) and per sheet (widths,
 * heights, merges, validations, AutoFilter, frozen panes, page layout, protection). Plain
 * mutable data; the proxies in `excel-fake.ts` are the only writers during a test.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type FakeScalar = string | number | boolean;

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borderTop?: FakeBorder;
  borderBottom?: FakeBorder;
  borderLeft?: FakeBorder;
  borderRight?: FakeBorder;
}

export interface FakeHyperlink {
  readonly documentReference?: string;
  readonly address?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface FakeCell {
  /** null when empty or when the cell holds an error. */
  value: FakeScalar | null;
  /** `#REF!` …, for an error constant or a formula whose result is an error. */
  error: string | null;
  /** With the leading `=`. */
  formula: string | null;
  numberFormat: string;
  format?: FakeCellFormat;
  locked: boolean;
  hyperlink?: FakeHyperlink;
}

export interface FakeValidation {
  readonly rect: Rect;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert?: Record<string, unknown>;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: Record<string, unknown>;
  printTitleRows: string | null;
  /** Manual horizontal page breaks: a page starts at each of these 1-based rows. */
  rowBreaks: number[];
}

export function newCell(): FakeCell {
  return { value: null, error: null, formula: null, numberFormat: 'General', locked: true };
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  readonly cells = new Map<number, FakeCell>();
  /** Points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  validations: FakeValidation[] = [];
  autoFilter: Rect | null = null;
  freeze = { rows: 0, cols: 0 };
  pageLayout: FakePageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
    rowBreaks: [],
  };
  protection: { protected: boolean; options: Record<string, unknown> } = { protected: false, options: {} };

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cellAt(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** The cell, created empty if it was not there. */
  touch(row: number, col: number): FakeCell {
    const key = FakeSheet.key(row, col);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = newCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Every stored cell inside `rect`, without visiting the empty ones (ranges may be whole sheets). */
  *storedIn(rect: Rect): Generator<[row: number, col: number, cell: FakeCell]> {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (contains(rect, row, col)) yield [row, col, cell];
    }
  }

  /** The smallest rectangle holding every cell with a value (or, without `valuesOnly`, any format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.error !== null || cell.formula !== null;
      const hasFormat =
        cell.numberFormat !== 'General' ||
        cell.format !== undefined ||
        !cell.locked ||
        cell.hyperlink !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}
