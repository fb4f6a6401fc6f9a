/**
 * The tables as LKjIP publish them: Capaian grouped by sasaran with each sasaran's average,
 * Perbandingan with last year's target, Realisasi Anggaran by kegiatan and sub kegiatan with
 * subtotals and an optional Realisasi Fisik (%). Every figure is worked out by hand below.
 */
import { validateTracker } from '../validate/validate';
import { computeLakip } from './compute-lakip';
import { buildLakipPlan } from './export-plan';
import { applyPlanToSnapshot, inlineSnapshot, type InlineTracker } from '../../../test/support/plan-snapshot';
import { dkRow, pkRow, type Row } from '../../../test/support/lakip-rows';
import { dataRows, type LakipResult, type SummarySection, type SummaryTableId } from './tables';
import { isFormulaValue, type FormulaValue } from '../plan/plan';

/** A PK indicator of `sasaran` (Nilai Akhir, target as given). */
function pk(kode: string, sasaran: string, target: number, over: Row = {}): Row {
  return pkRow(kode, target, { sasaran, ...over });
}

/** Nilai Akhir: the annual realisasi is TW IV. */
function dk(kode: string, realisasi: number): Row {
  return dkRow(kode, [0, 0, 0, realisasi]);
}

function compute(t: InlineTracker): LakipResult {
  return computeLakip(inlineSnapshot(t));
}

function section(r: LakipResult, id: SummaryTableId, index = 0): SummarySection {
  const s = r.tables.find((t) => t.id === id)?.sections[index];
  if (!s) throw new Error(`no ${id}`);
  return s;
}

function formulasOf(plan: ReturnType<typeof buildLakipPlan>, sheet: string): FormulaValue[] {
  return plan.ops.flatMap((o) =>
    o.op === 'setValues' && o.sheet === sheet
      ? o.values.flat().filter((v): v is FormulaValue => isFormulaValue(v))
      : [],
  );
}

