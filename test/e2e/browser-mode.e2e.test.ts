/**
 * The task pane in browser mode, end to end: the built pane with a local office.js in Debian's
 * Chromium, real .xlsx files in and out, the CLI as the reference for the same file, and no
 * request leaving 127.0.0.1. Built and run by `npm run test:e2e`.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  cellText,
  columnOf,
  download,
  gotoPane,
  gzipSizeOf,
  headerRow,
  indonesianInt,
  readXlsx,
  rowWhere,
  runCli,
  screenshot,
  startPane,
  validateWithCli,
  workDir,
  type Pane,
  type ValidateJson,
} from './harness';
import { openTracker, showView } from './screenshots';

/** In the report's order: Tabel 3.4 Efisiensi before Tabel 3.5 Anggaran. */
const LAKIP_SHEETS = [
  'LAKIP Perjanjian Kinerja',
  'LAKIP Capaian',
  'LAKIP Perbandingan',
  'LAKIP Analisis',
  'LAKIP Efisiensi',
  'LAKIP Anggaran',
  'LAKIP SOP',
];

/** The add-in's own initial JavaScript, gzipped: the budget of the first load. */
const INITIAL_JS_BUDGET = 250_000;

let pane: Pane;
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = workDir('browser');
  sample = path.join(dir, 'tracker-contoh.xlsx');
  const made = await runCli(['init', sample, '--sample']);
  if (made.code !== 0) throw new Error(`lakip init --sample failed: ${made.stderr}`);
  pane = await startPane();
});

afterAll(async () => {
  await pane?.close();
  if (process.env.E2E_KEEP === undefined) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  // Checked after every case, so a leak is pinned to the case that caused it.
  expect(pane.foreign()).toEqual([]);
  expect(pane.pageErrors).toEqual([]); // no uncaught error, no console error
});

/** The error and warning counts a view shows in the element with `testId`. */
async function shownCounts(page: Page, testId: string): Promise<{ errors: number; warnings: number }> {
  const text = await page.getByTestId(testId).innerText();
  const errors = /([\d.]+)\s+galat/.exec(text);
  const warnings = /([\d.]+)\s+peringatan/.exec(text);
  if (errors?.[1] === undefined || warnings?.[1] === undefined) throw new Error(`no counts in "${text}"`);
  return { errors: indonesianInt(errors[1]), warnings: indonesianInt(warnings[1]) };
}

/** Periksa, freshly run, with its counts and its findings per sheet checked against the CLI's report. */
async function periksaMatchesCli(page: Page, cli: ValidateJson): Promise<void> {
  await showView(page, 'Periksa');
  // The result appears only once this view's own check has finished.
  await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor({ timeout: 60_000 });
  expect(await shownCounts(page, 'periksa-counts')).toEqual({
    errors: cli.summary.errors,
    warnings: cli.summary.warnings,
  });
  expect(cli.summary.truncated).toBe(false); // every finding is listed below

  const bySheet = new Map<string, ValidateJson['findings'][number][]>();
  for (const f of cli.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  if (bySheet.size === 0) {
    await expect(page.getByText(/^Tidak ada temuan/).isVisible()).resolves.toBe(true);
    return;
  }
  await page.getByRole('heading', { name: 'Temuan per sheet' }).waitFor();
  const headers = page.getByRole('heading', { name: 'Temuan per sheet' }).locator('xpath=..');
  for (const [sheet, findings] of bySheet) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const title = `${sheet} (${findings.length}${errors > 0 ? `, ${errors} galat` : ''})`;
    const header = headers.getByRole('button', { name: title, exact: true });
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const list = page.getByRole('list', { name: `Temuan di sheet ${sheet}`, exact: true });
    await list.waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(findings.length);
    const text = (await list.innerText()).replace(/\s+/g, ' ');
    for (const f of findings) expect(text).toContain(f.message.replace(/\s+/g, ' '));
  }
  // No sheet group beyond the CLI's.
  const groupTitles = await headers.locator('[aria-expanded]').allInnerTexts();
  expect(groupTitles).toHaveLength(bySheet.size);
}

