/**
 * Rekap in the browser mode, end to end: three kecamatan trackers (the sample under three
 * names, with other realisasi), one of another year and a damaged file picked in the Rekap view;
 * the per-file result, the chart of one indicator across the units, the rekap workbook
 * downloaded and read back — and the same files through `lakip rekap` for comparison. Built and
 * run by `npm run test:e2e`.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import {
  cellText,
  columnOf,
  download,
  gotoPane,
  headerRow,
  readXlsx,
  rowWhere,
  runCli,
  screenshot,
  startPane,
  workDir,
  type Pane,
} from './harness';
import { openTracker, showView } from './screenshots';

let pane: Pane;
let dir: string;
let files: string[];

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The sample as another kecamatan's tracker: its name, its year and IK-01's TW IV realisasi. */
async function kecamatan(
  sample: string,
  file: string,
  unit: string,
  tahun: number,
  tw4: number,
): Promise<string> {
  const book = await readXlsx(sample);
  const settings = sheet(book, 'Pengaturan');
  settings.eachRow((row) => {
    const label = cellText(row.getCell(1).value).replace(/\s*\*$/, '');
    if (label === 'Nama Unit Kerja') row.getCell(2).value = unit;
    if (label === 'Tahun Laporan') row.getCell(2).value = tahun;
  });
  const dk = sheet(book, 'Data Kinerja');
  const head = headerRow(dk, ['Kode Indikator', 'Realisasi TW I']);
  dk
    .getRow(rowWhere(dk, head, columnOf(dk, head, 'Kode Indikator'), 'IK-01'))
    .getCell(columnOf(dk, head, 'Realisasi TW IV')).value = tw4;
  const out = path.join(dir, file);
  await book.xlsx.writeFile(out);
  return out;
}

beforeAll(async () => {
  dir = workDir('rekap');
  const sample = path.join(dir, 'contoh.xlsx');
  const made = await runCli(['init', sample, '--sample']);
  if (made.code !== 0) throw new Error(`lakip init --sample failed: ${made.stderr}`);
  const a = await kecamatan(sample, 'pasrujambe.xlsx', 'Kecamatan Pasrujambe', 2017, 85.7);
  const b = await kecamatan(sample, 'senduro.xlsx', 'Kecamatan Senduro', 2017, 70);
  const c = await kecamatan(sample, 'candipuro.xlsx', 'Kecamatan Candipuro', 2017, 90);
  const old = await kecamatan(sample, 'tempursari-2016.xlsx', 'Kecamatan Tempursari', 2016, 80);
  const broken = path.join(dir, 'rusak.xlsx');
  copyFileSync(a, broken);
  const bytes = readFileSync(broken);
  writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
  // The trackers as the Bagian Organisasi keeps them: one folder, which the CLI is given (the
  // files are then named as the pane names them, by their file names).
  const folder = path.join(dir, 'kecamatan');
  mkdirSync(folder);
  files = [a, b, c, old, broken].map((f) => {
    const to = path.join(folder, path.basename(f));
    copyFileSync(f, to);
    return to;
  });
  pane = await startPane();
});

afterAll(async () => {
  await pane?.close();
  if (process.env.E2E_KEEP === undefined) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pane.foreign()).toEqual([]);
  expect(pane.pageErrors).toEqual([]); // no uncaught error, no console error
});

/** A sheet's values as text, row by row (what a reader of the printed sheet sees, numbers as numbers). */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      cells[c - 1] = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
    });
    out[r - 1] = cells;
  });
  return out;
}

test('Rekap: many files, the result per file, a chart across units, the workbook as the CLI writes it', async () => {
  await gotoPane(pane);
  const { page } = pane;
  await openTracker(page, files[0] as string);
  await showView(page, 'Rekap');
  await page.getByTestId('rekap-files-input').setInputFiles(files);
  const results = page.getByRole('list', { name: 'Hasil rekap per file' });
  await results.waitFor({ timeout: 120_000 });
  const items = results.getByRole('listitem');
  await expect(items.count()).resolves.toBe(5);
  const texts = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  expect(texts[0]).toMatch(/^pasrujambe\.xlsx Kecamatan Pasrujambe — 7 indikator .* direkap$/);
  expect(texts[1]).toMatch(/^senduro\.xlsx Kecamatan Senduro — 7 indikator .* direkap$/);
  expect(texts[2]).toMatch(/^candipuro\.xlsx Kecamatan Candipuro — 7 indikator .* direkap$/);
  expect(texts[3]).toMatch(/Tahun Laporan-nya 2016, bukan 2017 .* dilewati$/);
  expect(texts[4]).toMatch(/^rusak\.xlsx .*rusak.* dilewati$/);
  await page.getByText('3 unit kerja direkap, Tahun Laporan 2017; 2 file dilewati.').waitFor();

  // The chart: one bar per unit (sorted by name), for the first indicator.
  const chart = page.getByTestId('capaian-chart');
  await expect(chart.locator('rect[data-kategori]').count()).resolves.toBe(3);
  await expect(page.getByTestId('rekap-kalimat').innerText()).resolves.toMatch(
    /tertinggi di Kecamatan Candipuro .* terendah di Kecamatan Senduro/,
  );
  await page.getByTestId('rekap-indikator').selectOption({ index: 1 });
  await expect(page.getByTestId('rekap-kalimat').innerText()).resolves.toMatch(/^Capaian indikator /);
  await screenshot(page, '09-rekap');

  const saved = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh workbook rekap' }).click(),
    path.join(dir, 'unduhan'),
  );
  expect(path.basename(saved)).toBe('Rekap Kinerja Kabupaten Lumajang 2017.xlsx');

  // The same files through the CLI: the same four sheets with the same values.
  const cliOut = path.join(dir, 'rekap-cli.xlsx');
  const cli = await runCli(['rekap', cliOut, path.join(dir, 'kecamatan')]);
  expect(cli.code).toBe(1);
  const fromPane = await readXlsx(saved);
  const fromCli = await readXlsx(cliOut);
  const names = ['Rekap Capaian', 'Rekap Anggaran', 'Rekap SOP dan Dokumen', 'Rekap Pemeriksaan'];
  expect(fromPane.worksheets.map((w) => w.name)).toEqual(names);
  for (const name of names) expect(values(sheet(fromPane, name))).toEqual(values(sheet(fromCli, name)));
  const capaian = sheet(fromPane, 'Rekap Capaian');
  expect([4, 5, 6].map((c) => cellText(capaian.getRow(4).getCell(c).value))).toEqual([
    'Kecamatan Candipuro',
    'Kecamatan Pasrujambe',
    'Kecamatan Senduro',
  ]);
});
