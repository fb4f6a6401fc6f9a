import { rowOf, runCheck } from '../test-fixtures';
import { checkRefUnknown } from './ref-unknown';

describe('ref/unknown', () => {
  test('every reference of the fixture resolves, Kode or Nama Bagian, ignoring case', () => {
    expect(
      runCheck(
        checkRefUnknown,
        (d) => (rowOf(d, 'iku', 1).penanggungJawab = 'seksi ketenteraman dan ketertiban umum'),
      ),
    ).toEqual([]);
  });
  test('a reference to nothing is an error naming where it was looked for', () => {
    const found = runCheck(checkRefUnknown, (d) => {
      rowOf(d, 'iku', 1).penanggungJawab = 'KEUANGAN';
      rowOf(d, 'pk', 0).kodeProgram = '9.99';
      rowOf(d, 'iki', 0).kodeAtasan = 'X-1';
    });
    expect(found).toEqual([
      {
        code: 'ref/unknown',
        severity: 'error',
        sheet: 'IKU',
        row: 3,
        column: 'Penanggung Jawab',
        cell: 'H3',
        value: 'KEUANGAN',
        detail: {
          targets: [
            { sheet: 'Bagian', column: 'Kode Bagian' },
            { sheet: 'Bagian', column: 'Nama Bagian' },
          ],
        },
      },
      expect.objectContaining({
        sheet: 'IKI',
        cell: 'J2',
        detail: {
          targets: [
            { sheet: 'IKU', column: 'Kode Indikator' },
            { sheet: 'Cascading', column: 'Kode' },
          ],
        },
      }),
      expect.objectContaining({
        sheet: 'PK',
        cell: 'H2',
        detail: { targets: [{ sheet: 'DPA', column: 'Kode Program/Kegiatan' }] },
      }),
    ]);
  });
  test('references within a sheet (Cascading Kode Induk) and to another indicator (PK Individu)', () => {
    const found = runCheck(checkRefUnknown, (d) => {
      rowOf(d, 'cascading', 1).kodeInduk = 'C9';
      rowOf(d, 'renaksiIndividu', 0).kodeAtasan = 'PKI-09';
    });
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([
      ['Cascading', 'B3'],
      ['Rencana Aksi Individu', 'C2'],
    ]);
  });
  test('a missing target sheet is sheet/missing, not one ref/unknown per row', () => {
    expect(runCheck(checkRefUnknown, (d) => (rowOf(d, 'pk', 0).kodeProgram = '9.99'), ['dpa'])).toEqual([]);
  });
});
