/**
 * The lazy chunk: the exceljs adapter (src/adapters/xlsx) behind the task pane's XlsxEngine.
 * Imported only through `loadXlsxEngine()`.
 */
import ExcelJS from 'exceljs';
import { applyPlan } from '../adapters/xlsx/apply';
import { loadWorkbook, writeWorkbookBuffer } from '../adapters/xlsx/workbook';
import { readSnapshot } from '../adapters/xlsx/read';
import type { XlsxBook, XlsxEngine } from './xlsx-engine';

const asBook = (wb: ExcelJS.Workbook): XlsxBook => wb as unknown as XlsxBook;
const asWorkbook = (book: XlsxBook): ExcelJS.Workbook => book as unknown as ExcelJS.Workbook;

export const xlsxEngine: XlsxEngine = {
  async load(data, name, approved) {
    // forWrite: the browser mode writes the file back, so its dropdowns must survive.
    return asBook(
      await loadWorkbook(data, {
        forWrite: true,
        ...(name === undefined ? {} : { name }),
        ...(approved === undefined ? {} : { approved }),
      }),
    );
  },
  async readFile(data, name) {
    return readSnapshot(await loadWorkbook(data, { name }));
  },
  create() {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'LAKIP Tracker';
    return asBook(wb);
  },
  read(book) {
    return readSnapshot(asWorkbook(book));
  },
  apply(book, plan) {
    applyPlan(asWorkbook(book), plan);
  },
  async write(book) {
    const bytes = await writeWorkbookBuffer(asWorkbook(book));
    return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  },
};
