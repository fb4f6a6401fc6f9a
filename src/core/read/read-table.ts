import { parseCell, type ParseResult } from '../parse/cell';
import type { ColumnSchema, TableSheetSchema } from '../schema/types';
import { isEmptyCell, type CellValue, type SheetSnapshot } from '../snapshot';
import { normaliseLabel } from './labels';

/** How many rows from the top may hold titles above the header. */
export const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  /** The Excel row number (1-based). */
  readonly excelRow: number;
  /** Raw cell per column key (only for columns that were found). */
  readonly raw: ReadonlyMap<string, CellValue>;
  /** Parsed cell per column key (only for columns that were found). */
  readonly values: ReadonlyMap<string, ParseResult>;
  /** SOP only: raw cell per actor column label. */
  readonly actors: ReadonlyMap<string, CellValue>;
}

export interface TableRead {
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
  readonly rows: readonly TableRow[];
}

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

/** The header is the row among the first 10 whose cells match the most labels of the schema. */
export function findHeaderRow(sheet: SheetSnapshot, schema: TableSheetSchema): number | null {
  const index = labelIndex(schema);
  let best = -1;
  let bestCount = 0;
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
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

/** Read a table sheet by its schema: header found, columns mapped by label, empty rows skipped. */
export function readTable(sheet: SheetSnapshot, schema: TableSheetSchema): TableRead {
  const headerIdx = findHeaderRow(sheet, schema);
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
      const afterActors = schema.columns[schema.columns.findIndex((c) => c.key === schema.actorColumnsAfter) + 1];
      const end = afterActors ? columnIndex.get(afterActors.key) : undefined;
      if (start !== undefined && end !== undefined && end > start) {
        for (const extra of extraColumns) {
          if (extra.col > start && extra.col < end) actorColumns.push(extra);
        }
      }
      for (const a of actorColumns) extraColumns.splice(extraColumns.indexOf(a), 1);
    }
  }

  const missingColumns = headerIdx === null ? schema.columns : schema.columns.filter((c) => !columnIndex.has(c.key));
  const duplicateColumns = [...dupes].map(([key, cols]) => ({
    column: schema.columns.find((c) => c.key === key) as ColumnSchema,
    cols,
  }));

  const rows: TableRow[] = [];
  if (headerIdx !== null) {
    const found = schema.columns.filter((c) => columnIndex.has(c.key));
    for (let r = headerIdx + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      let empty = true;
      const raw = new Map<string, CellValue>();
      const values = new Map<string, ParseResult>();
      const actors = new Map<string, CellValue>();
      for (const c of found) {
        const v = row[columnIndex.get(c.key) as number] ?? null;
        if (!isEmptyCell(v)) empty = false;
        raw.set(c.key, v);
        values.set(c.key, parseCell(v, c));
      }
      for (const a of actorColumns) {
        const v = row[a.col] ?? null;
        if (!isEmptyCell(v)) empty = false;
        actors.set(a.label, v);
      }
      if (!empty) rows.push({ excelRow: r + 1, raw, values, actors });
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
export function valueOf(row: TableRow, key: string): number | string | boolean | undefined {
  const p = row.values.get(key);
  return p?.kind === 'ok' ? p.value : undefined;
}

export function numberOf(row: TableRow, key: string): number | undefined {
  const v = valueOf(row, key);
  return typeof v === 'number' ? v : undefined;
}

export function textOf(row: TableRow, key: string): string | undefined {
  const v = valueOf(row, key);
  return typeof v === 'string' ? v : undefined;
}
