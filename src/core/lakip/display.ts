/**
 * How a figure of a LAKIP table is shown where it becomes text (the .docx, the command line,
 * the task pane): Indonesian digits, rounded only here. The sheets keep the numbers and get
 * the matching Excel formats from `export-plan.ts`.
 */
import { formatDateShort, formatNumber } from '../format/indonesian';
import type { SummaryColumn } from './tables';

/** Decimals shown for a number of this column: fixed, or 0 for whole numbers and 2 otherwise. */
export function decimalsFor(column: SummaryColumn, value: number): number {
  switch (column.kind) {
    case 'rupiah':
    case 'integer':
      return 0;
    case 'percent':
      return column.decimals ?? 2;
    default:
      return column.decimals ?? (Number.isInteger(value) ? 0 : 2);
  }
}

/** `1.234.567`, `103,05`, `31/12/2017`, text as is; an empty cell is ''. */
export function displayCell(column: SummaryColumn, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, decimalsFor(column, value));
  if (column.kind === 'date') return formatDateShort(value);
  return value;
}
