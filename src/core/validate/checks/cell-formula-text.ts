import { isFormulaLikeText } from '../../parse/formula-text';
import type { Finding } from '../../findings/finding';
import { atCell, type ValidationContext } from '../context';

/**
 * cell/formula-text: a text in Data Kinerja (the sheet the bagian files are merged into)
 * starts with `= + - @`. Our writers keep such text literal; the warning says it is not a
 * formula, so nobody wonders why it does not calculate.
 */
export function checkCellFormulaText(ctx: ValidationContext): Finding[] {
  const table = ctx.table('dataKinerja');
  if (table === undefined) return [];
  const columns = table.schema.columns.filter(
    (c) => (c.type === 'teks' || c.type === 'kode') && table.columnIndex.has(c.key),
  );
  const out: Finding[] = [];
  for (const row of table.rows) {
    for (const c of columns) {
      const raw = row.raw.get(c.key);
      if (typeof raw === 'string' && isFormulaLikeText(raw))
        out.push(atCell('cell/formula-text', table, row, c.key));
    }
  }
  return out;
}
