/**
 * LibreOffice opens what the patching writer makes: a new tracker (the init plan on the blank
 * package) converted to PDF, and a user's workbook patched in place converted to CSV with the
 * values written. Skipped when soffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildInitPlan } from '../../../core/init/init-plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../../core/seed/sample';
import { blankPackage } from './blank';
import { readerOfParts, usersPackage, zipPatched } from './package.test-helper';
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
