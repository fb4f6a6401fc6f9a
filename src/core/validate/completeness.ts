/**
 * Completeness: for each sheet of the contract and in total, the share of required cells that
 * are filled. A table sheet that is missing or has no data row counts one expected row (its
 * required columns, none filled), so "nothing yet" never shows as 100 %.
 */
import { readTracker, type TrackerRead } from '../read/tracker';
import { ALL_SHEETS } from '../schema/registry';
import type { SheetSchema } from '../schema/types';
import type { WorkbookSnapshot } from '../snapshot';
import { isRequiredCell, isRequiredHeader, maybeRequiredColumns } from './required';

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

export const TOTAL_LABEL = 'Total';

function entry(sheet: string, required: number, filled: number): CompletenessEntry {
  return { sheet, required, filled, ratio: required === 0 ? 1 : filled / required };
}

function sheetEntry(tracker: TrackerRead, schema: SheetSchema, triwulanBerjalan: number): CompletenessEntry {
  if (schema.kind === 'keyvalue') {
    const kv = tracker.keyValues[schema.id];
    const required = schema.fields.filter((f) => f.required === true);
    const filled = required.filter((f) => {
      const p = kv?.fields.get(f.key)?.parsed;
      return p !== undefined && p.kind !== 'empty';
    }).length;
    return entry(kv?.sheetName ?? schema.name, required.length, filled);
  }
  const table = tracker.tables[schema.id];
  const columns = maybeRequiredColumns(schema.id, schema.columns, triwulanBerjalan);
  if (table === undefined || table.rows.length === 0) {
    const required = schema.columns.filter((c) => isRequiredHeader(schema.id, c, triwulanBerjalan)).length;
    return entry(table?.sheetName ?? schema.name, required, 0);
  }
  let required = 0;
  let filled = 0;
  for (const row of table.rows) {
    for (const c of columns) {
      if (!isRequiredCell(schema.id, c, row, triwulanBerjalan)) continue;
      required++;
      const p = row.values.get(c.key);
      if (p !== undefined && p.kind !== 'empty') filled++;
    }
  }
  return entry(table.sheetName, required, filled);
}

/** Completeness of a tracker already read, for the Triwulan Berjalan in force. */
export function completenessOf(tracker: TrackerRead, triwulanBerjalan: number): Completeness {
  const sheets = ALL_SHEETS.map((schema) => sheetEntry(tracker, schema, triwulanBerjalan));
  const required = sheets.reduce((a, s) => a + s.required, 0);
  const filled = sheets.reduce((a, s) => a + s.filled, 0);
  return { total: entry(TOTAL_LABEL, required, filled), sheets };
}

/** Completeness of a workbook (reads it; validateTracker reuses its own read instead). */
export function computeCompleteness(snapshot: WorkbookSnapshot, triwulanBerjalan = 4): Completeness {
  return completenessOf(readTracker(snapshot), triwulanBerjalan);
}
