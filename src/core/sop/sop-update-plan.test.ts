import { LakipError } from '../errors';
import { buildInitPlan } from '../init/init-plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import type { WriteOp } from '../plan/plan';
import { readTable } from '../read/read-table';
import { SCHEMAS } from '../schema/registry';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import { findSheet, type WorkbookSnapshot } from '../snapshot';
import { validateTracker } from '../validate/validate';
import { buildSopUpdatePlan, findSopStepRow } from './sop-update-plan';

const EMPTY: WorkbookSnapshot = { sheets: [] };

function tracker(sample = false): WorkbookSnapshot {
  return applyPlanToSnapshot(
    EMPTY,
    buildInitPlan(EMPTY, {
      tahun: 2017,
      unit: 'Kecamatan Pasrujambe',
      ...(sample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}),
    }),
  );
}

type SetValues = Extract<WriteOp, { op: 'setValues' }>;

function cells(ops: readonly WriteOp[]): [string, string, unknown, string | null | undefined][] {
  return ops.map((op) => {
    const s = op as SetValues;
    return [s.sheet, `${s.row}:${s.col}`, s.values[0]?.[0], s.numberFormats?.[0]?.[0]];
  });
}

/** Excel row and 1-based column of a SOP column, read as the plan does. */
function position(wb: WorkbookSnapshot, no: number, key: string): string {
  const read = readTable(findSheet(wb, 'SOP')!, SCHEMAS.sop);
  const row = findSopStepRow(read, no)!;
  return `${row.excelRow}:${read.columnIndex.get(key)! + 1}`;
}

