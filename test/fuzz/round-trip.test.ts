/**
 * The same property end to end, through real .xlsx files: a damaged sample is written with
 * exceljs and read back (as a user's file), then init's and consolidation's plans are applied
 * with the xlsx adapter, saved and read again — and every cell the file held is still there
 * (consolidation: except what it reports changing). A handful of runs: each is three real
 * writes and reads. The second property does the same through the patching writer (the path
 * every command now saves by), with random parts of the user's own added to the package: each
 * must come back byte for byte.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { blankXlsxBytes, patchXlsxBytes } from '../../src/adapters/xlsx/patch-save';
import { readSnapshotFromZip } from '../../src/adapters/xlsx/stream-read';
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

/** Parts of a package no plan of ours names: charts, pictures, custom XML, a printer's settings. */
const unknownParts = fc.uniqueArray(
  fc.record({
    name: fc.constantFrom(
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/media/image1.png',
      'xl/printerSettings/printerSettings1.bin',
      'customXml/item1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
    ),
    data: fc.uint8Array({ minLength: 0, maxLength: 600 }),
  }),
  { selector: (p) => p.name, minLength: 1, maxLength: 4 },
);

function withParts(xlsx: Uint8Array, parts: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(xlsx);
  for (const p of parts) files[p.name] = p.data;
  return zipSync(files);
}

async function patchedRoundTrip(
  mutated: WorkbookSnapshot,
  sources: Parameters<typeof consolidate>[1],
  parts: readonly { name: string; data: Uint8Array }[],
): Promise<void> {
  // The user's file: written by the patching writer, with parts of its own we do not model.
  const file = withParts(patchXlsxBytes(blankXlsxBytes(), planWriting(mutated)).bytes, parts);
  const before = await readSnapshotFromZip(Buffer.from(file));
  const initPlan = buildInitPlan(before, {
    tahun: 2017,
    unit: 'Kecamatan Pasrujambe',
    sample: SAMPLE_PASRUJAMBE_2017,
  });
  const afterInit = patchXlsxBytes(file, initPlan).bytes;
  const initialised = await readSnapshotFromZip(Buffer.from(afterInit));
  expect(lostCells(before, initialised)).toEqual([]);

  const result = consolidate(initialised, sources, '2018-01-15T09:30:00');
  const afterConsolidate = patchXlsxBytes(afterInit, result.plan).bytes;
  const consolidated = await readSnapshotFromZip(Buffer.from(afterConsolidate));
  expect(lostCells(initialised, consolidated, consolidationMayChange(initialised, result))).toEqual([]);
  // Every part we do not own is still there, byte for byte.
  const kept = unzipSync(afterConsolidate);
  for (const p of parts)
    expect({
      part: p.name,
      same: Buffer.from(kept[p.name] ?? []).equals(Buffer.from(p.data)) && kept[p.name] !== undefined,
    }).toEqual({ part: p.name, same: true });
}

describe('fuzz: init and consolidate through the patching writer, with parts we do not model', () => {
  const sample = sampleTracker();

  test(`the sample mutated, with random unknown parts, upgraded and consolidated (seed ${FUZZ.roundTrip.seed}, ${FUZZ.roundTrip.numRuns} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample(sample), formatsFor(sample), unknownParts, patchedRoundTrip),
      FUZZ.roundTrip,
    );
  }, 120_000);
});
