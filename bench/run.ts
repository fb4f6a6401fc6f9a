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
 * - sax.floor.large.seconds: the floor under any reader — the sheets and shared strings of
 *   the same file inflated with zlib and run through a SAX parser that only counts elements.
 * - zip.copy.large.seconds: the patching writer's zip half (src/adapters/xlsx/package/zip.ts)
 *   on the same file: the guard, every entry's raw bytes, and the package written back with no
 *   changes (every entry copied as its original bytes).
 * - zip.copy.inflate.large.seconds: the same, but every entry inflated (length and CRC
 *   checked) and deflated again, as a writer that regenerates every part would.
 * - cli.validate.large.seconds / .peak_rss_mb: the real CLI, compiled as users run it, in a
 *   process of its own: `node …/cli/main.js validate FILE --json` (wall time from start to
 *   exit, peak resident memory); its ratios to the exceljs stream reader and to the floor.
 * - exceljs.stream.large.peak_rss_mb: the stream reader's peak memory in a process of its
 *   own (bench/exceljs-stream-child.cjs), to hold the CLI's memory against;
 *   cli.validate.large.rss_ratio_to_exceljs_stream the first over it.
 * - office.validate.syncs / office.init.syncs / office.export.syncs / office.maxBatchBytes:
 *   the Office adapter on the recording fake (test/office-fake/measure.ts) at the scale its
 *   budgets are set for, 14 sheets × 5,000 rows: one read (validate), one write of every
 *   cell (init), a read and a write (export); its largest batch.
 * - cli.{init,report,export,export_o,consolidate}.large.seconds / .peak_rss_mb: every CLI
 *   command that saves a workbook (init with nothing to add, validate --report, export into
 *   the tracker, export -o, consolidate of a filled PERKEU format) on a fresh copy of the same
 *   tracker, through the patching writer; each with its ratio to the exceljs stream reader's
 *   time (ratio_to_exceljs_stream) and memory (rss_ratio_to_exceljs_stream) and to the zip
 *   copy (ratio_to_zip_copy), the floor for any command that rewrites a file.
 * - cli.rekap.seconds / .peak_rss_mb: `lakip rekap OUT FOLDER` of 100 generated trackers of the
 *   demo's size (20 with --quick; bench/rekap-figures.ts), the compiled CLI in a process of its
 *   own; cli.rekap.small.seconds / .peak_rss_mb the same for 5 trackers, and
 *   cli.rekap.per_tracker_seconds = (the first − the small one) ÷ the trackers between them:
 *   the time each tracker beyond the first adds (target under 0.1 s), memory flat in the count.
 * - taskpane.initial_js_gzip_kb: the JavaScript taskpane.html loads first, gzipped, from a
 *   production build (dist/ when it is fresh, else a build into a temporary folder).
 *
 * `--only rekap` prints the cli.rekap figures alone.
 *
 * Medians of several runs (one with --quick for the child processes). Context (rows,
 * findings, file size, machine load, every run) goes to stderr.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { validateTracker } from '../src/core/validate/validate';
import { measureOfficeBudgets } from '../test/office-fake/measure';
import {
  compileCli,
  initialJsGzip,
  ROOT,
  runNode,
  saxFloor,
  taskpaneBuild,
  zipCopy,
  type ChildRun,
} from './measure';
import { syntheticTracker, writeSnapshotXlsx } from './synthetic';
import { copyFirstTrackers, writeRekapTrackers } from './rekap-figures';
import { argsFor, fillFormat, WRITE_COMMANDS } from './write-figures';

const quick = process.argv.includes('--quick');
/** `--only rekap`: only that group of figures. */
const only = ((i) => (i < 0 ? undefined : process.argv[i + 1]))(process.argv.indexOf('--only'));
const ROWS = quick ? 2_000 : 20_000;
const CORE_RUNS = 5;
const STREAM_RUNS = 3;
/** Runs of the CLI and the reference reader in child processes, and of the floor. */
const PROCESS_RUNS = quick ? 1 : 3;
/** The scale the Office adapter's sync budgets are set for (test/office-fake/measure.test.ts). */
const OFFICE_ROWS = 5_000;
/** Trackers of the demo's size for the rekap figures, and the handful they are held against. */
const REKAP_TRACKERS = quick ? 20 : 100;
const REKAP_SMALL = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function figure(name: string, value: number, unit: string): void {
  const digits = value >= 100 ? 1 : value >= 1 ? 2 : 3;
  process.stdout.write(`${name}: ${value.toFixed(digits)} ${unit}\n`);
}