/** Every cell value of every sheet, as JSON-able text per address. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.stringify(cell.value));
    }),
  );
  return out;
}

/** Back to the start screen ("Buka file lain", confirming when the file has unsaved changes). */
async function backToStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Buka file lain' }).click();
  const confirm = page.getByRole('button', { name: 'Tetap buka file lain' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await page.getByRole('heading', { name: 'Mode peramban' }).waitFor();
}

async function openAnother(page: Page, file: string): Promise<void> {
  await backToStart(page);
  await openTracker(page, file);
}

test('first load: the browser mode, office.js from this server, initial JavaScript within budget', async () => {
  await gotoPane(pane);
  const { page } = pane;
  await expect(page.getByRole('button', { name: 'Buka file .xlsx' }).isVisible()).resolves.toBe(true);
  await page.waitForLoadState('networkidle');

  const scripts = pane.requests.filter((r) => r.via === 'context' && r.resourceType === 'script');
  const sizes = scripts.map((r) => ({ url: r.url, gzip: gzipSizeOf(r.url, pane.origin) }));
  const office = sizes.filter((s) => new URL(s.url).pathname.startsWith('/office-js/'));
  const own = sizes.filter((s) => !office.includes(s));
  const sum = (list: typeof sizes) => list.reduce((n, s) => n + s.gzip, 0);
  console.log(
    [
      'Initial JavaScript (gzip, before any file is opened):',
      ...sizes.map((s) => `  ${new URL(s.url).pathname}  ${s.gzip} B`),
      `  add-in: ${sum(own)} B; office.js and what it loaded: ${sum(office)} B; all: ${sum(sizes)} B`,
    ].join('\n'),
  );
  // office.js came from this server, not from Microsoft's CDN.
  expect(office.map((s) => new URL(s.url).pathname)).toContain('/office-js/office.js');
  // The pane's own bundle, which this project controls. office.js (Microsoft's, from its CDN in
  // production and shared by every add-in) is reported above but not part of this budget.
  expect(own.length).toBeGreaterThan(0);
  expect(sum(own)).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  // exceljs, the sample, the docx library and the views' heavy parts stay out of the first load:
  // only the pane's own bundle and React/Fluent UI's.
  expect(own.map((s) => new URL(s.url).pathname).join(' ')).not.toMatch(/xlsx\.|sample\.|docx\./);
  for (const s of own) expect(new URL(s.url).pathname).toMatch(/^\/(vendor|taskpane)\.[0-9a-f]+\.js$/);
  await screenshot(page, '00-mulai');
});

test('Periksa on the CLI-made sample: the same counts as `lakip validate --json`, findings grouped by sheet', async () => {
  const { page } = pane;
  const cli = await validateWithCli(sample);
  await openTracker(page, sample);
  await page.getByText(/^Langkah SOP selesai/).waitFor();
  expect(await page.getByTestId('file-name').innerText()).toContain('tracker-contoh.xlsx');
  expect(await shownCounts(page, 'finding-counts')).toEqual({
    errors: cli.summary.errors,
    warnings: cli.summary.warnings,
  });
  expect(cli.findings.length).toBeGreaterThan(0); // the sample has warnings to group
  await periksaMatchesCli(page, cli);
});

test('Ekspor: the LAKIP sheets written, the tracker downloaded and read back; the tables as a workbook of their own', async () => {
  const { page } = pane;
  await showView(page, 'Ekspor');
  await page.getByTestId('capaian-chart').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Tulis sheet LAKIP' }).click();
  await page.getByText(/7 sheet LAKIP ditulis ulang/).waitFor({ timeout: 60_000 });

  const out = path.join(dir, 'unduhan');
  const saved = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh', exact: true }).click(),
    out,
  );
  // Named with the date and time, so downloads do not pile up as "tracker-contoh (1).xlsx".
  expect(path.basename(saved)).toMatch(/^tracker-contoh \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.xlsx$/);
  const got = await readXlsx(saved);
  const original = await readXlsx(sample);

  // The seven LAKIP sheets, after the user's sheets.
  const names = got.worksheets.map((w) => w.name);
  for (const name of LAKIP_SHEETS) expect(names).toContain(name);
  expect(names.slice(0, original.worksheets.length)).toEqual(original.worksheets.map((w) => w.name));

  // Real numbers: IK-01's capaian is 84,5 / 82 × 100 = 103,05 %, as a number.
  const pk = original.getWorksheet('PK');
  if (pk === undefined) throw new Error('the sample has no PK sheet');
  const pkHeader = headerRow(pk, ['Kode Indikator', 'Indikator Kinerja']);
  const ik01 = cellText(
    pk
      .getRow(rowWhere(pk, pkHeader, columnOf(pk, pkHeader, 'Kode Indikator'), 'IK-01'))
      .getCell(columnOf(pk, pkHeader, 'Indikator Kinerja')).value,
  );
  const capaian = got.getWorksheet('LAKIP Capaian');
  if (capaian === undefined) throw new Error('no LAKIP Capaian');
  const head = headerRow(capaian, ['Indikator Kinerja', 'Capaian (%)']);
  const row = rowWhere(capaian, head, columnOf(capaian, head, 'Indikator Kinerja'), ik01);
  const value = capaian.getRow(row).getCell(columnOf(capaian, head, 'Capaian (%)')).value;
  expect(typeof value).toBe('number');
  expect(value as number).toBeCloseTo(103.05, 2);
  for (const name of LAKIP_SHEETS) {
    const ws = got.getWorksheet(name);
    expect(ws?.rowCount ?? 0).toBeGreaterThan(3);
  }

  // The LAKIP sheets hold what `lakip export -o` writes for the same file, cell for cell.
  const cliOut = path.join(dir, 'cli-lakip.xlsx');
  const exported = await runCli(['export', sample, '-o', cliOut]);
  expect(exported.code).toBe(0);
  const cliBook = await readXlsx(cliOut);
  for (const name of LAKIP_SHEETS) {
    const cliSheet = cliBook.getWorksheet(name);
    const paneSheet = got.getWorksheet(name);
    if (cliSheet === undefined || paneSheet === undefined) throw new Error(`no ${name}`);
    expect(Object.fromEntries(cellsOf(paneSheet))).toEqual(Object.fromEntries(cellsOf(cliSheet)));
  }

  // Every sheet the user had is intact, cell for cell.
  for (const ws of original.worksheets) {
    const back = got.getWorksheet(ws.name);
    if (back === undefined) throw new Error(`sheet ${ws.name} lost`);
    expect(Object.fromEntries(cellsOf(back))).toEqual(Object.fromEntries(cellsOf(ws)));
  }

  // "Unduh tabel LAKIP (.xlsx)": the seven tables alone, in a workbook of their own.
  const tables = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh tabel LAKIP (.xlsx)' }).click(),
    out,
  );
  expect(path.basename(tables)).toBe('Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx');
  expect((await readXlsx(tables)).worksheets.map((w) => w.name)).toEqual(LAKIP_SHEETS);

  // The Word document (BAB II/III), built in the browser from its own lazy chunk.
  const before = pane.requests.length;
  const word = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh dokumen Word (.docx)' }).click(),
    out,
  );
  expect(path.basename(word)).toBe('Laporan Kinerja Kecamatan Pasrujambe 2017 (BAB II-III).docx');
  const docXml = strFromU8(unzipSync(readFileSync(word))['word/document.xml'] ?? new Uint8Array());
  for (const heading of ['BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'Tabel 3.1'])
    expect(docXml).toContain(heading);
  const fetched = pane.requests
    .slice(before)
    .filter((r) => r.via === 'context' && r.resourceType === 'script');
  expect(fetched.map((r) => new URL(r.url).pathname).join(' ')).toMatch(/docx\./);
  await screenshot(page, '08-ekspor-ditulis');
});

