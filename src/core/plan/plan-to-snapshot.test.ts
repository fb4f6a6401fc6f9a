import type { WritePlan } from './plan';
import { applyPlanToSnapshot, shownValue } from './plan-to-snapshot';
import type { WorkbookSnapshot } from '../snapshot';

describe('applyPlanToSnapshot', () => {
  test('ensureSheet creates a sheet once (matching names ignoring case), setValues writes a rectangle at 1-based positions', () => {
    const plan: WritePlan = {
      ops: [
        { op: 'ensureSheet', sheet: 'PK' },
        { op: 'ensureSheet', sheet: ' pk ' },
        {
          op: 'setValues',
          sheet: 'PK',
          row: 2,
          col: 3,
          values: [
            ['a', 1],
            [true, null],
          ],
        },
        { op: 'setStyle', sheet: 'PK', row: 1, col: 1, rows: 1, cols: 1, style: { bold: true } },
      ],
      notes: [],
    };
    const wb = applyPlanToSnapshot({ sheets: [] }, plan);
    expect(wb.sheets).toEqual([{ name: 'PK', rows: [[], [null, null, 'a', 1], [null, null, true, null]] }]);
  });

  test('formulas give their cached result and links their text', () => {
    const plan: WritePlan = {
      ops: [
        { op: 'ensureSheet', sheet: 'Temuan', hidden: true },
        {
          op: 'setValues',
          sheet: 'Temuan',
          row: 1,
          col: 1,
          values: [
            [
              { kind: 'formula', formula: 'SUM(B1:B2)', result: 3 },
              { kind: 'link', text: 'E7', sheet: 'PK', cell: 'E7' },
            ],
          ],
        },
      ],
      notes: [],
    };
    expect(applyPlanToSnapshot({ sheets: [] }, plan).sheets[0]).toEqual({
      name: 'Temuan',
      rows: [[3, 'E7']],
      hidden: true,
    });
    expect(shownValue({ kind: 'date', iso: '2017-12-31' })).toEqual({ kind: 'date', iso: '2017-12-31' });
  });

  test('clearSheet empties an existing sheet; writing over keeps the other cells; the input is not changed', () => {
    const before: WorkbookSnapshot = {
      sheets: [
        { name: 'Temuan', rows: [['lama', 'x']] },
        { name: 'PK', rows: [['a', 'b']] },
      ],
    };
    const wb = applyPlanToSnapshot(before, {
      ops: [
        { op: 'clearSheet', sheet: 'Temuan' },
        { op: 'setValues', sheet: 'Temuan', row: 1, col: 2, values: [['baru']] },
        { op: 'setValues', sheet: 'PK', row: 1, col: 2, values: [['B']] },
      ],
      notes: [],
    });
    expect(wb.sheets).toEqual([
      { name: 'Temuan', rows: [[null, 'baru']] },
      { name: 'PK', rows: [['a', 'B']] },
    ]);
    expect(before.sheets[0]?.rows).toEqual([['lama', 'x']]);
  });

  test('setValues on a sheet that was never created is a bug in the plan', () => {
    expect(() =>
      applyPlanToSnapshot(
        { sheets: [] },
        { ops: [{ op: 'setValues', sheet: 'X', row: 1, col: 1, values: [[1]] }], notes: [] },
      ),
    ).toThrow(/belum dibuat/);
  });
});
