import { cellAddress } from '../address';
import type { WriteOp } from '../plan/plan';
import { sheetsTouched } from '../plan/plan';
import { readTrackerModel } from '../model/tracker-model';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { readTable, valueOf } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { sampleSnapshot } from '../../../test/support/tracker-fixtures';
import { validateTracker } from '../validate/validate';
import { consolidate, type ConsolidationSource } from './consolidate';
import { describeConsolidation, describeSkip, describeTrackerProblem } from './describe';
import {
  cellMap,
  dataKinerjaOf,
  fillFormat,
  fillSheet,
  sampleValues,
  setCell,
  text,
  trackerWithoutData,
  type Values,
} from '../../../test/support/format-fixtures';
import { buildBagianSheetPlan, buildFormatPlan, listFormatBagian } from './format-plan';
import { validateFormatFile } from './validate-format';

const MADE = '2018-01-08T09:00:00';
const T1 = '2018-01-15T09:30:00';
const T2 = '2018-01-22T14:00:00';

const empty = trackerWithoutData();
const SAMPLE = sampleValues();

/** A bagian's format, made from `tracker` and filled with `values` (default: the sample's). */
function formatFor(
  kode: string,
  values: ReadonlyMap<string, Values> = SAMPLE,
  tracker: WorkbookSnapshot = empty,
  name?: string,
): ConsolidationSource & { snapshot: WorkbookSnapshot } {
  const made = buildFormatPlan(tracker, kode, MADE);
  return {
    name: name ?? made.fileName,
    snapshot: fillFormat(applyPlanToSnapshot({ sheets: [] }, made.plan), values),
  };
}

function everyFormat(
  tracker: WorkbookSnapshot = empty,
): (ConsolidationSource & { snapshot: WorkbookSnapshot })[] {
  return listFormatBagian(tracker)
    .filter((b) => b.indicators > 0)
    .map((b) => formatFor(b.kode, SAMPLE, tracker));
}

/** Data Kinerja as `Kode Indikator → column key → raw value`. */
function rowsByKode(wb: WorkbookSnapshot): Map<string, Map<string, CellValue>> {
  const out = new Map<string, Map<string, CellValue>>();
  for (const row of dataKinerjaOf(wb).rows) out.set(text(row.raw.get('kodeIndikator')), new Map(row.raw));
  return out;
}

/** The sample's values, with some cells of one indicator changed. */
function withValues(kode: string, values: Values): Map<string, Values> {
  return new Map([...SAMPLE, [kode, { ...SAMPLE.get(kode), ...values }]]);
}

/** The cells a plan writes with setValues, as `sheet!A1`. */
function writtenCells(ops: readonly WriteOp[]): Set<string> {
  const out = new Set<string>();
  for (const op of ops) {
    if (op.op !== 'setValues') continue;
    op.values.forEach((line, r) =>
      line.forEach((_, c) => out.add(`${op.sheet}!${cellAddress(op.row + r, op.col + c)}`)),
    );
  }
  return out;
}