describe('Capaian grouped by sasaran, with Rata-rata capaian sasaran', () => {
  // Sasaran A: IK-01 100 ÷ 100 × 100 = 100 % (Sangat Tinggi); IK-03 90 ÷ 100 × 100 = 90 %
  //   (≥ 76, < 91: Tinggi) → (100 + 90) ÷ 2 = 95 % (≥ 91: Sangat Tinggi).
  // Sasaran B: IK-02 60 ÷ 80 × 100 = 75 % (Sedang); IK-04 has no Data Kinerja row: no capaian,
  //   left out → 75 ÷ 1 = 75 % (≥ 66, < 76: Sedang), "1 dari 2 indikator … tidak diikutkan".
  // The PK interleaves them (A, B, A, B); the table lists A's, then B's, in PK order.
  const tracker: InlineTracker = {
    tables: {
      pk: [
        pk('IK-01', 'Sasaran A', 100),
        pk('IK-02', 'Sasaran B', 80),
        pk('IK-03', 'Sasaran A', 100),
        pk('IK-04', 'Sasaran B', 50),
      ],
      dataKinerja: [dk('IK-01', 100), dk('IK-02', 60), dk('IK-03', 90)],
    },
  };

  test('one average row per sasaran, indicators without capaian left out and counted', () => {
    const s = section(compute(tracker), 'capaian');
    expect(s.rows.map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells[6], r.cells[7]])).toEqual([
      [1, 'Sasaran A', 'Indikator IK-01', 100, 'Sangat Tinggi'],
      [3, 'Sasaran A', 'Indikator IK-03', 90, 'Tinggi'],
      [null, 'Sasaran A', 'Rata-rata capaian sasaran', 95, 'Sangat Tinggi'],
      [2, 'Sasaran B', 'Indikator IK-02', 75, 'Sedang'],
      [4, 'Sasaran B', 'Indikator IK-04', null, null],
      [null, 'Sasaran B', 'Rata-rata capaian sasaran', 75, 'Sedang'],
    ]);
    expect(s.rows[2]?.group).toEqual({ kind: 'average', rows: 2 });
    expect(s.rows[2]?.note).toBeUndefined();
    expect(s.rows[5]?.group).toEqual({ kind: 'average', rows: 2 });
    expect(s.rows[5]?.mark).toBeUndefined();
    expect(s.rows[5]?.note).toBe(
      'Rata-rata dari 1 indikator; 1 dari 2 indikator sasaran ini tidak diikutkan karena capaiannya tidak dapat dihitung.',
    );
    expect(dataRows(s)).toHaveLength(4);
    const r = compute(tracker);
    expect(r.tables.find((t) => t.id === 'capaian')?.notes).toContain(
      'Rata-rata capaian sasaran = jumlah capaian indikator sasaran itu ÷ banyaknya indikator yang capaiannya dapat dihitung (capaian sebagaimana tercantum di tabel, setelah Batas Atas Capaian bila diatur); indikator yang capaiannya tidak dapat dihitung tidak diikutkan dan disebut di Keterangan. Kategorinya menurut batas kategori yang sama.',
    );
    // The summary still counts indicators, never the average rows: 1 Sangat Tinggi, 1 Tinggi,
    // 1 Sedang, 1 not computable.
    expect(r.summary).toMatchObject({ indicators: 4, undefinedCount: 1 });
    expect(r.summary.byKategori).toMatchObject({ 'Sangat Tinggi': 1, Tinggi: 1, Sedang: 1 });
    expect(r.summary.sasaran).toEqual([
      { sasaran: 'Sasaran A', capaian: 95, kategori: 'Sangat Tinggi', indicators: 2, counted: 2 },
      { sasaran: 'Sasaran B', capaian: 75, kategori: 'Sedang', indicators: 2, counted: 1 },
    ]);
  });

  test('the average is of the capaian as shown: after Batas Atas Capaian', () => {
    // IK-01 realisasi 120 ÷ 100 × 100 = 120 %, capped at 100 %; IK-03 90 % → (100 + 90) ÷ 2 = 95 %,
    // not (120 + 90) ÷ 2 = 105 %.
    const s = section(
      compute({
        pengaturan: { batasAtasCapaian: 100 },
        tables: {
          pk: [pk('IK-01', 'Sasaran A', 100), pk('IK-03', 'Sasaran A', 100)],
          dataKinerja: [dk('IK-01', 120), dk('IK-03', 90)],
        },
      }),
      'capaian',
    );
    expect(s.rows.map((r) => r.cells[6])).toEqual([100, 90, 95]);
  });

  test('a sasaran none of whose indicators has a capaian: no average, the reason in its row', () => {
    const s = section(
      compute({ tables: { pk: [pk('IK-01', 'Sasaran A', 100)], dataKinerja: [] } }),
      'capaian',
    );
    expect(s.rows[1]?.cells.slice(6)).toEqual([null, null]);
    expect(s.rows[0]?.mark).toBe(
      'Capaian tidak dapat dihitung: indikator ini belum punya baris di sheet Data Kinerja.',
    );
    // Said once as a row to fix (the indicator's); the average row tells what follows.
    expect(s.rows[1]?.mark).toBeUndefined();
    expect(s.rows[1]?.note).toBe(
      'Rata-rata capaian sasaran tidak dapat dihitung: tidak ada indikator sasaran ini yang capaiannya dapat dihitung (1 indikator).',
    );
  });

  test("in the sheet, each average is AVERAGE over its sasaran's rows (empty cells left out, as the rule)", () => {
    const snapshot = inlineSnapshot(tracker);
    const plan = buildLakipPlan(computeLakip(snapshot));
    // Header row 4; A's indicators in rows 5–6, its average in 7; B's in 8–9, average in 10.
    expect(formulasOf(plan, 'LAKIP Capaian')).toEqual([
      { kind: 'formula', formula: 'AVERAGE(G5:G6)', result: 95 },
      { kind: 'formula', formula: 'AVERAGE(G8:G9)', result: 75 },
    ]);
    const wb = applyPlanToSnapshot(snapshot, plan);
    const rows = wb.sheets.find((x) => x.name === 'LAKIP Capaian')?.rows ?? [];
    expect(rows[9]?.slice(0, 8)).toEqual([
      null,
      'Sasaran B',
      'Rata-rata capaian sasaran',
      null,
      null,
      null,
      75,
      'Sedang',
    ]);
    expect(rows[9]?.[8]).toContain('1 dari 2 indikator sasaran ini tidak diikutkan');
  });
});

