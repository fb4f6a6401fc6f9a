import { buildContext } from '../context';
import { rowOf, runCheck, tableSheet, toSnapshot, validTrackerData } from '../test-fixtures';
import { SCHEMAS } from '../../schema/registry';
import { checkSopNoActor } from './sop-no-actor';

describe('sop/no-actor', () => {
  test('every step has an actor (any non-empty mark counts)', () => {
    expect(runCheck(checkSopNoActor, (d) => (rowOf(d, 'sop', 0)['actor:Camat'] = 'x'))).toEqual([]);
  });
  test('a step with no actor marked is an error on its first actor cell', () => {
    expect(runCheck(checkSopNoActor, (d) => (rowOf(d, 'sop', 0)['actor:Camat'] = null))).toEqual([
      {
        code: 'sop/no-actor',
        severity: 'error',
        sheet: 'SOP',
        row: 2,
        column: 'Camat',
        cell: 'C2',
        value: null,
        detail: { actors: ['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf'] },
      },
    ]);
  });
  test('with no actor column at all, each step is a finding on its Aktivitas', () => {
    const data = validTrackerData();
    const wb = toSnapshot(data);
    const { actorColumnsAfter: _actors, ...withoutActors } = SCHEMAS.sop;
    const sop = tableSheet(withoutActors, data.tables.sop ?? []);
    const ctx = buildContext({ sheets: wb.sheets.map((s) => (s.name === 'SOP' ? sop : s)) });
    const found = checkSopNoActor(ctx);
    expect(found).toHaveLength(13);
    expect(found[0]).toMatchObject({ cell: 'B2', column: 'Aktivitas' });
  });
});
