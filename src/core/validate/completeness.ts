/**
 * One pass over every cell of the tracker. It gives the cells that are findings by themselves
 * (unreadable, out of range, an Excel error, a number typed as text), the required cells that
 * are empty, and completeness: for each sheet of the contract and in total, the share of the
 * required cells *the user has to fill* that are filled. What `lakip init` fills in by itself —
 * the seed's SOP steps, document checklist and bagian rows, the Identitas SOP, the Pengaturan
 * defaults (`seed-rows.ts`) — is checked but not counted, so a new tracker does not look 60 %
 * done. A table sheet that is missing or has no data row counts one expected row (its required
 * columns, none filled), so "nothing yet" never shows as 100 %; a seeded sheet then counts none.
 */
import { columnLetter } from '../address';
import type { ParseResult } from '../parse/cell';
import { parseCell } from '../parse/cell';
import type { KeyValueField, KeyValueRead } from '../read/read-keyvalue';
import type { TableRead, TableRow } from '../read/read-table';
import { readTrackerModel } from '../model/tracker-model';
import type { TrackerRead } from '../read/tracker';
import { ALL_SHEETS, OPTIONAL_SHEETS } from '../schema/registry';
import { pkProgram } from '../schema/sheets/pk-program';
import type { ColumnSchema, SheetSchema } from '../schema/types';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import {
  hasRowExemption,
  hasUnreadCells,
  isRequiredCell,
  isRequiredField,
  isRequiredHeader,
  isUnreadCell,
  type KategoriInForce,
} from './required';
import { isSeededSheet, isSeedRow, PREFILLED_FIELDS } from './seed-rows';

export interface CompletenessEntry {
  readonly sheet: string;
  readonly required: number;
  readonly filled: number;
  /** filled ÷ required, 0..1; 1 when nothing is required. */
  readonly ratio: number;
}

export interface Completeness {
  readonly total: CompletenessEntry;
  readonly sheets: readonly CompletenessEntry[];
}

/** One cell of a table or a key–value field, with where it is and what it parsed to. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: ColumnSchema;
  /** A1 address. */
  readonly cell: string;
  readonly raw: CellValue;
  readonly parsed: ParseResult;
}

/** A required cell that is empty. */
export type EmptyRequired =
  | {
      readonly kind: 'table';
      readonly table: TableRead;
      readonly row: TableRow;
      readonly column: ColumnSchema;
    }
  | {
      readonly kind: 'keyvalue';
      readonly read: KeyValueRead;
      readonly column: ColumnSchema;
      readonly field: KeyValueField;
    };

export interface CellScan {
  readonly completeness: Completeness;
  /** Empty required cells. Columns absent from a sheet are not listed (column/missing says it). */
  readonly empty: readonly EmptyRequired[];
  /** Cells whose content is a finding by itself: invalid, or a number typed as text. */
  readonly issues: readonly CellRef[];
}

export const TOTAL_LABEL = 'Total';

function entry(sheet: string, required: number, filled: number): CompletenessEntry {
  return { sheet, required, filled, ratio: required === 0 ? 1 : filled / required };
}

function isIssue(p: ParseResult): boolean {
  return p.kind === 'invalid' || (p.kind === 'ok' && p.numberAsText === true);
}

/**
 * A text that starts with a visible character other than `#`. In a teks or kode column
 * parseCell reads it as itself: filled, valid, not a number typed as text. Skipping the parse
 * for these (most cells of a tracker) keeps the scan fast; cell-scan.test.ts checks the claim.
 */
