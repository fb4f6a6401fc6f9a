/**
 * The optional sheet Kategori Capaian: its bands replace the Pengaturan Batas everywhere a
 * kategori is shown (the LAKIP Capaian table, the summary, the method note, the rekap's fills),
 * a "Tidak Ada Target" row names the indicators without a target, and a sheet that cannot be
 * used is a galat while the Pengaturan Batas apply. Every figure below is worked out by hand.
 */
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import type { CellValue } from '../snapshot';
import { describeFinding } from '../findings/messages';
import { buildInitPlan } from '../init/init-plan';
import { kategoriSchemeOf } from '../model/kategori';
import { readTrackerModel } from '../model/tracker-model';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { kategoriFill } from '../rekap/sheets';
import { validateTracker } from '../validate/validate';
import { isTidakAdaTarget, kategoriOf, kategoriShade } from './arithmetic';
import { computeLakip } from './compute-lakip';
import { dataRows, type LakipResult } from './tables';

type Row = Record<string, CellValue>;

/**
 * One PK indicator per capaian wanted: positive, Nilai Akhir, target 100 and the same realisasi
 * in TW I–IV, so realisasi = the value and capaian = value ÷ 100 × 100 = the value. `target`
 * null or 0 gives an indicator without a target.
 */
function tracker(
  indicators: readonly { readonly realisasi: number; readonly target?: number | null }[],
  kategori?: readonly Row[],
): ReturnType<typeof inlineSnapshot> {
  const pk: Row[] = indicators.map((ind, i) => ({
    kodeIndikator: `IK-0${i + 1}`,
    sasaran: 'Sasaran Uji',
    indikator: `Indikator ${i + 1}`,
    satuan: '%',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target: ind.target === undefined ? 100 : ind.target,
    kodeProgram: 'P1',
    program: 'Program Uji',
    anggaran: 1_000_000,
    penanggungJawab: 'PEM',
  }));
  const dataKinerja: Row[] = indicators.map((ind, i) => ({
    bagian: 'PEM',
    kodeIndikator: `IK-0${i + 1}`,
    realisasiTw1: ind.realisasi,
    realisasiTw2: ind.realisasi,
    realisasiTw3: ind.realisasi,
    realisasiTw4: ind.realisasi,
  }));
  return inlineSnapshot({
    tables: { pk, dataKinerja, ...(kategori !== undefined ? { kategoriCapaian: kategori } : {}) },
  });
}

/** The Kategori column (No, Sasaran, Indikator, Satuan, Target, Realisasi, Capaian, Kategori). */
function kategoriColumn(r: LakipResult): (string | number | null)[] {
  // The indicators' rows (the table closes each sasaran with its average row, a group row).
  const rows = dataRows(r.tables.find((t) => t.id === 'capaian')?.sections[0]);
  return rows.map((row) => row.cells[7] ?? null);
}

function capaianColumn(r: LakipResult): (string | number | null)[] {
  // The indicators' rows (the table closes each sasaran with its average row, a group row).
  const rows = dataRows(r.tables.find((t) => t.id === 'capaian')?.sections[0]);
  return rows.map((row) => row.cells[6] ?? null);
}

function kategoriNoteOf(r: LakipResult): string | undefined {
  return r.tables.find((t) => t.id === 'capaian')?.notes.find((n) => n.startsWith('Kategori'));
}

/** A five-band sheet typed in mixed order (row 2 …): Cukup, Sangat Baik, Sangat Kurang, Baik, Kurang. */
const FIVE: readonly Row[] = [
  { batasBawah: 65, kategori: 'Cukup' },
  { batasBawah: 90, kategori: 'Sangat Baik' },
  { batasBawah: 0, kategori: 'Sangat Kurang' },
  { batasBawah: 75, kategori: 'Baik' },
  { batasBawah: 50, kategori: 'Kurang' },
];

/** Six bands and a Tidak Ada Target row (Batas Bawah "-"): seven kategori. */
const SEVEN: readonly Row[] = [
  { batasBawah: 100, kategori: 'Sangat Memuaskan' },
  { batasBawah: 90, kategori: 'Memuaskan' },
  { batasBawah: 80, kategori: 'Sangat Baik' },
  { batasBawah: 70, kategori: 'Baik' },
  { batasBawah: 60, kategori: 'Cukup' },
  { batasBawah: 0, kategori: 'Kurang' },
  { batasBawah: '-', kategori: 'Tidak Ada Target' },
];