describe('buildSopUpdatePlan', () => {
  const wb = tracker();

  test('writes only the status when nothing else is given', () => {
    const plan = buildSopUpdatePlan(wb, 3, { status: 'Proses' });
    expect(cells(plan.ops)).toEqual([['SOP', position(wb, 3, 'status'), 'Proses', '@']]);
    expect(plan.notes[0]).toMatch(/^Langkah 3 SOP ditandai Proses/);
  });

  test("writes status, dates as dates, evidence as text and hard copy as Ya/Tidak — in that step's row", () => {
    const plan = buildSopUpdatePlan(wb, 5, {
      status: 'Selesai',
      tanggalMulai: '2018-01-08',
      tanggalSelesai: '2018-01-12',
      buktiSoft: '  \\\\server\\lakip\\draft.docx ',
      buktiHard: true,
    });
    expect(cells(plan.ops)).toEqual([
      ['SOP', position(wb, 5, 'status'), 'Selesai', '@'],
      ['SOP', position(wb, 5, 'tanggalMulai'), { kind: 'date', iso: '2018-01-08' }, 'dd/mm/yyyy'],
      ['SOP', position(wb, 5, 'tanggalSelesai'), { kind: 'date', iso: '2018-01-12' }, 'dd/mm/yyyy'],
      ['SOP', position(wb, 5, 'buktiSoft'), '\\\\server\\lakip\\draft.docx', '@'],
      ['SOP', position(wb, 5, 'buktiHard'), 'Ya', '@'],
    ]);
  });

  test('empties a cell for null or an empty text, and writes Tidak for no hard copy', () => {
    const plan = buildSopUpdatePlan(wb, 2, {
      status: 'Belum',
      tanggalMulai: '',
      tanggalSelesai: null,
      buktiSoft: '   ',
      buktiHard: false,
    });
    expect(cells(plan.ops).map((c) => c[2])).toEqual(['Belum', null, null, null, 'Tidak']);
  });

  test('leaves every other cell of the workbook as it was', () => {
    const plan = buildSopUpdatePlan(wb, 4, {
      status: 'Selesai',
      tanggalSelesai: '2018-01-05',
      buktiSoft: 'x.pdf',
      buktiHard: true,
    });
    const after = applyPlanToSnapshot(wb, plan);
    const changed: string[] = [];
    after.sheets.forEach((s, i) => {
      const before = wb.sheets[i]!;
      const height = Math.max(s.rows.length, before.rows.length);
      for (let r = 0; r < height; r++) {
        const width = Math.max(s.rows[r]?.length ?? 0, before.rows[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          if (JSON.stringify(s.rows[r]?.[c] ?? null) !== JSON.stringify(before.rows[r]?.[c] ?? null))
            changed.push(`${s.name}!${r + 1}:${c + 1}`);
        }
      }
    });
    expect(changed).toEqual(
      ['status', 'tanggalSelesai', 'buktiSoft', 'buktiHard'].map((k) => `SOP!${position(wb, 4, k)}`),
    );
  });

  test('finds the columns by their labels when the user reordered them and added a title row', () => {
    const sop = findSheet(wb, 'SOP')!;
    const header = sop.rows.findIndex((r) => r.includes('Status'));
    // Move every row one down (a new title row) and swap the Status column to the front.
    const statusCol = sop.rows[header]!.indexOf('Status');
    const moved = [
      ['Judul saya'],
      ...sop.rows.map((r) => [r[statusCol] ?? null, ...r.filter((_, c) => c !== statusCol)]),
    ];
    const custom: WorkbookSnapshot = {
      sheets: wb.sheets.map((s) => (s === sop ? { name: 'sop ', rows: moved } : s)),
    };
    const plan = buildSopUpdatePlan(custom, 7, { status: 'Proses', buktiHard: false });
    const read = readTable(findSheet(custom, 'SOP')!, SCHEMAS.sop);
    const row = findSopStepRow(read, 7)!;
    expect(row.excelRow).toBe(findSopStepRow(readTable(sop, SCHEMAS.sop), 7)!.excelRow + 1);
    expect(cells(plan.ops)).toEqual([
      ['sop ', `${row.excelRow}:1`, 'Proses', '@'],
      ['sop ', `${row.excelRow}:${read.columnIndex.get('buktiHard')! + 1}`, 'Tidak', '@'],
    ]);
  });

  test('applied, the step counts as done for validation (and missing evidence is a finding)', () => {
    const sample = tracker(true);
    const done = applyPlanToSnapshot(
      sample,
      buildSopUpdatePlan(sample, 5, {
        status: 'Selesai',
        tanggalSelesai: '2018-01-20',
        buktiSoft: 'draft.docx',
        buktiHard: true,
      }),
    );
    expect(validateTracker(done).counts['sop/missing-evidence']).toBeUndefined();
    const noHard = applyPlanToSnapshot(
      sample,
      buildSopUpdatePlan(sample, 5, { status: 'Selesai', buktiHard: false }),
    );
    expect(validateTracker(noHard).counts['sop/missing-evidence']).toBe(1);
  });

  test.each([
    ['no SOP sheet', EMPTY, 1, { status: 'Proses' as const }, /Sheet SOP belum ada/],
    ['no such step', tracker(), 14, { status: 'Proses' as const }, /Langkah 14 tidak ditemukan/],
    [
      'an impossible date',
      tracker(),
      1,
      { status: 'Selesai' as const, tanggalSelesai: '2018-02-30' },
      /Tanggal Selesai "2018-02-30" bukan tanggal yang valid/,
    ],
  ])('refuses %s with an Indonesian sentence', (_label, snapshot, no, update, message) => {
    expect(() => buildSopUpdatePlan(snapshot, no, update)).toThrow(LakipError);
    expect(() => buildSopUpdatePlan(snapshot, no, update)).toThrow(message);
  });

  test('refuses, naming them, columns an old SOP sheet does not have yet', () => {
    const sop = findSheet(wb, 'SOP')!;
    const header = sop.rows.findIndex((r) => r.includes('Status'));
    const cut = sop.rows[header]!.indexOf('Bukti Soft Copy');
    const old: WorkbookSnapshot = { sheets: [{ name: 'SOP', rows: sop.rows.map((r) => r.slice(0, cut)) }] };
    expect(() => buildSopUpdatePlan(old, 2, { status: 'Proses' })).not.toThrow();
    expect(() => buildSopUpdatePlan(old, 2, { status: 'Selesai', buktiSoft: 'a', buktiHard: true })).toThrow(
      'Sheet SOP belum punya kolom Bukti Soft Copy, Bukti Hard Copy. Buka tab Siapkan',
    );
  });

  test('refuses a sheet whose header cannot be found', () => {
    expect(() =>
      buildSopUpdatePlan({ sheets: [{ name: 'SOP', rows: [['apa saja']] }] }, 1, { status: 'Proses' }),
    ).toThrow(/Baris judul kolom sheet SOP tidak ditemukan/);
  });
});