export const PLAIN_TEXT = /^[^\s\u200B\uFEFF#]/;

const NOT_REQUIRED = 0;
const ALWAYS = 1;
const SOMETIMES = 2;

interface Out {
  readonly empty: EmptyRequired[];
  readonly issues: CellRef[];
}

function scanKeyValue(
  tracker: TrackerRead,
  schema: SheetSchema & { kind: 'keyvalue' },
  kategori: KategoriInForce,
  out: Out,
): CompletenessEntry {
  const read = tracker.keyValues[schema.id];
  let required = 0;
  let filled = 0;
  const prefilled = PREFILLED_FIELDS[schema.id];
  for (const column of schema.fields) {
    const field = read?.fields.get(column.key);
    const counted = prefilled?.has(column.key) !== true;
    if (read !== undefined && field !== undefined && isIssue(field.parsed)) {
      out.issues.push({
        sheet: read.sheetName,
        row: field.row,
        column,
        cell: `B${field.row}`,
        raw: field.raw,
        parsed: field.parsed,
      });
    }
    if (!isRequiredField(schema.id, column, kategori)) continue;
    if (counted) required++;
    if (field !== undefined && field.parsed.kind !== 'empty') {
      if (counted) filled++;
    } else if (read !== undefined && field !== undefined)
      out.empty.push({ kind: 'keyvalue', read, column, field });
  }
  return entry(read?.sheetName ?? schema.name, required, filled);
}

function scanTable(
  tracker: TrackerRead,
  schema: SheetSchema & { kind: 'table' },
  tw: number,
  out: Out,
): CompletenessEntry {
  const main = scanRows(tracker, tracker.tables[schema.id], schema, tw, out);
  // The PK's program table below its indicators counts with the PK.
  if (schema.id !== 'pk' || tracker.pkPrograms === undefined || tracker.pkPrograms.rows.length === 0)
    return main;
  const programs = scanRows(tracker, tracker.pkPrograms, pkProgram, tw, out);
  return entry(main.sheet, main.required + programs.required, main.filled + programs.filled);
}

function scanRows(
  tracker: TrackerRead,
  table: TableRead | undefined,
  schema: SheetSchema & { kind: 'table' },
  tw: number,
  out: Out,
): CompletenessEntry {
  if (table === undefined || table.rows.length === 0) {
    const required = isSeededSheet(schema.id)
      ? 0
      : schema.columns.filter((c) => isRequiredHeader(schema.id, c, tw)).length;
    return entry(table?.sheetName ?? schema.name, required, 0);
  }
  const columns = schema.columns.map((column) => {
    const col = table.columnIndex.get(column.key);
    const unread = hasUnreadCells(schema.id, column);
    const need = !isRequiredHeader(schema.id, column, tw)
      ? NOT_REQUIRED
      : (column.required === true || column.quarter !== undefined) &&
          !unread &&
          !hasRowExemption(schema.id, column)
        ? ALWAYS
        : SOMETIMES;
    const plain = column.type === 'teks' || column.type === 'kode';
    return {
      column,
      need,
      plain,
      unread,
      col: col ?? -1,
      letter: col === undefined ? null : columnLetter(col + 1),
    };
  });
  // The sheet's own rows: reading cells by position is the cheapest way through every cell.
  const cells = tracker.snapshot.sheets.find((x) => x.name === table.sheetName)?.rows ?? [];
  let required = 0;
  let filled = 0;
  const seeded = isSeededSheet(schema.id);
  for (const row of table.rows) {
    const line = cells[row.excelRow - 1] ?? [];
    // The seed's own rows are checked but not counted: the user did not have to fill them.
    const counted = !seeded || !isSeedRow(schema.id, row);
    for (const { column, need, plain, unread, letter, col } of columns) {
      // A cell not read on this row (Kategori Capaian's "Tidak Ada Target" Batas Bawah) is not scanned.
      if (unread && isUnreadCell(schema.id, column, row)) continue;
      const isRequired =
        need === ALWAYS || (need === SOMETIMES && isRequiredCell(schema.id, column, row, tw));
      if (isRequired && counted) required++;
      if (letter === null) continue; // not in the sheet: column/missing
      const raw = line[col] ?? null;
      if (plain && typeof raw === 'string' && PLAIN_TEXT.test(raw)) {
        if (isRequired && counted) filled++; // what parseCell gives such a cell: ok, and nothing to say
        continue;
      }
      const parsed = parseCell(raw, column);
      if (parsed.kind === 'empty') {
        if (isRequired) out.empty.push({ kind: 'table', table, row, column });
        continue;
      }
      if (isRequired && counted) filled++;
      if (isIssue(parsed)) {
        out.issues.push({
          sheet: table.sheetName,
          row: row.excelRow,
          column,
          cell: `${letter}${row.excelRow}`,
          raw,
          parsed,
        });
      }
    }
  }
  return entry(table.sheetName, required, filled);
}

/**
 * Scans every cell of a tracker already read, for the Triwulan Berjalan and the kategori in force
 * (a usable sheet Kategori Capaian makes the Pengaturan Batas keys optional).
 */
export function scanCells(
  tracker: TrackerRead,
  triwulanBerjalan: number,
  kategori: KategoriInForce,
): CellScan {
  const out: Out = { empty: [], issues: [] };
  // An optional sheet is scanned (and counted) only when the workbook has it.
  const present = OPTIONAL_SHEETS.filter((schema) => tracker.tables[schema.id] !== undefined);
  const sheets = [...ALL_SHEETS, ...present].map((schema) =>
    schema.kind === 'keyvalue'
      ? scanKeyValue(tracker, schema, kategori, out)
      : scanTable(tracker, schema, triwulanBerjalan, out),
  );
  const required = sheets.reduce((a, s) => a + s.required, 0);
  const filled = sheets.reduce((a, s) => a + s.filled, 0);
  return {
    completeness: { total: entry(TOTAL_LABEL, required, filled), sheets },
    empty: out.empty,
    issues: out.issues,
  };
}

/** Completeness of a workbook (reads it; validateTracker reuses its own read instead). */
export function computeCompleteness(snapshot: WorkbookSnapshot, triwulanBerjalan = 4): Completeness {
  const model = readTrackerModel(snapshot);
  return scanCells(model.tracker, triwulanBerjalan, model.kategori).completeness;
}
