/**
 * `validateTracker`: every finding of the contract for a workbook, in the contract's stable
 * order, with counts by code and completeness. It reads the tracker once, builds the lookups
 * once, runs every check of CHECKS and never throws on bad data: a problem in the workbook is
 * a finding; an exception here is a bug.
 */
import { FINDING_CODES, type Finding, type FindingCode } from '../findings/finding';
import { columnNumber } from '../address';
import { readTrackerModel, type TrackerModel } from '../model/tracker-model';
import { READ_SHEETS } from '../schema/registry';
import { normaliseSheetName, type WorkbookSnapshot } from '../snapshot';
import { CHECKS } from './checks';
import type { Completeness } from './completeness';
import { validationContextOf, type ValidationContext } from './context';

export type { Completeness, CompletenessEntry } from './completeness';

export interface ValidationResult {
  /** Every finding, sorted: sheet order of the contract, row, column, code. */
  readonly findings: readonly Finding[];
  /** How many findings of each code (codes with none are absent). */
  readonly counts: Readonly<Partial<Record<FindingCode, number>>>;
  readonly errors: number;
  readonly warnings: number;
  readonly completeness: Completeness;
}

/** `model`: the tracker model the user action already built from this snapshot (read once). */
export function validateTracker(snapshot: WorkbookSnapshot, model?: TrackerModel): ValidationResult {
  const ctx = validationContextOf(model ?? readTrackerModel(snapshot));
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    for (const f of check.run(ctx)) findings.push(f);
  }
  const sorted = sortFindings(findings, sheetRanks(ctx));
  const counts: Partial<Record<FindingCode, number>> = {};
  let errors = 0;
  for (const f of sorted) {
    counts[f.code] = (counts[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors++;
  }
  return {
    findings: sorted,
    counts,
    errors,
    warnings: sorted.length - errors,
    completeness: ctx.cellScan().completeness,
  };
}

/** Sheet name (normalised) → its position in the contract, for the workbook's spelling and the contract's. */
function sheetRanks(ctx: ValidationContext): Map<string, number> {
  const ranks = new Map<string, number>();
  READ_SHEETS.forEach((schema, i) => {
    const read = ctx.tracker.tables[schema.id] ?? ctx.tracker.keyValues[schema.id];
    if (read !== undefined) ranks.set(normaliseSheetName(read.sheetName), i);
    if (!ranks.has(normaliseSheetName(schema.name))) ranks.set(normaliseSheetName(schema.name), i);
  });
  return ranks;
}

const CODE_RANK: ReadonlyMap<string, number> = new Map(
  Object.keys(FINDING_CODES).map((code, i) => [code, i]),
);

/** The column number of an A1 address (0 when there is none). */
function columnOf(cell: string | undefined): number {
  if (cell === undefined) return 0;
  const letters = /^[A-Z]+/i.exec(cell)?.[0];
  const n = letters === undefined ? 0 : columnNumber(letters);
  return Number.isNaN(n) ? 0 : n;
}

/**
 * The contract's stable order: sheet (contract order, then other sheets by name), row
 * (sheet-level findings first), column position, code (contract order). Equal keys keep the
 * order the checks gave them.
 */
export function sortFindings(findings: readonly Finding[], ranks: ReadonlyMap<string, number>): Finding[] {
  const unknown = READ_SHEETS.length;
  const keyed = findings.map((f, i) => ({
    f,
    i,
    sheet: ranks.get(normaliseSheetName(f.sheet)) ?? unknown,
    name: f.sheet,
    row: f.row ?? 0,
    col: columnOf(f.cell),
    code: CODE_RANK.get(f.code) ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === unknown && a.name !== b.name ? (a.name < b.name ? -1 : 1) : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.code - b.code ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}
