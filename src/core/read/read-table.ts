import { parseCell, type ParseResult } from '../parse/cell';
import type { ColumnSchema, TableSheetSchema } from '../schema/types';
import { isEmptyCell, type CellValue, type SheetSnapshot } from '../snapshot';
import { normaliseLabel } from './labels';

/** How many rows from the top may hold titles above the header. */
export const HEADER_SEARCH_ROWS = 10;

/** Carries a row's column keys for the type checker only (never present at run time). */
declare const COLUMN_KEYS: unique symbol;

/**
 * A data row. `K` is the union of its sheet's column keys when known (`TableRow<ColumnKey<'pk'>>`,
 * as `TrackerRead.tables` gives them), so `numberOf`, `textOf` and `valueOf` refuse a key the
 * sheet does not have; `TableRow` alone accepts any key.
 */
export interface TableRow<K extends string = string> {
  readonly [COLUMN_KEYS]?: K;
  /** The Excel row number (1-based). */
  readonly excelRow: number;
  /** Raw cell per column key (only for columns that were found). */
  readonly raw: ReadonlyMap<string, CellValue>;
  /** Parsed cell per column key (only for columns that were found). */
  readonly values: ReadonlyMap<string, ParseResult>;
  /** SOP only: raw cell per actor column label. */
  readonly actors: ReadonlyMap<string, CellValue>;
}

export interface TableRead<K extends string = string> {
  readonly schema: TableSheetSchema;
  /** The sheet's name as the workbook spells it. */
  readonly sheetName: string;
  /** Excel row number of the header, or null when no header label was found. */
  readonly headerRow: number | null;
  /** Column key → 0-based column index. */
  readonly columnIndex: ReadonlyMap<string, number>;
  readonly missingColumns: readonly ColumnSchema[];
  /** A label found more than once: every 0-based column where it stands. */
  readonly duplicateColumns: readonly { readonly column: ColumnSchema; readonly cols: readonly number[] }[];
  /** Header cells that are not in the schema (users' own columns, kept and ignored). */
  readonly extraColumns: readonly { readonly label: string; readonly col: number }[];
  /** SOP only: the actor columns between Aktivitas and Kelengkapan. */
  readonly actorColumns: readonly { readonly label: string; readonly col: number }[];
  /** 0-based index of the last column of the header row (for appending columns). */
  readonly lastHeaderCol: number;
  readonly rows: readonly TableRow<K>[];
}

/** Where a table's columns are, shared by every row of the table. */
interface RowLayout {
  /** Column keys, in schema order. */
  readonly keys: readonly string[];
  readonly columns: readonly ColumnSchema[];
  /** Key → position in `keys`. */
  readonly position: ReadonlyMap<string, number>;
  /** Position → 0-based column of the sheet. */
  readonly cols: readonly number[];
}

/**
 * A row's cells by column key: a read-only map over the snapshot's own row array. A big sheet
 * has hundreds of thousands of rows; a small view per row instead of a Map keeps reading (and
 * the garbage collector) fast. `parse` gives each cell read as its column's type, computed when
 * asked for (parsing is cheap, and results that are not kept die young).
 */
