import { buildFormatPlan } from '../consolidate/format-plan';
import { fillFormat, sampleValues, trackerWithoutData } from '../../../test/support/format-fixtures';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { pkWithProgramTableSnapshot } from '../../../test/support/pk-program-fixtures';
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

test('a PK without programs and with its program table below: the bagian’s format merges its two indicators', () => {
  const tracker = pkWithProgramTableSnapshot();
  const format = fillFormat(
    applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(tracker, 'PEM', '2018-01-10T08:00:00').plan),
    new Map([
      ['IK-01', { realisasiTw4: 95 }],
      ['IK-02', { realisasiTw4: 85 }],
    ]),
  );
  const done = consolidateFormats(tracker, [{ name: 'format-PEM.xlsx', snapshot: format }], {
    importedAt: '2018-01-15T09:30:00',
  });
  expect(done.result.trackerError).toBeNull();
  // Two PK indicators (the program rows are not), both rows replaced: TW IV 90 → 95 and 80 → 85.
  expect(done.result.perSource.map((s) => [s.status, s.rows, s.replaced, s.rejected, s.missingIndicators])).toEqual([
    ['merged', 2, 2, 0, []],
  ]);
});
