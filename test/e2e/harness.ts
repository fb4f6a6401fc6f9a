/**
 * The browser end-to-end harness: the built task pane (`npm run test:e2e` builds it with
 * OFFICE_JS=local into dist-e2e/) served on 127.0.0.1, Debian's Chromium driven by
 * playwright-core, and a record of every request the browser makes.
 *
 * Nothing may leave this machine, and the harness makes sure of it three ways:
 * - every request the page or the context reports is recorded, and anything that is not on
 *   the pane's own origin (or data:/blob:) is aborted by a context route before it is sent;
 * - Chromium runs with a proxy that is a local sink: any request that bypasses the page (the
 *   browser's own background traffic, which no route sees) lands there, is recorded and refused;
 * - the tests assert that both records hold nothing foreign.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_DIST (default dist-e2e).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Download, type Page, type Request } from 'playwright-core';
import { servePane } from './screenshots';

export const REPO = path.resolve(__dirname, '..', '..');
export const DIST = path.resolve(REPO, process.env.E2E_DIST ?? 'dist-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO, 'test-output', 'e2e-screenshots');
/** The task pane's width in Excel, and a laptop's height. */
export const PANE_SIZE = { width: 350, height: 800 };

/**
 * Chromium keeps only the last `--disable-features` it is given, and playwright-core passes its
 * own list before ours; so ours repeats playwright-core 1.65's list (network time queries, search
 * preconnects … off) after the three this suite needs, else passing ours would switch those back
 * on (seen: clients2.google.com/time). Autofill's server lookups go too (seen on the forms).
 */
const DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'AutofillServerCommunication',
  // playwright-core's own
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Where Chromium's own services would call out even with the switches above: the component
 * updater (an on-demand component, despite --disable-component-update) and the Google account
 * check (ListAccounts). Pointed at the discard port on loopback, they fail on this machine.
 */
const DEAD_END = 'http://127.0.0.1:9/';

/** The switches the suite runs Chromium with (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
  `--component-updater=url-source=${DEAD_END}`,
  `--gaia-url=${DEAD_END}`,
];

export interface SeenRequest {
  readonly url: string;
  readonly resourceType: string;
  /** Who reported it: the page's own listener, the context's, or the sink proxy. */
  readonly via: 'page' | 'context' | 'proxy';
}

