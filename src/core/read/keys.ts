/**
 * Rows by key: `KeyIndex` and the helpers that build it, over the one key rule of `core/spaces.ts`
 * (re-exported here, so everything that compares keys imports from one place).
 */
import type { TableRow } from './read-table';
import { keyOf } from '../spaces';

export { keyOf, normaliseSpaces, sameKey, trimSpaces, ZERO_WIDTH } from '../spaces';

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
