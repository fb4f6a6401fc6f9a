/**
 * Property: the LAKIP export never produces NaN or Infinity (not in the tables, not in the
 * summary, not in any value or formula result it plans to write) and never writes outside
 * its own seven sheets — on random workbooks and on the sample damaged.
 */
import fc from 'fast-check';
import { computeLakip } from '../../src/core/lakip/compute-lakip';
import { buildLakipPlan } from '../../src/core/lakip/export-plan';
import { LAKIP_SHEETS } from '../../src/core/lakip/tables';
import { sheetsTouched } from '../../src/core/plan/plan';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { FUZZ, mutatedSample, randomWorkbook, sampleTracker } from './arbitraries';

/** Paths of every number in `value` that is NaN or ±Infinity (text is the user's own, copied as typed). */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  }
  return [];
}

function checkExport(wb: WorkbookSnapshot): void {
  const result = computeLakip(wb);
  const plan = buildLakipPlan(result);
  expect(nonFiniteNumbers({ tables: result.tables, summary: result.summary })).toEqual([]);
  expect(nonFiniteNumbers(plan.ops)).toEqual([]);
  const own = new Set<string>(LAKIP_SHEETS);
  expect(sheetsTouched(plan).filter((s) => !own.has(s))).toEqual([]);
}

describe('fuzz: computeLakip + buildLakipPlan', () => {
  const sample = sampleTracker();

  test('the sample itself exports cleanly into exactly the seven LAKIP sheets', () => {
    checkExport(sample);
    expect(sheetsTouched(buildLakipPlan(computeLakip(sample)))).toEqual([...LAKIP_SHEETS]);
  });

  test(`random workbooks (seed ${FUZZ.exportRandom.seed}, ${FUZZ.exportRandom.numRuns} runs)`, () => {
    fc.assert(fc.property(randomWorkbook, checkExport), FUZZ.exportRandom);
  });

  test(`the sample mutated (seed ${FUZZ.exportMutated.seed}, ${FUZZ.exportMutated.numRuns} runs)`, () => {
    fc.assert(fc.property(mutatedSample(sample), checkExport), FUZZ.exportMutated);
  });
});
