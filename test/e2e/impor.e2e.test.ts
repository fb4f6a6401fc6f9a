/**
 * Impor (issue #12) in the browser mode, end to end: a fresh tracker opened, the e-SAKIP
 * quarterly template of test/fixtures/import picked in the Impor view, the proposal compared
 * with `lakip import --json` on the same files, the preview applied, and the downloaded
 * tracker read back with the imported rows and the remembered mapping. Built and run by
 * `npm run test:e2e`.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  REPO,
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
const SOURCE = path.join(REPO, 'test', 'fixtures', 'import', 'esakip-triwulan.xlsx');

beforeAll(async () => {
  dir = workDir('impor');
  tracker = path.join(dir, 'tracker-2026.xlsx');
  const made = await runCli(['init', tracker, '--tahun', '2026']);
  if (made.code !== 0) throw new Error(`lakip init failed: ${made.stderr}`);
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

interface JsonColumn {
  readonly column: string;
  readonly field: string | null;
}

test('Impor: a file in the office’s own layout read, previewed as the CLI proposes, applied into the downloaded tracker', async () => {
  const sourceBytes = readFileSync(SOURCE);
  await gotoPane(pane);
  const { page } = pane;
  await openTracker(page, tracker);
  await showView(page, 'Impor');
  await page.getByRole('heading', { name: '1. Sumber data' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('impor-file-input').setInputFiles(SOURCE);
  await page.getByRole('heading', { name: 'Tabel 1: Sheet1!A1:Q4' }).waitFor({ timeout: 60_000 });

  await expect(page.getByTestId('impor-hitungan').innerText()).resolves.toBe(
    '3 baris dibaca: 3 ditambahkan, 0 diubah, 0 dilewati.',
  );
  await expect(
    page.getByRole('list', { name: 'Baris ditambahkan tabel 1' }).getByRole('listitem').allInnerTexts(),
  ).resolves.toEqual(['Baris 2 → baris 6 (IK-01)', 'Baris 3 → baris 7 (IK-02)', 'Baris 4 → baris 8 (IK-03)']);
  await expect(page.getByRole('list', { name: 'Keputusan tabel 1' }).innerText()).resolves.toMatch(
    /^Apakah nilai triwulan tabel Sheet1!A1:Q4 kumulatif .* Dipakai: kumulatif/,
  );
  await expect(page.getByLabel('Sheet tujuan di tracker').inputValue()).resolves.toBe('dataKinerja');

  // The same proposal as `lakip import --json` on the same two files.
  const cli = await runCli(['import', tracker, SOURCE, '--json']);
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as { tables: { columns: JsonColumn[] }[] };
  const cliColumns = json.tables[0]?.columns ?? [];
  expect(cliColumns).toHaveLength(17);
  for (const c of cliColumns) {
    const li = page.getByTestId(`kolom-${c.column}`);
    const chosen = await li.getByRole('combobox').evaluate((s: HTMLSelectElement) => {
      const o = s.options[s.selectedIndex];
      return o === undefined || o.value === '' ? null : (o.textContent ?? '');
    });
    expect([c.column, chosen]).toEqual([c.column, c.field]);
  }

  await page.getByTestId('impor-tabel').scrollIntoViewIfNeeded();
  expect(await screenshot(page, '08-impor')).toBe(0); // no horizontal overflow at the pane's width

  await page.getByRole('button', { name: 'Terapkan', exact: true }).click();
  await page
    .getByText(
      'Impor: 3 baris ditambahkan, 0 baris diubah. Klik Unduh di atas untuk menyimpan file hasilnya.',
    )
    .waitFor({ timeout: 60_000 });
  await page
    .getByText('Tidak ada yang perlu diubah di tracker: semua baris sudah sama.')
    .waitFor({ timeout: 30_000 });
  await screenshot(page, '08b-impor-diterapkan');

  const saved = await download(
    page,
    () => page.getByRole('button', { name: 'Unduh', exact: true }).click(),
    path.join(dir, 'unduhan'),
  );
  const book = await readXlsx(saved);
  const dk = book.getWorksheet('Data Kinerja');
  if (dk === undefined) throw new Error('no Data Kinerja in the download');
  const head = headerRow(dk, ['Kode Indikator', 'Realisasi TW I']);
  const kode = columnOf(dk, head, 'Kode Indikator');
  const value = (key: string, label: string): string =>
    cellText(dk.getRow(rowWhere(dk, head, kode, key)).getCell(columnOf(dk, head, label)).value);
  expect(value('IK-01', 'Indikator')).toBe('Jumlah pemuda terlatih');
  expect(value('IK-01', 'Realisasi TW IV')).toBe('79');
  expect(value('IK-02', 'Satuan')).toBe('Persen');
  expect(value('IK-03', 'Realisasi TW IV')).toBe('0.88');
  expect(value('IK-01', 'Sumber')).toBe('esakip-triwulan.xlsx · Sheet1!A2:Q2');
  // The mapping is remembered in the hidden sheet for the next import.
  const memory = book.getWorksheet('Peta Impor');
  expect(memory?.state).toBe('hidden');
  expect(cellText(memory?.getRow(2).getCell(2).value ?? null)).toBe('Data Kinerja');
  // The source file was only read.
  expect(readFileSync(SOURCE).equals(sourceBytes)).toBe(true);
});
