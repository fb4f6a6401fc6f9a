import { describeFinding } from '../../findings/messages';
import { rowOf, runCheck, type TrackerData } from '../../../../test/support/tracker-fixtures';
import { checkCellRequired } from './cell-required';
import { checkRefUnknown } from './ref-unknown';
import { checkSumQuarterlyTargets } from './sum-quarterly-targets';

describe('sum/mismatch: Rencana Aksi quarterly targets against the PK target', () => {
  test('Rata-rata (mean 82) and Kumulatif (sum 10) agree with the PK', () => {
    expect(runCheck(checkSumQuarterlyTargets)).toEqual([]);
  });
  test('Nilai Akhir takes TW IV', () => {
    expect(
      runCheck(checkSumQuarterlyTargets, (d) => {
        rowOf(d, 'pk', 0).metode = 'Nilai Akhir';
        Object.assign(rowOf(d, 'renaksi', 0), { targetTw1: 10, targetTw2: 40, targetTw3: 60, targetTw4: 82 });
      }),
    ).toEqual([]);
  });
  test('quarters that do not add up by the method are a warning on TW IV', () => {
    const found = runCheck(checkSumQuarterlyTargets, (d) => {
      rowOf(d, 'renaksi', 1).targetTw4 = 3;
      rowOf(d, 'pk', 0).metode = 'Kumulatif';
    });
    expect(found).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'Rencana Aksi',
        cell: 'G2',
        expected: '82',
        detail: { rule: 'target-triwulan', metode: 'Kumulatif', expected: 82, actual: 328, pkRow: 2 },
      }),
      expect.objectContaining({
        cell: 'G3',
        value: 3,
        expected: '10',
        detail: expect.objectContaining({ actual: 11 }) as unknown,
      }),
    ]);
  });
  test('an empty quarter has nothing planned: IK-02 (Kumulatif, target 10) 3 + kosong + 3 + 4 = 10', () => {
    expect(
      runCheck(checkSumQuarterlyTargets, (d) =>
        Object.assign(rowOf(d, 'renaksi', 1), { targetTw1: 3, targetTw2: null, targetTw3: 3, targetTw4: 4 }),
      ),
    ).toEqual([]);
    // 3 + kosong + 3 + 2 = 8 ≠ 10: a sum, not a missing value.
    expect(runCheck(checkSumQuarterlyTargets, (d) => (rowOf(d, 'renaksi', 1).targetTw2 = null))).toEqual([
      expect.objectContaining({
        cell: 'G3',
        detail: expect.objectContaining({ actual: 8, expected: 10 }) as unknown,
      }),
    ]);
    // Nilai Akhir: the last quarter planned; IK-01 target 82 planned in TW II only (82).
    expect(
      runCheck(checkSumQuarterlyTargets, (d) => {
        rowOf(d, 'pk', 0).metode = 'Nilai Akhir';
        Object.assign(rowOf(d, 'renaksi', 0), {
          targetTw1: null,
          targetTw2: 82,
          targetTw3: null,
          targetTw4: null,
        });
      }),
    ).toEqual([]);
  });
  test('all four quarters empty: one warning on TW I', () => {
    expect(
      runCheck(checkSumQuarterlyTargets, (d) =>
        Object.assign(rowOf(d, 'renaksi', 1), {
          targetTw1: null,
          targetTw2: null,
          targetTw3: null,
          targetTw4: null,
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'Rencana Aksi',
        cell: 'D3',
        detail: { rule: 'target-triwulan-kosong', pkRow: 3, bulanan: true },
      }),
    ]);
  });
  test('a monthly Rencana Aksi (s.d. each month) is aggregated to quarters', () => {
    // IK-02 (Kumulatif, target 10) typed s.d. month: Jan 1, Feb 2, Mar 3 | Jun 5 | Sep 8 | Des 10.
    // Quarters: 3 − 0 = 3, 5 − 3 = 2, 8 − 5 = 3, 10 − 8 = 2; sum 10 = target.
    const monthly = (months: Record<number, number>) => (d: TrackerData) => {
      Object.assign(rowOf(d, 'renaksi', 1), {
        targetTw1: null,
        targetTw2: null,
        targetTw3: null,
        targetTw4: null,
      });
      for (const [m, v] of Object.entries(months)) rowOf(d, 'renaksi', 1)[`targetBln${m}`] = v;
    };
    expect(runCheck(checkSumQuarterlyTargets, monthly({ 1: 1, 2: 2, 3: 3, 6: 5, 9: 8, 12: 10 }))).toEqual([]);
    // s.d. Desember 12: 3 + 2 + 3 + 4 = 12 ≠ 10.
    expect(runCheck(checkSumQuarterlyTargets, monthly({ 3: 3, 6: 5, 9: 8, 12: 12 }))).toEqual([
      expect.objectContaining({
        cell: 'G3',
        detail: expect.objectContaining({ actual: 12, expected: 10 }) as unknown,
      }),
    ]);
  });
  test('a program-level row (its code is a DPA program) is allowed: no PK target to add up to', () => {
    const programRow = {
      kodeIndikator: '5.01.03',
      rencanaAksi: 'Patroli wilayah',
      satuan: 'kali',
      targetTw1: 12,
      targetTw2: 12,
      targetTw3: 12,
      targetTw4: 12,
      penanggungJawab: 'TRANTIB',
    };
    expect(runCheck(checkSumQuarterlyTargets, (d) => d.tables.renaksi?.push(programRow))).toEqual([]);
    // All empty: the warning says it is a program-level row.
    const found = runCheck(checkSumQuarterlyTargets, (d) =>
      d.tables.renaksi?.push({
        ...programRow,
        targetTw1: null,
        targetTw2: null,
        targetTw3: null,
        targetTw4: null,
      }),
    );
    expect(found).toEqual([
      expect.objectContaining({
        cell: 'D4',
        detail: { rule: 'target-triwulan-kosong', program: '5.01.03', bulanan: true },
      }),
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Rencana Aksi'!D4: Rencana Aksi tingkat program/kegiatan 5.01.03 ini tidak punya target di triwulan mana pun (Target TW I–IV dan Januari–Desember kosong).",
    );
  });
  test('neither cell/required for an empty quarter nor ref/unknown for a program-level row', () => {
    const change = (d: TrackerData): void => {
      Object.assign(rowOf(d, 'renaksi', 1), {
        targetTw1: null,
        targetTw2: null,
        targetTw3: null,
        targetTw4: null,
      });
      rowOf(d, 'renaksi', 1).kodeIndikator = '5.01.03';
    };
    expect(runCheck(checkCellRequired, change)).toEqual([]);
    expect(runCheck(checkRefUnknown, change)).toEqual([]);
    // A code in neither the PK nor the DPA is still unknown.
    expect(
      runCheck(checkRefUnknown, (d) => (rowOf(d, 'renaksi', 1).kodeIndikator = 'X-99')).map((f) => f.cell),
    ).toEqual(['A3']);
  });
});

