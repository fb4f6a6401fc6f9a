import { rowOf, runCheck } from '../test-fixtures';
import { checkDocMissing } from './doc-missing';

describe('doc/missing', () => {
  test('every document is in', () => {
    expect(runCheck(checkDocMissing)).toEqual([]);
  });
  test('Belum Ada is a warning while SOP step 4 is not Selesai', () => {
    const found = runCheck(checkDocMissing, (d) => {
      rowOf(d, 'dokumen', 3).status = 'belum ada';
      d.tables.sop?.slice(3).forEach((r) => (r.status = 'Belum'));
    });
    expect(found).toEqual([
      {
        code: 'doc/missing',
        severity: 'warning',
        sheet: 'Dokumen',
        row: 5,
        column: 'Status',
        cell: 'H5',
        value: 'belum ada',
        detail: { listed: true, nama: 'IKI Tahun 2017' },
      },
    ]);
  });
  test('an error once step 4 (analysis) is Selesai', () => {
    expect(runCheck(checkDocMissing, (d) => (rowOf(d, 'dokumen', 3).status = 'Belum Ada'))).toMatchObject([
      {
        code: 'doc/missing',
        severity: 'error',
        cell: 'H5',
        detail: { listed: true, nama: 'IKI Tahun 2017', step: 4 },
      },
    ]);
  });
  test('a document of the checklist without a Dokumen row', () => {
    expect(
      runCheck(
        checkDocMissing,
        (d) => (d.tables.dokumen = (d.tables.dokumen ?? []).filter((r) => r.kode !== 'DPA')),
      ),
    ).toEqual([
      {
        code: 'doc/missing',
        severity: 'error',
        sheet: 'Dokumen',
        detail: { listed: false, kode: 'DPA', step: 4 },
      },
    ]);
  });
});
