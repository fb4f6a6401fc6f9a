/**
 * LibreOffice opens what the patching writer makes: a new tracker (the init plan on the blank
 * package) converted to PDF, and a user's workbook patched in place converted to CSV with the
 * values written. Skipped when soffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildInitPlan } from '../../../core/init/init-plan';
import { computeLakip } from '../../../core/lakip/compute-lakip';
import { buildLakipPlan } from '../../../core/lakip/export-plan';
import { buildTemuanPlan } from '../../../core/report/temuan-plan';
import { validateTracker } from '../../../core/validate/validate';
import { applyPlan } from '../apply';
import { loadWorkbook, readSnapshot } from '../read';
import { readSnapshotFromZip } from '../stream-read';
import { writeWorkbookBuffer } from '../workbook';
import { SAMPLE_PASRUJAMBE_2017 } from '../../../core/seed/sample';
import { blankPackage } from './blank';
import { readerOf, readerOfParts, usersPackage, zipPatched } from '../../../../test/support/package-parts';
import { patchPackage } from './patch';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-patch-lo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function convert(file: string, to: string): void {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      to,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
}

const soffice = hasSoffice();
if (!soffice) {
  test.skip('LibreOffice (soffice) is not installed: patched files are not opened in LibreOffice', () =>
    undefined);
}

(soffice ? test : test.skip)(
  'LibreOffice opens a new sample tracker made by patching the blank package (PDF)',
  () => {
    const plan = buildInitPlan(
      { sheets: [] },
      { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
    );
    const pkg = blankPackage();
    const file = path.join(dir, 'tracker.xlsx');
    writeFileSync(file, zipPatched(pkg, patchPackage(pkg, plan)));
    convert(file, 'pdf');
    expect(existsSync(path.join(dir, 'tracker.pdf'))).toBe(true);
    expect(statSync(path.join(dir, 'tracker.pdf')).size).toBeGreaterThan(10_000);
  },
  200_000,
);

(soffice ? test : test.skip)(
  'LibreOffice reads a user’s workbook patched in place (CSV of the first sheet)',
  () => {
    const pkg = readerOfParts(usersPackage());
    const result = patchPackage(pkg, {
      notes: [],
      ops: [
        {
          op: 'setValues',
          sheet: 'Data Kinerja',
          row: 3,
          col: 2,
          values: [[{ kind: 'date', iso: '2024-03-15' }, 'ganti']],
        },
        { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 1, values: [['=bukan rumus', 12.5]] },
        {
          op: 'setStyle',
          sheet: 'Data Kinerja',
          row: 1,
          col: 1,
          rows: 1,
          cols: 3,
          style: { bold: true, fill: 'DDEBF7' },
        },
        { op: 'freezePanes', sheet: 'Data Kinerja', rows: 1, cols: 0 },
        { op: 'ensureSheet', sheet: 'Temuan', tabColor: 'C00000' },
        {
          op: 'setValues',
          sheet: 'Temuan',
          row: 1,
          col: 1,
          values: [[{ kind: 'link', text: 'B3', sheet: 'Data Kinerja', cell: 'B3' }]],
        },
      ],
    });
    const file = path.join(dir, 'patched.xlsx');
    writeFileSync(file, zipPatched(pkg, result));
    convert(file, 'csv');
    const csv = readFileSync(path.join(dir, 'patched.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe('Kode,Tanggal,5');
    expect(csv[2]).toMatch(/^IK-02,.*2024.*,ganti$/);
    expect(csv[5]).toBe('=bukan rumus,12.5,');
  },
  200_000,
);

(soffice ? test : test.skip)(
  'a tracker saved by LibreOffice (its own XML conventions): the LAKIP export and Temuan patched in give what exceljs gives',
  async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(
      wb,
      buildInitPlan(
        { sheets: [] },
        { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
      ),
    );
    const made = path.join(dir, 'made.xlsx');
    writeFileSync(made, await writeWorkbookBuffer(wb));
    mkdirSync(path.join(dir, 'lo'));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'xlsx',
        '--outdir',
        path.join(dir, 'lo'),
        made,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const saved = readFileSync(path.join(dir, 'lo', 'made.xlsx'));
    const snapshot = await readSnapshotFromZip(saved);
    const lakip = buildLakipPlan(computeLakip(snapshot));
    const temuan = buildTemuanPlan(validateTracker(snapshot), 'Kecamatan Pasrujambe', 2017);
    const plan = { ops: [...lakip.ops, ...temuan.ops], notes: [] };
    const byExceljs = await loadWorkbook(saved, { forWrite: true });
    applyPlan(byExceljs, plan);
    const a = Buffer.from(await writeWorkbookBuffer(byExceljs));
    const pkg = readerOf(saved);
    const b = zipPatched(pkg, patchPackage(pkg, plan));
    expect(await readSnapshotFromZip(b)).toEqual(await readSnapshotFromZip(a));
    expect(readSnapshot(await loadWorkbook(b))).toEqual(readSnapshot(await loadWorkbook(a)));
    // and LibreOffice opens the patched file again
    const patched = path.join(dir, 'patched.xlsx');
    writeFileSync(patched, b);
    convert(patched, 'pdf');
    expect(statSync(path.join(dir, 'patched.pdf')).size).toBeGreaterThan(10_000);
  },
  400_000,
);
