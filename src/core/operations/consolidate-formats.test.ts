import { buildFormatPlan } from '../consolidate/format-plan';
import { fillFormat, sampleValues, trackerWithoutData } from '../consolidate/fixtures.test-helper';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { consolidateFormats } from './consolidate-formats';

const formatOf = (kode: string) =>
  fillFormat(
    applyPlanToSnapshot(
      { sheets: [] },
      buildFormatPlan(trackerWithoutData(), kode, '2018-01-10T08:00:00').plan,
    ),
    sampleValues(),
  );

test('a filled format is merged; SOP step 3 is planned only when asked and every bagian is in', () => {
  const one = consolidateFormats(
    trackerWithoutData(),
    [{ name: 'format-PMD.xlsx', snapshot: formatOf('PMD') }],
    {
      importedAt: '2018-01-15T09:30:00',
      markStep3: true,
    },
  );
  expect([one.changes, one.step3, one.result.allBagianIn]).toEqual([true, false, false]);
  expect(one.plan).toEqual(one.result.plan);
});

test('a tracker that cannot be used plans nothing', () => {
  const none = consolidateFormats({ sheets: [] }, [], { importedAt: '2018-01-15T09:30:00' });
  expect([none.changes, none.plan.ops]).toEqual([false, []]);
  expect(none.result.trackerError).not.toBeNull();
});
