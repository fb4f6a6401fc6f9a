/** Shared reading of the SOP sheet's steps for the sop/* checks. */
import { numberOf, textOf, type TableRow } from '../../read/read-table';

/** A step's status; an empty cell is Belum, an unreadable one is not Selesai either. */
export function isSelesai(row: TableRow): boolean {
  return textOf(row, 'status') === 'Selesai';
}

/** The steps in procedure order: by No where it is a number, else by row, ties by row. */
export function stepsInOrder(rows: readonly TableRow[]): TableRow[] {
  return rows
    .map((row, i) => ({ row, i, no: numberOf(row, 'no') ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => (a.no === b.no ? a.i - b.i : a.no < b.no ? -1 : 1))
    .map((x) => x.row);
}
