import { emptyWorkbook, sampleTracker } from './fixtures.test-helper';
import { wasChecked } from './check';
import { workbookStatus } from './status';

test('the sample at a glance: checked, 13 SOP steps, 14 documents', () => {
  const s = workbookStatus(sampleTracker());
  expect([wasChecked(s.check), s.sop?.steps.length, s.documentsTotal]).toEqual([true, 13, 14]);
});

test('a workbook that is not a tracker has no status', () => {
  expect(workbookStatus(emptyWorkbook())).toEqual({
    check: { workbook: { kind: 'none', ownSheets: [] } },
    sop: null,
    documentsReceived: 0,
    documentsTotal: 0,
  });
});
