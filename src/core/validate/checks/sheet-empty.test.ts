import { buildContext } from '../context';
import { rowOf, runCheck, toSnapshot, validTrackerData } from '../../../../test/support/tracker-fixtures';
import { checkSheetEmpty } from './sheet-empty';

describe('sheet/empty', () => {
  test('document sheets with rows are not empty', () => {
    expect(runCheck(checkSheetEmpty)).toEqual([]);
  });
  test('a document sheet with a header and no row is a warning while the document is not received', () => {
    const found = runCheck(checkSheetEmpty, (d) => {
      d.tables.renaksiBerikut = [];
      rowOf(d, 'dokumen', 13).status = 'Draf';
    });
    expect(found).toEqual([
      {
        code: 'sheet/empty',
        severity: 'warning',
        sheet: 'Rencana Aksi Tahun Berikut',
        detail: { dokumen: 'RENAKSI_BERIKUT', status: 'Draf', dokumenRow: 15 },
      },
    ]);
  });
  test('an error when the Dokumen checklist says Diterima or Diverifikasi', () => {
    const found = runCheck(checkSheetEmpty, (d) => {
      d.tables.pk = [];
      rowOf(d, 'dokumen', 6).status = 'Diterima';
    });
    expect(found).toMatchObject([{ code: 'sheet/empty', severity: 'error', sheet: 'PK' }]);
  });
  test('a completely blank document sheet is empty; one with content but no header is not (column/missing says it)', () => {
    const wb = toSnapshot(validTrackerData());
    const blank = {
      sheets: wb.sheets.map((s) => (s.name === 'IKI' ? { name: 'IKI', rows: [[null, '  ']] } : s)),
    };
    expect(checkSheetEmpty(buildContext(blank))).toMatchObject([
      { code: 'sheet/empty', sheet: 'IKI', severity: 'error' },
    ]);
    const noHeader = {
      sheets: wb.sheets.map((s) => (s.name === 'IKI' ? { name: 'IKI', rows: [['catatan saya']] } : s)),
    };
    expect(checkSheetEmpty(buildContext(noHeader))).toEqual([]);
  });
  test('non-document sheets (Bagian, Data Kinerja) are never sheet/empty', () => {
    expect(runCheck(checkSheetEmpty, (d) => ((d.tables.bagian = []), (d.tables.dataKinerja = [])))).toEqual(
      [],
    );
  });
});