test('Periksa lagi after the file was fixed in Excel: read again, or the browser refuses and the file is picked again', async () => {
  const { page } = pane;
  const file = path.join(dir, 'tracker-diperbaiki.xlsx');
  const book = await readXlsx(sample);
  const pk = book.getWorksheet('PK');
  if (pk === undefined) throw new Error('the sample has no PK');
  const head = headerRow(pk, ['Kode Indikator', 'Target']);
  const target = pk
    .getRow(rowWhere(pk, head, columnOf(pk, head, 'Kode Indikator'), 'IK-02'))
    .getCell(columnOf(pk, head, 'Target'));
  const good = target.value;
  target.value = 'delapan puluh';
  await book.xlsx.writeFile(file);
  const broken = await validateWithCli(file);
  expect(broken.summary.errors).toBeGreaterThan(0);

  await openAnother(page, file);
  await showView(page, 'Periksa');
  await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor({ timeout: 60_000 });
  expect((await shownCounts(page, 'periksa-counts')).errors).toBe(broken.summary.errors);
  expect(await page.getByTestId('read-at').innerText()).toMatch(
    /^Isi file dibaca dari komputer \w+, \d+ \w+ \d{4} pukul \d{2}\.\d{2}\./,
  );

  // The user fixes the cell in Excel and saves.
  target.value = good;
  await book.xlsx.writeFile(file);
  const fixed = await validateWithCli(file);
  await page.getByRole('button', { name: 'Periksa lagi' }).click();
  const pickAgain = page.getByRole('button', { name: 'Pilih ulang file', exact: true });
  const counts = page.getByTestId('periksa-counts');
  await pickAgain
    .or(counts.getByText(`${fixed.summary.errors} galat`))
    .first()
    .waitFor({ timeout: 60_000 });
  if (await pickAgain.isVisible()) {
    // Chromium refuses to read a picked file that changed on disk: the pane says so, in words.
    const alert = (await page.getByRole('alert').innerText()).replace(/\s+/g, ' ');
    console.log(`Periksa lagi after a change on disk: ${alert}`);
    expect(alert).toContain('Peramban tidak mengizinkan membaca ulang "tracker-diperbaiki.xlsx"');
    await page.getByTestId('reopen-file-input').setInputFiles(file);
  } else console.log('Periksa lagi after a change on disk: the browser read the file again');
  await page
    .getByTestId('periksa-counts')
    .getByText(`${fixed.summary.errors} galat`)
    .waitFor({ timeout: 60_000 });
  await periksaMatchesCli(page, fixed);
});

