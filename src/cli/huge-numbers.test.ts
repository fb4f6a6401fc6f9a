/**
 * A valid but huge number, 9E+307, in every quarter of every bagian's format: consolidate
 * takes it, validate reports each offending cell (calc/overflow), and export writes every
 * table with those figures left empty and marked — never "ini kesalahan program" (Infinity).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCliIn, type CliRun } from './test-io';

let dir: string;
const all = (run: CliRun): string => [...run.out, ...run.err].join('\n');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-huge-'));
  expect((await runCliIn(dir, ['init', 'tracker.xlsx', '--sample'])).code).toBe(0);
  expect((await runCliIn(dir, ['format', 'tracker.xlsx', '--all', '-o', 'format'])).code).toBe(0);
  for (const name of readdirSync(path.join(dir, 'format'))) {
    const file = path.join(dir, 'format', name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Data Kinerja');
    if (ws === undefined) throw new Error(`${name}: no Data Kinerja`);
    const header = ws.getRow(5).values as unknown[];
    const col = (label: string): number =>
      header.findIndex((v) => typeof v === 'string' && v.startsWith(label));
    ws.eachRow((row, n) => {
      if (n < 6 || row.getCell(col('Kode Indikator')).value === null) return;
      for (const q of ['I', 'II', 'III', 'IV']) row.getCell(col(`Realisasi TW ${q} `)).value = 9e307;
      row.getCell(col('Status Data')).value = 'Final';
    });
    await wb.xlsx.writeFile(file);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('consolidate, validate, export: each offending cell a finding, no program error', async () => {
  const formats = readdirSync(path.join(dir, 'format')).map((n) => path.join('format', n));
  const consolidated = await runCliIn(dir, ['consolidate', 'tracker.xlsx', ...formats]);
  expect(consolidated.code).toBe(0);
  expect(all(consolidated)).toMatch(/diganti 9E\+307 dari format-data-kinerja-2017-/);

  const validated = await runCliIn(dir, ['validate', 'tracker.xlsx']);
  expect(validated.code).toBe(1);
  // Kumulatif and Rata-rata indicators overflow (IK-01, 03, 04, 06); Nilai Akhir ones do not.
  for (const cell of ['F6', 'F8', 'F9', 'F11']) {
    expect(all(validated)).toContain(
      `Galat: 'Data Kinerja'!${cell}: realisasi 9E+307 terlalu besar; jumlah atau rata-rata realisasi triwulannya melampaui batas angka yang dapat dihitung, sehingga realisasi tahunan dan capaian indikator ini tidak dapat dihitung.`,
    );
  }
  const json = await runCliIn(dir, ['validate', 'tracker.xlsx', '--json']);
  const findings = (JSON.parse(json.out.join('\n')) as { findings: { code: string; cell?: string }[] })
    .findings;
  expect(findings.filter((f) => f.code === 'calc/overflow').map((f) => f.cell)).toEqual([
    'F6',
    'F8',
    'F9',
    'F11',
  ]);

  for (const argv of [
    ['export', 'tracker.xlsx'],
    ['export', 'tracker.xlsx', '-o', 'lakip.xlsx'],
    ['export', 'tracker.xlsx', '--json'],
    ['validate', 'tracker.xlsx', '--report'],
  ]) {
    const run = await runCliIn(dir, argv);
    expect(all(run)).not.toMatch(/kesalahan program|Infinity|NaN/);
    expect(run.code).toBeLessThan(2);
    if (argv[0] === 'export' && argv.length === 2) {
      expect(all(run)).toContain(
        'Capaian tidak dapat dihitung: realisasi TW I–TW IV di sheet Data Kinerja terlalu besar sehingga jumlah atau rata-ratanya melampaui batas angka yang dapat dihitung.',
      );
      expect(all(run)).toMatch(/Indikator kinerja: 7 — .*4 tidak dapat dihitung\./);
    }
  }
});
