import type { Finding } from '../../findings/finding';
import { atCell, atRef, keyValueCell, type ValidationContext } from '../context';

/**
 * cell/required: a required cell is empty — required columns, quarterly columns up to
 * Triwulan Berjalan, Kode Induk of Cascading below Camat, required key–value fields. A column
 * that is not in the sheet at all is column/missing, not one finding per row. The cells come
 * from the same pass that counts completeness.
 */
export function checkCellRequired(ctx: ValidationContext): Finding[] {
  const tw = ctx.settings.triwulanBerjalan;
  return ctx.cellScan().empty.map((e) => {
    if (e.kind === 'keyvalue') return atRef('cell/required', keyValueCell(e.read, e.column, e.field));
    const why =
      e.column.required === true
        ? {}
        : e.column.quarter !== undefined
          ? { detail: { triwulanBerjalan: tw } }
          : { detail: { conditional: true as const } };
    return atCell('cell/required', e.table, e.row, e.column.key, why);
  });
}
