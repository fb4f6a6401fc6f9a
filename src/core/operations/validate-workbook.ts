/**
 * One decision for both front ends: is this workbook a tracker or a bagian's data format
 * (`lakip format`, the add-in's Konsolidasi)? A format is checked by `validateFormatFile` (its
 * Data Kinerja rows only), a tracker by `validateTracker`. `lakip validate` and the task pane
 * both call this, so a format opened in either is never called a broken tracker.
 */
import { readFormatMarker, type FormatMarker } from '../consolidate/format-marker';
import { validateFormatFile } from '../consolidate/validate-format';
import type { WorkbookSnapshot } from '../snapshot';
import { validateTracker, type ValidationResult } from '../validate/validate';

export type WorkbookValidation =
  | { readonly kind: 'tracker'; readonly result: ValidationResult }
  | { readonly kind: 'format'; readonly result: ValidationResult; readonly format: FormatMarker };

export function validateWorkbook(snapshot: WorkbookSnapshot): WorkbookValidation {
  const format = readFormatMarker(snapshot);
  if (format !== null) return { kind: 'format', result: validateFormatFile(snapshot), format };
  return { kind: 'tracker', result: validateTracker(snapshot) };
}