describe('a five-band sheet, rows in mixed order', () => {
  // Capaian = realisasi ÷ 100 × 100: 90; 89,99; 75; 65; 50; 49,99; and IK-07 without a target.
  // Sorted by Batas Bawah: ≥ 90 Sangat Baik, ≥ 75 Baik, ≥ 65 Cukup, ≥ 50 Kurang, below Sangat Kurang.
  // 90 → Sangat Baik (90 ≥ 90, the bound is inclusive); 89,99 < 90 → Baik; 75 → Baik; 65 → Cukup;
  // 50 → Kurang; 49,99 < 50 → Sangat Kurang; IK-07 (target empty, no Tidak Ada Target row) → none.
  // By the Pengaturan Batas (91/76/66/51) 90 would be Tinggi: the sheet is what counts.
  const result = computeLakip(
    tracker(
      [
        { realisasi: 90 },
        { realisasi: 89.99 },
        { realisasi: 75 },
        { realisasi: 65 },
        { realisasi: 50 },
        { realisasi: 49.99 },
        { realisasi: 80, target: null },
      ],
      FIVE,
    ),
  );

  test('LAKIP Capaian: capaian and the kategori of each band edge', () => {
    expect(capaianColumn(result)).toEqual([90, 89.99, 75, 65, 50, 49.99, null]);
    expect(kategoriColumn(result)).toEqual([
      'Sangat Baik',
      'Baik',
      'Baik',
      'Cukup',
      'Kurang',
      'Sangat Kurang',
      null,
    ]);
  });


  test('the sasaran’s average takes its kategori from the sheet too', () => {
    // (90 + 89,99 + 75 + 65 + 50 + 49,99) ÷ 6 = 419,98 ÷ 6 = 69,996…% → ≥ 65 Cukup (by the
    // Pengaturan Batas it would be Sedang); IK-07 has no capaian and is left out.
    const average = result.tables
      .find((t) => t.id === 'capaian')
      ?.sections[0]?.rows.find((r) => r.group?.kind === 'average');
    expect(average?.cells[6]).toBeCloseTo(69.996666667, 8);
    expect(average?.cells[7]).toBe('Cukup');
    expect(result.summary.sasaran).toEqual([
      expect.objectContaining({ sasaran: 'Sasaran Uji', kategori: 'Cukup', indicators: 7, counted: 6 }),
    ]);
  });
  test('counts per kategori, best band first, and the one without a kategori', () => {
    // 1 Sangat Baik + 2 Baik + 1 Cukup + 1 Kurang + 1 Sangat Kurang = 6 of 7; IK-07 not computable.
    expect(result.summary.byKategori).toEqual({
      'Sangat Baik': 1,
      Baik: 2,
      Cukup: 1,
      Kurang: 1,
      'Sangat Kurang': 1,
    });
    expect(result.summary.kategori).toEqual([
      { kategori: 'Sangat Baik', jumlah: 1, shade: 0 },
      { kategori: 'Baik', jumlah: 2, shade: 0.25 },
      { kategori: 'Cukup', jumlah: 1, shade: 0.5 },
      { kategori: 'Kurang', jumlah: 1, shade: 0.75 },
      { kategori: 'Sangat Kurang', jumlah: 1, shade: 1 },
    ]);
    expect(result.summary).toMatchObject({ indicators: 7, undefinedCount: 1, uncategorised: 1 });
  });

  test('the method note prints the bands used, Indonesian numbers', () => {
    expect(kategoriNoteOf(result)).toBe(
      'Kategori menurut sheet Kategori Capaian: ≥ 90 % Sangat Baik; ≥ 75 % Baik; ≥ 65 % Cukup; ≥ 50 % Kurang; di bawah 50 % Sangat Kurang.',
    );
  });

  test('validation: a usable sheet gives no finding on it', () => {
    const v = validateTracker(tracker([{ realisasi: 90 }], FIVE));
    expect(v.findings.filter((f) => f.sheet === 'Kategori Capaian')).toEqual([]);
  });
});

