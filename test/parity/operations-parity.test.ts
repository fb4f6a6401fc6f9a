/**
 * Parity of the operations across the two front ends: each workbook is saved as an .xlsx file,
 * read the CLI's way (the stream reader over the file, as every command reads) and the task
 * pane's way (the browser port over the same bytes, with the real xlsx engine), and every
 * operation must give the same result object from both snapshots. The bagian format is checked
 * as a format in both, with the same exact galat count.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blankXlsxBytes, patchXlsxBytes } from '../../src/adapters/xlsx/patch-save';
import { readSnapshotStreaming } from '../../src/adapters/xlsx/stream-read';
import { fillFormat, sampleValues, setCell } from '../../src/core/consolidate/fixtures.test-helper';
import { checkWorkbook, wasChecked } from '../../src/core/operations/check';
import { consolidateFormats } from '../../src/core/operations/consolidate-formats';
import { exportLakip } from '../../src/core/operations/export-lakip';
import { makeFormats } from '../../src/core/operations/make-formats';
import { prepareTracker } from '../../src/core/operations/prepare-tracker';
import { markSopStep, sopSteps } from '../../src/core/operations/sop';
import { workbookStatus } from '../../src/core/operations/status';
import type { WriteOp, WritePlan } from '../../src/core/plan/plan';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { openBrowserWorkbook } from '../../src/taskpane/browser-port';
import {
  blankFormat,
  newTracker,
  sampleTracker,
  trackerWithFindings,
} from '../../src/taskpane/testing/fixtures';
import { xlsxEngine } from '../../src/taskpane/xlsx-engine-impl';

/** A snapshot as a plan for a new workbook: every sheet, every row as it is. */
function planOf(wb: WorkbookSnapshot): WritePlan {
  const ops: WriteOp[] = [];
  for (const sheet of wb.sheets) {
    ops.push({ op: 'ensureSheet', sheet: sheet.name });
    sheet.rows.forEach((row, i) => {
      if (row.length > 0) ops.push({ op: 'setValues', sheet: sheet.name, row: i + 1, col: 1, values: [row] });
    });
  }
  return { ops, notes: [] };
}

const filledFormat = (): WorkbookSnapshot => fillFormat(blankFormat(), sampleValues());
/** The filled format (one indicator, row 6) with two mistakes: Realisasi TW I and TW II typed as words. */
const formatWithMistakes = (): WorkbookSnapshot =>
  setCell(setCell(filledFormat(), 'Data Kinerja', 6, 8, 'tiga puluh'), 'Data Kinerja', 6, 9, 'dua');

const WORKBOOKS: readonly (readonly [string, () => WorkbookSnapshot])[] = [
  ['sample', sampleTracker],
  ['planted-defects tracker', trackerWithFindings],
  ['bagian format', filledFormat],
  ['format with mistakes', formatWithMistakes],
  ['empty tracker', newTracker],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-parity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The snapshot each front end reads from the same file. */
async function bothReads(
  name: string,
  wb: WorkbookSnapshot,
): Promise<{ cli: WorkbookSnapshot; pane: WorkbookSnapshot }> {
  const bytes = patchXlsxBytes(blankXlsxBytes(), planOf(wb)).bytes;
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
  writeFileSync(file, bytes);
  const cli = await readSnapshotStreaming(file);
  const port = await openBrowserWorkbook(path.basename(file), bytes, {
    engine: () => Promise.resolve(xlsxEngine),
  });
  return { cli, pane: await port.readSnapshot() };
}

const MADE = '2018-01-10T08:00:00';

/** Every operation on one snapshot; a thrown LakipError is part of the answer. */
function everyOperation(wb: WorkbookSnapshot, format: WorkbookSnapshot): Record<string, unknown> {
  const attempt = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      return { threw: e instanceof Error ? e.message : String(e) };
    }
  };
  return {
    check: attempt(() => checkWorkbook(wb, { temuan: true })),
    status: attempt(() => workbookStatus(wb)),
    exportTracker: attempt(() => exportLakip(wb, { into: 'tracker' })),
    exportNew: attempt(() => exportLakip(wb, { into: 'new' })),
    formatsFiles: attempt(() => makeFormats(wb, { made: MADE, into: 'files' })),
    formatsSheets: attempt(() => makeFormats(wb, { made: MADE, into: 'sheets' })),
    consolidate: attempt(() =>
      consolidateFormats(wb, [{ name: 'format-PMD.xlsx', snapshot: format }], {
        importedAt: MADE,
        markStep3: true,
      }),
    ),
    prepare: attempt(() => prepareTracker(wb, { currentYear: 2018 })),
    sopSteps: attempt(() => sopSteps(wb)),
    markSopStep: attempt(() => markSopStep(wb, 1, { status: 'Selesai', tanggalSelesai: '2018-01-05' })),
  };
}

describe.each(WORKBOOKS)('%s', (name, make) => {
  test('every operation gives the same result from the CLI read and the pane read', async () => {
    const { cli, pane } = await bothReads(name, make());
    const format = await bothReads(`${name}-source`, filledFormat());
    // Each of the five is something to check (a tracker or a format), never refused as neither.
    expect(checkWorkbook(cli).workbook.kind).toBe(/format/.test(name) ? 'format' : 'tracker');
    expect(everyOperation(pane, format.pane)).toEqual(everyOperation(cli, format.cli));
  });
});

test('a bagian format: checked as a format with the same galat count by both front ends', async () => {
  const { cli, pane } = await bothReads('format-count', formatWithMistakes());
  const counts = [cli, pane].map((wb) => {
    const c = checkWorkbook(wb);
    if (!wasChecked(c)) throw new Error('not checked');
    return { kind: c.workbook.kind, errors: c.result.errors, missing: c.result.counts['sheet/missing'] ?? 0 };
  });
  expect(counts).toEqual([
    { kind: 'format', errors: 2, missing: 0 },
    { kind: 'format', errors: 2, missing: 0 },
  ]);
});
