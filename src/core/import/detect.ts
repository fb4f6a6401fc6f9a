/**
 * Finds the tables on a sheet of a workbook in the user's own layout: header rows (1–4, a
 * merged group header over sub-headers combined into one label path per column), the
 * numbering row under them ("1 2 3 4", "13 = 9 + 10 + 11 + 12"), title rows above, data rows,
 * and several tables on one sheet. Headers are searched on the whole sheet (a PK pasted from
 * Word has its table at row 38).
 *
 * The snapshot does not carry merged areas: the reader keeps a merged cell's value in its
 * top-left cell and leaves the rest empty. So a group header stands over the empty cells to
 * its right that have sub-headers below, and a grouping value (one sasaran over several
 * indicator rows) stands in the first of its rows; `carryDown` fills the rows below.
 */
import { columnLetter, rangeAddress } from '../address';
import { isEmptyCell, type CellValue, type SheetSnapshot } from '../snapshot';
import { headerMeaning, headerTokens, isHeaderToken } from './header';

export interface DetectedColumn {
  /** 0-based column index. */
  readonly col: number;
  /** Column letter (`B`). */
  readonly letter: string;
  /** The header texts from the top header row down (a group header carried over its columns). */
  readonly path: readonly string[];
  /** The path joined with " / ". */
  readonly label: string;
  /**
   * A column without a header of its own right of a "Kode" column: the code split over
   * columns (urusan | bidang | program | kegiatan | sub kegiatan), the header merged over them.
   */
  readonly codePart?: true;
}

export interface DetectedTable {
  readonly sheet: string;
  /** Excel row numbers of the first and last header row. */
  readonly headerRows: readonly [number, number];
  /** Excel row of the numbering row under the header, or null. */
  readonly numberingRow: number | null;
  /** Texts of the title rows above the header (since the previous table). */
  readonly titles: readonly string[];
  readonly columns: readonly DetectedColumn[];
  /** Excel row numbers of the data rows (empty rows left out). */
  readonly dataRows: readonly number[];
  /** A1 range from the first header row to the last data row. */
  readonly range: string;
}

const MAX_HEADER_ROWS = 4;
/** This many empty rows in a row end a table. */
const GAP_ENDS_TABLE = 2;

function text(v: CellValue | undefined): string | null {
  if (typeof v === 'string') {
    const t = v.replace(/[\s\u00a0]+/g, ' ').trim();
    return t === '' ? null : t;
  }
  return null;
}

function nonEmptyCols(row: readonly CellValue[] | undefined): number[] {
  const out: number[] = [];
  (row ?? []).forEach((v, c) => {
    if (!isEmptyCell(v)) out.push(c);
  });
  return out;
}

/** A row that starts a header: at least two cells that are known labels, all short texts. */
function isHeaderStart(row: readonly CellValue[] | undefined): boolean {
  const cols = nonEmptyCols(row);
  if (cols.length < 2) return false;
  let known = 0;
  let exact = 0;
  let texts = 0;
  for (const c of cols) {
    const t = text(row?.[c]);
    if (t === null) continue;
    if (t.length > 90) return false;
    texts++;
    const m = headerMeaning([t]);
    if (m.confidence >= 0.9) exact++;
    if (m.confidence >= 0.9 || (m.confidence >= 0.6 && t.length <= 60 && isTitleCase(t))) known++;
    // A quarter's group header ("TW I" over x / y): known, never the one exact label.
    else if (m.concept === null && isQuarterAlone(t)) known++;
  }
  // At least one label of the list: two words found inside sentences are not a header.
  return exact >= 1 && known >= 2 && texts >= cols.length * 0.75;
}

/** A cell that names only a quarter ("TW I", "Triwulan II", "TW 3"). */
function isQuarterAlone(t: string): boolean {
  const tokens = headerTokens([t]);
  return tokens.rest.length === 0 && tokens.quarter !== undefined;
}

/** A header typed in capitals or with capitalised words ("Indikator Kinerja Program (Outcome)"), not a sentence of data. */
function isTitleCase(t: string): boolean {
  const words = t.split(/[\s/]+/).filter((w) => /^[a-z]/i.test(w));
  return (
    words.length > 0 &&
    words.every((w) => /^[A-Z(]/.test(w) || ['dan', 'yg', 'yang', 'dari', 'per', 'di'].includes(w))
  );
}

/** A sub-header row under a header row: short texts that are known labels, quarters, months, K or Rp. */
function isHeaderContinuation(row: readonly CellValue[] | undefined): boolean {
  const cols = nonEmptyCols(row);
  if (cols.length === 0) return false;
  let known = 0;
  for (const c of cols) {
    const t = text(row?.[c]);
    if (t === null || t.length > 60) return false;
    if (isHeaderToken(t) || headerMeaning([t]).confidence >= 0.6) known++;
  }
  return known >= cols.length * 0.7;
}

const NUMBER_CELL = /^\(?(\d{1,3})\)?(?:\s*[=+\-x×*/]\s*\(?\d{1,3}\)?)*$/;

/** The numbering row under a header: "1 2 3 …" or "(1) (2) …" or "13 = 9 + 10 + 11 + 12", increasing from 1 or 2. */
export function isNumberingRow(row: readonly CellValue[] | undefined): boolean {
  const cols = nonEmptyCols(row);
  if (cols.length < 2) return false;
  const firsts: number[] = [];
  for (const c of cols) {
    const v = row?.[c];
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v > 999) return false;
      firsts.push(v);
      continue;
    }
    const t = text(v);
    const m = t === null ? null : NUMBER_CELL.exec(t);
    if (m === null) return false;
    firsts.push(Number(m[1]));
  }
  if ((firsts[0] ?? 99) > 2) return false;
  for (let i = 1; i < firsts.length; i++)
    if ((firsts[i] as number) <= (firsts[i - 1] as number)) return false;
  return true;
}

