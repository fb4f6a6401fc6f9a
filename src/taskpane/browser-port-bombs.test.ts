/**
 * The browser mode refuses package bombs (a merge or a defined name over a whole sheet, a huge
 * sheetId, a row or column beyond Excel's grid, values at the far corner of every sheet) with
 * the CLI's sentences, before the exceljs chunk is fetched — where the tab used to crash after
 * 39 s — and the exceljs engine itself refuses them too, for a bagian file picked to consolidate.
 */
import ExcelJS from 'exceljs';
import { plantBomb, type PackageBomb } from '../../test/fixtures/hostile/package-bombs';
import { LakipError } from '../core/errors';
import { scanWorkbookBytes } from '../core/guard/package-scan';
import { openBrowserWorkbook } from './browser-port';
import { readSources } from './source-files';
import { xlsxEngine } from './xlsx-engine-impl';

let workbook: Uint8Array;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Pengaturan', 'Bagian', 'SOP', 'Dokumen', 'IKU', 'PK', 'Data Kinerja']) {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = name;
    ws.getCell('B2').value = 85.5;
    ws.mergeCells('A4:C4');
  }
  workbook = new Uint8Array(await wb.xlsx.writeBuffer());
});

const BOMBS: readonly PackageBomb[] = ['merge', 'defined-name', 'sheet-id', 'row', 'column', 'far-corner'];

test('the workbook itself opens', async () => {
  expect(scanWorkbookBytes(workbook).ok).toBe(true);
  const port = await openBrowserWorkbook('baik.xlsx', workbook, { download: jest.fn() });
  expect((await port.readSnapshot()).sheets).toHaveLength(7);
});

test.each(BOMBS)('%s: refused before exceljs is fetched, in the CLI’s words', async (bomb) => {
  const bytes = plantBomb(workbook, bomb);
  const verdict = scanWorkbookBytes(bytes, 'laporan.xlsx');
  expect(verdict.ok).toBe(false);
  const engine = jest.fn();
  const error = await openBrowserWorkbook('laporan.xlsx', bytes, { engine }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LakipError);
  expect((error as LakipError).code).toBe('file/too-large');
  expect((error as LakipError).userMessage).toBe(verdict.ok ? '' : verdict.userMessage);
  expect((error as LakipError).userMessage).toMatch(/laporan\.xlsx/);
  expect(engine).not.toHaveBeenCalled();
});

test.each(BOMBS)(
  '%s: the exceljs engine refuses it too (open, and as a bagian file to consolidate)',
  async (bomb) => {
    const bytes = plantBomb(workbook, bomb);
    const verdict = scanWorkbookBytes(bytes, 'bagian.xlsx');
    const sentence = verdict.ok ? '' : verdict.userMessage;
    await expect(xlsxEngine.readFile(bytes, 'bagian.xlsx')).rejects.toMatchObject({ userMessage: sentence });
    const sources = await readSources(
      [{ name: 'bagian.xlsx', read: () => Promise.resolve(bytes.slice().buffer) }],
      () => Promise.resolve(xlsxEngine),
    );
    expect(sources).toEqual([{ name: 'bagian.xlsx', unreadable: sentence }]);
  },
);
