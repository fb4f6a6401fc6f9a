/**
 * The same property end to end, through real .xlsx files: a damaged sample is written with
 * exceljs and read back (as a user's file), then init's and consolidation's plans are applied
 * with the xlsx adapter, saved and read again — and every cell the file held is still there
 * (consolidation: except what it reports changing). A handful of runs: each is three real
 * writes and reads.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { applyPlan } from '../../src/adapters/xlsx/apply';
import { loadWorkbook, readSnapshot } from '../../src/adapters/xlsx/read';
import { writeWorkbookBuffer } from '../../src/adapters/xlsx/workbook';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { buildInitPlan } from '../../src/core/init/init-plan';
import type { PlanValue, WritePlan } from '../../src/core/plan/plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../src/core/seed/sample';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import {
  consolidationMayChange,
  formatsFor,
  FUZZ,
  lostCells,
  mutatedSample,
  sampleTracker,
} from './arbitraries';

/** A plan that writes a snapshot's values into a new workbook, sheet by sheet. */
function planWriting(wb: WorkbookSnapshot): WritePlan {
  return {
    notes: [],
    ops: wb.sheets.flatMap((s) => {
      const width = Math.max(0, ...s.rows.map((r) => r.length));
      const values: PlanValue[][] = s.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
      return [
        { op: 'ensureSheet' as const, sheet: s.name },
        ...(width === 0 ? [] : [{ op: 'setValues' as const, sheet: s.name, row: 1, col: 1, values }]),
      ];
    }),
  };
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeWorkbookBuffer(wb), { forWrite: true });
}

async function roundTrip(
  mutated: WorkbookSnapshot,
  sources: Parameters<typeof consolidate>[1],
): Promise<void> {
  const made = new ExcelJS.Workbook();
  applyPlan(made, planWriting(mutated));
  // The user's file, as read back from disk.
  const file = await reopen(made);
  const before = readSnapshot(file);

  const initPlan = buildInitPlan(before, {
    tahun: 2017,
    unit: 'Kecamatan Pasrujambe',
    sample: SAMPLE_PASRUJAMBE_2017,
  });
  applyPlan(file, initPlan);
  const afterInit = await reopen(file);
  const initialised = readSnapshot(afterInit);
  expect(lostCells(before, initialised)).toEqual([]);

  const result = consolidate(initialised, sources, '2018-01-15T09:30:00');
  applyPlan(afterInit, result.plan);
  const consolidated = readSnapshot(await reopen(afterInit));
  expect(lostCells(initialised, consolidated, consolidationMayChange(initialised, result))).toEqual([]);
}

describe('fuzz: init and consolidate through real .xlsx files', () => {
  const sample = sampleTracker();

  test(`the sample mutated, written, upgraded and consolidated (seed ${FUZZ.roundTrip.seed}, ${FUZZ.roundTrip.numRuns} runs)`, async () => {
    await fc.assert(fc.asyncProperty(mutatedSample(sample), formatsFor(sample), roundTrip), FUZZ.roundTrip);
  }, 120_000);
});
