/**
 * Property: `lakip init` and `lakip consolidate` never lose a typed cell. Checked cell by
 * cell: every non-empty cell of the (damaged) tracker still holds the same value after the
 * plan is applied. Consolidation replaces a bagian's earlier values by design; it may change
 * only the cells it reports in `changes` (each with the value it had), and its own
 * bookkeeping columns Sumber and Diimpor.
 */
import fc from 'fast-check';
import { columnNumber } from '../../src/core/address';
import { consolidate, type ConsolidationSource } from '../../src/core/consolidate/consolidate';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { findSchemaSheet } from '../../src/core/read/tracker';
import { SCHEMAS } from '../../src/core/schema/registry';
import { SAMPLE_PASRUJAMBE_2017 } from '../../src/core/seed/sample';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import {
  consolidationMayChange,
  formatsFor,
  FUZZ,
  lostCells,
  mutate,
  mutation,
  mutatedSample,
  randomWorkbook,
  sameCell,
  sampleTracker,
} from './arbitraries';

const IMPORTED_AT = '2018-01-15T09:30:00';

function checkInit(wb: WorkbookSnapshot, withSample: boolean): void {
  const plan = buildInitPlan(wb, {
    tahun: 2017,
    unit: 'Kecamatan Pasrujambe',
    ...(withSample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}),
  });
  expect(lostCells(wb, applyPlanToSnapshot(wb, plan))).toEqual([]);
}

/** How often the property had something to check: plans that write, and replaced cells. */
const seen = { runs: 0, writing: 0, changing: 0 };

function checkConsolidate(tracker: WorkbookSnapshot, sources: readonly ConsolidationSource[]): void {
  const result = consolidate(tracker, sources, IMPORTED_AT);
  seen.runs++;
  if (result.plan.ops.some((op) => op.op === 'setValues')) seen.writing++;
  if (result.changes.length > 0) seen.changing++;
  const after = applyPlanToSnapshot(tracker, result.plan);
  const data = findSchemaSheet(tracker, SCHEMAS.dataKinerja);
  const lost = lostCells(tracker, after, consolidationMayChange(tracker, result));
  expect(lost).toEqual([]);
  // Every declared change names a cell of Data Kinerja that really held its `before` value.
  for (const c of result.changes) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.cell);
    expect(m).not.toBeNull();
    const before = data?.rows[Number(m?.[2]) - 1]?.[columnNumber(m?.[1] ?? '') - 1] ?? null;
    expect(sameCell(c.before, before)).toBe(true);
  }
}

describe('fuzz: init and consolidate never lose a typed cell', () => {
  const sample = sampleTracker();

  test('init appends missing columns after every filled cell (the shrunk counterexamples the fuzz found)', () => {
    const dateInHeader: WorkbookSnapshot = {
      sheets: [
        { name: 'Renja Tahun Berikut', rows: [['Kode Indikator *', { kind: 'date', iso: '2018-01-05' }]] },
      ],
    };
    const dataRightOfHeader: WorkbookSnapshot = {
      sheets: [
        {
          name: 'DPA',
          rows: [
            [null, '', null, null, 0, '', 'Target *'],
            ['Catatan', 0, null, null, null, null, null, 0],
          ],
        },
      ],
    };
    for (const wb of [dateInHeader, dataRightOfHeader]) {
      checkInit(wb, false);
      checkInit(wb, true);
    }
  });

  test(`init on the sample mutated (seed ${FUZZ.initMutated.seed}, ${FUZZ.initMutated.numRuns} runs)`, () => {
    fc.assert(fc.property(mutatedSample(sample), fc.boolean(), checkInit), FUZZ.initMutated);
  });

  test(`init on random workbooks (seed ${FUZZ.initRandom.seed}, ${FUZZ.initRandom.numRuns} runs)`, () => {
    fc.assert(fc.property(randomWorkbook, fc.boolean(), checkInit), FUZZ.initRandom);
  });

  test(`consolidate damaged formats into the sample mutated (seed ${FUZZ.consolidateMutated.seed}, ${FUZZ.consolidateMutated.numRuns} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 8 }).map((ms) => mutate(sample, ms)),
        formatsFor(sample),
        checkConsolidate,
      ),
      FUZZ.consolidateMutated,
    );
    // Not vacuous: most runs write into Data Kinerja, and some replace a value the tracker had.
    expect(seen.writing).toBeGreaterThan(seen.runs / 3);
    expect(seen.changing).toBeGreaterThan(0);
  });
});
