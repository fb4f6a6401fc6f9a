import { cellAddress } from '../../address';
import type { Finding } from '../../findings/finding';
import { atSheet, type ValidationContext } from '../context';

/** column/duplicate: a header label appears more than once; every copy after the first is a finding. */
export function checkColumnDuplicate(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const table of Object.values(ctx.tracker.tables)) {
    if (table === undefined || table.headerRow === null) continue;
    const row = table.headerRow;
    for (const { column, cols } of table.duplicateColumns) {
      const [first, ...others] = cols;
      if (first === undefined) continue;
      for (const col of others) {
        out.push({
          ...atSheet('column/duplicate', table.sheetName, {
            row,
            column: column.label,
            value: column.label,
            detail: { firstCell: cellAddress(row, first + 1) },
          }),
          cell: cellAddress(row, col + 1),
        });
      }
    }
  }
  return out;
}
