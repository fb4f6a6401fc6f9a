/**
 * SOP steps 2–3 in the browser mode, end to end: formats downloaded from Konsolidasi, filled
 * the way a bagian fills them (exceljs here), imported back with a file that is not a format,
 * merged into Data Kinerja, and the downloaded tracker read back — and the same files through
 * `lakip consolidate` for comparison. Built and run by `npm run test:e2e`.
 */
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
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
let tracker: string;

const REALISASI = ['Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV'];
/** A formula-like answer a bagian might type: it must come back as text, never as a formula. */
const FORMULA_LIKE = '=Undangan dikirim 14 hari sebelumnya';

beforeAll(async () => {
  dir = workDir('konsolidasi');
  const sample = path.join(dir, 'contoh.xlsx');
  const made = await runCli(['init', sample, '--sample']);
  if (made.code !== 0) throw new Error(`lakip init --sample failed: ${made.stderr}`);
  // The tracker before step 3: PEM has not reported yet (its Data Kinerja row is still empty).
  const book = await readXlsx(sample);
  const dk = sheet(book, 'Data Kinerja');
  const head = headerRow(dk, ['Kode Indikator', 'Realisasi TW I']);
  const row = dk.getRow(rowWhere(dk, head, columnOf(dk, head, 'Kode Indikator'), 'IK-05'));
  row.eachCell((c) => {
    c.value = null;
  });
  tracker = path.join(dir, 'tracker-2017.xlsx');
  await book.xlsx.writeFile(tracker);
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

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A bagian's "Unduh format" button: its name is its visible label, the bagian its description. */
function formatButton(page: Page, bagian: string) {
  return page
    .getByRole('list', { name: 'Format per bagian' })
    .getByRole('listitem')
    .filter({ hasText: bagian })
    .getByRole('button', { name: 'Unduh format', exact: true });
}

/** A bagian fills its format: values per Kode Indikator and column label. */
async function fill(file: string, rows: Record<string, Record<string, string | number>>): Promise<void> {
  const book = await readXlsx(file);
  const ws = sheet(book, 'Data Kinerja');
  const head = headerRow(ws, ['Kode Indikator', 'Realisasi TW I']);
  const kode = columnOf(ws, head, 'Kode Indikator');
  for (const [ik, values] of Object.entries(rows)) {
    const row = ws.getRow(rowWhere(ws, head, kode, ik));
    for (const [label, value] of Object.entries(values)) row.getCell(columnOf(ws, head, label)).value = value;
  }
  await book.xlsx.writeFile(file);
}

/** Data Kinerja as { kode: { label: value } }, every column but Diimpor (the import's clock). */
function dataKinerja(book: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const ws = sheet(book, 'Data Kinerja');
  const head = headerRow(ws, ['Kode Indikator', 'Realisasi TW I']);
  const labels = new Map<number, string>();
  ws.getRow(head).eachCell((c, col) => labels.set(col, cellText(c.value).replace(/\s*\*\s*$/, '')));
  const kode = columnOf(ws, head, 'Kode Indikator');
  const out: Record<string, Record<string, unknown>> = {};
  for (let r = head + 1; r <= ws.rowCount; r++) {
    const key = cellText(ws.getRow(r).getCell(kode).value);
    if (key === '') continue;
    const row: Record<string, unknown> = {};
    for (const [col, label] of labels) {
      if (label !== 'Diimpor') row[label] = ws.getRow(r).getCell(col).value ?? null;
    }
    out[key] = row;
  }
  return out;
}

test('formats downloaded, filled, imported with per-file results, merged into the downloaded tracker; as the CLI does', async () => {
  await gotoPane(pane);
  const { page } = pane;
  await openTracker(page, tracker);
  await showView(page, 'Konsolidasi');
  await page.getByRole('list', { name: 'Format per bagian' }).waitFor({ timeout: 60_000 });

  // Step 2: the formats of two bagian, as downloads.
  const formats = path.join(dir, 'format');
  const pem = await download(page, () => formatButton(page, 'Seksi Pemerintahan').click(), formats);
  const pelayanan = await download(page, () => formatButton(page, 'Seksi Pelayanan Umum').click(), formats);
  expect(path.basename(pem)).toBe('format-data-kinerja-2017-PEM.xlsx');
  expect(path.basename(pelayanan)).toBe('format-data-kinerja-2017-PELAYANAN.xlsx');
  // Each holds its own bagian's PK indicators, with the PK's targets.
  const pemBook = await readXlsx(pem);
  expect(Object.keys(dataKinerja(pemBook))).toEqual(['IK-05']);
  expect(Object.keys(dataKinerja(await readXlsx(pelayanan))).sort()).toEqual(['IK-01', 'IK-04']);
  expect(dataKinerja(pemBook)['IK-05']?.['Target']).toBe(80);

  // The bagian fill them in.
  await fill(pem, {
    'IK-05': {
      'Realisasi TW I': 70,
      'Realisasi TW II': 75,
      'Realisasi TW III': 78,
      'Realisasi TW IV': 79.5,
      'Faktor Penghambat': 'Hujan deras pada hari Musrenbang',
      'Upaya Perbaikan': FORMULA_LIKE,
      'Status Data': 'Final',
    },
  });
  await fill(pelayanan, {
    'IK-01': { 'Realisasi TW IV': 86.1, 'Status Data': 'Final' },
    'IK-04': { 'Realisasi TW IV': 97.9, 'Status Data': 'Final' },
  });
  // And someone sends a workbook that is not a format.
  const stray = path.join(formats, 'rekap-pribadi.xlsx');
  const strayBook = new ExcelJS.Workbook();
  strayBook.addWorksheet('Catatan').getCell('A1').value = 'rekap saya';
  await strayBook.xlsx.writeFile(stray);

  // Step 3: import the three; the result per file.
  const picked = [pem, pelayanan, stray];
  await page.getByTestId('format-files-input').setInputFiles(picked);
  const results = page.getByRole('list', { name: 'Hasil per file' });
  await results.waitFor({ timeout: 60_000 });
  const items = results.getByRole('listitem');
  await expect(items.count()).resolves.toBe(3);
  await screenshot(page, '06b-konsolidasi-impor');

  // The same files through the CLI, on a copy of the same tracker.
  const cliTracker = path.join(dir, 'tracker-cli.xlsx');
  copyFileSync(tracker, cliTracker);
  const cli = await runCli(['consolidate', cliTracker, ...picked]);
  expect([0, 1]).toContain(cli.code);
  // The CLI's line per file ("• NAME …"); its other bullets are the changes and the findings.
  const cliLines = cli.stdout
    .split('\n')
    .filter((l) => picked.some((f) => l.startsWith(`• ${path.basename(f)}`)))
    .map((l) => l.slice(2));
  expect(cliLines).toHaveLength(3);
  for (const [i, file] of picked.entries()) {
    const name = path.basename(file);
    const text = (await items.nth(i).innerText()).replace(/\s+/g, ' ');
    const line = cliLines.find((l) => l.startsWith(name));
    if (line === undefined) throw new Error(`the CLI said nothing about ${name}`);
    expect(text).toContain(name);
    // The pane shows the CLI's line without the name, the Kode Bagian and "dilewati." (its badge).
    const detail = line.slice(line.indexOf(': ') + 2).replace(/^dilewati\.\s*/, '');
    expect(text.toLowerCase()).toContain(detail.toLowerCase());
  }
  const texts = await items.allInnerTexts();
  expect(texts[0]).toMatch(/PEM/);
  expect(texts[0]).toMatch(/1 baris digabung \(1 baru/);
  expect(texts[1]).toMatch(/PELAYANAN/);
  expect(texts[1]).toMatch(/2 baris digabung \(0 baru, 2 diperbarui/);
  expect(texts[2]).toMatch(/dilewati/);
  expect(texts[2]).toMatch(/bukan format data kinerja/);

  // Every value the merge replaces, old → new (IK-01's TW IV: 85,7 in the tracker, 86,1 sent).
  const changed = await page.getByRole('list', { name: 'Nilai yang diganti' }).innerText();
  expect(changed).toMatch(/\(IK-01 · Realisasi TW IV\): 85,7 → 86,1/);

  await page.getByRole('button', { name: 'Gabungkan ke Data Kinerja' }).click();
  // The core's one sentence (as the CLI prints it): PEM's new row, PELAYANAN's two rows, and as
  // many replaced cells as the list "Nilai yang diganti" shows.
  const merged = page.getByText(/^Sheet Data Kinerja: /);
  await merged.waitFor({ timeout: 60_000 });
  expect(await merged.innerText()).toBe(
    'Sheet Data Kinerja: 1 baris indikator baru ditambahkan di bawah baris terakhir, 2 baris diperbarui dan 2 sel yang sudah berisi diganti. Klik Unduh di atas untuk menyimpan file hasilnya.',
  );
  expect(await page.getByRole('list', { name: 'Nilai yang diganti' }).getByRole('listitem').count()).toBe(2);
  const saved = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh', exact: true }).click(),
    path.join(dir, 'unduhan'),
  );
  expect(path.basename(saved)).toMatch(/^tracker-2017 \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.xlsx$/);

  // The merged Data Kinerja is in the downloaded tracker.
  const got = dataKinerja(await readXlsx(saved));
  const before = dataKinerja(await readXlsx(tracker));
  expect(before['IK-05']).toBeUndefined();
  const ik05 = got['IK-05'];
  expect(ik05).toBeDefined();
  expect(REALISASI.map((c) => ik05?.[c])).toEqual([70, 75, 78, 79.5]);
  expect(ik05?.['Bagian']).toBe('PEM');
  expect(ik05?.['Target']).toBe(80); // from the PK
  expect(ik05?.['Upaya Perbaikan']).toBe(FORMULA_LIKE); // text, not { formula }
  expect(String(ik05?.['Sumber'])).toContain('format-data-kinerja-2017-PEM.xlsx');
  expect(got['IK-01']?.['Realisasi TW IV']).toBe(86.1);
  expect(got['IK-01']?.['Realisasi TW I']).toBe(before['IK-01']?.['Realisasi TW I']); // empty in the file: kept
  expect(got['IK-04']?.['Realisasi TW IV']).toBe(97.9);
  // The bagian that sent nothing are as they were.
  for (const ik of ['IK-02', 'IK-03', 'IK-06', 'IK-07']) expect(got[ik]).toEqual(before[ik]);

  // And the browser's merge is the CLI's merge, cell for cell (Diimpor, the clock, aside).
  expect(got).toEqual(dataKinerja(await readXlsx(cliTracker)));
});
