/** Facts about a snapshot that several views need, computed from the core. */
import { readSettings, type Settings } from '../../core/model/settings';
import { findSchemaSheet, readTracker } from '../../core/read/tracker';
import { ALL_SHEETS } from '../../core/schema/registry';
import type { WorkbookSnapshot } from '../../core/snapshot';

/** True when the workbook has at least one sheet of the tracker contract. */
export function hasTracker(snapshot: WorkbookSnapshot): boolean {
  return ALL_SHEETS.some((schema) => findSchemaSheet(snapshot, schema) !== undefined);
}

export function settingsOf(snapshot: WorkbookSnapshot): Settings {
  return readSettings(readTracker(snapshot));
}
