/**
 * What the fuzz properties run on: random workbooks made of the contract's own words, and
 * the built-in sample (as `lakip init --sample` writes it) damaged the ways files arrive
 * damaged — cells replaced by random values, types and Excel errors; headers renamed, moved
 * or deleted; rows duplicated; columns and sheets removed.
 *
 * Every property runs with a fixed seed and a fixed number of runs (FUZZ below), so CI
 * repeats exactly the same cases; a failure prints the seed and the path to replay it.
 */
import fc from 'fast-check';
import { cellAddress } from '../../src/core/address';
import type { ConsolidationResult, ConsolidationSource } from '../../src/core/consolidate/consolidate';
import { buildFormatPlan, listFormatBagian } from '../../src/core/consolidate/format-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { readTable } from '../../src/core/read/read-table';
import { findSchemaSheet } from '../../src/core/read/tracker';
import { ALL_SHEETS, SCHEMAS } from '../../src/core/schema/registry';
import {
  EXCEL_ERRORS,
  isEmptyCell,
  normaliseSheetName,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/core/snapshot';

/** Seeds and run counts: fixed, so that CI runs the same cases every time. */
export const FUZZ = {
  validateRandom: { seed: 1_711_2017, numRuns: 200 },
  validateMutated: { seed: 2_811_2026, numRuns: 250 },
  exportRandom: { seed: 3_1_2018, numRuns: 150 },
  exportMutated: { seed: 4_12_2017, numRuns: 200 },
  initMutated: { seed: 5_2017, numRuns: 200 },
  initRandom: { seed: 6_2017, numRuns: 150 },
  consolidateMutated: { seed: 7_2018, numRuns: 150 },
  roundTrip: { seed: 8_2018, numRuns: 10 },
} as const;

/** The Pasrujambe 2017 sample tracker: the one builder, in test/support/tracker-fixtures.ts. */
export { sampleSnapshot as sampleTracker } from '../support/tracker-fixtures';

const LABELS = ALL_SHEETS.flatMap((s) => (s.kind === 'table' ? s.columns : s.fields).map((c) => c.label));
const CHOICES = ALL_SHEETS.flatMap((s) =>
  (s.kind === 'table' ? s.columns : s.fields).flatMap((c) => c.choices ?? []),
);
export const SHEET_NAMES = ALL_SHEETS.flatMap((s) => [s.name, ...(s.aliases ?? [])]);

/** Words a tracker holds, so that random cells often take the checks' real paths. */
const WORDS = [
  ...LABELS,
  ...LABELS.map((l) => `${l} *`),
  ...CHOICES,
  'Camat',
  '✓',
  'Ya',
  'Tidak',
  'IK-01',
  'IK-02',
  '5.01',
  'PERKEU',
  'PEM',
  '=SUM(A1:A3)',
  '+62',
  '-',
  '@x',
];

/** Any value a reader can give, including what no reader should give (huge, tiny, odd ISO dates). */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 14 }) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 3000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53, 0.1 + 0.2) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1.234,5',
      '1.234.567,00',
      'Rp 1.000',
      '-3',
      '31/12/2017',
      '31 Desember 2017',
      '85%',
      '85,5 %',
      '2017',
      ' ',
      '#REF!',
      '0',
      '1e400',
      'NaN',
      'Infinity',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('date' as const),
      iso: fc.oneof(
        fc.constantFrom('2018-01-05', '2017-12-31T08:30:00', '2018-02-30', '1899-12-31', '9999-12-31', ''),
        fc.string({ maxLength: 10 }),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('error' as const),
      code: fc.oneof(fc.constantFrom(...EXCEL_ERRORS), fc.string({ maxLength: 5 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('percent' as const),
      value: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, 0.855, 1.2, -1),
      ),
    }),
  },
);

const sheetName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SHEET_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...SHEET_NAMES).map((n) => ` ${n.toUpperCase()} `) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
);

/** A random workbook: sheets named like the contract's (or not), cells of every kind. */
export const randomWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  sheets: fc.uniqueArray(
    fc.record({ name: sheetName, rows: fc.array(fc.array(cellValue, { maxLength: 16 }), { maxLength: 14 }) }),
    { maxLength: 24, selector: (s) => normaliseSheetName(s.name) },
  ),
});

