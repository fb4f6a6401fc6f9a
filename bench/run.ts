/**
 * `npm run bench` (`tsx bench/run.ts [--quick]`): performance figures, one line each as
 * `name: value unit`. Every figure is the median of several runs, after one warm-up run.
 *
 * - core.validate.large.seconds: validateTracker on a synthetic tracker (the 14 document
 *   sheets and Data Kinerja with 20,000 rows each; 2,000 with --quick), from the snapshot.
 * - core.validate.large.cpu_seconds: the same, as CPU time (steadier on a busy machine).
 * - exceljs.stream.large.seconds: exceljs's streaming reader reading every row of the same
 *   tracker as an .xlsx file (shared strings and styles cached, so dates stay dates).
 * - core.validate.large.ratio_to_exceljs_stream: the first over the third.
 *
 * Context (rows, findings, file size, machine load) goes to stderr.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { validateTracker } from '../src/core/validate/validate';
import { syntheticTracker, writeSnapshotXlsx } from './synthetic';

const quick = process.argv.includes('--quick');
const ROWS = quick ? 2_000 : 20_000;
const CORE_RUNS = 5;
const STREAM_RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function figure(name: string, value: number, unit: string): void {
  const digits = value >= 100 ? 1 : value >= 1 ? 2 : 3;
  process.stdout.write(`${name}: ${value.toFixed(digits)} ${unit}\n`);
}

function note(text: string): void {
  process.stderr.write(`# ${text}\n`);
}

/** Wall and CPU seconds of a synchronous call. */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** Reads every row of every sheet with exceljs's streaming reader; returns the number of rows. */
async function streamRead(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      cells += row.cellCount;
    }
  }
  return cells >= 0 ? rows : 0;
}

async function main(): Promise<void> {
  note(
    `LAKIP Tracker benchmark${quick ? ' (--quick)' : ''}: ${ROWS.toLocaleString('en')} rows per large sheet`,
  );
  const tracker = syntheticTracker({ rows: ROWS });
  note(
    `synthetic tracker: ${tracker.snapshot.sheets.length} sheets, ${tracker.largeSheets} with ${ROWS} rows, ${tracker.dataRows} data rows`,
  );

  const warm = validateTracker(tracker.snapshot);
  note(`validation: ${warm.errors} errors, ${warm.warnings} warnings (${JSON.stringify(warm.counts)})`);
  const core = Array.from({ length: CORE_RUNS }, () => timed(() => validateTracker(tracker.snapshot)));

  const dir = mkdtempSync(path.join(os.tmpdir(), 'lakip-bench-'));
  try {
    const file = path.join(dir, 'synthetic-tracker.xlsx');
    await writeSnapshotXlsx(tracker.snapshot, file);
    note(`xlsx: ${(statSync(file).size / 1e6).toFixed(1)} MB in a temporary folder`);
    const rowsRead = await streamRead(file); // warm-up
    note(`exceljs stream reader: ${rowsRead} rows per read`);
    const stream: number[] = [];
    for (let i = 0; i < STREAM_RUNS; i++) {
      const t0 = performance.now();
      await streamRead(file);
      stream.push((performance.now() - t0) / 1000);
    }
    const coreWall = median(core.map((c) => c.wall));
    const streamWall = median(stream);
    figure('core.validate.large.seconds', coreWall, 's');
    figure('core.validate.large.cpu_seconds', median(core.map((c) => c.cpu)), 's');
    figure('exceljs.stream.large.seconds', streamWall, 's');
    figure('core.validate.large.ratio_to_exceljs_stream', coreWall / streamWall, 'x');
    note(
      `runs: core ${core.map((c) => c.wall.toFixed(3)).join(', ')} s; stream ${stream.map((s) => s.toFixed(2)).join(', ')} s`,
    );
    note(
      `load average (1 min) at the end: ${os.loadavg()[0]?.toFixed(2) ?? '?'} on ${os.cpus().length} CPUs`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