describe('the whole loop: a format for every bagian, filled, consolidated, validated', () => {
  const sources = everyFormat();
  const result = consolidate(empty, sources, T1);
  const after = applyPlanToSnapshot(empty, result.plan);

  test('every bagian answering for an indicator gets a format; each filled format validates without error', () => {
    expect(sources.map((s) => s.name)).toEqual([
      'format-data-kinerja-2017-UMPEG.xlsx',
      'format-data-kinerja-2017-PERKEU.xlsx',
      'format-data-kinerja-2017-PEM.xlsx',
      'format-data-kinerja-2017-TRANTIB.xlsx',
      'format-data-kinerja-2017-PMD.xlsx',
      'format-data-kinerja-2017-PELAYANAN.xlsx',
    ]);
    for (const s of sources) expect(validateFormatFile(s.snapshot)).toMatchObject({ errors: 0, warnings: 0 });
  });

  test('every format merges: 7 rows added, no conflict, no finding; the plan writes only Data Kinerja', () => {
    expect(result.trackerError).toBeNull();
    expect(result.perSource.map((s) => [s.bagian, s.status, s.added, s.replaced, s.rejected])).toEqual([
      ['UMPEG', 'merged', 1, 0, 0],
      ['PERKEU', 'merged', 1, 0, 0],
      ['PEM', 'merged', 1, 0, 0],
      ['TRANTIB', 'merged', 1, 0, 0],
      ['PMD', 'merged', 1, 0, 0],
      ['PELAYANAN', 'merged', 2, 0, 0],
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(sheetsTouched(result.plan)).toEqual(['Data Kinerja']);
  });

  test('the tracker then has the sample’s Data Kinerja, in PK order, with Sumber and Diimpor', () => {
    const rows = rowsByKode(after);
    expect([...rows.keys()]).toEqual(['IK-01', 'IK-02', 'IK-03', 'IK-04', 'IK-05', 'IK-06', 'IK-07']);
    for (const sample of SAMPLE_ROWS) {
      const row = rows.get(String(sample.kodeIndikator));
      for (const [key, value] of Object.entries(sample))
        expect([sample.kodeIndikator, key, row?.get(key)]).toEqual([sample.kodeIndikator, key, value]);
    }
    expect(rows.get('IK-03')?.get('sumber')).toBe('format-data-kinerja-2017-TRANTIB.xlsx');
    expect(rows.get('IK-03')?.get('diimpor')).toEqual({ kind: 'date', iso: T1 });
    expect(dataKinerjaOf(after).rows.map((r) => r.excelRow)).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  test('validation of the consolidated tracker finds no error', () => {
    const v = validateTracker(after);
    expect(v.errors).toBe(0);
    expect(v.counts).toEqual({ 'sop/incomplete': 1, 'sop/duplicate-step': 1 });
  });

  test('every bagian is in; step 3 is already Selesai in the sample, so nothing is offered', () => {
    expect(result.allBagianIn).toBe(true);
    expect(result.missingBagian).toEqual([]);
    expect(result.sopStep3Plan).toBeUndefined();
  });

  test('consolidating the same files again gives the identical tracker (the plan is empty)', () => {
    const again = consolidate(after, sources, T2);
    expect(again.plan.ops).toEqual([]);
    expect(applyPlanToSnapshot(after, again.plan)).toEqual(after);
    expect(again.perSource.map((s) => [s.merged, s.unchanged, s.added, s.replaced])).toEqual(
      sources.map((_, i) => (i === 5 ? [2, 2, 0, 0] : [1, 1, 0, 0])),
    );
    expect(again.allBagianIn).toBe(true);
  });
});

const SAMPLE_ROWS = [...SAMPLE.entries()].map(([kodeIndikator, v]) => ({ kodeIndikator, ...v }));

describe('a format with the column Isian Realisasi (an indicator typed cumulatively)', () => {
  // IK-01 (PELAYANAN, Rata-rata, target 82) is Kumulatif s.d. Triwulan in the PK.
  const pk = findSchemaSheet(empty, SCHEMAS.pk);
  const header = pk?.rows.findIndex((r) => r.some((v) => text(v) === 'Isian Realisasi')) ?? -1;
  const isianCol = (pk?.rows[header] ?? []).findIndex((v) => text(v) === 'Isian Realisasi') + 1;
  const ik01Row = (pk?.rows.findIndex((r) => text(r[0]) === 'IK-01') ?? -2) + 1;
  const tracker = setCell(empty, SCHEMAS.pk.name, ik01Row, isianCol, 'Kumulatif s.d. Triwulan');
  // Per quarter 80, 82, 84, 86, typed s.d. triwulan: 80, 162, 246, 332.
  const cumulative = withValues('IK-01', {
    realisasiTw1: 80,
    realisasiTw2: 162,
    realisasiTw3: 246,
    realisasiTw4: 332,
  });
  const source = formatFor('PELAYANAN', cumulative, tracker);

  test('the format carries the column, and consolidation ignores it and takes every typed cell', () => {
    expect(dataKinerjaOf(source.snapshot).rows.map((r) => text(r.raw.get('kodeIndikator')))).toEqual([
      'IK-01',
      'IK-04',
    ]);
    const result = consolidate(tracker, [source], T1);
    expect(result.findings).toEqual([]);
    const after = applyPlanToSnapshot(tracker, result.plan);
    const rows = rowsByKode(after);
    expect([1, 2, 3, 4].map((q) => rows.get('IK-01')?.get(`realisasiTw${q}`))).toEqual([80, 162, 246, 332]);
    const ik04 = SAMPLE.get('IK-04') ?? {};
    for (const key of Object.keys(ik04)) expect(rows.get('IK-04')?.get(key)).toEqual(ik04[key]);
    // Rata-rata of cumulative figures: 332 ÷ 4 = 83 (the mean of 80, 82, 84, 86); 83 / 82 × 100 = 101,22 %.
    const ik01 = readTrackerModel(after).indicatorByKey('IK-01');
    expect(ik01?.realisasi).toBe(83);
    expect(ik01?.capaian.kind === 'ok' ? ik01.capaian.value : undefined).toBeCloseTo(101.2195, 4);
  });

  test('validating the format reads the quarters by its Isian Realisasi column too', () => {
    const v = validateFormatFile(source.snapshot);
    expect(v.findings.filter((f) => f.code.startsWith('calc/'))).toEqual([]);
    expect(v.errors).toBe(0);
  });
});

describe('consolidating twice on a tracker the Sekcam filled by hand', () => {
  test('the first run records Sumber and Diimpor only (values are the same); the second run plans nothing', () => {
    const sample = sampleSnapshot();
    const sources = everyFormat(sample);
    const first = consolidate(sample, sources, T1);
    expect(first.changes).toEqual([]);
    expect(first.perSource.every((s) => s.unchanged === s.merged && s.merged > 0)).toBe(true);
    const once = applyPlanToSnapshot(sample, first.plan);
    const written = writtenCells(first.plan.ops);
    expect([...written].every((c) => /^Data Kinerja!(O|P)\d+$/.test(c))).toBe(true);
    const twice = applyPlanToSnapshot(once, consolidate(once, sources, T2).plan);
    expect(twice).toEqual(once);
  });
});

describe('the sentence on Data Kinerja (CLI note and pane message)', () => {
  test('rows only added: no "0 sel diganti"; one cell replaced; nothing to do', () => {
    // PELAYANAN answers for IK-01 and IK-04; the tracker has no Data Kinerja row.
    const first = consolidate(empty, [formatFor('PELAYANAN')], T1);
    expect(first.summary).toBe(
      'Sheet Data Kinerja: 2 baris indikator baru ditambahkan di bawah baris terakhir; tidak ada sel yang diganti.',
    );
    expect(first.plan.notes).toContain(first.summary);
    // IK-01 Realisasi TW IV 85,7 → 86: one row, one cell that held a value.
    const once = applyPlanToSnapshot(empty, first.plan);
    const again = consolidate(once, [formatFor('PELAYANAN', withValues('IK-01', { realisasiTw4: 86 }))], T2);
    expect(again.changes.map((c) => [c.kodeIndikator, c.column, c.before, c.after])).toEqual([
      ['IK-01', 'Realisasi TW IV', 85.7, 86],
    ]);
    expect(again.summary).toBe('Sheet Data Kinerja: 1 baris diperbarui dan 1 sel yang sudah berisi diganti.');
    const same = consolidate(once, [formatFor('PELAYANAN')], T2);
    expect(same.summary).toBe('Sheet Data Kinerja: tidak ada baris yang berubah.');
  });
});

describe('conflicts: two sources with different values for the same indicator', () => {
  const a = formatFor('PELAYANAN', SAMPLE, empty, 'pelayanan-a.xlsx');
  const b = formatFor(
    'PELAYANAN',
    withValues('IK-01', { realisasiTw4: 86, statusData: 'Draf' }),
    empty,
    'pelayanan-b.xlsx',
  );

  test('each differing cell is a conflict with both values; neither is written; agreeing cells merge', () => {
    const r = consolidate(empty, [a, b], T1);
    expect(r.conflicts).toEqual([
      {
        kodeIndikator: 'IK-01',
        column: 'Realisasi TW IV',
        columnKey: 'realisasiTw4',
        values: [
          { source: 'pelayanan-a.xlsx', value: 85.7 },
          { source: 'pelayanan-b.xlsx', value: 86 },
        ],
        trackerCell: null,
        trackerValue: null,
      },
      {
        kodeIndikator: 'IK-01',
        column: 'Status Data',
        columnKey: 'statusData',
        values: [
          { source: 'pelayanan-a.xlsx', value: 'Final' },
          { source: 'pelayanan-b.xlsx', value: 'Draf' },
        ],
        trackerCell: null,
        trackerValue: null,
      },
    ]);
    const rows = rowsByKode(applyPlanToSnapshot(empty, r.plan));
    expect(rows.get('IK-01')?.get('realisasiTw4')).toBeNull();
    expect(rows.get('IK-01')?.get('realisasiTw3')).toBe(85);
    expect(rows.get('IK-01')?.get('sumber')).toBe('pelayanan-a.xlsx; pelayanan-b.xlsx');
    expect(rows.get('IK-04')?.get('realisasiTw4')).toBe(97.7);
    expect(r.perSource.map((s) => s.conflicts)).toEqual([2, 2]);
  });

  test('the same file given twice agrees with itself and is named once in Sumber', () => {
    const r = consolidate(empty, [a, a], T1);
    expect(r.conflicts).toEqual([]);
    expect(rowsByKode(applyPlanToSnapshot(empty, r.plan)).get('IK-01')?.get('sumber')).toBe(
      'pelayanan-a.xlsx',
    );
  });

  test('on a row the tracker has, the conflict names the tracker cell, which keeps its value', () => {
    const before = applyPlanToSnapshot(empty, consolidate(empty, [a], T1).plan);
    const r = consolidate(before, [a, b], T2);
    expect(r.conflicts[0]).toMatchObject({ trackerCell: 'I6', trackerValue: 85.7 });
    expect(rowsByKode(applyPlanToSnapshot(before, r.plan)).get('IK-01')?.get('realisasiTw4')).toBe(85.7);
    expect(describeConsolidation(r).conflicts[0]).toBe(
      'IK-01 · Realisasi TW IV: nilai berbeda — pelayanan-a.xlsx: 85,7, pelayanan-b.xlsx: 86; sel I6 di tracker tetap 85,7. Pastikan nilai yang benar dengan bagian, perbaiki filenya, lalu gabungkan ulang.',
    );
  });
});

describe('a bagian answering for another bagian’s indicator', () => {
  test('the row is not merged and is reported as ref/mismatch against the PK’s Penanggung Jawab; the owner’s file merges', () => {
    const pem = formatFor('PEM', SAMPLE, empty, 'pem.xlsx');
    // PEM pasted PMD's indicator IK-02 into its format (row 7).
    const pasted = setCell(
      setCell(setCell(pem.snapshot, 'Data Kinerja', 7, 1, 'PEM'), 'Data Kinerja', 7, 2, 'IK-02'),
      'Data Kinerja',
      7,
      11,
      99,
    );
    const pmd = formatFor('PMD', SAMPLE, empty, 'pmd.xlsx');
    const r = consolidate(empty, [{ name: 'pem.xlsx', snapshot: pasted }, pmd], T1);
    expect(r.findings).toEqual([
      {
        code: 'ref/mismatch',
        severity: 'warning',
        sheet: '[pem.xlsx]Data Kinerja',
        row: 7,
        column: 'Kode Indikator',
        cell: 'B7',
        value: 'PEM',
        expected: 'PMD',
        detail: { field: 'Penanggung Jawab', otherSheet: 'PK', otherCell: 'K7', kodeIndikator: 'IK-02' },
      },
    ]);
    expect(r.perSource.map((s) => [s.name, s.merged, s.rejected])).toEqual([
      ['pem.xlsx', 1, 1],
      ['pmd.xlsx', 1, 0],
    ]);
    expect(rowsByKode(applyPlanToSnapshot(empty, r.plan)).get('IK-02')?.get('realisasiTw4')).toBe(85.71);
    expect(describeConsolidation(r).findings[0]).toBe(
      "'[pem.xlsx]Data Kinerja'!B7: Penanggung Jawab “PEM” berbeda dengan PK!K7 (PMD) untuk indikator yang sama. Samakan Penanggung Jawab dengan PK!K7, yang menjadi acuan; bila acuannya yang salah, perbaiki di sana.",
    );
  });

  test('alone, the foreign row changes nothing of the owner’s row already in the tracker', () => {
    const before = applyPlanToSnapshot(empty, consolidate(empty, [formatFor('PMD')], T1).plan);
    const pem = formatFor('PEM');
    const pasted = setCell(setCell(pem.snapshot, 'Data Kinerja', 6, 2, 'IK-02'), 'Data Kinerja', 6, 11, 1);
    const r = consolidate(before, [{ name: pem.name, snapshot: pasted }], T2);
    expect(r.plan.ops).toEqual([]);
    expect(r.findings.map((f) => f.code)).toEqual(['ref/mismatch']);
  });
});

describe('formula-like text', () => {
  test('text starting with = + - @ is written as literal text (text format) and reported as cell/formula-text at the tracker cell', () => {
    const texts = {
      faktorPendukung: '=SUM(A1:A3)',
      faktorPenghambat: '-kurang anggaran',
      upayaPerbaikan: '+62 812 3456',
      buktiDukung: '@arsip',
    };
    const r = consolidate(empty, [formatFor('PEM', withValues('IK-05', texts))], T1);
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell, f.value, f.detail])).toEqual([
      [
        'cell/formula-text',
        'Data Kinerja',
        'J6',
        '=SUM(A1:A3)',
        { sources: ['format-data-kinerja-2017-PEM.xlsx'] },
      ],
      [
        'cell/formula-text',
        'Data Kinerja',
        'K6',
        '-kurang anggaran',
        { sources: ['format-data-kinerja-2017-PEM.xlsx'] },
      ],
      [
        'cell/formula-text',
        'Data Kinerja',
        'L6',
        '+62 812 3456',
        { sources: ['format-data-kinerja-2017-PEM.xlsx'] },
      ],
      [
        'cell/formula-text',
        'Data Kinerja',
        'M6',
        '@arsip',
        { sources: ['format-data-kinerja-2017-PEM.xlsx'] },
      ],
    ]);
    const op = r.plan.ops.find(
      (o): o is Extract<WriteOp, { op: 'setValues' }> => o.op === 'setValues' && o.row === 6 && o.col === 1,
    );
    expect(op?.values[0]?.slice(9, 13)).toEqual([
      '=SUM(A1:A3)',
      '-kurang anggaran',
      '+62 812 3456',
      '@arsip',
    ]);
    expect(op?.numberFormats?.[0]?.slice(9, 13)).toEqual(['@', '@', '@', '@']);
    const after = applyPlanToSnapshot(empty, r.plan);
    expect(rowsByKode(after).get('IK-05')?.get('faktorPendukung')).toBe('=SUM(A1:A3)');
    const v = validateTracker(after);
    expect(v.findings.filter((f) => f.code === 'cell/formula-text').map((f) => f.cell)).toEqual([
      'J6',
      'K6',
      'L6',
      'M6',
    ]);
  });
});

describe('damaged and foreign sources among good ones', () => {
  const tahun2016 = setCell(
    formatFor('TRANTIB').snapshot,
    'Pengaturan',
    (findSheet(formatFor('TRANTIB').snapshot, 'Pengaturan')?.rows.findIndex(
      (r) => text(r[0]) === 'Tahun Laporan',
    ) ?? 0) + 1,
    2,
    2016,
  );
  const unknownBagian = setCell(
    formatFor('UMPEG').snapshot,
    'Pengaturan',
    (findSheet(formatFor('UMPEG').snapshot, 'Pengaturan')?.rows.findIndex(
      (r) => text(r[0]) === 'Format Data Kinerja untuk Bagian',
    ) ?? 0) + 1,
    2,
    'HUMAS',
  );
  const noData: WorkbookSnapshot = {
    sheets: formatFor('PERKEU').snapshot.sheets.filter((s) => s.name !== 'Data Kinerja'),
  };
  const sources: ConsolidationSource[] = [
    {
      name: 'rusak.xlsx',
      unreadable: 'File rusak.xlsx rusak atau bukan file Excel yang utuh, jadi tidak dapat dibuka.',
    },
    formatFor('PEM'),
    { name: 'tracker-lain.xlsx', snapshot: sampleSnapshot() },
    { name: 'trantib-2016.xlsx', snapshot: tahun2016 },
    { name: 'umpeg-humas.xlsx', snapshot: unknownBagian },
    { name: 'perkeu-tanpa-data.xlsx', snapshot: noData },
    formatFor('PMD'),
  ];
  const r = consolidate(empty, sources, T1);

  test('each bad source is skipped with one sentence; the good ones merge', () => {
    expect(r.perSource.map((s) => s.skip?.reason ?? null)).toEqual([
      'unreadable',
      null,
      'not-a-format',
      'other-year',
      'unknown-bagian',
      'no-data-sheet',
      null,
    ]);
    expect(
      r.perSource.map((s) => [s.name, s.status, s.skip ? describeSkip(s.skip) : `${s.merged} baris`]),
    ).toEqual([
      [
        'rusak.xlsx',
        'skipped',
        'File rusak.xlsx rusak atau bukan file Excel yang utuh, jadi tidak dapat dibuka.',
      ],
      ['format-data-kinerja-2017-PEM.xlsx', 'merged', '1 baris'],
      [
        'tracker-lain.xlsx',
        'skipped',
        'File ini bukan format data kinerja dari LAKIP Tracker (sheet Pengaturan-nya tidak berisi "Format Data Kinerja untuk Bagian"), jadi dilewati; minta bagian mengisi format yang dibuat LAKIP Tracker (menu Konsolidasi di add-in, atau perintah lakip format).',
      ],
      [
        'trantib-2016.xlsx',
        'skipped',
        'Format ini untuk Tahun Laporan 2016, sedangkan tracker untuk tahun 2017, jadi dilewati; kirim format tahun 2017 kepada Seksi Ketenteraman dan Ketertiban Umum.',
      ],
      [
        'umpeg-humas.xlsx',
        'skipped',
        'Format ini untuk bagian "HUMAS", yang tidak ada di sheet Bagian tracker, jadi dilewati; tambahkan bagian itu atau buat ulang formatnya dari tracker ini.',
      ],
      [
        'perkeu-tanpa-data.xlsx',
        'skipped',
        'Format ini tidak punya sheet Data Kinerja, jadi dilewati; minta Subbagian Perencanaan dan Keuangan mengisi format yang asli.',
      ],
      ['format-data-kinerja-2017-PMD.xlsx', 'merged', '1 baris'],
    ]);
    expect([...rowsByKode(applyPlanToSnapshot(empty, r.plan)).keys()]).toEqual(['IK-02', 'IK-05']);
    expect(r.allBagianIn).toBe(false);
    expect(r.missingBagian).toEqual(['PELAYANAN', 'TRANTIB', 'UMPEG', 'PERKEU']);
  });

  test('the report says so in one line per source', () => {
    const text = describeConsolidation(r);
    expect(text.sources[0]).toBe(
      'rusak.xlsx: dilewati. File rusak.xlsx rusak atau bukan file Excel yang utuh, jadi tidak dapat dibuka.',
    );
    expect(text.sources[1]).toBe(
      'format-data-kinerja-2017-PEM.xlsx (PEM): 1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).',
    );
    expect(text.status).toEqual(['Belum masuk: data kinerja PELAYANAN, TRANTIB, UMPEG, PERKEU.']);
  });
});

describe('the tracker’s other sheets and typed cells are unchanged, cell by cell', () => {
  // The Sekcam's tracker: a note column of their own, a TRANTIB row typed by hand (no file this
  // time), an IK-05 row typed by hand with a Faktor Pendukung the PEM file leaves empty.
  const dkSheet = findSchemaSheet(empty, SCHEMAS.dataKinerja);
  const header = dkSheet?.rows[4] ?? [];
  const noteCol = header.length + 2;
  let tracker = setCell(empty, 'Data Kinerja', 5, noteCol, 'Catatan Sekcam');
  const typed: [number, Record<string, CellValue>][] = [
    [
      6,
      {
        bagian: 'TRANTIB',
        kodeIndikator: 'IK-03',
        target: 10,
        realisasiTw1: 2,
        realisasiTw2: 4,
        faktorPendukung: 'diketik Sekcam',
      },
    ],
    [
      7,
      {
        bagian: 'PEM',
        kodeIndikator: 'IK-05',
        indikator: 'Partisipasi Musrenbang',
        target: 80,
        realisasiTw1: 80,
        faktorPendukung: 'diketik Sekcam juga',
      },
    ],
  ];
  const colOf = (key: string): number =>
    header.findIndex(
      (h) => text(h).replace(/\s*\*$/, '') === SCHEMAS.dataKinerja.columns.find((c) => c.key === key)?.label,
    ) + 1;
  for (const [row, values] of typed)
    for (const [key, value] of Object.entries(values))
      tracker = setCell(tracker, 'Data Kinerja', row, colOf(key), value);
  tracker = setCell(tracker, 'Data Kinerja', 7, noteCol, 'cek ulang TW I');

  const pem = formatFor('PEM', withValues('IK-05', { faktorPendukung: null }));
  const r = consolidate(tracker, [pem], T1);
  const after = applyPlanToSnapshot(tracker, r.plan);

  test('only Data Kinerja is written', () => {
    expect(sheetsTouched(r.plan)).toEqual(['Data Kinerja']);
    for (const sheet of tracker.sheets) {
      if (sheet.name === 'Data Kinerja') continue;
      expect([sheet.name, cellMap(findSheet(after, sheet.name))]).toEqual([sheet.name, cellMap(sheet)]);
    }
  });

  test('in Data Kinerja, every cell the plan does not write is as it was; the plan writes only the PEM row’s bagian cells, Sumber and Diimpor', () => {
    const written = writtenCells(r.plan.ops);
    expect([...written].sort()).toEqual(
      ['F7', 'G7', 'H7', 'I7', 'M7', 'N7', 'O7', 'P7'].map((c) => `Data Kinerja!${c}`).sort(),
    );
    const before = cellMap(findSheet(tracker, 'Data Kinerja'));
    const now = cellMap(findSheet(after, 'Data Kinerja'));
    for (const [rc, value] of before) {
      const [row = 0, col = 0] = rc.split(':').map(Number);
      if (written.has(`Data Kinerja!${cellAddress(row, col)}`)) continue;
      expect([rc, now.get(rc)]).toEqual([rc, value]);
    }
  });

  test('the Sekcam’s value the file leaves empty is kept; the one the file fills is replaced and listed', () => {
    const rows = rowsByKode(after);
    expect(rows.get('IK-05')?.get('faktorPendukung')).toBe('diketik Sekcam juga');
    expect(rows.get('IK-05')?.get('indikator')).toBe('Partisipasi Musrenbang');
    expect(rows.get('IK-05')?.get('realisasiTw1')).toBe(81.25);
    expect(rows.get('IK-03')?.get('faktorPendukung')).toBe('diketik Sekcam');
    expect(r.perSource[0]).toMatchObject({ replaced: 1, kept: 1, added: 0 });
    expect(r.changes).toEqual([
      {
        cell: 'F7',
        kodeIndikator: 'IK-05',
        column: 'Realisasi TW I',
        before: 80,
        after: 81.25,
        sources: ['format-data-kinerja-2017-PEM.xlsx'],
      },
    ]);
    expect(describeConsolidation(r).changes).toEqual([
      'F7 (IK-05 · Realisasi TW I): 80 diganti 81,25 dari format-data-kinerja-2017-PEM.xlsx.',
    ]);
  });
});

describe('re-importing a bagian replaces its rows', () => {
  test('a corrected file replaces the values, lists what changed and updates Diimpor; cells it leaves empty stay', () => {
    const v1 = formatFor('TRANTIB', SAMPLE, empty, 'trantib.xlsx');
    const once = applyPlanToSnapshot(empty, consolidate(empty, [v1], T1).plan);
    const v2 = formatFor(
      'TRANTIB',
      withValues('IK-03', { realisasiTw4: 4, buktiDukung: null }),
      empty,
      'trantib.xlsx',
    );
    const r = consolidate(once, [v2], T2);
    expect(r.changes.map((c) => [c.cell, c.before, c.after])).toEqual([['I6', 3, 4]]);
    const row = rowsByKode(applyPlanToSnapshot(once, r.plan)).get('IK-03');
    expect(row?.get('realisasiTw4')).toBe(4);
    expect(row?.get('buktiDukung')).toBe(SAMPLE.get('IK-03')?.buktiDukung);
    expect(row?.get('sumber')).toBe('trantib.xlsx');
    expect(row?.get('diimpor')).toEqual({ kind: 'date', iso: T2 });
    expect(dataKinerjaOf(applyPlanToSnapshot(once, r.plan)).rows).toHaveLength(1);
  });
});

describe('rows the tracker cannot take', () => {
  test('an indicator not in the PK is ref/unknown; a changed PK column is ref/mismatch and the PK value stays; a repeated code is row/duplicate-key; an unreadable cell is not taken', () => {
    let f = formatFor('PELAYANAN', withValues('IK-01', { realisasiTw2: 'belum ada' })).snapshot;
    f = setCell(f, 'Data Kinerja', 7, 5, 90); // IK-04 Target 95 → 90
    f = setCell(setCell(f, 'Data Kinerja', 8, 2, 'IK-99'), 'Data Kinerja', 8, 8, 1);
    f = setCell(setCell(f, 'Data Kinerja', 9, 2, 'IK-04'), 'Data Kinerja', 9, 8, 5);
    const r = consolidate(empty, [{ name: 'p.xlsx', snapshot: f }], T1);
    expect(r.findings.map((x) => [x.code, x.sheet, x.cell, x.value, x.expected])).toEqual([
      ['cell/type', '[p.xlsx]Data Kinerja', 'I6', 'belum ada', 'bilangan, mis. 1.234,5'],
      ['ref/mismatch', '[p.xlsx]Data Kinerja', 'E7', 90, '95'],
      ['ref/unknown', '[p.xlsx]Data Kinerja', 'B8', 'IK-99', undefined],
      ['row/duplicate-key', '[p.xlsx]Data Kinerja', 'B9', 'IK-04', undefined],
    ]);
    const rows = rowsByKode(applyPlanToSnapshot(empty, r.plan));
    expect([...rows.keys()]).toEqual(['IK-01', 'IK-04']);
    expect(rows.get('IK-01')?.get('realisasiTw2')).toBeNull();
    expect(rows.get('IK-04')?.get('target')).toBe(95);
    expect(rows.get('IK-04')?.get('realisasiTw1')).toBe(96.8);
    expect(r.perSource[0]).toMatchObject({ rows: 4, merged: 2, rejected: 2 });
  });

  test('a format returned blank merges nothing and does not count as in', () => {
    const blank = formatFor('PEM', new Map());
    const r = consolidate(empty, [blank], T1);
    expect(r.plan.ops).toEqual([]);
    expect(r.perSource[0]).toMatchObject({ status: 'merged', rows: 1, empty: 1, merged: 0 });
    expect(r.missingBagian).toContain('PEM');
  });

  test('numbers typed as text are taken as numbers; choices in their canonical spelling', () => {
    const r = consolidate(
      empty,
      [formatFor('PEM', withValues('IK-05', { realisasiTw1: '81,25', statusData: 'final' }))],
      T1,
    );
    const row = rowsByKode(applyPlanToSnapshot(empty, r.plan)).get('IK-05');
    expect(row?.get('realisasiTw1')).toBe(81.25);
    expect(row?.get('statusData')).toBe('Final');
  });
});

describe('a Penanggung Jawab that is not in the Bagian sheet', () => {
  test('gets a format by that name, and the format merges', () => {
    const pkSheet = findSheet(empty, 'PK');
    const pjCol = (pkSheet?.rows[4] ?? []).findIndex((h) => text(h).startsWith('Penanggung Jawab')) + 1;
    const tracker = setCell(empty, 'PK', 6, pjCol, 'Seksi Baru');
    const r = consolidate(tracker, [formatFor('Seksi Baru', SAMPLE, tracker)], T1);
    expect(r.perSource[0]).toMatchObject({ bagian: 'Seksi Baru', status: 'merged', added: 1 });
    expect(rowsByKode(applyPlanToSnapshot(tracker, r.plan)).get('IK-01')?.get('bagian')).toBe('Seksi Baru');
  });
});

describe('the tracker’s layout', () => {
  test('an older tracker without Sumber and Diimpor gets them after its last column', () => {
    const dk = findSchemaSheet(empty, SCHEMAS.dataKinerja);
    const header = (dk?.rows[4] ?? []).slice(0, 14);
    const older: WorkbookSnapshot = {
      sheets: empty.sheets.map((s) =>
        s === dk ? { ...s, rows: s.rows.map((row, i) => (i === 4 ? header : row)) } : s,
      ),
    };
    const r = consolidate(older, [formatFor('PEM')], T1);
    expect(r.plan.ops[0]).toEqual({
      op: 'setValues',
      sheet: 'Data Kinerja',
      row: 5,
      col: 15,
      values: [['Sumber', 'Diimpor']],
      numberFormats: [['@', '@']],
    });
    expect(r.plan.notes[0]).toBe(
      'Sheet Data Kinerja: ditambahkan kolom Sumber, Diimpor di O5 (setelah kolom terakhir).',
    );
    expect(rowsByKode(applyPlanToSnapshot(older, r.plan)).get('IK-05')?.get('sumber')).toBe(
      'format-data-kinerja-2017-PEM.xlsx',
    );
  });

  test('the new columns land after every filled cell, not on a user’s column without a header', () => {
    const dk = findSchemaSheet(empty, SCHEMAS.dataKinerja);
    const header = (dk?.rows[4] ?? []).slice(0, 14);
    let older: WorkbookSnapshot = {
      sheets: empty.sheets.map((s) =>
        s === dk ? { ...s, rows: s.rows.map((row, i) => (i === 4 ? header : row)) } : s,
      ),
    };
    older = setCell(older, 'Data Kinerja', 5, 16, { kind: 'date', iso: '2018-01-01' });
    older = setCell(older, 'Data Kinerja', 8, 18, 'catatan tanpa judul');
    const r = consolidate(older, [formatFor('PEM')], T1);
    expect(r.plan.ops[0]).toMatchObject({ row: 5, col: 19, values: [['Sumber', 'Diimpor']] });
    const after = applyPlanToSnapshot(older, r.plan);
    expect(findSheet(after, 'Data Kinerja')?.rows[7]?.[17]).toBe('catatan tanpa judul');
    expect(findSheet(after, 'Data Kinerja')?.rows[4]?.[15]).toEqual({ kind: 'date', iso: '2018-01-01' });
  });

  test('new indicators are appended after the last used row, even one holding only a user’s note', () => {
    const first = applyPlanToSnapshot(empty, consolidate(empty, [formatFor('PMD')], T1).plan);
    const noted = setCell(first, 'Data Kinerja', 9, 22, 'catatan di bawah tabel');
    const r = consolidate(noted, [formatFor('PEM'), formatFor('PMD')], T2);
    expect(
      dataKinerjaOf(applyPlanToSnapshot(noted, r.plan)).rows.map((x) => [
        x.excelRow,
        x.raw.get('kodeIndikator'),
      ]),
    ).toEqual([
      [6, 'IK-02'],
      [10, 'IK-05'],
    ]);
  });

  test('a tracker without a usable PK or Data Kinerja is reported and nothing is planned', () => {
    const noPk: WorkbookSnapshot = { sheets: empty.sheets.filter((s) => s.name !== 'PK') };
    const noDk: WorkbookSnapshot = { sheets: empty.sheets.filter((s) => s.name !== 'Data Kinerja') };
    for (const t of [noPk, noDk]) {
      const r = consolidate(t, [formatFor('PEM')], T1);
      expect(r.trackerError).toEqual({ problem: t === noPk ? 'no-pk' : 'no-data-kinerja' });
      expect(r.trackerError && describeTrackerProblem(r.trackerError)).toMatch(
        /^Tracker tidak punya sheet (PK|Data Kinerja)/,
      );
      expect(r.plan.ops).toEqual([]);
      expect(r.perSource[0]?.status).toBe('skipped');
      expect(r.perSource[0]?.skip).toEqual({ reason: 'tracker-unusable', problem: r.trackerError });
    }
  });
});

describe('bagian sheets inside a shared tracker', () => {
  let shared = empty;
  for (const kode of ['PEM', 'PMD'])
    shared = applyPlanToSnapshot(shared, buildBagianSheetPlan(shared, kode).plan);
  shared = fillSheet(shared, 'Data Kinerja PEM', SAMPLE);
  shared = fillSheet(shared, 'Data Kinerja PMD', SAMPLE);

  test('consolidation takes the Data Kinerja KODE sheets the same way, with no file at all', () => {
    const r = consolidate(shared, [], T1);
    expect(r.perSource.map((s) => [s.name, s.kind, s.bagian, s.added])).toEqual([
      ['sheet Data Kinerja PEM', 'sheet', 'PEM', 1],
      ['sheet Data Kinerja PMD', 'sheet', 'PMD', 1],
    ]);
    const after = applyPlanToSnapshot(shared, r.plan);
    expect(rowsByKode(after).get('IK-05')?.get('sumber')).toBe('sheet Data Kinerja PEM');
    expect(consolidate(after, [], T2).plan.ops).toEqual([]);
    expect(consolidate(shared, [], T1, { bagianSheets: false }).perSource).toEqual([]);
  });

  test('a file and a sheet of the same bagian that disagree are a conflict', () => {
    const r = consolidate(
      shared,
      [formatFor('PEM', withValues('IK-05', { realisasiTw4: 90 }), empty, 'pem.xlsx')],
      T1,
    );
    expect(
      r.conflicts.map((c) => [
        c.kodeIndikator,
        c.column,
        c.values.map((v) => `${v.source}=${typeof v.value === 'number' ? v.value : ''}`),
      ]),
    ).toEqual([['IK-05', 'Realisasi TW IV', ['pem.xlsx=90', 'sheet Data Kinerja PEM=81.25']]]);
  });
});

describe('when every bagian is in: offering SOP step 3 Selesai', () => {
  const sop = findSchemaSheet(empty, SCHEMAS.sop);
  const read = sop === undefined ? undefined : readTable(sop, SCHEMAS.sop);
  const step3 = read?.rows.find((r) => valueOf(r, 'no') === 3);
  const col = (key: string): number => (read?.columnIndex.get(key) ?? -1) + 1;
  let tracker = setCell(empty, 'SOP', step3?.excelRow ?? 0, col('status'), 'Proses');
  tracker = setCell(tracker, 'SOP', step3?.excelRow ?? 0, col('tanggalSelesai'), null);
  tracker = setCell(tracker, 'SOP', step3?.excelRow ?? 0, col('buktiSoft'), null);

  test('not offered while a bagian is missing; offered once the last one is in, and it marks only step 3', () => {
    const sources = everyFormat(tracker);
    const partial = consolidate(tracker, sources.slice(0, 5), T1);
    expect(partial.allBagianIn).toBe(false);
    expect(partial.missingBagian).toEqual(['PELAYANAN']);
    expect(partial.sopStep3Plan).toBeUndefined();
    const half = applyPlanToSnapshot(tracker, partial.plan);

    const rest = consolidate(half, sources.slice(5), T2);
    expect(rest.allBagianIn).toBe(true);
    const offer = rest.sopStep3Plan;
    expect(offer).toBeDefined();
    expect(sheetsTouched(offer ?? { ops: [], notes: [] })).toEqual(['SOP']);
    const done = applyPlanToSnapshot(applyPlanToSnapshot(half, rest.plan), offer ?? { ops: [], notes: [] });
    const row = readTable(
      findSchemaSheet(done, SCHEMAS.sop) ?? { name: '', rows: [] },
      SCHEMAS.sop,
    ).rows.find((r) => valueOf(r, 'no') === 3);
    expect(row?.raw.get('status')).toBe('Selesai');
    expect(row?.raw.get('tanggalSelesai')).toEqual({ kind: 'date', iso: '2018-01-22' });
    expect(row?.raw.get('buktiSoft')).toBe(
      `Format data kinerja dari bagian: ${['PELAYANAN', 'PMD', 'TRANTIB', 'PEM', 'UMPEG', 'PERKEU'].map((k) => `format-data-kinerja-2017-${k}.xlsx`).join('; ')}`,
    );
    expect(describeConsolidation(rest).status).toEqual([
      'Data kinerja semua bagian sudah masuk: langkah 3 SOP (menghimpun format data) dapat ditandai Selesai.',
    ]);
    expect(consolidate(done, sources, T2).sopStep3Plan).toBeUndefined();
  });
});

describe('a bagian’s format given where the tracker belongs', () => {
  test('the swapped order is recognised and said; never "jalankan lakip init"', () => {
    const tracker = trackerWithoutData();
    const format = applyPlanToSnapshot(
      { sheets: [] },
      buildFormatPlan(tracker, 'PEM', '2018-01-10T08:00:00').plan,
    );
    const swapped = consolidate(
      format,
      [{ name: 'tracker-2017.xlsx', snapshot: tracker }],
      '2018-01-15T09:00:00',
      {
        trackerName: 'format-PEM.xlsx',
      },
    );
    expect(swapped.trackerError).toEqual({
      problem: 'swapped',
      trackerName: 'format-PEM.xlsx',
      bagian: 'PEM',
      tracker: 'tracker-2017.xlsx',
      formats: ['format-PEM.xlsx'],
    });
    const said = (r: typeof swapped): string =>
      r.trackerError ? describeTrackerProblem(r.trackerError) : '';
    expect(said(swapped)).toBe(
      'Urutannya terbalik: format-PEM.xlsx adalah format data kinerja bagian PEM, bukan tracker, sedangkan tracker-2017.xlsx adalah tracker. Sebutkan tracker lebih dulu, lalu format bagian: lakip consolidate tracker-2017.xlsx format-PEM.xlsx',
    );
    expect(swapped.plan.ops).toEqual([]);
    const pane = consolidate(format, [], '2018-01-15T09:00:00');
    expect(said(pane)).toMatch(/^Workbook ini adalah format data kinerja bagian PEM, bukan tracker/);
    expect(`${said(swapped)} ${said(pane)}`).not.toMatch(/lakip init/);
  });
});