describe('Perbandingan: Target Tahun Lalu', () => {
  // IK-01: LKjIP 2016 Target 90, Realisasi 85, Capaian 94,44 → Target Tahun Lalu (2016) 90.
  // IK-02: no LKjIP 2016 row → empty, with the reason.
  const r = compute({
    tables: {
      pk: [pk('IK-01', 'Sasaran A', 100), pk('IK-02', 'Sasaran A', 100)],
      dataKinerja: [dk('IK-01', 95), dk('IK-02', 80)],
      lkjip: [
        {
          tahun: 2016,
          kodeIndikator: 'IK-01',
          indikator: 'Indikator IK-01',
          satuan: '%',
          target: 90,
          realisasi: 85,
          capaian: 94.44,
        },
      ],
    },
  });
  const s = section(r, 'perbandingan');

  test("the column stands before last year's realisasi, from the LKjIP row of Tahun Laporan − 1", () => {
    expect(s.columns.slice(3, 6).map((c) => c.label)).toEqual([
      'Realisasi 2015',
      'Target Tahun Lalu (2016)',
      'Realisasi 2016',
    ]);
    // Target Tahun Lalu 90, Realisasi 2016 85, Target 2017 100, Realisasi 2017 95, Capaian 2016 94,44.
    expect([
      s.rows[0]?.cells[4],
      s.rows[0]?.cells[5],
      s.rows[0]?.cells[6],
      s.rows[0]?.cells[7],
      s.rows[0]?.cells[9],
    ]).toEqual([90, 85, 100, 95, 94.44]);
    expect(r.tables.find((t) => t.id === 'perbandingan')?.notes).toContain(
      'Target Tahun Lalu adalah Target baris Tahun 2016 di sheet LKjIP dengan Kode Indikator yang sama; kosong bila baris itu tidak ada.',
    );
  });

  test('without that row: empty, and the row says why', () => {
    expect(s.rows[1]?.cells[4]).toBeNull();
    expect(s.rows[1]?.mark).toContain(
      'LKjIP 2016 tidak memuat indikator ini, sehingga target tahun lalu kosong dan tren tidak dapat dihitung.',
    );
  });
});

/** A DPA row; `tw` the four quarters of realisasi (Rp). */
function dpa(
  kode: string,
  program: string,
  sub: string | null,
  pagu: number,
  tw: readonly number[],
  over: Row = {},
): Row {
  return {
    kodeProgram: kode,
    program,
    subKegiatan: sub,
    indikatorKeluaran: 'Keluaran',
    satuan: 'dokumen',
    target: 1,
    pagu,
    realisasiTw1: tw[0] ?? 0,
    realisasiTw2: tw[1] ?? 0,
    realisasiTw3: tw[2] ?? 0,
    realisasiTw4: tw[3] ?? 0,
    sumberDana: 'APBD',
    ...over,
  };
}

