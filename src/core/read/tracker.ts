import { READ_SHEETS, type ColumnKey } from '../schema/registry';
import type { SheetId, SheetSchema } from '../schema/types';
import { normaliseSheetName, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import type { PkProgramKey } from '../schema/sheets/pk-program';
import { readPkSheet } from './pk-sheet';
import { readKeyValue, type KeyValueRead } from './read-keyvalue';
import { readTable, type TableRead } from './read-table';
import { isTrackerKeyValue, isTrackerTable, unreadTable } from './tracker-layout';

/** The tracker as read: every sheet of the contract that exists, parsed by its schema. */
export interface TrackerRead {
  readonly snapshot: WorkbookSnapshot;
  /** Each table's rows typed by its sheet's column keys (`ColumnKey`). */
  readonly tables: { readonly [S in SheetId]?: TableRead<ColumnKey<S>> };
  readonly keyValues: Partial<Record<SheetId, KeyValueRead>>;
  /**
   * The program table of the PK sheet, below its indicators (`read/pk-sheet.ts`), when the
   * sheet has one; its findings name the PK sheet.
   */
  readonly pkPrograms?: TableRead<PkProgramKey>;
  /** Sheets of the contract that the workbook does not have (an optional sheet is never missing). */
  readonly missingSheets: readonly SheetSchema[];
}

/** The workbook's sheet for a schema: its name or an alias, ignoring case and surrounding spaces. */
export function findSchemaSheet(wb: WorkbookSnapshot, schema: SheetSchema): SheetSnapshot | undefined {
  const names = [schema.name, ...(schema.aliases ?? [])].map(normaliseSheetName);
  for (const name of names) {
    const found = wb.sheets.find((s) => normaliseSheetName(s.name) === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The workbook's sheet for a schema when it is laid out as the tracker's: a sheet of the user's
 * own that shares the name (tracker-layout.ts), or an empty one, is not.
 */
export function findTrackerSheet(wb: WorkbookSnapshot, schema: SheetSchema): SheetSnapshot | undefined {
  const sheet = findSchemaSheet(wb, schema);
  if (sheet === undefined) return undefined;
  const ours =
    schema.kind === 'table'
      ? isTrackerTable(readTable(sheet, schema))
      : isTrackerKeyValue(readKeyValue(sheet, schema));
  return ours ? sheet : undefined;
}

/** Reads the sheets of `schemas` (every sheet of the contract, optional ones included, by default). */
export function readTracker(
  wb: WorkbookSnapshot,
  schemas: readonly SheetSchema[] = READ_SHEETS,
): TrackerRead {
  const tables: Partial<Record<SheetId, TableRead>> = {};
  const keyValues: Partial<Record<SheetId, KeyValueRead>> = {};
  const missingSheets: SheetSchema[] = [];
  let pkPrograms: TableRead<PkProgramKey> | undefined;
  for (const schema of schemas) {
    const sheet = findSchemaSheet(wb, schema);
    if (!sheet) {
      if (schema.kind === 'keyvalue' || schema.optional !== true) missingSheets.push(schema);
      continue;
    }
    if (schema.kind === 'table') {
      // The PK may hold its program table below the indicators: two tables, read apart.
      const pk = schema.id === 'pk' ? readPkSheet(sheet, schema) : undefined;
      const read = pk?.indicators ?? readTable(sheet, schema);
      // A sheet in the user's own layout that shares the name is read as one without a header.
      const ours = isTrackerTable(read);
      tables[schema.id] = ours ? read : unreadTable(read);
      if (ours && pk?.programs !== undefined) pkPrograms = pk.programs;
    } else keyValues[schema.id] = readKeyValue(sheet, schema);
  }
  // The rows were read by these very schemas, so their keys are the schemas' keys.
  return {
    snapshot: wb,
    tables: tables as TrackerRead['tables'],
    keyValues,
    ...(pkPrograms !== undefined ? { pkPrograms } : {}),
    missingSheets,
  };
}