describe('a seven-band sheet with Tidak Ada Target', () => {
  // Capaian 100; 99,99; 80; 60; 59,99; IK-06 target 0; IK-07 target empty.
  // 100 ≥ 100 → Sangat Memuaskan; 99,99 → Memuaskan (≥ 90); 80 → Sangat Baik; 60 → Cukup;
  // 59,99 < 60 → Kurang; target 0 and target empty: capaian not computable → Tidak Ada Target.
  const result = computeLakip(
    tracker(
      [
        { realisasi: 100 },
        { realisasi: 99.99 },
        { realisasi: 80 },
        { realisasi: 60 },
        { realisasi: 59.99 },
        { realisasi: 5, target: 0 },
        { realisasi: 5, target: null },
      ],
      SEVEN,
    ),
  );

  test('LAKIP Capaian: the kategori column, Tidak Ada Target for both indicators without a target', () => {
    expect(capaianColumn(result)).toEqual([100, 99.99, 80, 60, 59.99, null, null]);
    expect(kategoriColumn(result)).toEqual([
      'Sangat Memuaskan',
      'Memuaskan',
      'Sangat Baik',
      'Cukup',
      'Kurang',
      'Tidak Ada Target',
      'Tidak Ada Target',
    ]);
  });

  test('counts: six bands best first (Baik 0), then Tidak Ada Target; nothing left uncategorised', () => {
    // 1 + 1 + 1 + 0 + 1 + 1 = 5 in bands, 2 Tidak Ada Target: 7 = every indicator.
    expect(result.summary.kategori).toEqual([
      { kategori: 'Sangat Memuaskan', jumlah: 1, shade: 0 },
      { kategori: 'Memuaskan', jumlah: 1, shade: 0.2 },
      { kategori: 'Sangat Baik', jumlah: 1, shade: 0.4 },
      { kategori: 'Baik', jumlah: 0, shade: 0.6 },
      { kategori: 'Cukup', jumlah: 1, shade: 0.8 },
      { kategori: 'Kurang', jumlah: 1, shade: 1 },
      { kategori: 'Tidak Ada Target', jumlah: 2, shade: undefined },
    ]);
    // The capaian of the two is still not computable (their rows keep the reason in Keterangan).
    expect(result.summary).toMatchObject({ indicators: 7, undefinedCount: 2, uncategorised: 0 });
  });

  test('the method note names the six bands and the Tidak Ada Target label', () => {
    expect(kategoriNoteOf(result)).toBe(
      'Kategori menurut sheet Kategori Capaian: ≥ 100 % Sangat Memuaskan; ≥ 90 % Memuaskan; ≥ 80 % Sangat Baik; ≥ 70 % Baik; ≥ 60 % Cukup; di bawah 60 % Kurang; indikator yang targetnya kosong atau 0: Tidak Ada Target.',
    );
  });

  test('the Tidak Ada Target row may leave Batas Bawah as "-" or empty: no finding', () => {
    const v = validateTracker(tracker([{ realisasi: 90 }], SEVEN));
    expect(v.findings.filter((f) => f.sheet === 'Kategori Capaian')).toEqual([]);
    const empty = SEVEN.map((r) => (r['kategori'] === 'Tidak Ada Target' ? { ...r, batasBawah: null } : r));
    expect(
      validateTracker(tracker([{ realisasi: 90 }], empty)).findings.filter(
        (f) => f.sheet === 'Kategori Capaian',
      ),
    ).toEqual([]);
  });

  test('rekap fills by rank: six bands take the five colours and the ones between', () => {
    // Stops 63BE7B C6EFCE FFEB9C F8CBAD FF8B8B at 0, ¼, ½, ¾, 1. Band 2 of 6: shade 1/5, 4 × 0,2 = 0,8
    // of the way from 63BE7B to C6EFCE: R 99 + 0,8 × 99 = 178,2 → B2, G 190 + 0,8 × 49 = 229,2 → E5,
    // B 123 + 0,8 × 83 = 189,4 → BD. Band 3: 1,6 → C6EFCE→FFEB9C at 0,6: 232,2 → E8, 236,6 → ED, 176 → B0.
    expect(
      result.summary.kategori.map((k) => (k.shade === undefined ? null : kategoriFill(k.shade))),
    ).toEqual([
      '63BE7B',
      'B2E5BD',
      'E8EDB0',
      // 2,4: FFEB9C→F8CBAD at 0,4: 255 − 2,8 = 252,2 → FC, 235 − 12,8 = 222,2 → DE, 156 + 6,8 = 162,8 → A3.
      'FCDEA3',
      // 3,2: F8CBAD→FF8B8B at 0,2: 249,4 → F9, 190,2 → BE, 166,2 → A6.
      'F9BEA6',
      'FF8B8B',
      null,
    ]);
    // Five bands are the five stops, as the rekap always coloured them.
    expect([0, 0.25, 0.5, 0.75, 1].map(kategoriFill)).toEqual([
      '63BE7B',
      'C6EFCE',
      'FFEB9C',
      'F8CBAD',
      'FF8B8B',
    ]);
  });
});

