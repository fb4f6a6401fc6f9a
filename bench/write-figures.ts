/**
 * The write figures (issue #10): every CLI command that saves a workbook, run as users run it
 * (the compiled CLI in a process of its own) on a fresh copy of the large synthetic tracker,
 * with its wall time, its peak memory and their ratios to exceljs's streaming reader (time and
 * memory) and to the zip copy (the floor for any command that rewrites a file).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { patchXlsxBytes } from '../src/adapters/xlsx/patch-save';
import { readSnapshotStreaming } from '../src/adapters/xlsx/stream-read';
import type { WritePlan } from '../src/core/plan/plan';
import { normaliseSheetName } from '../src/core/snapshot';
import type { ChildRun } from './measure';

export interface WriteCommand {
  /** The figure's name part: `cli.NAME.large.…`. */
  readonly name: string;
  /** The CLI's arguments; `TRACKER` stands for the fresh copy, `DIR` for the folder. */
  readonly args: readonly string[];
  readonly okCodes: readonly number[];
}

export const WRITE_COMMANDS: readonly WriteCommand[] = [
  { name: 'init', args: ['init', 'TRACKER'], okCodes: [0] },
  { name: 'report', args: ['validate', 'TRACKER', '--report'], okCodes: [0, 1] },
  // Exit 1: written, as DRAF (the synthetic tracker has a defect in one row in a thousand).
  { name: 'export', args: ['export', 'TRACKER'], okCodes: [0, 1] },
  { name: 'export_o', args: ['export', 'TRACKER', '-o', 'DIR/lakip-out.xlsx', '--force'], okCodes: [0, 1] },
  { name: 'consolidate', args: ['consolidate', 'TRACKER', 'DIR/format-PERKEU.xlsx'], okCodes: [0, 1] },
];

/**
 * A bagian's filled format for the consolidate figure: `lakip format --bagian PERKEU` of the
 * tracker (made by the caller with the CLI), every realisasi cell of its Data Kinerja rows
 * filled with a new value, so consolidation rewrites each of those rows in the tracker.
 */
export async function fillFormat(file: string): Promise<number> {
  const snapshot = await readSnapshotStreaming(file);
  const sheet = snapshot.sheets.find(
    (s) => normaliseSheetName(s.name) === normaliseSheetName('Data Kinerja'),
  );
  if (sheet === undefined) throw new Error('the format has no Data Kinerja sheet');
  const label = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s*\*$/, '').trim() : '');
  const headerIndex = sheet.rows.findIndex((row) => row.some((v) => label(v) === 'Kode Indikator'));
  const header = sheet.rows[headerIndex] ?? [];
  const kodeCol = header.findIndex((v) => label(v) === 'Kode Indikator');
  const quarterCols = header.flatMap((v, i) => (/^Realisasi TW (I|II|III|IV)$/.test(label(v)) ? [i] : []));
  if (quarterCols.length !== 4) throw new Error('the format has no four realisasi columns');
  const ops: WritePlan['ops'][number][] = [];
  let rows = 0;
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    if (typeof sheet.rows[r]?.[kodeCol] !== 'string') continue;
    rows++;
    for (const [q, col] of quarterCols.entries()) {
      ops.push({
        op: 'setValues',
        sheet: sheet.name,
        row: r + 1,
        col: col + 1,
        values: [[10 + q + (r % 7)]],
      });
    }
  }
  writeFileSync(file, patchXlsxBytes(readFileSync(file), { ops, notes: [] }).bytes);
  return rows;
}

/** The arguments of one run, on a fresh copy of `tracker` in `dir`. */
export function argsFor(command: WriteCommand, cliMain: string, tracker: string, dir: string): string[] {
  const copy = path.join(dir, `write-${command.name}.xlsx`);
  copyFileSync(tracker, copy);
  return [
    cliMain,
    ...command.args.map((a) =>
      a === 'TRACKER' ? copy : a.startsWith('DIR/') ? path.join(dir, a.slice(4)) : a,
    ),
  ];
}

export interface WriteFigure {
  readonly name: string;
  readonly run: ChildRun;
}
