/**
 * The one rule for comparing codes and keys between sheets (PK ↔ Data Kinerja ↔ IKU ↔ DPA …,
 * a bagian's format ↔ the tracker), and the white-space rule `parse/cell.ts` reads text with:
 *
 * - the zero-width characters U+200B, U+200C, U+200D, U+2060 and U+FEFF are removed (they come
 *   with text pasted from web pages and PDFs, and nobody can see them);
 * - every kind of white space (tab, line break, NBSP, thin space, ideographic space …) counts as
 *   a space, runs of it become one space, and the ends are trimmed;
 * - for keys only, case is ignored (`IKU-01` is `iku-01`).
 *
 * Everything that compares keys uses `keyOf` (directly or through `KeyIndex`), so validation,
 * the LAKIP tables and consolidation find the same rows.
 */
import type { TableRow } from './read-table';

/** The zero-width characters a cell may carry unseen. */
export const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** At either end: white space or a zero-width character. */
// (Alternatives, not a character class: U+200D in a class reads as joining its neighbours.)
const EDGE = /^(?:\s|\u200b|\u200c|\u200d|\u2060)|(?:\s|\u200b|\u200c|\u200d|\u2060)$/;
const EDGES = /^(?:\s|\u200b|\u200c|\u200d|\u2060)+|(?:\s|\u200b|\u200c|\u200d|\u2060)+$/g;

/**
 * Anything `normaliseSpaces` changes besides a space at either end: `\s` less the plain space
 * (spelled out because that is faster), the zero-width characters, or two spaces.
 */
const UNUSUAL_SPACE =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200c\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|\u200d| {2}/;
const SPACE = 0x20;

/**
 * Zero-width characters removed, every kind of white space collapsed to one space, ends
 * trimmed. Most cells are already clean: testing is much cheaper than building a new string.
 */
export function normaliseSpaces(text: string): string {
  const clean =
    text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE && !UNUSUAL_SPACE.test(text);
  return clean ? text : text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/**
 * White space and zero-width characters trimmed from both ends only (free text keeps its
 * inner spacing and line breaks as typed).
 */
export function trimSpaces(text: string): string {
  return EDGE.test(text) ? text.replace(EDGES, '') : text;
}

/** A key as compared between sheets: `normaliseSpaces`, and case ignored. */
export function keyOf(value: string | number | boolean): string {
  return normaliseSpaces(String(value)).toLowerCase();
}

/** Whether two codes are the same key (`IKU-01` and ` iku-01\u200b`). */
export function sameKey(a: string | number | boolean, b: string | number | boolean): boolean {
  return a === b || keyOf(a) === keyOf(b);
}

/**
 * The rows of a table by the key they hold in some columns, matched as keyOf does (ignoring
 * case, spacing and zero-width characters). Lookups try the text as written first: the
 * strings come from the workbook and hash once, while folding makes a new string per lookup.
 * The folded index is built only when an exact lookup misses or duplicates are asked for.
 */
export class KeyIndex {
  private readonly exact = new Map<string, TableRow>();
  private readonly keys: string[] = [];
  private readonly rows: TableRow[] = [];
  private folded: Map<string, TableRow> | undefined;
  private shared: Map<string, TableRow[]> | undefined;

  /** Adds a row (rows are added in sheet order). */
  add(key: string, row: TableRow): void {
    if (!this.exact.has(key)) this.exact.set(key, row);
    this.keys.push(key);
    this.rows.push(row);
  }

  private fold(): Map<string, TableRow> {
    if (this.folded === undefined) {
      const folded = new Map<string, TableRow>();
      const shared = new Map<string, TableRow[]>();
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as TableRow;
        const k = keyOf(this.keys[i] as string);
        const first = folded.get(k);
        if (first === undefined) {
          folded.set(k, row);
          continue;
        }
        const list = shared.get(k);
        if (list === undefined) shared.set(k, [first, row]);
        else list.push(row);
      }
      this.folded = folded;
      this.shared = shared;
    }
    return this.folded;
  }

  has(key: string): boolean {
    return this.exact.has(key) || this.fold().has(keyOf(key));
  }

  /** The first row holding the key as written, else the first holding it as keyOf compares. */
  first(key: string): TableRow | undefined {
    return this.exact.get(key) ?? this.fold().get(keyOf(key));
  }

  /** Every key held by more than one row, with its rows in sheet order. */
  repeated(): IterableIterator<readonly TableRow[]> {
    this.fold();
    return (this.shared as Map<string, TableRow[]>).values();
  }
}

/**
 * The key of a row over some columns as written (a KeyIndex matches it as keyOf does), or
 * undefined when one of them is not a clean value (empty or invalid cells are other findings).
 */
export function rowKey(row: TableRow, columnKeys: readonly string[]): string | undefined {
  if (columnKeys.length === 1) {
    const p = row.values.get(columnKeys[0] as string);
    return p !== undefined && p.kind === 'ok' ? String(p.value) : undefined;
  }
  let key = '';
  for (let i = 0; i < columnKeys.length; i++) {
    const p = row.values.get(columnKeys[i] as string);
    if (p === undefined || p.kind !== 'ok') return undefined;
    key = i === 0 ? String(p.value) : `${key}\u0000${String(p.value)}`;
  }
  return key;
}

/** The rows of a table by their key over some columns, in one pass. */
export function buildIndex(
  table: { readonly columnIndex: ReadonlyMap<string, number>; readonly rows: readonly TableRow[] } | undefined,
  columnKeys: readonly string[],
): KeyIndex {
  const index = new KeyIndex();
  if (table === undefined || columnKeys.some((k) => !table.columnIndex.has(k))) return index;
  for (const row of table.rows) {
    const key = rowKey(row, columnKeys);
    if (key !== undefined) index.add(key, row);
  }
  return index;
}
