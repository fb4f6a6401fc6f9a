import { runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSheetMissing } from './sheet-missing';

describe('sheet/missing', () => {
  test('a complete tracker has every sheet', () => {
    expect(runCheck(checkSheetMissing)).toEqual([]);
  });
  test('each absent sheet of the contract is one error named by the contract', () => {
    expect(runCheck(checkSheetMissing, undefined, ['pk', 'pengaturan'])).toEqual([
      { code: 'sheet/missing', severity: 'error', sheet: 'Pengaturan' },
      { code: 'sheet/missing', severity: 'error', sheet: 'PK' },
    ]);
  });
});