test('a tracker with planted defects: Periksa shows the errors, with the same counts as the CLI', async () => {
  const { page } = pane;
  const broken = path.join(dir, 'tracker-cacat.xlsx');
  const book = await readXlsx(sample);
  const pk = book.getWorksheet('PK');
  const dpa = book.getWorksheet('DPA');
  if (pk === undefined || dpa === undefined) throw new Error('the sample has no PK or DPA');
  const pkHead = headerRow(pk, ['Kode Indikator', 'Target']);
  // A required cell emptied: IK-02's Target.
  pk
    .getRow(rowWhere(pk, pkHead, columnOf(pk, pkHead, 'Kode Indikator'), 'IK-02'))
    .getCell(columnOf(pk, pkHead, 'Target')).value = null;
  // Text in a number cell: the first DPA row's Pagu.
  const dpaHead = headerRow(dpa, ['Kode Program/Kegiatan', 'Pagu (Rp)']);
  dpa.getRow(dpaHead + 1).getCell(columnOf(dpa, dpaHead, 'Pagu (Rp)')).value = 'sekitar satu juta';
  await book.xlsx.writeFile(broken);

  const cli = await validateWithCli(broken);
  expect(cli.summary.byCode['cell/required']).toBeGreaterThanOrEqual(1);
  expect(cli.summary.byCode['cell/type']).toBeGreaterThanOrEqual(1);
  expect(cli.summary.errors).toBeGreaterThanOrEqual(2);

  await openAnother(page, broken);
  await page.getByText(/^Langkah SOP selesai/).waitFor();
  await periksaMatchesCli(page, cli);
  // The two planted cells are named where the user will look for them.
  const pkList = await page.getByRole('list', { name: 'Temuan di sheet PK', exact: true }).innerText();
  expect(pkList).toMatch(/PK!\w+\d/);
  const dpaList = await page.getByRole('list', { name: 'Temuan di sheet DPA', exact: true }).innerText();
  expect(dpaList).toContain('sekitar satu juta');
  await screenshot(page, '03b-periksa-galat');
});

