import { buildInitPlan } from '../init/init-plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import { SEED_PERINGATAN } from '../seed/identitas';
import { SOP_STEPS, SOP_TOTAL_MINUTES } from '../seed/sop-steps';
import type { WorkbookSnapshot } from '../snapshot';
import { buildSopUpdatePlan } from './sop-update-plan';
import { readSopState } from './sop-steps';

const EMPTY: WorkbookSnapshot = { sheets: [] };
const sample = applyPlanToSnapshot(
  EMPTY,
  buildInitPlan(EMPTY, { tahun: 2017, sample: SAMPLE_PASRUJAMBE_2017 }),
);

describe('readSopState', () => {
  test('is null without an SOP sheet or without its header', () => {
    expect(readSopState(EMPTY)).toBeNull();
    expect(readSopState({ sheets: [{ name: 'SOP', rows: [['catatan lepas']] }] })).toBeNull();
  });

  test('reads the 13 seed steps with their actors and the standard time', () => {
    const state = readSopState(sample)!;
    expect(state.sheetName).toBe('SOP');
    expect(state.actorLabels).toEqual(['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf']);
    expect(state.steps.map((s) => s.no)).toEqual(SOP_STEPS.map((s) => s.no));
    expect(state.totalMinutes).toBe(SOP_TOTAL_MINUTES);
    const step7 = state.steps[6]!;
    expect(step7.aktivitas).toBe('Rapat finalisasi LAKIP');
    expect(step7.actors.filter((a) => a.marked).map((a) => a.label)).toEqual([
      'Camat',
      'Sekcam',
      'Kasi/Kasubbag',
    ]);
    expect(step7.waktu).toBe(60);
    expect(state.peringatan).toBe(SEED_PERINGATAN);
  });

  test("reads the sample's progress: 4 steps Selesai, step 5 in Proses, dates and evidence", () => {
    const state = readSopState(sample)!;
    expect(state.done).toBe(4);
    expect(state.steps.map((s) => s.status).slice(0, 6)).toEqual([
      'Selesai',
      'Selesai',
      'Selesai',
      'Selesai',
      'Proses',
      'Belum',
    ]);
    const first = state.steps[0]!;
    expect(first.tanggalMulai).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.buktiHard).toBe(true);
    expect(first.buktiSoft).not.toBe('');
    expect(state.steps[12]!.buktiHard).toBeNull();
  });

  test('sees an update once the plan is applied', () => {
    const plan = buildSopUpdatePlan(sample, 5, {
      status: 'Selesai',
      tanggalSelesai: '2018-02-01',
      buktiSoft: 'draft.docx',
      buktiHard: true,
    });
    const step5 = readSopState(applyPlanToSnapshot(sample, plan))!.steps[4]!;
    expect(step5).toMatchObject({
      status: 'Selesai',
      tanggalSelesai: '2018-02-01',
      buktiSoft: 'draft.docx',
      buktiHard: true,
    });
  });
});
