import { emptyWorkbook, sampleTracker } from './fixtures.test-helper';
import { markSopStep, sopSteps } from './sop';

test('the SOP steps of the sample, and a step marked in one plan on the SOP sheet', () => {
  const steps = sopSteps(sampleTracker());
  expect([steps.workbook.kind, steps.sop?.steps.length]).toEqual(['tracker', 13]);
  const marked = markSopStep(sampleTracker(), 1, { status: 'Selesai' });
  expect(marked.message).toBe('Langkah 1 disimpan sebagai Selesai.');
  expect(new Set(marked.plan.ops.map((o) => o.sheet))).toEqual(new Set(['SOP']));
});

test('no SOP sheet: nothing to show, and marking says what to do', () => {
  expect(sopSteps(emptyWorkbook())).toEqual({ workbook: { kind: 'none', ownSheets: [] }, sop: null });
  expect(() => markSopStep(emptyWorkbook(), 1, { status: 'Selesai' })).toThrow(/^Sheet SOP belum ada/);
});