test('a damaged file: one Indonesian sentence, and the pane still works', async () => {
  const { page } = pane;
  const bad = path.join(dir, 'rusak.xlsx');
  writeFileSync(bad, 'ini bukan excel');
  await backToStart(page);
  await page.getByTestId('open-file-input').setInputFiles(bad);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  const text = (await alert.innerText()).trim();
  console.log(`damaged file: ${text}`);
  expect(text).toMatch(/rusak\.xlsx/);
  expect(text).toMatch(/\b(bukan|tidak|rusak)\b/i);
  expect(text).not.toMatch(/Error|undefined|null|at \w+ \(|TypeError|zip/);
  await screenshot(page, '09-file-salah');

  // Still usable: the same screen opens a good file next.
  const good = path.join(dir, 'tracker-lagi.xlsx');
  copyFileSync(sample, good);
  await openTracker(page, good);
  await page.getByText(/^Langkah SOP selesai/).waitFor();
});

test('screenshots of every view at 350 × 800', async () => {
  const { page } = pane;
  const views: [string, string, () => Promise<unknown>][] = [
    ['01-beranda', 'Beranda', () => page.getByText(/^Langkah SOP selesai/).waitFor()],
    ['02-siapkan', 'Siapkan', () => page.getByRole('heading', { name: 'Mutakhirkan tracker' }).waitFor()],
    ['03-periksa', 'Periksa', () => page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor()],
    ['04-sop', 'SOP', () => page.getByRole('list', { name: 'Langkah SOP' }).waitFor()],
    ['06-konsolidasi', 'Konsolidasi', () => page.getByRole('list', { name: 'Format per bagian' }).waitFor()],
    ['07-ekspor', 'Ekspor', () => page.getByTestId('capaian-chart').waitFor()],
  ];
  const overflow: Record<string, number> = {};
  for (const [file, tab, ready] of views) {
    await showView(page, tab);
    await ready();
    await page.waitForTimeout(300); // Fluent's transitions
    overflow[file] = await screenshot(page, file);
  }
  // The SOP step form, open.
  await showView(page, 'SOP');
  await page.getByRole('button', { name: 'Ubah langkah 5' }).click();
  await page.getByLabel('Status').waitFor();
  overflow['05-sop-form'] = await screenshot(page, '05-sop-form');
  console.log(`horizontal overflow per screenshot (px): ${JSON.stringify(overflow)}`);
  // Nothing is wider than the pane.
  expect(Object.values(overflow).every((px) => px <= 0)).toBe(true);
  // The tabs stay in one row at 350 px (those that do not fit are in the "Lainnya" menu).
  await expect(tabRows(page)).resolves.toBe(1);
});

/** How many rows the tab list takes (its height over one tab's). */
function tabRows(page: Page): Promise<number> {
  return page.getByRole('tablist', { name: 'Menu LAKIP Tracker' }).evaluate((list) => {
    const tab = list.querySelector('[role="tab"]');
    return Math.round(list.getBoundingClientRect().height / (tab?.getBoundingClientRect().height ?? 1));
  });
}

test('at 1280 px: the chart’s text keeps its size, the tabs are one row, nothing overflows', async () => {
  const { page } = pane;
  await page.setViewportSize({ width: 1280, height: 800 });
  try {
    // Wide enough for every tab: the "Lainnya" box goes once the row is measured again.
    await page.getByRole('combobox', { name: 'Lainnya', exact: true }).waitFor({ state: 'detached' });
    await showView(page, 'Ekspor');
    const chart = page.getByTestId('capaian-chart');
    await chart.waitFor();
    await page.waitForTimeout(300);
    // An indicator's name is drawn at 11 px: its line box stays well under 20 px on screen.
    const height = await chart
      .locator('tspan')
      .first()
      .evaluate((t) => t.getBoundingClientRect().height);
    console.log(`chart label height at 1280 px: ${height} px`);
    expect(height).toBeGreaterThan(5);
    expect(height).toBeLessThan(20);
    await expect(tabRows(page)).resolves.toBe(1);
    expect(await screenshot(page, '1280-07-ekspor')).toBeLessThanOrEqual(0);
  } finally {
    await page.setViewportSize({ width: 350, height: 800 });
  }
});

test('no request left 127.0.0.1 during the whole run', () => {
  const seen = pane.requests.filter((r) => r.via === 'context');
  console.log(
    `${seen.length} requests, all to ${pane.origin} or data:/blob:; console errors: ${JSON.stringify(pane.pageErrors)}`,
  );
  expect(seen.length).toBeGreaterThan(5);
  expect(pane.foreign()).toEqual([]);
});
