/**
 * "Nothing lost" (issue #10): every command that writes a file must keep what it does not
 * write. For each workbook of test/fixtures/real-world/ (a chart, a pivot table, a table,
 * comments and an image, conditional formats, printer settings, an external link, hidden
 * sheets, a LibreOffice file, a sheet under its own part name, a user's own "PK"), a copy goes
 * through `lakip init`, `lakip validate --report` and `lakip export` in process; then:
 *
 * - every part of the original package is still there with the same bytes (inflated; whether
 *   the stored, compressed bytes are identical too is reported), except the package-level parts
 *   a save may rewrite (MAY_CHANGE) and the sheets the commands wrote into (our tracker sheets);
 * - the user's cells read back the same (the streaming reader);
 * - a sheet we wrote into keeps its other XML (conditional formats, extLst, protection, print
 *   setup, drawings …), its validations and its relationships;
 * - LibreOffice opens every result (skipped when soffice is absent);
 * - a save that fails half-way leaves the original byte for byte.
 *
 * Run: npx jest test/keep/keep-parts.test.ts
 * With KEEP_PARTS_TABLE=1 the per-fixture counts (kept, kept with the same compressed bytes,
 * rewritten, lost) are printed as a Markdown table.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSnapshotFromZip } from '../../src/adapters/xlsx/stream-read';
import { runCliIn } from '../../src/cli/test-io';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { LAKIP_SHEETS } from '../../src/core/lakip/tables';
import { sheetsTouched } from '../../src/core/plan/plan';
import { LISTS_SHEET, TEMUAN_SHEET } from '../../src/core/schema/registry';
import { isEmptyCell, normaliseSheetName, type WorkbookSnapshot } from '../../src/core/snapshot';
import {
  readParts,
  relationships,
  relsPartOf,
  resolveTarget,
  sameBytes,
  sheetsOf,
  text,
  topElements,
  type Part,
} from './package-view';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'real-world');
const NAMES = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.xlsx'))
  .sort();

/** Package-level parts a save may rewrite or (calcChain) drop. */
const MAY_CHANGE = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'docProps/app.xml',
  'docProps/core.xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'xl/calcChain.xml',
]);

/**
 * Children of a worksheet that a writer may change in a sheet it writes into: the cells and
 * what describes them. Every other child (conditionalFormatting, sheetProtection, printOptions,
 * pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, drawing, legacyDrawing,
 * tableParts, extLst …) must stay as written; dataValidations keep each of their own.
 */
const WRITER_OWNS = new Set([
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'mergeCells',
  'autoFilter',
  'dataValidations',
]);

const INIT_ARGS = ['--tahun', '2023', '--unit', 'Kecamatan Pasrujambe', '--kabupaten', 'Lumajang'];

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

interface Tally {
  fixture: string;
  parts: number;
  checked: number;
  kept: number;
  keptStored: number;
  rewritten: string[];
  lost: string[];
}

const tallies: Tally[] = [];
let work: string;
const results = new Map<string, string>();

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lakip-keep-'));
});
afterAll(() => {
  if (process.env.KEEP_PARTS_TABLE) {
    const lines = [
      '| fixture | parts | checked | kept (same bytes) | same stored bytes | rewritten | lost |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...tallies.map(
        (t) =>
          `| ${t.fixture} | ${t.parts} | ${t.checked} | ${t.kept} | ${t.keptStored} | ${t.rewritten.length} | ${t.lost.length} |`,
      ),
      '',
      ...tallies.map(
        (t) => `${t.fixture}: rewritten ${t.rewritten.join(', ') || '-'}; lost ${t.lost.join(', ') || '-'}`,
      ),
    ];
    console.log(lines.join('\n'));
  }
  rmSync(work, { recursive: true, force: true });
});

