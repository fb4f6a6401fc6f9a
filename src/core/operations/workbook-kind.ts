/**
 * What a workbook is, decided once for every operation and both front ends: a bagian's data
 * format (its Pengaturan carries the format marker), a tracker (at least one sheet of the
 * contract laid out as the tracker's, `core/read/tracker-layout.ts`), or neither — then the
 * names of the user's own sheets that merely share a tracker name (with data) are listed, so a
 * front end can say why the file is not a tracker.
 */
import { readFormatMarker, type FormatMarker } from '../consolidate/format-marker';
import { findSchemaSheet, findTrackerSheet } from '../read/tracker';
import { ALL_SHEETS } from '../schema/registry';
import { isEmptyCell, type WorkbookSnapshot } from '../snapshot';

export type WorkbookKind =
  | { readonly kind: 'tracker' }
  | { readonly kind: 'format'; readonly format: FormatMarker }
  | {
      readonly kind: 'none';
      /** Sheets named like a tracker sheet but in the user's own layout, holding data. */
      readonly ownSheets: readonly string[];
    };

export function classifyWorkbook(snapshot: WorkbookSnapshot): WorkbookKind {
  const format = readFormatMarker(snapshot);
  if (format !== null) return { kind: 'format', format };
  if (ALL_SHEETS.some((schema) => findTrackerSheet(snapshot, schema) !== undefined))
    return { kind: 'tracker' };
  const ownSheets = ALL_SHEETS.map((schema) => findSchemaSheet(snapshot, schema)).filter(
    (s): s is NonNullable<typeof s> => s !== undefined && s.rows.some((r) => r.some((c) => !isEmptyCell(c))),
  );
  return { kind: 'none', ownSheets: ownSheets.map((s) => s.name) };
}

/** True for a tracker or a bagian's format: something the tracker's own operations can read. */
export function isTrackerKind(kind: WorkbookKind): boolean {
  return kind.kind !== 'none';
}
