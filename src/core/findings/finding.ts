/**
 * Findings are values with a stable code and a place; the Indonesian words come later
 * (`messages.ts`). The codes and severities are fixed by docs/workbook-contract.md.
 */
import type { CellValue } from '../snapshot';

export const FINDING_CODES = {
  'sheet/missing': 'error',
  'sheet/empty': 'warning',
  'column/missing': 'error',
  'column/duplicate': 'error',
  'cell/required': 'error',
  'cell/type': 'error',
  'cell/number-as-text': 'warning',
  'cell/choice': 'error',
  'cell/range': 'error',
  'cell/date-range': 'warning',
  'cell/formula-error': 'error',
  'cell/formula-text': 'warning',
  'row/duplicate-key': 'error',
  'ref/unknown': 'error',
  'ref/uncovered': 'error',
  'ref/mismatch': 'warning',
  'sum/mismatch': 'warning',
  'calc/undefined': 'warning',
  'calc/overflow': 'error',
  'calc/isian-realisasi': 'warning',
  'analysis/missing': 'warning',
  'sop/no-actor': 'error',
  'sop/duplicate-step': 'warning',
  'sop/out-of-order': 'warning',
  'sop/over-time': 'warning',
  'sop/date-order': 'error',
  'sop/missing-evidence': 'error',
  'sop/incomplete': 'warning',
  'doc/missing': 'warning',
  'doc/no-evidence': 'error',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning';

export interface Finding {
  readonly code: FindingCode;
  /** The contract's default severity, or the escalated one (sheet/empty, doc/missing). */
  readonly severity: Severity;
  /** The sheet's name as the workbook spells it (or the contract's name when the sheet is missing). */
  readonly sheet: string;
  /** Excel row number, where one row is at fault. */
  readonly row?: number;
  /** The header label, where one column is at fault. */
  readonly column?: string;
  /** A1 address, where one cell is at fault. */
  readonly cell?: string;
  /** What the cell held. */
  readonly value?: CellValue;
  /** What was expected, in Indonesian (`bilangan`, `salah satu dari: …`, `120`). */
  readonly expected?: string;
  /** Code-specific facts the message needs (the other row of a duplicate, the other sheet …). */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, code);
}

export function defaultSeverity(code: FindingCode): Severity {
  return FINDING_CODES[code];
}
