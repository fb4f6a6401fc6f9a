/**
 * Property: validation never throws, and every finding has a known code and a valid place —
 * on random workbooks and on the sample damaged in every way of `arbitraries.ts`.
 */
import fc from 'fast-check';
import { columnNumber } from '../../src/core/address';
import { FINDING_CODES, isFindingCode, type Finding } from '../../src/core/findings/finding';
import { describeFinding } from '../../src/core/findings/messages';
import { normaliseSheetName, type WorkbookSnapshot } from '../../src/core/snapshot';
import { validateTracker } from '../../src/core/validate/validate';
import { FUZZ, mutatedSample, randomWorkbook, sampleTracker, SHEET_NAMES } from './arbitraries';

const CONTRACT_SHEETS = new Set(SHEET_NAMES.map(normaliseSheetName));
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLS = 16_384;

/** Why the finding's place is not valid in `wb`, or undefined when it is. */
export function badPlace(f: Finding, wb: WorkbookSnapshot): string | undefined {
  if (!isFindingCode(f.code)) return `unknown code ${String(f.code)}`;
  if (f.severity !== FINDING_CODES[f.code] && !['sheet/empty', 'doc/missing'].includes(f.code)) {
    return `severity ${f.severity} for ${f.code}`;
  }
  if (typeof f.sheet !== 'string' || f.sheet.trim() === '') return 'no sheet';
  // The sheet as the workbook spells it, or a contract sheet (when it is missing).
  const sheet = wb.sheets.find((s) => s.name === f.sheet);
  if (sheet === undefined && !CONTRACT_SHEETS.has(normaliseSheetName(f.sheet)))
    return `sheet "${f.sheet}" is nowhere`;
  if (f.row !== undefined) {
    if (!Number.isInteger(f.row) || f.row < 1 || f.row > EXCEL_MAX_ROWS) return `row ${f.row}`;
    if (sheet !== undefined && f.row > sheet.rows.length) {
      return `row ${f.row} below the sheet's last row ${sheet.rows.length}`;
    }
  }
  if (f.cell !== undefined) {
    const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(f.cell);
    if (m === null) return `cell "${f.cell}"`;
    const col = columnNumber(m[1] ?? '');
    if (col > EXCEL_MAX_COLS) return `cell "${f.cell}" beyond column XFD`;
    if (f.row !== undefined && Number(m[2]) !== f.row) return `cell ${f.cell} not on row ${f.row}`;
  }
  if (f.column !== undefined && (typeof f.column !== 'string' || f.column.trim() === ''))
    return 'empty column';
  if (sheet === undefined && f.code !== 'sheet/missing' && f.cell !== undefined) {
    return `a cell ${f.cell} in a sheet the workbook lacks`;
  }
  const words = describeFinding(f);
  if (words.message.trim() === '' || words.saran.trim() === '') return 'no words';
  return undefined;
}

function checkValidation(wb: WorkbookSnapshot): void {
  const r = validateTracker(wb);
  const problems = r.findings.flatMap((f) => {
    const bad = badPlace(f, wb);
    return bad === undefined ? [] : [`${bad}: ${JSON.stringify(f)}`];
  });
  expect(problems).toEqual([]);
  expect(r.errors + r.warnings).toBe(r.findings.length);
  expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.findings.length);
  for (const e of [r.completeness.total, ...r.completeness.sheets]) {
    expect(Number.isFinite(e.ratio) && e.ratio >= 0 && e.ratio <= 1 && e.filled <= e.required).toBe(true);
  }
}

describe('fuzz: validateTracker', () => {
  const sample = sampleTracker();

  test('the sample itself passes the place checks', () => {
    checkValidation(sample);
  });

  test(`random workbooks (seed ${FUZZ.validateRandom.seed}, ${FUZZ.validateRandom.numRuns} runs)`, () => {
    fc.assert(fc.property(randomWorkbook, checkValidation), FUZZ.validateRandom);
  });

  test(`the sample mutated (seed ${FUZZ.validateMutated.seed}, ${FUZZ.validateMutated.numRuns} runs)`, () => {
    fc.assert(fc.property(mutatedSample(sample), checkValidation), FUZZ.validateMutated);
  });
});
