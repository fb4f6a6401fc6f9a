/**
 * Is a sheet that bears a tracker sheet's name laid out as that tracker sheet, or is it the
 * user's own table that merely shares the name (a "PK" listing the signatories, a "DPA" pasted
 * from SIPD in its own columns)? One rule for init, which leaves the user's own sheet alone,
 * and for reading the tracker, which then reads nothing from it (one column/missing finding
 * instead of an error per column and per row).
 *
 * A table sheet is the tracker's when its header row (found by `readTable`) holds at least
 * half of the schema's columns, and at least two (a tracker made by an older version still
 * has most of them; a user's own table shares one or two labels at most). A key–value sheet
 * is the tracker's when at least one of its labels is in column A.
 */
import type { KeyValueRead } from './read-keyvalue';
import type { TableRead } from './read-table';

/** How many of a table schema's columns a header row must hold to be the tracker's. */
export function trackerHeaderMinimum(columns: number): number {
  return Math.min(columns, Math.max(2, Math.ceil(columns / 2)));
}

export function isTrackerTable(read: TableRead): boolean {
  const columns = read.schema.columns.filter((c) => c.onRequest !== true);
  const found = columns.filter((c) => read.columnIndex.has(c.key)).length;
  return read.headerRow !== null && found >= trackerHeaderMinimum(columns.length);
}

export function isTrackerKeyValue(read: KeyValueRead): boolean {
  return read.fields.size > 0;
}

/**
 * The read of a sheet in the user's own layout, as a sheet whose header was not found: no
 * columns, no rows, every column missing.
 */
export function unreadTable(read: TableRead): TableRead {
  return {
    schema: read.schema,
    sheetName: read.sheetName,
    headerRow: null,
    columnIndex: new Map(),
    missingColumns: read.schema.columns,
    duplicateColumns: [],
    extraColumns: [],
    actorColumns: [],
    lastHeaderCol: -1,
    rows: [],
  };
}