/** The label path of each column of a header band (rows `top`..`bottom`, 0-based, inclusive). */
function headerColumns(
  rows: readonly (readonly CellValue[])[],
  top: number,
  bottom: number,
): DetectedColumn[] {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (let r = top; r <= bottom; r++) {
    for (const c of nonEmptyCols(rows[r])) {
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
  }
  const at = (r: number, c: number): string | null => {
    const v = rows[r]?.[c];
    if (typeof v === 'number') return String(v);
    return text(v);
  };
  const below = (r: number, c: number): boolean => {
    for (let k = r + 1; k <= bottom; k++) if (at(k, c) !== null) return true;
    return false;
  };
  const startsAbove = (r: number, from: number, to: number): boolean => {
    for (let k = top; k < r; k++) for (let c = from; c <= to; c++) if (at(k, c) !== null) return true;
    return false;
  };
  const columns: DetectedColumn[] = [];
  for (let c = first; c <= last; c++) {
    const path: string[] = [];
    for (let r = top; r <= bottom; r++) {
      let t = at(r, c);
      if (t === null && r < bottom && below(r, c)) {
        // A merged group header: the nearest text to the left whose column has sub-headers too.
        // It never crosses the start of a group of a row above (a sub-group ends with its group).
        for (let s = c - 1; s >= first; s--) {
          const left = at(r, s);
          if (left === null) continue;
          if (below(r, s) && !startsAbove(r, s + 1, c)) t = left;
          break;
        }
      }
      if (t !== null && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length === 0) {
      const left = columns[columns.length - 1];
      if (left !== undefined && left.col === c - 1 && headerMeaning(left.path).concept === 'kode') {
        columns.push({ ...left, col: c, letter: columnLetter(c + 1), codePart: true });
      }
      continue;
    }
    columns.push({ col: c, letter: columnLetter(c + 1), path, label: path.join(' / ') });
  }
  return columns;
}

/** Every table on the sheet, top to bottom. */
export function detectTables(sheet: SheetSnapshot): DetectedTable[] {
  const rows = sheet.rows;
  const tables: DetectedTable[] = [];
  let titles: string[] = [];
  let r = 0;
  while (r < rows.length) {
    if (!isHeaderStart(rows[r])) {
      const cols = nonEmptyCols(rows[r]);
      const joined = cols
        .map((c) => text(rows[r]?.[c]))
        .filter((t): t is string => t !== null)
        .join(' ');
      if (joined !== '') titles.push(joined);
      r++;
      continue;
    }
    const top = r;
    let bottom = r;
    while (
      bottom + 1 < rows.length &&
      bottom - top + 1 < MAX_HEADER_ROWS &&
      !isNumberingRow(rows[bottom + 1]) &&
      isHeaderContinuation(rows[bottom + 1])
    )
      bottom++;
    const columns = headerColumns(rows, top, bottom);
    let next = bottom + 1;
    let numberingRow: number | null = null;
    if (isNumberingRow(rows[next])) {
      numberingRow = next + 1;
      next++;
    }
    const colSet = columns.map((c) => c.col);
    const dataRows: number[] = [];
    let gap = 0;
    let end = next;
    for (; end < rows.length; end++) {
      const row = rows[end];
      if (isHeaderStart(row)) break;
      const filled = colSet.filter((c) => !isEmptyCell(row?.[c])).length;
      if (filled === 0) {
        gap++;
        if (gap >= GAP_ENDS_TABLE && dataRows.length > 0) break;
        continue;
      }
      // After a gap, a row with one cell is a closing line (a place and date, a signature).
      if (gap > 0 && filled === 1 && dataRows.length > 0) break;
      gap = 0;
      dataRows.push(end + 1);
    }
    const firstCol = colSet[0] ?? 0;
    const lastCol = colSet[colSet.length - 1] ?? 0;
    const lastRow =
      dataRows.length > 0 ? (dataRows[dataRows.length - 1] as number) : (numberingRow ?? bottom + 1);
    tables.push({
      sheet: sheet.name,
      headerRows: [top + 1, bottom + 1],
      numberingRow,
      titles,
      columns,
      dataRows,
      range: rangeAddress(top + 1, firstCol + 1, lastRow - top, lastCol - firstCol + 1),
    });
    titles = [];
    r = Math.max(end, next);
  }
  return tables;
}
