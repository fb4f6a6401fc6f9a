import type { Finding } from '../../findings/finding';
import { valueOf } from '../../read/read-table';
import { buildIndex, type KeyIndex } from '../../read/keys';
import { atCell, labelOf, type ValidationContext } from '../context';

/**
 * row/duplicate-key: two rows share a unique key of their sheet (Kode Indikator of PK, of Data
 * Kinerja — one row per indicator —, Kode Bagian …). Every row after the first is a finding,
 * at the key's first column.
 */
export function checkRowDuplicateKey(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const table of Object.values(ctx.tracker.tables)) {
    if (table === undefined) continue;
    for (const key of table.schema.uniqueKeys ?? []) {
      const [first] = key;
      if (first === undefined) continue;
      const index: KeyIndex = key.length === 1 ? ctx.index(table.schema.id, first) : buildIndex(table, key);
      for (const rows of index.repeated()) {
        const [original, ...copies] = rows;
        if (original === undefined) continue;
        for (const row of copies) {
          out.push(
            atCell('row/duplicate-key', table, row, first, {
              detail: {
                firstRow: original.excelRow,
                columns: key.map((k) => labelOf(table.schema, k)),
                key: key.map((k) => String(valueOf(row, k) ?? '')),
              },
            }),
          );
        }
      }
    }
  }
  return out;
}