class RowCells<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly layout: RowLayout,
    private readonly cells: readonly CellValue[],
    private readonly cell: (raw: CellValue, column: ColumnSchema) => V,
  ) {}

  private at(i: number): V {
    return this.cell(
      this.cells[this.layout.cols[i] as number] ?? null,
      this.layout.columns[i] as ColumnSchema,
    );
  }

  get size(): number {
    return this.layout.keys.length;
  }

  get(key: string): V | undefined {
    const i = this.layout.position.get(key);
    return i === undefined ? undefined : this.at(i);
  }

  has(key: string): boolean {
    return this.layout.position.has(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    this.layout.keys.forEach((key, i) => callback.call(thisArg, this.at(i), key, this));
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.layout.keys.length; i++) yield [this.layout.keys[i] as string, this.at(i)];
  }

  keys(): MapIterator<string> {
    return this.layout.keys.values();
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.layout.keys.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

const rawCell = (raw: CellValue): CellValue => raw;

/** A data row: one object per row; its two views are made when asked for (tiny, and they die young). */
class SheetRow implements TableRow {
  constructor(
    readonly excelRow: number,
    private readonly layout: RowLayout,
    private readonly cells: readonly CellValue[],
    readonly actors: ReadonlyMap<string, CellValue>,
  ) {}

  get raw(): ReadonlyMap<string, CellValue> {
    return new RowCells(this.layout, this.cells, rawCell);
  }

  get values(): ReadonlyMap<string, ParseResult> {
    return new RowCells(this.layout, this.cells, parseCell);
  }
}

/** The actors of a row of a sheet without actor columns (shared, never changed). */
const NO_ACTORS: ReadonlyMap<string, CellValue> = new Map();

function labelIndex(schema: TableSheetSchema): Map<string, ColumnSchema> {
  const index = new Map<string, ColumnSchema>();
  for (const c of schema.columns) {
    index.set(normaliseLabel(c.label), c);
    for (const a of c.aliases ?? []) index.set(normaliseLabel(a), c);
  }
  return index;
}

function headerText(v: CellValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

/**
 * The header is the row among the first 10 (from `from`, 0-based, when a table starts lower in
 * its sheet) whose cells match the most labels of the schema.
 */
export function findHeaderRow(sheet: SheetSnapshot, schema: TableSheetSchema, from = 0): number | null {
  const index = labelIndex(schema);
  let best = -1;
  let bestCount = 0;
  const limit = Math.min(from + HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = from; r < limit; r++) {
    const row = sheet.rows[r] ?? [];
    const seen = new Set<string>();
    for (const cell of row) {
      const text = headerText(cell);
      if (text === null) continue;
      const c = index.get(normaliseLabel(text));
      if (c) seen.add(c.key);
    }
    if (seen.size > bestCount) {
      bestCount = seen.size;
      best = r;
    }
  }
  return best >= 0 ? best : null;
}

/**
 * Which rows of a sheet a table occupies (0-based, `end` exclusive): a sheet holding two tables
 * (the PK's indicators and, below them, its programs) is read as two.
 */
export interface RowSpan {
  readonly start?: number;
  readonly end?: number;
}

/** Read a table sheet by its schema: header found, columns mapped by label, empty rows skipped. */
export function readTable(sheet: SheetSnapshot, schema: TableSheetSchema, span: RowSpan = {}): TableRead {
  const headerIdx = findHeaderRow(sheet, schema, span.start ?? 0);
  const endRow = Math.min(span.end ?? sheet.rows.length, sheet.rows.length);
  const columnIndex = new Map<string, number>();
  const dupes = new Map<string, number[]>();
  const extraColumns: { label: string; col: number }[] = [];
  const actorColumns: { label: string; col: number }[] = [];
  let lastHeaderCol = -1;

  if (headerIdx !== null) {
    const index = labelIndex(schema);
    const header = sheet.rows[headerIdx] ?? [];
    header.forEach((cell, c) => {
      const text = headerText(cell);
      if (text === null || text.trim() === '') return;
      lastHeaderCol = c;
      const column = index.get(normaliseLabel(text));
      if (!column) {
        extraColumns.push({ label: text.trim(), col: c });
        return;
      }
      const first = columnIndex.get(column.key);
      if (first === undefined) columnIndex.set(column.key, c);
      else dupes.set(column.key, [...(dupes.get(column.key) ?? [first]), c]);
    });
    if (schema.actorColumnsAfter) {
      const start = columnIndex.get(schema.actorColumnsAfter);
      const afterActors =
        schema.columns[schema.columns.findIndex((c) => c.key === schema.actorColumnsAfter) + 1];
      const end = afterActors ? columnIndex.get(afterActors.key) : undefined;
      if (start !== undefined && end !== undefined && end > start) {
        for (const extra of extraColumns) {
          if (extra.col > start && extra.col < end) actorColumns.push(extra);
        }
      }
      for (const a of actorColumns) extraColumns.splice(extraColumns.indexOf(a), 1);
    }
  }

  const missingColumns =
    headerIdx === null ? schema.columns : schema.columns.filter((c) => !columnIndex.has(c.key));
  const duplicateColumns = [...dupes].map(([key, cols]) => ({
    column: schema.columns.find((c) => c.key === key) as ColumnSchema,
    cols,
  }));

  const rows: TableRow[] = [];
  if (headerIdx !== null) {
    const found = schema.columns.filter((c) => columnIndex.has(c.key));
    const cols = found.map((c) => columnIndex.get(c.key) as number);
    const layout: RowLayout = {
      keys: found.map((c) => c.key),
      columns: found,
      position: new Map(found.map((c, i) => [c.key, i])),
      cols,
    };
    for (let r = headerIdx + 1; r < endRow; r++) {
      const row = sheet.rows[r] ?? [];
      let empty = true;
      for (let i = 0; i < cols.length && empty; i++) if (!isEmptyCell(row[cols[i] as number])) empty = false;
      for (let i = 0; i < actorColumns.length && empty; i++)
        if (!isEmptyCell(row[(actorColumns[i] as { col: number }).col])) empty = false;
      if (empty) continue;
      let actors: ReadonlyMap<string, CellValue> = NO_ACTORS;
      if (actorColumns.length > 0) {
        const byLabel = new Map<string, CellValue>();
        for (const a of actorColumns) byLabel.set(a.label, row[a.col] ?? null);
        actors = byLabel;
      }
      rows.push(new SheetRow(r + 1, layout, row, actors));
    }
  }

  return {
    schema,
    sheetName: sheet.name,
    headerRow: headerIdx === null ? null : headerIdx + 1,
    columnIndex,
    missingColumns,
    duplicateColumns,
    extraColumns,
    actorColumns,
    lastHeaderCol,
    rows,
  };
}

/** The parsed value of a cell when it parsed cleanly, else undefined. */
export function valueOf<K extends string>(row: TableRow<K>, key: NoInfer<K>): number | string | boolean | undefined {
  const p = row.values.get(key);
  return p?.kind === 'ok' ? p.value : undefined;
}

export function numberOf<K extends string>(row: TableRow<K>, key: NoInfer<K>): number | undefined {
  const v = valueOf(row, key);
  return typeof v === 'number' ? v : undefined;
}

export function textOf<K extends string>(row: TableRow<K>, key: NoInfer<K>): string | undefined {
  const v = valueOf(row, key);
  return typeof v === 'string' ? v : undefined;
}