// ---------------------------------------------------------------------------------------
// Mutations of the sample

export type Mutation =
  | {
      readonly kind: 'set';
      readonly sheet: number;
      readonly row: number;
      readonly col: number;
      readonly value: CellValue;
    }
  | { readonly kind: 'renameHeader'; readonly sheet: number; readonly col: number; readonly label: string }
  | { readonly kind: 'moveHeader'; readonly sheet: number; readonly from: number; readonly to: number }
  | { readonly kind: 'deleteHeader'; readonly sheet: number; readonly col: number }
  | { readonly kind: 'moveColumn'; readonly sheet: number; readonly from: number; readonly to: number }
  | { readonly kind: 'deleteColumn'; readonly sheet: number; readonly col: number }
  | { readonly kind: 'duplicateRow'; readonly sheet: number; readonly row: number; readonly at: number }
  | { readonly kind: 'removeSheet'; readonly sheet: number };

const index = fc.nat({ max: 40 });

const labelVariant = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.string({ maxLength: 10 }),
  fc.constantFrom(...LABELS).map((l) => `  ${l.toUpperCase()}  *`),
  fc.constantFrom(...LABELS).map((l) => l.replace(' ', '\n')),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      sheet: index,
      row: fc.nat({ max: 24 }),
      col: fc.nat({ max: 20 }),
      value: cellValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('renameHeader' as const),
      sheet: index,
      col: index,
      label: labelVariant,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('moveHeader' as const), sheet: index, from: index, to: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteHeader' as const), sheet: index, col: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('moveColumn' as const), sheet: index, from: index, to: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteColumn' as const), sheet: index, col: index }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicateRow' as const), sheet: index, row: index, at: index }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet: index }) },
);

interface Sheet {
  name: string;
  rows: CellValue[][];
  hidden?: true;
}

/** The row a reader takes for the header: among the first ten, the one with the most text cells. */
export function headerRowIndex(rows: readonly (readonly CellValue[])[]): number {
  let best = 0;
  let bestCount = -1;
  rows.slice(0, 10).forEach((row, i) => {
    const count = row.filter((v) => typeof v === 'string' && v.trim() !== '').length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}

function put(row: CellValue[], col: number, value: CellValue): void {
  while (row.length <= col) row.push(null);
  row[col] = value;
}

function applyMutation(sheets: Sheet[], m: Mutation): void {
  if (sheets.length === 0) return;
  const sheet = sheets[m.sheet % sheets.length] as Sheet;
  const rows = sheet.rows;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const header = headerRowIndex(rows);
  const headerRow = (): CellValue[] => {
    while (rows.length <= header) rows.push([]);
    return rows[header] as CellValue[];
  };
  switch (m.kind) {
    case 'set': {
      while (rows.length <= m.row) rows.push([]);
      put(rows[m.row] as CellValue[], m.col, m.value);
      return;
    }
    case 'renameHeader':
      put(headerRow(), m.col % width, m.label);
      return;
    case 'moveHeader': {
      const h = headerRow();
      const from = m.from % width;
      const to = m.to % width;
      const a = h[from] ?? null;
      put(h, from, h[to] ?? null);
      put(h, to, a);
      return;
    }
    case 'deleteHeader':
      put(headerRow(), m.col % width, null);
      return;
    case 'moveColumn': {
      const from = m.from % width;
      const to = m.to % width;
      for (const r of rows) {
        while (r.length < width) r.push(null);
        const [v] = r.splice(from, 1);
        r.splice(to, 0, v ?? null);
      }
      return;
    }
    case 'deleteColumn':
      for (const r of rows) r.splice(m.col % width, 1);
      return;
    case 'duplicateRow': {
      if (rows.length === 0) return;
      const copy = [...(rows[m.row % rows.length] as CellValue[])];
      rows.splice(m.at % (rows.length + 1), 0, copy);
      return;
    }
    case 'removeSheet':
      sheets.splice(m.sheet % sheets.length, 1);
      return;
  }
}

/** A deep copy of `wb` with the mutations applied in order. */
export function mutate(wb: WorkbookSnapshot, mutations: readonly Mutation[]): WorkbookSnapshot {
  const sheets: Sheet[] = wb.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
    ...(s.hidden === true ? { hidden: true as const } : {}),
  }));
  for (const m of mutations) applyMutation(sheets, m);
  return { sheets: sheets.map((s): SheetSnapshot => s) };
}

