/**
 * Screenshots of every task-pane view in headless Chromium at the task pane's narrow width,
 * in the browser mode over a real tracker file. Not run by jest; for looking at the pane and
 * for the e2e suite to reuse (`servePane`, `openPane`, `openTracker`, `showView`).
 *
 *   OFFICE_JS=local npx webpack --mode production
 *   npx tsx src/cli/main.ts init tracker-contoh.xlsx --sample
 *   WIDTHS=350,1280 npx tsx test/e2e/screenshots.ts tracker-contoh.xlsx test-output/screenshots
 *
 * Environment: CHROMIUM (default /usr/bin/chromium), DIST (default dist), WIDTH × HEIGHT
 * (default 350 × 800; WIDTHS=350,1280 for several, each in its own subfolder), FORMATS (a folder of bagian formats, e.g. from `lakip format … --all -o
 * DIR`, imported in Konsolidasi).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves with the server and its base URL. */
export function servePane(dir: string): Promise<{ server: Server; url: string }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = path.join(root, urlPath === '/' ? 'taskpane.html' : urlPath);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens the task pane and waits for the browser mode's start screen. */
export async function openPane(browser: Browser, url: string, width = 350, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true, locale: 'id-ID' });
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`[console] ${m.text()}`);
  });
  await page.goto(`${url}taskpane.html`);
  await page.getByRole('heading', { name: 'Mode peramban' }).waitFor({ timeout: 15_000 });
  return page;
}

/** Opens a tracker file through the start screen's file input and waits for Beranda. */
export async function openTracker(page: Page, file: string): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles(file);
  await page.getByRole('tablist', { name: 'Menu LAKIP Tracker' }).waitFor({ timeout: 30_000 });
}

/** Clicks a tab by its Indonesian name (through the "Lainnya" menu when it did not fit in the row). */
export async function showView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole('combobox', { name: 'Lainnya', exact: true }).selectOption({ label: name });
  }
  await page.waitForTimeout(300);
}

async function shot(page: Page, outDir: string, name: string): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(`${file}${overflow > 0 ? `  (horizontal overflow: ${overflow}px)` : ''}`);
}

/** Every view of the pane at one width, into `outDir`. */
async function views(
  browser: Browser,
  url: string,
  tracker: string,
  outDir: string,
  width: number,
  height: number,
) {
  mkdirSync(outDir, { recursive: true });
  const page = await openPane(browser, url, width, height);
  // Reloading with unsaved changes asks first (beforeunload); this tour never reloads.
  page.on('dialog', (d) => void d.dismiss());
  await shot(page, outDir, '00-mulai');
  await openTracker(page, tracker);
  await page.getByText(/^Langkah SOP selesai/).waitFor();
  await shot(page, outDir, '01-beranda');
  await showView(page, 'Siapkan');
  await shot(page, outDir, '02-siapkan');
  await showView(page, 'Periksa');
  await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor();
  await page.getByRole('button', { name: /^Per sheet/ }).click();
  await page.waitForTimeout(600); // the accordion's animation
  await shot(page, outDir, '03-periksa');
  await showView(page, 'SOP');
  await shot(page, outDir, '04-sop');
  await page.getByRole('button', { name: 'Ubah langkah 5' }).click();
  await page.getByLabel('Status').selectOption('Selesai');
  const step = page.getByRole('listitem', { name: 'Langkah 5' });
  await step.screenshot({ path: path.join(outDir, '05-sop-form.png') });
  console.log(path.join(outDir, '05-sop-form.png'));
  await showView(page, 'Konsolidasi');
  await shot(page, outDir, '06-konsolidasi');
  const formats = process.env.FORMATS;
  if (formats !== undefined) {
    const files = readdirSync(formats)
      .filter((n) => n.endsWith('.xlsx'))
      .map((n) => path.join(formats, n));
    await page.getByTestId('format-files-input').setInputFiles(files);
    await page.getByText(/^File sudah dibaca/).waitFor({ timeout: 30_000 });
    await shot(page, outDir, '06b-konsolidasi-impor');
  }
  await showView(page, 'Ekspor');
  await page.getByTestId('capaian-chart').waitFor();
  await shot(page, outDir, '07-ekspor');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh tabel LAKIP (.xlsx)' }).click();
  console.log(`unduhan: ${(await download).suggestedFilename()}`);
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh dokumen Word (.docx)' }).click();
  console.log(`unduhan: ${(await word).suggestedFilename()}`);
  await page.getByRole('button', { name: 'Tulis sheet LAKIP' }).click();
  await page.getByText(/sheet LAKIP ditulis ulang/).waitFor();
  await shot(page, outDir, '08-ekspor-ditulis');

  // A file that is not a workbook: the start screen says what to do.
  await page.getByRole('button', { name: 'Buka file lain' }).click();
  await page.getByRole('button', { name: 'Tetap buka file lain' }).click();
  const bad = path.join(outDir, 'bukan-excel.xlsx');
  writeFileSync(bad, 'No;Aktivitas\n1;Rapat\n');
  await page.getByTestId('open-file-input').setInputFiles(bad);
  await page.getByRole('alert').waitFor();
  await shot(page, outDir, '09-file-salah');

  // A new tracker made in memory, with the sample.
  await page.getByRole('button', { name: 'Buat tracker baru' }).click();
  await page.getByRole('heading', { name: 'Buat tracker' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Tahun Laporan').fill('2017');
  await page.getByLabel(/data contoh/).check();
  await page.getByRole('button', { name: 'Buat tracker' }).click();
  await page.getByText(/^Tracker dibuat/).waitFor({ timeout: 30_000 });
  await shot(page, outDir, '10-tracker-baru');
  await page.close();
}

async function main(): Promise<void> {
  const [tracker, outDir = 'test-output/screenshots'] = process.argv.slice(2);
  if (tracker === undefined) {
    console.error('Pemakaian: npx tsx test/e2e/screenshots.ts TRACKER.xlsx [FOLDER_KELUARAN]');
    process.exitCode = 2;
    return;
  }
  // WIDTHS: comma-separated, e.g. 350,1280 (each into its own subfolder); WIDTH for one.
  const widths = (process.env.WIDTHS ?? process.env.WIDTH ?? '350')
    .split(',')
    .map((w) => Number(w.trim()))
    .filter((w) => w > 0);
  const height = Number(process.env.HEIGHT ?? 800);
  const { server, url } = await servePane(process.env.DIST ?? 'dist');
  const browser = await launchChromium();
  try {
    for (const width of widths) {
      const dir = widths.length > 1 ? path.join(outDir, `${width}px`) : outDir;
      await views(browser, url, tracker, dir, width, height);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
