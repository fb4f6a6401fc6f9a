/**
 * Validation never throws on bad data: arbitrary workbooks (sheets named like the contract's,
 * cells of every kind, header labels and choices sprinkled in so that real paths are taken)
 * and the sample with random cells overwritten. Every finding has a known code and a place.
 */
import fc from 'fast-check';
import { FINDING_CODES, isFindingCode } from '../findings/finding';
import { describeFinding } from '../findings/messages';
import { validationJson } from '../report/validation-json';
import { sheetsTouched } from '../plan/plan';
import { buildTemuanPlan } from '../report/temuan-plan';
import { ALL_SHEETS } from '../schema/registry';
import { EXCEL_ERRORS, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { EditableWorkbook, sampleSnapshot } from './test-fixtures';
import { validateTracker, type ValidationResult } from './validate';

const SHEET_NAMES = ALL_SHEETS.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
const LABELS = ALL_SHEETS.flatMap((s) => (s.kind === 'table' ? s.columns : s.fields).map((c) => c.label));
const CHOICES = ALL_SHEETS.flatMap((s) =>
  (s.kind === 'table' ? s.columns : s.fields).flatMap((c) => c.choices ?? []),
);
const WORDS = [
  ...LABELS,
  ...LABELS.map((l) => `${l} *`),
  ...CHOICES,
  'Camat',
  'Staf',
  '✓',
  'Ya',
  'Tidak',
  'IK-01',
  'PERKEU',
  'CASCADING',
  'PK',
  '=A1',
  '-',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('1.234,5', 'Rp 1.000', '31/12/2017', '85%', '2017', ' ', '#REF!') },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('date' as const),
      iso: fc.oneof(
        fc.constantFrom('2018-01-05', '2017-12-31T08:30:00', '2018-02-30'),
        fc.string({ maxLength: 10 }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('error' as const),
      code: fc.oneof(fc.constantFrom(...EXCEL_ERRORS), fc.string({ maxLength: 5 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('percent' as const), value: fc.double() }) },
);

const sheetName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SHEET_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...SHEET_NAMES).map((n) => ` ${n.toUpperCase()} `) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const sheet: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: sheetName,
  rows: fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 14 }),
});

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({ sheets: fc.array(sheet, { maxLength: 24 }) });

const SAMPLE = sampleSnapshot();
const mutatedSample: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(
    fc.tuple(
      fc.nat({ max: SAMPLE.sheets.length - 1 }),
      fc.integer({ min: 1, max: 25 }),
      fc.integer({ min: 1, max: 18 }),
      cell,
    ),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((edits) => {
    const wb = new EditableWorkbook(SAMPLE);
    for (const [s, row, col, value] of edits) {
      const name = SAMPLE.sheets[s]?.name ?? 'PK';
      wb.set(name, `${String.fromCharCode(64 + col)}${row}`, value);
    }
    return wb.snapshot();
  });

const CELL = /^[A-Z]+[0-9]+$/;

function checkResult(r: ValidationResult): void {
  for (const f of r.findings) {
    expect(isFindingCode(f.code)).toBe(true);
    expect(['error', 'warning']).toContain(f.severity);
    if (f.severity !== FINDING_CODES[f.code]) expect(['sheet/empty', 'doc/missing']).toContain(f.code);
    expect(typeof f.sheet === 'string' && f.sheet.trim() !== '').toBe(true);
    if (f.cell !== undefined) expect(f.cell).toMatch(CELL);
    if (f.row !== undefined) expect(Number.isInteger(f.row) && f.row >= 1).toBe(true);
    const text = describeFinding(f);
    expect(text.message.length).toBeGreaterThan(0);
    expect(text.saran.length).toBeGreaterThan(0);
  }
  const counted = Object.values(r.counts).reduce((a, b) => a + b, 0);
  expect(counted).toBe(r.findings.length);
  expect(r.errors + r.warnings).toBe(r.findings.length);
  for (const e of [r.completeness.total, ...r.completeness.sheets]) {
    expect(e.ratio >= 0 && e.ratio <= 1 && e.filled <= e.required).toBe(true);
  }
  expect(validationJson(r).summary.total).toBe(r.findings.length);
  expect(sheetsTouched(buildTemuanPlan(r, 'x', null))).toEqual(['Temuan']);
}

describe('validateTracker on arbitrary workbooks', () => {
  test('never throws; every finding has a known code and a valid place (random workbooks)', () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        checkResult(validateTracker(wb));
      }),
      { seed: 20171231, numRuns: 300 },
    );
  });

  test('never throws; every finding has a known code and a valid place (the sample with random cells overwritten)', () => {
    fc.assert(
      fc.property(mutatedSample, (wb) => {
        checkResult(validateTracker(wb));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