/** A count (syncs, bytes): a whole number. */
function count(name: string, value: number, unit: string): void {
  process.stdout.write(`${name}: ${Math.round(value)} ${unit}\n`);
}

/** Runs a child `PROCESS_RUNS` times; the median time and the median peak memory. */
async function childMedians(
  label: string,
  args: readonly string[],
  okCodes: readonly number[],
): Promise<ChildRun> {
  const runs: ChildRun[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const run = await runNode(args);
    if (run.code === null || !okCodes.includes(run.code)) {
      throw new Error(`${label} exited with ${String(run.code)}: ${run.stderr.slice(-2000)}`);
    }
    runs.push(run);
  }
  note(
    `runs: ${label} ${runs.map((r) => `${r.seconds.toFixed(2)} s / ${r.peakRssMb.toFixed(0)} MB`).join(', ')}`,
  );
  return {
    seconds: median(runs.map((r) => r.seconds)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    code: 0,
    stderr: '',
  };
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

/** `lakip rekap`: many trackers of the demo's size, against a handful (the compiled CLI in `cliMain`). */
async function rekapFigures(cliMain: string, dir: string): Promise<void> {
  // lakip rekap: many trackers of the demo's size, against a handful.
  const many = writeRekapTrackers(path.join(dir, 'rekap-many'), REKAP_TRACKERS);
  const few = copyFirstTrackers(many, path.join(dir, 'rekap-few'), REKAP_SMALL);
  const rekapMany = await childMedians(
    `cli rekap ${REKAP_TRACKERS}`,
    [cliMain, 'rekap', path.join(dir, 'rekap-many.xlsx'), many, '--force'],
    [0],
  );
  const rekapFew = await childMedians(
    `cli rekap ${REKAP_SMALL}`,
    [cliMain, 'rekap', path.join(dir, 'rekap-few.xlsx'), few, '--force'],
    [0],
  );
  figure('cli.rekap.seconds', rekapMany.seconds, 's');
  figure('cli.rekap.peak_rss_mb', rekapMany.peakRssMb, 'MB');
  figure('cli.rekap.small.seconds', rekapFew.seconds, 's');
  figure('cli.rekap.small.peak_rss_mb', rekapFew.peakRssMb, 'MB');
  figure(
    'cli.rekap.per_tracker_seconds',
    (rekapMany.seconds - rekapFew.seconds) / (REKAP_TRACKERS - REKAP_SMALL),
    's',
  );
  note(`rekap: ${REKAP_TRACKERS} and ${REKAP_SMALL} trackers of the demo's size`);
}

async function main(): Promise<void> {
  if (only === 'rekap') {
    // `--only rekap`: the rekap figures alone (about two minutes), not the whole bench.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lakip-bench-'));
    try {
      await rekapFigures(compileCli(path.join(dir, 'cli-dist')), dir);
      note(
        `load average (1 min) at the end: ${os.loadavg()[0]?.toFixed(2) ?? '?'} on ${os.cpus().length} CPUs`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
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

    // The floor, in this process like the stream reader above.
    const elements = saxFloor(file); // warm-up
    note(`sax floor: ${elements} elements per pass`);
    const floor: number[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      const t0 = performance.now();
      saxFloor(file);
      floor.push((performance.now() - t0) / 1000);
    }
    const floorWall = median(floor);
    figure('sax.floor.large.seconds', floorWall, 's');
    note(`runs: floor ${floor.map((s) => s.toFixed(2)).join(', ')} s`);

    // The zip half of the patching writer: copying the package, and inflating + deflating it.
    let zipCopyWall = Number.NaN;
    for (const [label, inflate] of [
      ['zip.copy.large.seconds', false],
      ['zip.copy.inflate.large.seconds', true],
    ] as const) {
      const written = zipCopy(file, inflate); // warm-up
      const runs: number[] = [];
      for (let i = 0; i < PROCESS_RUNS; i++) {
        const t0 = performance.now();
        zipCopy(file, inflate);
        runs.push((performance.now() - t0) / 1000);
      }
      figure(label, median(runs), 's');
      if (!inflate) zipCopyWall = median(runs);
      note(
        `runs: ${label} ${runs.map((s) => s.toFixed(3)).join(', ')} s; ${(written / 1e6).toFixed(1)} MB written`,
      );
    }

    // The real CLI, as users run it, against the reference reader, each in a process of its own.
    const cliMain = compileCli(path.join(dir, 'cli-dist'));
    const cli = await childMedians('cli validate', [cliMain, 'validate', file, '--json'], [0, 1]);
    const reference = await childMedians(
      'exceljs stream (child)',
      [path.join(ROOT, 'bench', 'exceljs-stream-child.cjs'), file],
      [0],
    );
    figure('cli.validate.large.seconds', cli.seconds, 's');
    figure('cli.validate.large.ratio_to_exceljs_stream', cli.seconds / streamWall, 'x');
    figure('cli.validate.large.ratio_to_floor', cli.seconds / floorWall, 'x');
    figure('cli.validate.large.peak_rss_mb', cli.peakRssMb, 'MB');
    figure('exceljs.stream.large.peak_rss_mb', reference.peakRssMb, 'MB');
    figure('cli.validate.large.rss_ratio_to_exceljs_stream', cli.peakRssMb / reference.peakRssMb, 'x');
    note(`exceljs stream reader in its own process: ${reference.seconds.toFixed(2)} s (start-up included)`);

    // Every command that saves a workbook (the patching writer), on a fresh copy each run.
    const format = await runNode([
      cliMain,
      'format',
      file,
      '--bagian',
      'PERKEU',
      '-o',
      path.join(dir, 'format-PERKEU.xlsx'),
    ]);
    if (format.code !== 0)
      throw new Error(`lakip format exited with ${String(format.code)}: ${format.stderr.slice(-2000)}`);
    note(
      `consolidate: a PERKEU format with ${await fillFormat(path.join(dir, 'format-PERKEU.xlsx'))} filled rows`,
    );
    for (const command of WRITE_COMMANDS) {
      const runs: ChildRun[] = [];
      for (let i = 0; i < PROCESS_RUNS; i++) {
        const run = await runNode(argsFor(command, cliMain, file, dir));
        if (run.code === null || !command.okCodes.includes(run.code)) {
          throw new Error(`cli ${command.name} exited with ${String(run.code)}: ${run.stderr.slice(-2000)}`);
        }
        runs.push(run);
      }
      note(
        `runs: cli ${command.name} ${runs.map((r) => `${r.seconds.toFixed(2)} s / ${r.peakRssMb.toFixed(0)} MB`).join(', ')}`,
      );
      const seconds = median(runs.map((r) => r.seconds));
      const rss = median(runs.map((r) => r.peakRssMb));
      figure(`cli.${command.name}.large.seconds`, seconds, 's');
      figure(`cli.${command.name}.large.peak_rss_mb`, rss, 'MB');
      figure(`cli.${command.name}.large.ratio_to_exceljs_stream`, seconds / streamWall, 'x');
      figure(`cli.${command.name}.large.rss_ratio_to_exceljs_stream`, rss / reference.peakRssMb, 'x');
      figure(`cli.${command.name}.large.ratio_to_zip_copy`, seconds / zipCopyWall, 'x');
    }

    await rekapFigures(cliMain, dir);

    // The Office adapter on the recording fake.
    const office = await measureOfficeBudgets(OFFICE_ROWS);
    note(`office (fake, 14 × ${OFFICE_ROWS} rows): ${JSON.stringify(office)}`);
    count('office.validate.syncs', office.readSyncs, 'syncs');
    count('office.init.syncs', office.applySyncs, 'syncs');
    count('office.export.syncs', office.readSyncs + office.applySyncs, 'syncs');
    count('office.maxBatchBytes', office.maxBatchBytes, 'bytes');

    // The task pane's first download.
    const build = taskpaneBuild(path.join(dir, 'taskpane-dist'));
    const initial = initialJsGzip(build.dir);
    note(
      `task pane: ${build.built ? 'built now' : 'dist/ is fresh'}; initial JS: ${initial.files.join(', ')}`,
    );
    figure('taskpane.initial_js_gzip_kb', initial.kb, 'KB');
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