describe('the rule itself', () => {
  test('Tidak Ada Target ignores case and spaces', () => {
    expect(isTidakAdaTarget(' tidak ada  TARGET ')).toBe(true);
    expect(isTidakAdaTarget('Tidak Ada')).toBe(false);
  });

  test('a capaian below the lowest Batas Bawah falls into the lowest band', () => {
    // Bands ≥ 90 A, ≥ 50 B: −5 (below 50) → B, as Sangat Rendah takes everything below Batas Rendah.
    const bands = [
      { batasBawah: 90, kategori: 'A' },
      { batasBawah: 50, kategori: 'B' },
    ];
    expect([95, 90, 89.99, 50, 10, -5].map((c) => kategoriOf(c, bands))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'B',
      'B',
    ]);
    expect(kategoriShade('B', bands)).toBe(1);
    expect(kategoriShade('C', bands)).toBeUndefined();
  });
});

describe('a sheet that cannot be used: galat on the sheet, the Pengaturan Batas apply meanwhile', () => {
  // Rows 2–7: 90 Baik; 90 Cukup (Batas Bawah twice); "abc" Kurang (not a number); 250 Sangat Baik
  // (outside 0–200); 75 Baik (Kategori twice); "-" Tidak Ada Target (not a band, not read).
  const BAD: readonly Row[] = [
    { batasBawah: 90, kategori: 'Baik' },
    { batasBawah: 90, kategori: 'Cukup' },
    { batasBawah: 'abc', kategori: 'Kurang' },
    { batasBawah: 250, kategori: 'Sangat Baik' },
    { batasBawah: 75, kategori: 'Baik' },
    { batasBawah: '-', kategori: 'Tidak Ada Target' },
  ];

  test('each problem at its cell, with a sentence saying what to do', () => {
    const v = validateTracker(tracker([{ realisasi: 90 }], BAD));
    const mine = v.findings.filter((f) => f.sheet === 'Kategori Capaian');
    expect(mine.map((f) => [f.code, f.severity, f.cell ?? null])).toEqual([
      ['row/duplicate-key', 'error', 'A3'],
      ['cell/type', 'error', 'A4'],
      ['cell/range', 'error', 'A5'],
      ['row/duplicate-key', 'error', 'B6'],
    ]);
    for (const f of mine) expect(describeFinding(f).saran.length).toBeGreaterThan(10);
  });

  test('the kategori come from Pengaturan (91/76/66/51) and the note says why', () => {
    // Capaian 90 < Batas Sangat Tinggi 91 and ≥ Batas Tinggi 76 → Tinggi.
    const r = computeLakip(tracker([{ realisasi: 90 }], BAD));
    expect(kategoriColumn(r)).toEqual(['Tinggi']);
    expect(kategoriNoteOf(r)).toBe(
      'Kategori menurut Batas di sheet Pengaturan, karena sheet Kategori Capaian belum dapat dipakai (perbaiki galatnya di Temuan): ≥ 91 Sangat Tinggi; ≥ 76 Tinggi; ≥ 66 Sedang; ≥ 51 Rendah; di bawahnya Sangat Rendah.',
    );
  });

  test('fewer than two bands: calc/kategori (the Tidak Ada Target row is no band)', () => {
    const one: Row[] = [
      { batasBawah: 90, kategori: 'Baik' },
      { batasBawah: null, kategori: 'Tidak Ada Target' },
    ];
    const v = validateTracker(tracker([{ realisasi: 90 }], one));
    const mine = v.findings.filter((f) => f.sheet === 'Kategori Capaian');
    expect(mine.map((f) => [f.code, f.severity, f.cell ?? null])).toEqual([['calc/kategori', 'error', null]]);
    const finding = mine[0];
    if (finding === undefined) throw new Error('no finding');
    expect(describeFinding(finding).message).toBe(
      'sheet Kategori Capaian: hanya ada 1 kategori capaian; perlu paling sedikit 2 kategori (baris Tidak Ada Target tidak dihitung). Selama belum diperbaiki, kategori capaian dihitung menurut Batas di sheet Pengaturan.',
    );
    expect(readTrackerModel(tracker([{ realisasi: 90 }], one)).kategori).toMatchObject({
      source: 'pengaturan',
      sheetUnusable: true,
    });
  });
});

