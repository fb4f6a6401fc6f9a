import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectWorkbookBytes } from '../../core/guard/input-guard';
import { buildInitPlan } from '../../core/init/init-plan';
import { blankXlsxBytes, concatPlans, patchXlsxBytes } from './patch-save';
import { readSnapshotFromZip } from './stream-read';

const GRAFIK = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'real-world', 'grafik.xlsx');

describe('patchXlsxBytes', () => {
  test('never changes the bytes it is given, also a Node Buffer (whose slice() is a view)', async () => {
    const input = readFileSync(GRAFIK);
    const copy = Buffer.from(input);
    const plan = buildInitPlan(await readSnapshotFromZip(input), { tahun: 2024 });
    const out = patchXlsxBytes(input, plan);
    expect(out.changed).toBe(true);
    expect(input.equals(copy)).toBe(true);
    expect(inspectWorkbookBytes(input).ok).toBe(true);
    expect(inspectWorkbookBytes(out.bytes).ok).toBe(true);
    expect(out.sheetsCreated).toEqual(expect.arrayContaining(['Pengaturan', 'PK', 'Data Kinerja']));
  });

  test('a plan with nothing to do gives the same bytes back, unchanged', () => {
    const input = readFileSync(GRAFIK);
    const out = patchXlsxBytes(input, { ops: [], notes: [] });
    expect(out).toEqual({ bytes: input, sheetsCreated: [], sheetsChanged: [], changed: false });
  });
});

test('blankXlsxBytes: a workbook the guard passes, with no sheet yet', async () => {
  const bytes = blankXlsxBytes({ now: new Date(Date.UTC(2026, 11, 2)) });
  expect(inspectWorkbookBytes(bytes).ok).toBe(true);
  expect((await readSnapshotFromZip(Buffer.from(bytes))).sheets).toEqual([]);
});

test('concatPlans keeps the order of the ops and the notes', () => {
  const a = { ops: [{ op: 'ensureSheet', sheet: 'A' }] as const, notes: ['a'] };
  const b = { ops: [{ op: 'ensureSheet', sheet: 'B' }] as const, notes: ['b'] };
  expect(concatPlans(a, b)).toEqual({
    ops: [
      { op: 'ensureSheet', sheet: 'A' },
      { op: 'ensureSheet', sheet: 'B' },
    ],
    notes: ['a', 'b'],
  });
});
