/**
 * The lazy chunk: the xlsx adapter (src/adapters/xlsx) behind the task pane's XlsxEngine —
 * exceljs to read, the patching writer to save. Imported only through `loadXlsxEngine()`.
 */
import { blankXlsxBytes, patchXlsxBytes } from '../adapters/xlsx/patch-save';
import { readSnapshot } from '../adapters/xlsx/read';
import { loadWorkbook } from '../adapters/xlsx/workbook';
import type { XlsxEngine } from './xlsx-engine-types';

export const xlsxEngine: XlsxEngine = {
  async readFile(data, name, approved) {
    return readSnapshot(
      await loadWorkbook(data, { name, ...(approved === undefined ? {} : { approved, scanned: true }) }),
    );
  },
  patch(data, plan, name, approved) {
    return patchXlsxBytes(data, plan, {
      ...(name === undefined ? {} : { name }),
      ...(approved === undefined ? {} : { approval: approved }),
    }).bytes;
  },
  blank() {
    return blankXlsxBytes({ creator: 'LAKIP Tracker' });
  },
};