/** A local HTTP proxy that records and refuses everything sent to it. */
async function startSink(): Promise<{ server: Server; port: number; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: `${req.method ?? 'GET'} ${req.url ?? ''}`, resourceType: 'proxy', via: 'proxy' });
    res.writeHead(403).end();
  });
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    seen.push({ url: `CONNECT ${req.url ?? ''}`, resourceType: 'proxy', via: 'proxy' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

export interface Pane {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request seen, in order, by the page, the context and the sink proxy. */
  readonly requests: SeenRequest[];
  /** Errors thrown in the page (uncaught) and console errors. */
  readonly pageErrors: string[];
  /** Requests that were not on the pane's origin nor data:/blob:, from any record. */
  foreign(): string[];
  close(): Promise<void>;
}

export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:');
}

/** Serves the built pane, launches Chromium with a fresh profile and opens the pane's page at 350 × 800. */
export async function startPane(): Promise<Pane> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (
    !existsSync(path.join(DIST, 'taskpane.html')) ||
    !existsSync(path.join(DIST, 'office-js', 'office.js'))
  ) {
    throw new Error(`No task pane with a local office.js in ${DIST}: run npm run test:e2e (it builds one).`);
  }
  const { server, url } = await servePane(DIST);
  const origin = url.replace(/\/$/, '');
  const sink = await startSink();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lakip-e2e-profile-'));
  const requests: SeenRequest[] = [];
  const pageErrors: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Loopback is not proxied (Chromium's implicit bypass), everything else goes to the sink.
      args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${sink.port}`],
      viewport: PANE_SIZE,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
  } catch (e) {
    server.close();
    sink.server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const watch = (page: Page) => {
    page.on('request', (r: Request) =>
      requests.push({ url: r.url(), resourceType: r.resourceType(), via: 'page' }),
    );
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
  };
  context.on('request', (r) =>
    requests.push({ url: r.url(), resourceType: r.resourceType(), via: 'context' }),
  );
  context.on('page', watch);
  await context.route('**/*', (route) =>
    isLocal(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  let closed = false;
  return {
    url,
    origin,
    context,
    page,
    requests,
    pageErrors,
    foreign: () =>
      [...requests, ...sink.seen]
        .filter((r) => r.via === 'proxy' || !isLocal(r.url, origin))
        .map((r) => `${r.via}: ${r.url}`),
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => sink.server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Goes to the task pane and waits for the browser mode's start screen. */
export async function gotoPane(pane: Pane): Promise<void> {
  await pane.page.goto(`${pane.url}taskpane.html`);
  await pane.page.getByRole('heading', { name: 'Mode peramban' }).waitFor({ timeout: 20_000 });
}

/** The gzip size (zlib's default level, as a web server sends it) of a served file. */
export function gzipSizeOf(url: string, origin: string): number {
  const rel = decodeURIComponent(new URL(url, origin).pathname).replace(/^\/+/, '');
  return gzipSync(readFileSync(path.join(DIST, rel))).length;
}

/** Clicks, waits for the download it starts and saves it under `dir`; resolves with its path. */
export async function download(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return saveDownload(file, dir);
}

export async function saveDownload(file: Download, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const failure = await file.failure();
  if (failure !== null) throw new Error(`download ${file.suggestedFilename()} failed: ${failure}`);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's value as the text a user sees in it (rich text joined, a link's text, a formula's result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/** A header label as matched: no trailing `*`, trimmed, lower case. */
function label(value: ExcelJS.CellValue): string {
  return cellText(value)
    .replace(/\s*\*\s*$/, '')
    .trim()
    .toLowerCase();
}

/** The row whose cells include all `labels` (a header row), in the first `within` rows. */
export function headerRow(ws: ExcelJS.Worksheet, labels: readonly string[], within = 12): number {
  const norm = (v: string) => v.trim().toLowerCase();
  for (let r = 1; r <= Math.min(within, ws.rowCount); r++) {
    const cells = new Set<string>();
    ws.getRow(r).eachCell((c) => cells.add(label(c.value)));
    if (labels.every((l) => cells.has(norm(l)))) return r;
  }
  throw new Error(`sheet ${ws.name}: no header row with ${labels.join(', ')}`);
}

/** Column number of a header label in row `header`. */
export function columnOf(ws: ExcelJS.Worksheet, header: number, wanted: string): number {
  let found = 0;
  ws.getRow(header).eachCell((c, col) => {
    if (label(c.value) === wanted.trim().toLowerCase()) found = col;
  });
  if (found === 0) throw new Error(`sheet ${ws.name}: no column "${wanted}" in row ${header}`);
  return found;
}

/** The data row (below `header`) whose `keyColumn` cell equals `key`. */
export function rowWhere(ws: ExcelJS.Worksheet, header: number, keyColumn: number, key: string): number {
  for (let r = header + 1; r <= ws.rowCount; r++) {
    if (cellText(ws.getRow(r).getCell(keyColumn).value).trim() === key) return r;
  }
  throw new Error(`sheet ${ws.name}: no row with ${key}`);
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npx tsx src/cli/main.ts …args` from the repository, as a user runs the CLI. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/main.ts', ...args],
      { cwd: REPO, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        if (code === -1) reject(error ?? new Error('lakip did not run'));
        else resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface ValidateJson {
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly total: number;
    readonly listed: number;
    readonly truncated: boolean;
    readonly byCode: Record<string, number>;
  };
  readonly findings: readonly {
    readonly code: string;
    readonly severity: 'error' | 'warning';
    readonly sheet: string;
    readonly cell: string | null;
    readonly message: string;
  }[];
}

/** `lakip validate FILE --json`: exit 0 (no errors) and 1 (errors) both carry the report. */
export async function validateWithCli(file: string): Promise<ValidateJson> {
  const run = await runCli(['validate', file, '--json']);
  if (run.code !== 0 && run.code !== 1) {
    throw new Error(`lakip validate exited ${run.code}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as ValidateJson;
}

/** A fresh folder for one test's files, under the OS temp dir. */
export function workDir(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `lakip-e2e-${name}-`));
}

/** `1.234` (Indonesian thousands) → 1234. */
export function indonesianInt(text: string): number {
  const digits = text.replace(/\./g, '').trim();
  if (!/^\d+$/.test(digits)) throw new Error(`not a count: "${text}"`);
  return Number(digits);
}

/** Full-page screenshot of the pane into test-output/e2e-screenshots/NAME.png; the page's horizontal overflow in px. */
export async function screenshot(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
