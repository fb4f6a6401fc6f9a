import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import type { WorkbookSnapshot } from '../snapshot';
import { fillFormat, sampleValues, setCell, trackerWithoutData, type Values } from './fixtures.test-helper';
import { buildFormatPlan } from './format-plan';
import { CHECKS } from '../validate/checks';
import { FORMAT_CHECKS, validateFormatFile } from './validate-format';

const tracker = trackerWithoutData();
const SAMPLE = sampleValues();

function format(kode: string, values: ReadonlyMap<string, Values> = SAMPLE): WorkbookSnapshot {
  return fillFormat(applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(tracker, kode).plan), values);
}

describe('validateFormatFile', () => {
  test('runs checks that exist in the validator (by name)', () => {
    const names = CHECKS.map((c) => c.name);
    for (const name of FORMAT_CHECKS) expect([name, names.includes(name)]).toEqual([name, true]);
  });

  test('a format filled completely: no finding, complete', () => {
    const r = validateFormatFile(format('PMD'));
    expect(r.findings).toEqual([]);
    expect(r.completeness.sheets).toEqual([{ sheet: 'Data Kinerja', required: 6, filled: 6, ratio: 1 }]);
  });

  test('a blank format: each realisasi up to Triwulan Berjalan is required; nothing about sheets a format does not have', () => {
    const r = validateFormatFile(format('PMD', new Map()));
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['cell/required', 'Data Kinerja', 'H6'],
      ['cell/required', 'Data Kinerja', 'I6'],
      ['cell/required', 'Data Kinerja', 'J6'],
      ['cell/required', 'Data Kinerja', 'K6'],
    ]);
    expect(r).toMatchObject({ errors: 4, warnings: 0, counts: { 'cell/required': 4 } });
    expect(r.completeness.total).toEqual({ sheet: 'Total', required: 6, filled: 2, ratio: 2 / 6 });
  });

  test('capaian below 100 % without Faktor Penghambat and Upaya Perbaikan: analysis/missing, computed from the format’s own PK columns', () => {
    const values = new Map([
      ['IK-03', { ...SAMPLE.get('IK-03'), faktorPenghambat: null, upayaPerbaikan: null }],
    ]);
    const r = validateFormatFile(format('TRANTIB', values));
    expect(r.findings.map((f) => [f.code, f.cell, f.detail, f.bagianFormat])).toEqual([
      // `bagian`: advised to the bagian (messages.ts), never to edit the locked cells.
      [
        'analysis/missing',
        'M6',
        { capaian: 80, missing: ['Faktor Penghambat', 'Upaya Perbaikan'] },
        'bagian',
      ],
    ]);
  });

  test('the bagian’s typing mistakes are found where they are', () => {
    let f = format('PELAYANAN');
    f = setCell(f, 'Data Kinerja', 6, 9, 'sekitar 84');
    f = setCell(f, 'Data Kinerja', 7, 16, 'Selesai');
    f = setCell(f, 'Data Kinerja', 7, 12, '=bagus');
    const r = validateFormatFile(f);
    expect(r.findings.map((x) => [x.code, x.cell])).toEqual([
      ['cell/type', 'I6'],
      ['cell/formula-text', 'L7'],
      ['cell/choice', 'P7'],
    ]);
  });

  test('a workbook without Data Kinerja: one sheet/missing', () => {
    expect(validateFormatFile({ sheets: [] })).toMatchObject({
      errors: 1,
      findings: [{ code: 'sheet/missing', sheet: 'Data Kinerja' }],
    });
  });
});