describe('Realisasi Anggaran by kegiatan and sub kegiatan', () => {
  // Kegiatan A: sub A1 pagu 10.000.000, realisasi 2.000.000 × 3 + 3.000.000 = 9.000.000 (90 %);
  //             sub A2 pagu 5.000.000, realisasi 2.500.000 (50 %)
  //   → Jumlah A: pagu 15.000.000, realisasi 11.500.000, serapan 11.500.000 ÷ 15.000.000 × 100 = 76,67 %
  //     (not (90 + 50) ÷ 2 = 70 %), sisa 3.500.000.
  // Kegiatan B: sub B1 pagu 4.000.000, realisasi 3.000.000 → Jumlah B 75 %, sisa 1.000.000.
  // Program C (no Sub Kegiatan): pagu 1.000.000, realisasi 1.000.000, 100 %.
  // Jumlah: pagu 10 + 5 + 4 + 1 = 20.000.000, realisasi 9 + 2,5 + 3 + 1 = 15.500.000,
  //   serapan 15.500.000 ÷ 20.000.000 × 100 = 77,5 %, sisa 4.500.000 — the subtotals not added again.
  const rows = [
    dpa('5.01.01.01', 'Kegiatan A', 'Sub A1', 10_000_000, [2_000_000, 2_000_000, 2_000_000, 3_000_000]),
    dpa('5.01.01.02', 'Kegiatan A', 'Sub A2', 5_000_000, [0, 0, 0, 2_500_000]),
    dpa('5.01.02.01', 'Kegiatan B', 'Sub B1', 4_000_000, [0, 0, 0, 3_000_000]),
    dpa('5.01.03', 'Program C', null, 1_000_000, [0, 0, 0, 1_000_000]),
  ];
  const tracker: InlineTracker = {
    tables: { pk: [pk('IK-01', 'Sasaran A', 100)], dataKinerja: [dk('IK-01', 100)], dpa: rows },
  };

  test('sub kegiatan under their kegiatan, each kegiatan with its Jumlah; the grand Jumlah sums the DPA rows', () => {
    const r = compute(tracker);
    const s = section(r, 'anggaran');
    expect(s.columns).toHaveLength(7);
    expect(s.rows.map((x) => x.cells)).toEqual([
      [null, null, 'Kegiatan A', null, null, null, null],
      [1, '5.01.01.01', 'Sub A1', 10_000_000, 9_000_000, 90, 1_000_000],
      [2, '5.01.01.02', 'Sub A2', 5_000_000, 2_500_000, 50, 2_500_000],
      [null, null, 'Jumlah Kegiatan A', 15_000_000, 11_500_000, 76.6666666666667, 3_500_000],
      [null, null, 'Kegiatan B', null, null, null, null],
      [3, '5.01.02.01', 'Sub B1', 4_000_000, 3_000_000, 75, 1_000_000],
      [null, null, 'Jumlah Kegiatan B', 4_000_000, 3_000_000, 75, 1_000_000],
      [4, '5.01.03', 'Program C', 1_000_000, 1_000_000, 100, 0],
    ]);
    expect(s.rows.map((x) => x.group?.kind ?? 'data')).toEqual([
      'title',
      'data',
      'data',
      'subtotal',
      'title',
      'data',
      'subtotal',
      'data',
    ]);
    expect(s.total?.cells).toEqual(['Jumlah', null, null, 20_000_000, 15_500_000, 77.5, 4_500_000]);
    expect(r.summary).toMatchObject({ pagu: 20_000_000, realisasi: 15_500_000, serapan: 77.5 });
    expect(
      r.tables
        .find((t) => t.id === 'anggaran')
        ?.notes.some((n) => n.startsWith('Sub kegiatan (baris DPA dengan Program/Kegiatan yang sama')),
    ).toBe(true);
  });

  test('in the sheet: SUBTOTAL per kegiatan, and a grand Jumlah of SUBTOTAL that skips them', () => {
    const snapshot = inlineSnapshot(tracker);
    const plan = buildLakipPlan(computeLakip(snapshot));
    // Header 4; title A 5, A1 6, A2 7, Jumlah A 8; title B 9, B1 10, Jumlah B 11; C 12; Jumlah 13.
    expect(formulasOf(plan, 'LAKIP Anggaran').map((f) => [f.formula, f.result])).toEqual([
      ['SUBTOTAL(9,D6:D7)', 15_000_000],
      ['SUBTOTAL(9,E6:E7)', 11_500_000],
      ['SUBTOTAL(9,E6:E7)/SUBTOTAL(9,D6:D7)*100', 76.6666666666667],
      ['SUBTOTAL(9,G6:G7)', 3_500_000],
      ['SUBTOTAL(9,D10:D10)', 4_000_000],
      ['SUBTOTAL(9,E10:E10)', 3_000_000],
      ['SUBTOTAL(9,E10:E10)/SUBTOTAL(9,D10:D10)*100', 75],
      ['SUBTOTAL(9,G10:G10)', 1_000_000],
      ['SUBTOTAL(9,D5:D12)', 20_000_000],
      ['SUBTOTAL(9,E5:E12)', 15_500_000],
      ['SUBTOTAL(9,E5:E12)/SUBTOTAL(9,D5:D12)*100', 77.5],
      ['SUBTOTAL(9,G5:G12)', 4_500_000],
    ]);
  });

  test('without two sub kegiatan of one kegiatan the table is as before (one row per DPA row, SUM)', () => {
    const r = compute({ tables: { dpa: [rows[0] as Row, rows[2] as Row, rows[3] as Row] } });
    const s = section(r, 'anggaran');
    expect(s.rows.map((x) => x.cells[2])).toEqual(['Kegiatan A', 'Kegiatan B', 'Program C']);
    expect(s.rows.every((x) => x.group === undefined)).toBe(true);
    // 10.000.000 + 4.000.000 + 1.000.000 = 15.000.000; 9.000.000 + 3.000.000 + 1.000.000 = 13.000.000.
    expect(s.total?.cells.slice(3, 5)).toEqual([15_000_000, 13_000_000]);
    const plan = buildLakipPlan(r);
    expect(formulasOf(plan, 'LAKIP Anggaran')[0]?.formula).toBe('SUM(D5:D7)');
  });
});

