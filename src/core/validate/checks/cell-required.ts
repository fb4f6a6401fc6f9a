import type { Finding } from '../../findings/finding';
import { atCell, atRef, keyValueCell, type ValidationContext } from '../context';
import { isRequiredCell, maybeRequiredColumns } from '../required';

/**
 * cell/required: a required cell is empty — required columns, quarterly columns up to
 * Triwulan Berjalan, Kode Induk of Cascading below Camat, required key–value fields.
 * A column that is not in the sheet at all is column/missing, not one finding per row.
 */
export function checkCellRequired(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const tw = ctx.settings.triwulanBerjalan;
  for (const kv of Object.values(ctx.tracker.keyValues)) {
    if (kv === undefined) continue;
    for (const field of kv.schema.fields) {
      const f = kv.fields.get(field.key);
      if (field.required === true && f !== undefined && f.parsed.kind === 'empty') {
        out.push(atRef('cell/required', keyValueCell(kv, field, f)));
      }
    }
  }
  for (const table of Object.values(ctx.tracker.tables)) {
    if (table === undefined) continue;
    const id = table.schema.id;
    const columns = maybeRequiredColumns(id, table.schema.columns, tw).filter((c) =>
      table.columnIndex.has(c.key),
    );
    if (columns.length === 0) continue;
    for (const row of table.rows) {
      for (const c of columns) {
        if (row.values.get(c.key)?.kind === 'empty' && isRequiredCell(id, c, row, tw)) {
          const why =
            c.required === true
              ? {}
              : c.quarter !== undefined
                ? { detail: { triwulanBerjalan: tw } }
                : { detail: { conditional: 1 } };
          out.push(atCell('cell/required', table, row, c.key, why));
        }
      }
    }
  }
  return out;
}
