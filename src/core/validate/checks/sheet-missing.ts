import type { Finding } from '../../findings/finding';
import { atSheet, type ValidationContext } from '../context';

/** sheet/missing: a sheet of the contract is not in the workbook. */
export function checkSheetMissing(ctx: ValidationContext): Finding[] {
  return ctx.tracker.missingSheets.map((schema) => atSheet('sheet/missing', schema.name));
}