describe('Realisasi Fisik (%)', () => {
  test('a column only when a DPA row fills it; never summed', () => {
    const filled = compute({
      tables: {
        dpa: [
          dpa('5.01.01', 'Program A', null, 10_000_000, [0, 0, 0, 9_000_000], { realisasiFisik: 95 }),
          dpa('5.01.02', 'Program B', null, 5_000_000, [0, 0, 0, 2_500_000]),
        ],
      },
    });
    const s = section(filled, 'anggaran');
    expect(s.columns.map((c) => c.label)).toEqual([
      'No',
      'Kode',
      'Program/Kegiatan',
      'Pagu (Rp)',
      'Realisasi (Rp)',
      'Serapan (%)',
      'Sisa (Rp)',
      'Realisasi Fisik (%)',
    ]);
    // Program A: 9.000.000 ÷ 10.000.000 × 100 = 90 % serapan, 95 % fisik; Program B fisik empty.
    expect(s.rows.map((x) => x.cells.slice(5))).toEqual([
      [90, 1_000_000, 95],
      [50, 2_500_000, null],
    ]);
    expect(s.total?.cells[7]).toBeNull();
    expect(filled.tables.find((t) => t.id === 'anggaran')?.notes).toContain(
      'Realisasi Fisik (%) adalah kemajuan fisik kegiatan sebagaimana diisi di sheet DPA (0–100), terpisah dari realisasi keuangan; tidak dijumlahkan pada baris Jumlah.',
    );
    const empty = compute({
      tables: { dpa: [dpa('5.01.01', 'Program A', null, 10_000_000, [0, 0, 0, 9_000_000])] },
    });
    expect(section(empty, 'anggaran').columns.map((c) => c.label)).not.toContain('Realisasi Fisik (%)');
  });

  test('outside 0–100 is a galat at its cell', () => {
    const snapshot = inlineSnapshot({
      tables: {
        dpa: [
          dpa('5.01.01', 'Program A', null, 10_000_000, [1, 1, 1, 1], { realisasiFisik: 120 }),
          dpa('5.01.02', 'Program B', null, 10_000_000, [1, 1, 1, 1], { realisasiFisik: -5 }),
          dpa('5.01.03', 'Program C', null, 10_000_000, [1, 1, 1, 1], { realisasiFisik: 100 }),
          dpa('5.01.04', 'Program D', null, 10_000_000, [1, 1, 1, 1], { realisasiFisik: 0 }),
        ],
      },
    });
    const found = validateTracker(snapshot).findings.filter(
      (f) => f.sheet === 'DPA' && f.column === 'Realisasi Fisik (%)',
    );
    // Realisasi Fisik (%) is the DPA's 13th column, M; 120 and −5 are out of range, 100 and 0 are not.
    expect(found.map((f) => [f.code, f.severity, f.cell?.[0]])).toEqual([
      ['cell/range', 'error', 'M'],
      ['cell/range', 'error', 'M'],
    ]);
    expect(found[1]?.row).toBe((found[0]?.row ?? 0) + 1);
  });
});