describe('without the sheet: exactly as before', () => {
  test('the Pengaturan Batas, the five labels, the note of always', () => {
    // 90 < 91 → Tinggi; 49,99 < 51 → Sangat Rendah.
    const r = computeLakip(tracker([{ realisasi: 90 }, { realisasi: 49.99 }]));
    expect(kategoriColumn(r)).toEqual(['Tinggi', 'Sangat Rendah']);
    expect(r.summary.byKategori).toEqual({
      'Sangat Tinggi': 0,
      Tinggi: 1,
      Sedang: 0,
      Rendah: 0,
      'Sangat Rendah': 1,
    });
    expect(kategoriNoteOf(r)).toBe(
      'Kategori: ≥ 91 Sangat Tinggi; ≥ 76 Tinggi; ≥ 66 Sedang; ≥ 51 Rendah; di bawahnya Sangat Rendah.',
    );
    expect(r.summary.kategoriScheme).toMatchObject({ source: 'pengaturan', sheetUnusable: false });
  });

  test('no sheet: no finding about it, not a missing sheet', () => {
    const v = validateTracker(tracker([{ realisasi: 90 }]));
    expect(v.findings.filter((f) => f.sheet === 'Kategori Capaian')).toEqual([]);
    expect(
      kategoriSchemeOf(undefined, {
        batasSangatTinggi: 91,
        batasTinggi: 76,
        batasSedang: 66,
        batasRendah: 51,
      }),
    ).toMatchObject({
      scheme: { source: 'pengaturan', sheetUnusable: false },
      tooFew: null,
    });
  });
});

describe('lakip init', () => {
  test('makes no Kategori Capaian unless asked', () => {
    const wb = applyPlanToSnapshot({ sheets: [] }, buildInitPlan({ sheets: [] }, { tahun: 2017 }));
    expect(wb.sheets.map((s) => s.name)).not.toContain('Kategori Capaian');
  });

  test('--kategori-capaian: the sheet with the five Pengaturan kategori, usable as it is', () => {
    const wb = applyPlanToSnapshot(
      { sheets: [] },
      buildInitPlan({ sheets: [] }, { tahun: 2017, kategoriCapaian: true }),
    );
    expect(wb.sheets.map((s) => s.name)).toContain('Kategori Capaian');
    const model = readTrackerModel(wb);
    // Batas 91 / 76 / 66 / 51 from the new Pengaturan, and Sangat Rendah from 0.
    expect(model.kategori).toEqual({
      source: 'sheet',
      bands: [
        { batasBawah: 91, kategori: 'Sangat Tinggi' },
        { batasBawah: 76, kategori: 'Tinggi' },
        { batasBawah: 66, kategori: 'Sedang' },
        { batasBawah: 51, kategori: 'Rendah' },
        { batasBawah: 0, kategori: 'Sangat Rendah' },
      ],
      tidakAdaTarget: null,
      sheetUnusable: false,
    });
    expect(validateTracker(wb).findings.filter((f) => f.sheet === 'Kategori Capaian')).toEqual([]);
    // A second run plans nothing more for it.
    const again = buildInitPlan(wb, { tahun: 2017, kategoriCapaian: true });
    expect(again.ops.filter((op) => 'sheet' in op && op.sheet === 'Kategori Capaian')).toEqual([]);
  });
});
