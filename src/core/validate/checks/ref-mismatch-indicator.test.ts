import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkRefMismatchIndicator } from './ref-mismatch-indicator';

describe('ref/mismatch of an indicator between sheets', () => {
  test('agreeing sheets (satuan compared ignoring case and spaces)', () => {
    expect(
      runCheck(checkRefMismatchIndicator, (d) => (rowOf(d, 'dataKinerja', 0).satuan = ' Nilai')),
    ).toEqual([]);
  });
  test('PK polaritas and satuan against IKU; Data Kinerja satuan and target against PK; Renstra and LKjIP satuan against IKU', () => {
    const found = runCheck(checkRefMismatchIndicator, (d) => {
      rowOf(d, 'pk', 1).polaritas = 'Positif';
      rowOf(d, 'dataKinerja', 0).target = 80;
      rowOf(d, 'renstra', 0).satuan = 'indeks';
      rowOf(d, 'lkjip', 0).satuan = 'poin';
    });
    expect(found).toEqual([
      {
        code: 'ref/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 3,
        column: 'Polaritas',
        cell: 'E3',
        value: 'Positif',
        expected: 'Negatif',
        detail: { otherSheet: 'IKU', otherCell: 'F3', field: 'Polaritas' },
      },
      expect.objectContaining({
        sheet: 'Data Kinerja',
        cell: 'E2',
        value: 80,
        expected: '82',
        detail: { otherSheet: 'PK', otherCell: 'G2', field: 'Target' },
      }),
      expect.objectContaining({ sheet: 'Renstra', cell: 'E2', expected: 'nilai' }),
      expect.objectContaining({ sheet: 'LKjIP', cell: 'D2', expected: 'nilai' }),
    ]);
  });
  test('an empty cell in Data Kinerja (filled in from the PK later) is not a mismatch', () => {
    expect(
      runCheck(
        checkRefMismatchIndicator,
        (d) => ((rowOf(d, 'dataKinerja', 0).satuan = null), (rowOf(d, 'dataKinerja', 0).target = null)),
      ),
    ).toEqual([]);
  });
});
