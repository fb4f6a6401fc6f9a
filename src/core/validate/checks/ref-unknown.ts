import type { Finding } from '../../findings/finding';
import type { TableSheetId } from '../../schema/registry';
import { type KeyIndex } from '../../read/keys';
import { atCell, labelOf, type ValidationContext } from '../context';

/**
 * ref/unknown: a reference points to nothing (a Penanggung Jawab that is not a bagian, a PK
 * Kode Program/Kegiatan not in the DPA — on an indicator row or in the PK's program table, when
 * filled …). Each referenced column is indexed once, so the
 * check is linear. When no target sheet or column is there, sheet/missing or column/missing
 * says so and the references are not checked.
 */
export function checkRefUnknown(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const tables = [...Object.values(ctx.tracker.tables), ctx.tracker.pkPrograms];
  for (const table of tables) {
    if (table === undefined) continue;
    for (const column of table.schema.columns) {
      if (column.ref === undefined || column.ref.length === 0 || !table.columnIndex.has(column.key)) continue;
      const targets: { index: KeyIndex; sheet: string; label: string }[] = [];
      for (const ref of column.ref) {
        const id = ref.sheet as TableSheetId;
        const target = ctx.table(id);
        if (target === undefined || !target.columnIndex.has(ref.column)) continue;
        targets.push({
          index: ctx.index(id, ref.column),
          sheet: target.sheetName,
          label: labelOf(target.schema, ref.column),
        });
      }
      if (targets.length === 0) continue;
      const detail = { targets: targets.map((t) => ({ sheet: t.sheet, column: t.label })) };
      for (const row of table.rows) {
        const p = row.values.get(column.key);
        if (p?.kind !== 'ok') continue;
        const key = String(p.value);
        let known = false;
        for (const t of targets) if (t.index.has(key)) known = true;
        if (!known) out.push(atCell('ref/unknown', table, row, column.key, { detail }));
      }
    }
  }
  return out;
}
