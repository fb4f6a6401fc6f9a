import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellFormulaError } from './cell-formula-error';

describe('cell/formula-error', () => {
  test('no error values', () => {
    expect(runCheck(checkCellFormulaError)).toEqual([]);
  });
  test('an Excel error value, or its text, is an error in any column', () => {
    const found = runCheck(checkCellFormulaError, (d) => {
      rowOf(d, 'cascading', 1).target = { kind: 'error', code: '#N/A' };
      rowOf(d, 'iku', 0).definisi = '#REF!';
    });
    expect(found).toEqual([
      expect.objectContaining({
        code: 'cell/formula-error',
        severity: 'error',
        sheet: 'Cascading',
        cell: 'H3',
        value: { kind: 'error', code: '#N/A' },
      }),
      expect.objectContaining({ sheet: 'IKU', cell: 'D2', value: '#REF!' }),
    ]);
  });
});
