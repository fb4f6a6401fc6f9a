import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellRequired } from './cell-required';

describe('cell/required', () => {
  test('a complete tracker has every required cell', () => {
    expect(runCheck(checkCellRequired)).toEqual([]);
  });
  test('an empty or blank required cell is an error at the cell; optional cells may be empty', () => {
    const found = runCheck(checkCellRequired, (d) => {
      rowOf(d, 'pk', 1).sasaran = '   ';
      // Optional (#14): the PK's programs may live in DPA or in the table below the indicators.
      rowOf(d, 'pk', 1).kodeProgram = null;
      rowOf(d, 'pk', 1).program = null;
      rowOf(d, 'pk', 1).anggaran = null;
      rowOf(d, 'dpa', 0).sumberDana = null;
    });
    expect(found).toEqual([
      {
        code: 'cell/required',
        severity: 'error',
        sheet: 'PK',
        row: 3,
        column: 'Sasaran Strategis',
        cell: 'B3',
        value: '   ',
      },
    ]);
  });
  test('quarterly realisasi is required up to Triwulan Berjalan only', () => {
    const blankTw3and4 = (tw: number) =>
      runCheck(checkCellRequired, (d) => {
        d.pengaturan.triwulanBerjalan = tw;
        rowOf(d, 'dataKinerja', 0).realisasiTw3 = null;
        rowOf(d, 'dataKinerja', 0).realisasiTw4 = null;
      });
    expect(blankTw3and4(2)).toEqual([]);
    expect(blankTw3and4(3)).toMatchObject([
      { sheet: 'Data Kinerja', cell: 'H2', column: 'Realisasi TW III', detail: { triwulanBerjalan: 3 } },
    ]);
    expect(blankTw3and4(4).map((f) => f.cell)).toEqual(['H2', 'I2']);
  });
  test('Kode Induk of Cascading is required unless Level is Camat', () => {
    const found = runCheck(checkCellRequired, (d) => {
      rowOf(d, 'cascading', 1).kodeInduk = null;
    });
    expect(found).toEqual([
      {
        code: 'cell/required',
        severity: 'error',
        sheet: 'Cascading',
        row: 3,
        column: 'Kode Induk',
        cell: 'B3',
        value: null,
        detail: { conditional: true },
      },
    ]);
    expect(runCheck(checkCellRequired, (d) => (rowOf(d, 'cascading', 0).kodeInduk = null))).toEqual([]);
  });
  test('a required key–value field left empty is at column B of its row', () => {
    expect(runCheck(checkCellRequired, (d) => (d.pengaturan.kabupaten = ''))).toEqual([
      {
        code: 'cell/required',
        severity: 'error',
        sheet: 'Pengaturan',
        row: 2,
        column: 'Kabupaten',
        cell: 'B2',
        value: '',
      },
    ]);
  });
});
