import type { Finding } from '../../findings/finding';
import { atSheet, type ValidationContext } from '../context';
import { isRequiredField, isRequiredHeader } from '../required';

/**
 * column/missing: a required header (or key–value label) is not found. A sheet where no header
 * is recognised at all gives one finding listing the columns (a blank document sheet is
 * sheet/empty instead).
 */
export function checkColumnMissing(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const tw = ctx.settings.triwulanBerjalan;
  for (const kv of Object.values(ctx.tracker.keyValues)) {
    if (kv === undefined) continue;
    if (kv.fields.size === 0 && !ctx.isBlankSheet(kv.sheetName)) {
      // Not one label of ours: the user's own sheet (or labels all renamed), said once.
      const labels = kv.missingFields
        .filter((f) => isRequiredField(kv.schema.id, f, ctx.kategori))
        .map((f) => f.label);
      out.push(
        atSheet('column/missing', kv.sheetName, {
          detail: { problem: 'no-fields', columns: labels },
        }),
      );
      continue;
    }
    for (const field of kv.missingFields) {
      if (isRequiredField(kv.schema.id, field, ctx.kategori))
        out.push(
          atSheet('column/missing', kv.sheetName, { column: field.label, detail: { problem: 'field' } }),
        );
    }
  }
  for (const table of Object.values(ctx.tracker.tables)) {
    if (table === undefined) continue;
    const { schema } = table;
    const missing = table.missingColumns.filter((c) => isRequiredHeader(schema.id, c, tw));
    if (missing.length === 0) continue;
    if (table.headerRow === null) {
      if (schema.documentCode !== undefined && ctx.isBlankSheet(table.sheetName)) continue;
      out.push(
        atSheet('column/missing', table.sheetName, {
          detail: { problem: 'no-header', columns: missing.map((c) => c.label) },
        }),
      );
      continue;
    }
    for (const c of missing)
      out.push(
        atSheet('column/missing', table.sheetName, {
          row: table.headerRow,
          column: c.label,
          detail: { problem: 'header' },
        }),
      );
  }
  return out;
}
