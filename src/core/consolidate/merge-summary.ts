/**
 * The one sentence saying what a consolidation does to Data Kinerja (the plan's note, printed
 * by `lakip consolidate`, and the pane's message after Gabungkan): only the parts that happen,
 * never "0 sel diganti".
 */
import { formatNumber } from '../format/indonesian';

export interface MergeCounts {
  /** Indicator rows appended below the last row. */
  readonly added: number;
  /** Existing rows written (cells filled or replaced). */
  readonly updated: number;
  /** Cells that held a value and get another one. */
  readonly replacedCells: number;
}

/** `a`, `a dan b`, `a, b dan c`. */
function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1] ?? ''}`;
}

export function mergeSummary(sheet: string, n: MergeCounts): string {
  const parts: string[] = [];
  if (n.added > 0)
    parts.push(`${formatNumber(n.added)} baris indikator baru ditambahkan di bawah baris terakhir`);
  if (n.updated > 0) parts.push(`${formatNumber(n.updated)} baris diperbarui`);
  if (n.replacedCells > 0) parts.push(`${formatNumber(n.replacedCells)} sel yang sudah berisi diganti`);
  if (parts.length === 0) return `Sheet ${sheet}: tidak ada baris yang berubah.`;
  return `Sheet ${sheet}: ${list(parts)}${n.replacedCells === 0 ? '; tidak ada sel yang diganti' : ''}.`;
}
