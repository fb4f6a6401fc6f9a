/**
 * The JSON of `lakip validate --json` (docs/workbook-contract.md): `{ summary, completeness,
 * findings }`. Every finding is counted in `summary.byCode`; at most `limit` are listed.
 */
import type { CellValue } from '../snapshot';
import type { ValidationResult } from '../validate/validate';
import type { FindingCode, Severity } from '../findings/finding';
import { describeFinding } from '../findings/messages';

/** The contract's cap on listed findings. */
export const FINDINGS_LIMIT = 1000;

export interface FindingJson {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly value: CellValue;
  readonly expected: string | null;
  readonly message: string;
  readonly saran: string;
}

export interface CompletenessJson {
  readonly sheet: string;
  readonly required: number;
  readonly filled: number;
  readonly ratio: number;
}

export interface ValidationJson {
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly total: number;
    readonly listed: number;
    readonly truncated: boolean;
    readonly byCode: Readonly<Partial<Record<FindingCode, number>>>;
  };
  readonly completeness: { readonly total: CompletenessJson; readonly sheets: readonly CompletenessJson[] };
  readonly findings: readonly FindingJson[];
}

export function validationJson(result: ValidationResult, limit = FINDINGS_LIMIT): ValidationJson {
  const listed = result.findings.slice(0, Math.max(0, limit));
  const entry = (e: CompletenessJson): CompletenessJson => ({
    sheet: e.sheet,
    required: e.required,
    filled: e.filled,
    ratio: e.ratio,
  });
  return {
    summary: {
      errors: result.errors,
      warnings: result.warnings,
      total: result.findings.length,
      listed: listed.length,
      truncated: listed.length < result.findings.length,
      byCode: { ...result.counts },
    },
    completeness: { total: entry(result.completeness.total), sheets: result.completeness.sheets.map(entry) },
    findings: listed.map((f) => {
      const { message, saran } = describeFinding(f);
      return {
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row ?? null,
        column: f.column ?? null,
        cell: f.cell ?? null,
        value: f.value ?? null,
        expected: f.expected ?? null,
        message,
        saran,
      };
    }),
  };
}