/** The sample with 1–12 mutations. */
export function mutatedSample(sample: WorkbookSnapshot): fc.Arbitrary<WorkbookSnapshot> {
  return fc.array(mutation, { minLength: 1, maxLength: 12 }).map((ms) => mutate(sample, ms));
}

// ---------------------------------------------------------------------------------------
// Checking cells

/** Every non-empty cell of `before` that `after` no longer holds, as `sheet!A1: before → after`. */
export function lostCells(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  allowed: (sheet: string, row: number, col: number) => boolean = () => false,
): string[] {
  const lost: string[] = [];
  for (const s of before.sheets) {
    const a = after.sheets.find((x) => normaliseSheetName(x.name) === normaliseSheetName(s.name));
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (isEmptyCell(v) || allowed(s.name, r + 1, c + 1)) return;
        const now = a?.rows[r]?.[c];
        if (!sameCell(v, now))
          lost.push(`${s.name}!R${r + 1}C${c + 1}: ${JSON.stringify(v)} → ${JSON.stringify(now)}`);
      });
    });
  }
  return lost;
}

export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (a === 0 && b === 0);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------
// Consolidation

/** Bagian formats made from `tracker`, some of them, filled with random values and damaged. */
export function formatsFor(tracker: WorkbookSnapshot): fc.Arbitrary<ConsolidationSource[]> {
  const bagian = listFormatBagian(tracker).filter((b) => b.indicators > 0);
  const blank = bagian.map((b) => ({
    name: `format-${b.kode}.xlsx`,
    snapshot: applyPlanToSnapshot(
      { sheets: [] },
      buildFormatPlan(tracker, b.kode, '2018-01-08T09:00:00').plan,
    ),
  }));
  // What a bagian types: mostly numbers (realisasi) and words, in the rows below the header.
  const typed = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('Final', 'Draf', 'Koordinasi lintas seksi', '=1+1', '85,5') },
    { weight: 2, arbitrary: cellValue },
  );
  return fc.subarray(blank, { minLength: 1 }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((f) => {
        const rows = f.snapshot.sheets[0]?.rows ?? [];
        const header = headerRowIndex(rows);
        const fill = fc.record({
          row: fc.integer({ min: header + 1, max: Math.max(header + 1, rows.length - 1) }),
          col: fc.integer({ min: 0, max: (rows[header]?.length ?? 1) - 1 }),
          value: typed,
        });
        return fc
          .tuple(fc.array(fill, { maxLength: 16 }), fc.array(mutation, { maxLength: 1 }))
          .map(([fills, ms]) => {
            const filled = mutate(
              f.snapshot,
              fills.map((x) => ({ kind: 'set', sheet: 0, ...x })),
            );
            return { name: f.name, snapshot: mutate(filled, ms) };
          });
      }),
    ),
  );
}

/**
 * The cells consolidation may change in `tracker`: those it reports in `changes` (still holding
 * the `before` it reports) and its own bookkeeping columns of Data Kinerja, Sumber and Diimpor.
 */
export function consolidationMayChange(
  tracker: WorkbookSnapshot,
  result: ConsolidationResult,
): (sheet: string, row: number, col: number) => boolean {
  const data = findSchemaSheet(tracker, SCHEMAS.dataKinerja);
  if (data === undefined) return () => false;
  const read = readTable(data, SCHEMAS.dataKinerja);
  const bookkeeping = new Set(
    ['sumber', 'diimpor'].flatMap((key) => {
      const col = read.columnIndex.get(key);
      return col === undefined ? [] : [col + 1];
    }),
  );
  const declared = new Map(result.changes.map((c) => [c.cell, c]));
  return (sheet, row, col) => {
    if (sheet !== data.name) return false;
    if (bookkeeping.has(col)) return true;
    const change = declared.get(cellAddress(row, col));
    return change !== undefined && sameCell(change.before, data.rows[row - 1]?.[col - 1] ?? null);
  };
}
