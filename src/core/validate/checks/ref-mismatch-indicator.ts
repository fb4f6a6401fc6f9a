import { cellAddress } from '../../address';
import type { Finding } from '../../findings/finding';
import { formatNumber } from '../../format/indonesian';
import { valueOf, type TableRow } from '../../read/read-table';
import type { TableSheetId } from '../../schema/registry';
import { keyOf, rowKey } from '../../read/keys';
import { addressOf, atCell, labelOf, type ValidationContext } from '../context';

interface Agreement {
  /** The sheet whose cells are checked (and where the finding sits). */
  readonly sheet: TableSheetId;
  /** The sheet that defines the indicator. */
  readonly against: TableSheetId;
  /** Column keys compared (present in both sheets). */
  readonly columns: readonly string[];
}

/** The same Kode Indikator must agree between these sheets. */
const AGREEMENTS: readonly Agreement[] = [
  { sheet: 'pk', against: 'iku', columns: ['polaritas', 'satuan'] },
  { sheet: 'dataKinerja', against: 'pk', columns: ['satuan', 'target'] },
  { sheet: 'renstra', against: 'iku', columns: ['satuan'] },
  { sheet: 'lkjip', against: 'iku', columns: ['satuan'] },
];

function same(a: string | number | boolean, b: string | number | boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return keyOf(a) === keyOf(b);
}

function shown(v: string | number | boolean): string {
  return typeof v === 'number' ? formatNumber(v) : String(v);
}

/**
 * ref/mismatch for indicators: the same Kode Indikator disagrees between sheets — polarity
 * or satuan of the PK against the IKU, satuan or target of Data Kinerja against the PK,
 * satuan of Renstra and LKjIP against the IKU. Empty or unreadable cells are other findings.
 */
export function checkRefMismatchIndicator(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const { sheet, against, columns } of AGREEMENTS) {
    const table = ctx.table(sheet);
    const other = ctx.table(against);
    if (table === undefined || other === undefined) continue;
    const index = ctx.index(against, 'kodeIndikator');
    for (const row of table.rows) {
      const key = rowKey(row, ['kodeIndikator']);
      const definition: TableRow | undefined = key === undefined ? undefined : index.first(key);
      if (definition === undefined) continue;
      for (const column of columns) {
        const mine = valueOf(row, column);
        const theirs = valueOf(definition, column);
        if (mine === undefined || theirs === undefined || same(mine, theirs)) continue;
        out.push(
          atCell('ref/mismatch', table, row, column, {
            expected: shown(theirs),
            detail: {
              otherSheet: other.sheetName,
              otherCell: addressOf(other, definition.excelRow, column) ?? cellAddress(definition.excelRow, 1),
              field: labelOf(table.schema, column),
            },
          }),
        );
      }
    }
  }
  return out;
}