/** The sheets the three commands write into, by normalised name: what init plans, Temuan, LAKIP …, the lists. */
function sheetsWritten(original: WorkbookSnapshot): Set<string> {
  const plan = buildInitPlan(original, { tahun: 2023, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang' });
  return new Set(
    [...sheetsTouched(plan), TEMUAN_SHEET, LISTS_SHEET, ...LAKIP_SHEETS].map(normaliseSheetName),
  );
}

/** Runs init, validate --report and export on a copy; returns the copy's path. */
async function throughTheCommands(fixture: string): Promise<string> {
  const dir = mkdtempSync(path.join(work, `${path.basename(fixture, '.xlsx')}-`));
  const file = path.join(dir, fixture);
  copyFileSync(path.join(FIXTURES, fixture), file);
  const init = await runCliIn(dir, ['init', fixture, ...INIT_ARGS]);
  expect({ step: 'init', code: init.code, err: init.err }).toEqual({ step: 'init', code: 0, err: [] });
  const validate = await runCliIn(dir, ['validate', fixture, '--report']);
  expect({ step: 'validate', ok: validate.code === 0 || validate.code === 1, err: validate.err }).toEqual({
    step: 'validate',
    ok: true,
    err: [],
  });
  // Exit 1: the tables were written and marked DRAF, since a new tracker still has galat.
  const exported = await runCliIn(dir, ['export', fixture]);
  expect({ step: 'export', ok: exported.code === 0 || exported.code === 1, err: exported.err }).toEqual({
    step: 'export',
    ok: true,
    err: [],
  });
  return file;
}

describe.each(NAMES)('%s', (fixture) => {
  const originalBytes = readFileSync(path.join(FIXTURES, fixture));
  const original = readParts(originalBytes);
  let after: Map<string, Part>;
  let originalSnap: WorkbookSnapshot;
  let afterSnap: WorkbookSnapshot;
  let written: Set<string>;
  /** Worksheet parts (and their rels) of the original sheets that the commands write into. */
  const ours = new Set<string>();

  beforeAll(async () => {
    originalSnap = await readSnapshotFromZip(originalBytes);
    written = sheetsWritten(originalSnap);
    for (const s of sheetsOf(original)) {
      if (s.part !== undefined && written.has(normaliseSheetName(s.name))) {
        ours.add(s.part);
        ours.add(relsPartOf(s.part));
      }
    }
    const file = await throughTheCommands(fixture);
    results.set(fixture, file);
    const bytes = readFileSync(file);
    after = readParts(bytes);
    afterSnap = await readSnapshotFromZip(bytes);
  });

  test('every part of the original is kept byte for byte', () => {
    const tally: Tally = {
      fixture,
      parts: original.size,
      checked: 0,
      kept: 0,
      keptStored: 0,
      rewritten: [],
      lost: [],
    };
    for (const [name, part] of original) {
      if (MAY_CHANGE.has(name) || ours.has(name)) continue;
      tally.checked++;
      const now = after.get(name);
      if (now === undefined) tally.lost.push(name);
      else if (!sameBytes(now.inflated, part.inflated)) tally.rewritten.push(name);
      else {
        tally.kept++;
        if (now.method === part.method && sameBytes(now.stored, part.stored)) tally.keptStored++;
      }
    }
    tallies.push(tally);
    expect({ rewritten: tally.rewritten, lost: tally.lost }).toEqual({ rewritten: [], lost: [] });
  });

  test("the user's sheets read back the same, in the same state", () => {
    const problems: string[] = [];
    const byName = new Map(afterSnap.sheets.map((s) => [normaliseSheetName(s.name), s]));
    for (const sheet of originalSnap.sheets) {
      const key = normaliseSheetName(sheet.name);
      const now = byName.get(key);
      if (now === undefined) {
        problems.push(`${sheet.name}: sheet hilang`);
        continue;
      }
      if ((now.hidden === true) !== (sheet.hidden === true)) problems.push(`${sheet.name}: hidden berubah`);
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          // A tracker sheet init upgraded may gain cells; every cell the user typed is unchanged.
          if (isEmptyCell(cell) && written.has(key)) return;
          const v = now.rows[r]?.[c] ?? null;
          if (JSON.stringify(v) !== JSON.stringify(cell ?? null))
            problems.push(`${sheet.name}!R${r + 1}C${c + 1}: ${JSON.stringify(cell)} → ${JSON.stringify(v)}`);
        }),
      );
      if (!written.has(key) && now.rows.length !== sheet.rows.length)
        problems.push(`${sheet.name}: ${sheet.rows.length} baris → ${now.rows.length}`);
    }
    // A very hidden sheet stays very hidden (the snapshot knows only "hidden").
    const states = new Map(sheetsOf(after).map((s) => [s.name, s.state]));
    for (const s of sheetsOf(original))
      if (states.has(s.name) && states.get(s.name) !== s.state)
        problems.push(`${s.name}: state ${s.state} → ${String(states.get(s.name))}`);
    expect(problems).toEqual([]);
  });

  test('a sheet we write into keeps its other XML, validations and relationships', () => {
    const problems: string[] = [];
    const afterParts = new Map(sheetsOf(after).map((s) => [s.name, s.part]));
    for (const s of sheetsOf(original)) {
      if (s.part === undefined || !ours.has(s.part)) continue;
      const part = afterParts.get(s.name);
      if (part === undefined) {
        problems.push(`${s.name}: sheet hilang`);
        continue;
      }
      const now = topElements(text(after.get(part)));
      for (const el of topElements(text(original.get(s.part)))) {
        if (el.name === 'dataValidations') {
          const kept = now
            .filter((e) => e.name === 'dataValidations')
            .flatMap((e) => e.children.map((c) => c.xml));
          for (const v of el.children)
            if (!kept.includes(v.xml)) problems.push(`${s.name}: dataValidation diubah/hilang: ${v.xml}`);
          continue;
        }
        if (WRITER_OWNS.has(el.name)) continue;
        if (!now.some((e) => e.xml === el.xml)) problems.push(`${s.name}: <${el.name}> diubah/hilang`);
      }
      // Every relationship the sheet had is still there, pointing at a part that exists.
      const relsNow = relationships(text(after.get(relsPartOf(part))));
      for (const r of relationships(text(original.get(relsPartOf(s.part))))) {
        const same = relsNow.find((x) => x.id === r.id);
        if (same?.type !== r.type || same.target !== r.target)
          problems.push(`${s.name}: relasi ${r.id} (${r.target}) diubah/hilang`);
        else if (!r.external && !after.has(resolveTarget(part, r.target)))
          problems.push(`${s.name}: ${resolveTarget(part, r.target)} hilang`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const soffice = hasSoffice();
(soffice ? test : test.skip)(
  'LibreOffice opens every result',
  () => {
    const files = NAMES.map((n) => results.get(n)).filter((f): f is string => f !== undefined);
    expect(files).toHaveLength(NAMES.length);
    const out = path.join(work, 'lo-out');
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${work}/lo-profile`,
        '--convert-to',
        'csv',
        '--outdir',
        out,
        ...files,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    for (const f of files) {
      const csv = path.join(out, `${path.basename(f, '.xlsx')}.csv`);
      expect({ file: path.basename(f), opened: existsSync(csv) && statSync(csv).size > 0 }).toEqual({
        file: path.basename(f),
        opened: true,
      });
    }
  },
  620_000,
);

describe('a save that fails half-way', () => {
  const fixture = 'format-bersyarat.xlsx';
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  /** Every write to a file handle writes half of its bytes, then fails as a full disk does. */
  async function failWritesHalfway(dir: string): Promise<void> {
    const probe = await open(path.join(dir, '.probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as {
      write: (...a: unknown[]) => Promise<unknown>;
      writeFile: (...a: unknown[]) => Promise<unknown>;
    };
    await probe.close();
    rmSync(path.join(dir, '.probe'));
    const { write, writeFile } = proto;
    const diskFull = (): Error =>
      Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    proto.writeFile = async function (this: unknown, data: unknown) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : (data as Uint8Array);
      await write.call(this, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw diskFull();
    };
    proto.write = async function (this: unknown, data: unknown) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : (data as Uint8Array);
      await write.call(this, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw diskFull();
    };
    restore = () => {
      proto.write = write;
      proto.writeFile = writeFile;
    };
  }

  test.each([['init', ...INIT_ARGS], ['validate', '--report'], ['export']])(
    '%s: the original is left byte for byte, no temporary file stays',
    async (command, ...flags) => {
      const dir = mkdtempSync(path.join(work, 'crash-'));
      const file = path.join(dir, fixture);
      copyFileSync(path.join(FIXTURES, fixture), file);
      const before = readFileSync(file);
      await failWritesHalfway(dir);
      const run = await runCliIn(dir, [command, fixture, ...flags]);
      restore?.();
      restore = undefined;
      expect(run.code).toBe(2);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/gagal disimpan.*tidak diubah/);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual([fixture]);
    },
  );
});