describe('Rencana Aksi Individu: quarters optional, by the rule of Rencana Aksi', () => {
  const quarters = (tw: readonly (number | null)[]) => (d: TrackerData) =>
    Object.assign(rowOf(d, 'renaksiIndividu', 0), {
      targetTw1: tw[0],
      targetTw2: tw[1],
      targetTw3: tw[2],
      targetTw4: tw[3],
    });

  test('an empty quarter has nothing planned: neither cell/required nor a warning', () => {
    // 81 | kosong | 82,5 | 83: TW II has nothing planned.
    const change = quarters([81, null, 82.5, 83]);
    expect(runCheck(checkSumQuarterlyTargets, change)).toEqual([]);
    expect(runCheck(checkCellRequired, change)).toEqual([]);
  });

  test('all four quarters empty: one warning on Target TW I (column F)', () => {
    const change = quarters([null, null, null, null]);
    const found = runCheck(checkSumQuarterlyTargets, change);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'Rencana Aksi Individu',
        cell: 'F2',
        detail: { rule: 'target-triwulan-kosong' },
      }),
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Rencana Aksi Individu'!F2: Rencana Aksi ini tidak punya target di triwulan mana pun (Target TW I–IV kosong).",
    );
    expect(runCheck(checkCellRequired, change)).toEqual([]);
  });
});

describe('Rencana Aksi Tahun Berikut: the empty-plan rule of Rencana Aksi, no PK sum', () => {
  // The fixture's one row (Excel row 2): IK-01, 82 | 82,5 | 83,5 | 84; Target TW I is column D,
  // Januari … Desember are columns I … T.
  const plan =
    (tw: readonly (number | null)[], months: Record<number, number> = {}) =>
    (d: TrackerData) => {
      Object.assign(rowOf(d, 'renaksiBerikut', 0), {
        targetTw1: tw[0],
        targetTw2: tw[1],
        targetTw3: tw[2],
        targetTw4: tw[3],
      });
      for (const [m, v] of Object.entries(months)) rowOf(d, 'renaksiBerikut', 0)[`targetBln${m}`] = v;
    };

  test('not added up against the PK: mean (82 + 82,5 + 83,5 + 84) ÷ 4 = 83 ≠ this year’s PK target 82, no warning', () => {
    expect(runCheck(checkSumQuarterlyTargets)).toEqual([]);
    // Kumulatif read: 82 + 82,5 + 83,5 + 84 = 332 ≠ 82 either; still nothing (next year’s PK is not signed yet).
    expect(
      runCheck(checkSumQuarterlyTargets, (d) => {
        rowOf(d, 'pk', 0).metode = 'Kumulatif';
      }).filter((f) => f.sheet === 'Rencana Aksi Tahun Berikut'),
    ).toEqual([]);
  });

  test('an empty quarter has nothing planned: 82 | kosong | 83,5 | kosong is neither cell/required nor a warning', () => {
    const change = plan([82, null, 83.5, null]);
    expect(runCheck(checkSumQuarterlyTargets, change)).toEqual([]);
    expect(runCheck(checkCellRequired, change)).toEqual([]);
  });

  test('all four quarters and the twelve months empty: one warning on Target TW I (D2)', () => {
    const change = plan([null, null, null, null]);
    const found = runCheck(checkSumQuarterlyTargets, change);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'Rencana Aksi Tahun Berikut',
        cell: 'D2',
        detail: { rule: 'target-triwulan-kosong', bulanan: true },
      }),
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Rencana Aksi Tahun Berikut'!D2: Rencana Aksi ini tidak punya target di triwulan mana pun (Target TW I–IV dan Januari–Desember kosong).",
    );
    expect(runCheck(checkCellRequired, change)).toEqual([]);
  });

  test('quarters empty but months typed (s.d. Maret 82, s.d. Desember 84): planned, no warning', () => {
    expect(runCheck(checkSumQuarterlyTargets, plan([null, null, null, null], { 3: 82, 12: 84 }))).toEqual([]);
  });

  test('a new indicator of next year (IK-09, in no PK) empty in all four: the warning too', () => {
    const found = runCheck(checkSumQuarterlyTargets, (d) => {
      plan([null, null, null, null])(d);
      rowOf(d, 'renaksiBerikut', 0).kodeIndikator = 'IK-09';
    });
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([['Rencana Aksi Tahun Berikut', 'D2']]);
  });
});
