import type { Finding } from '../../findings/finding';
import type { TableSheetId } from '../../schema/registry';
import { rowKey } from '../../read/keys';
import { atCell, type ValidationContext } from '../context';

/** Each row of `sheet` must have at least one row with the same Kode Indikator in `coveredBy`. */
const COVERAGE: readonly { readonly sheet: TableSheetId; readonly coveredBy: 'dataKinerja' | 'renaksi' | 'pk' }[] = [
  { sheet: 'pk', coveredBy: 'dataKinerja' },
  { sheet: 'pk', coveredBy: 'renaksi' },
  { sheet: 'iku', coveredBy: 'pk' },
];

/**
 * ref/uncovered: a PK indicator with no Data Kinerja row or no Rencana Aksi row; an IKU
 * indicator that is not in the PK. The finding sits on the indicator's Kode Indikator cell.
 * A covering sheet (or column) that is missing is reported once by sheet/missing or
 * column/missing instead.
 */
export function checkRefUncovered(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const { sheet, coveredBy } of COVERAGE) {
    const table = ctx.table(sheet);
    const cover = ctx.table(coveredBy);
    if (table === undefined || cover === undefined || !cover.columnIndex.has('kodeIndikator')) continue;
    const index = ctx.index(coveredBy, 'kodeIndikator');
    const seen = new Set<string>();
    for (const row of table.rows) {
      const key = rowKey(row, ['kodeIndikator']);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      if (!index.has(key)) {
        out.push(
          atCell('ref/uncovered', table, row, 'kodeIndikator', {
            detail: { missingIn: cover.sheetName, coveredBy },
          }),
        );
      }
    }
  }
  return out;
}
