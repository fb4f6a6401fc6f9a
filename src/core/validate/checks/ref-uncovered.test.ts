import { runCheck } from '../../../../test/support/tracker-fixtures';
import { checkRefUncovered } from './ref-uncovered';

describe('ref/uncovered', () => {
  test('every PK indicator has Data Kinerja and Rencana Aksi; every IKU indicator is in the PK', () => {
    expect(runCheck(checkRefUncovered)).toEqual([]);
  });
  test('a PK indicator without Data Kinerja row or Rencana Aksi row, an IKU indicator not in the PK', () => {
    const found = runCheck(checkRefUncovered, (d) => {
      d.tables.dataKinerja = (d.tables.dataKinerja ?? []).slice(0, 1);
      d.tables.renaksi = (d.tables.renaksi ?? []).slice(1);
      d.tables.iku?.push({ ...d.tables.iku[0], kodeIndikator: 'IK-03' });
    });
    expect(found).toEqual([
      {
        code: 'ref/uncovered',
        severity: 'error',
        sheet: 'PK',
        row: 3,
        column: 'Kode Indikator',
        cell: 'A3',
        value: 'IK-02',
        detail: { missingIn: 'Data Kinerja', coveredBy: 'dataKinerja' },
      },
      expect.objectContaining({
        sheet: 'PK',
        cell: 'A2',
        value: 'IK-01',
        detail: { missingIn: 'Rencana Aksi', coveredBy: 'renaksi' },
      }),
      expect.objectContaining({
        sheet: 'IKU',
        cell: 'A4',
        value: 'IK-03',
        detail: { missingIn: 'PK', coveredBy: 'pk' },
      }),
    ]);
  });
  test('a missing covering sheet is reported once, by sheet/missing', () => {
    expect(runCheck(checkRefUncovered, undefined, ['dataKinerja'])).toEqual([]);
  });
});
