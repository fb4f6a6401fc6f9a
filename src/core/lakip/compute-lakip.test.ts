import type { Finding } from '../findings/finding';
import { validateTracker } from '../validate/validate';
import { computeLakip } from './compute-lakip';
import { inlineSnapshot, type InlineTracker } from '../../../test/support/plan-snapshot';
import { dkRow, pkRow, type Row } from '../../../test/support/lakip-rows';
import {
  dataRows,
  type LakipResult,
  type SummaryRow,
  type SummaryTable,
  type SummaryTableId,
} from './tables';

const pk = pkRow;
const dk = dkRow;

function compute(t: InlineTracker): LakipResult {
  return computeLakip(inlineSnapshot(t));
}

function table(r: LakipResult, id: SummaryTableId): SummaryTable {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** The index-th data row (group rows — a sasaran's average, a kegiatan's title and subtotal — left out). */
function row(r: LakipResult, id: SummaryTableId, index: number, section = 0): SummaryRow {
  const x = dataRows(table(r, id).sections[section])[index];
  if (!x) throw new Error(`no row ${index} in ${id}`);
  return x;
}

/** Capaian table columns: No, Sasaran, Indikator, Satuan, Target, Realisasi, Capaian, Kategori. */
const REALISASI = 5;
const CAPAIAN = 6;
const KATEGORI = 7;

/** One indicator, Nilai Akhir: TW I–III reported as 0, the annual figure in TW IV. */
function single(target: number, realisasi: number, over: Row = {}, pengaturan: Row = {}): LakipResult {
  return compute({
    pengaturan,
    tables: { pk: [pk('IK-01', target, over)], dataKinerja: [dk('IK-01', [0, 0, 0, realisasi])] },
  });
}

describe('the worked examples of domain.md, through the Capaian table', () => {
  test('IKM target 82, realisasi 84,5 → 103,05 % Sangat Tinggi', () => {
    const r = row(single(82, 84.5), 'capaian', 0);
    expect(r.cells[CAPAIAN]).toBeCloseTo((84.5 / 82) * 100, 10);
    expect(Number((r.cells[CAPAIAN] as number).toFixed(2))).toBe(103.05);
    expect(r.cells[KATEGORI]).toBe('Sangat Tinggi');
    expect(r.mark).toBeUndefined();
  });
  test('APBDes tepat waktu target 100, realisasi 85,71 → 85,71 % Tinggi', () => {
    const r = row(single(100, 85.71), 'capaian', 0);
    expect(r.cells[CAPAIAN]).toBeCloseTo(85.71, 10);
    expect(r.cells[KATEGORI]).toBe('Tinggi');
  });
  test('gangguan trantibum (negative) target 10, realisasi 12 → A 80,00 % Tinggi', () => {
    const r = row(single(10, 12, { polaritas: 'Negatif' }), 'capaian', 0);
    expect(r.cells[CAPAIAN]).toBe(80);
    expect(r.cells[KATEGORI]).toBe('Tinggi');
  });
});

describe('both negative formulas, chosen in Pengaturan', () => {
  test.each([
    ['(2*Target-Realisasi)/Target', 10, 12, 80],
    ['Target/Realisasi', 10, 12, (10 / 12) * 100],
    ['(2*Target-Realisasi)/Target', 10, 8, 120],
    ['Target/Realisasi', 10, 8, 125],
    ['(2*Target-Realisasi)/Target', 10, 25, 0],
    ['(2*Target-Realisasi)/Target', 10, 0, 200],
  ])('%s: target %d, realisasi %d → %d', (rumus, target, realisasi, expected) => {
    const r = row(single(target, realisasi, { polaritas: 'Negatif' }, { rumusNegatif: rumus }), 'capaian', 0);
    expect(r.cells[CAPAIAN]).toBeCloseTo(expected, 10);
    expect(r.mark).toBeUndefined();
  });
  test('the method notes say which formula was used', () => {
    const notes = table(single(10, 12, {}, { rumusNegatif: 'Target/Realisasi' }), 'capaian').notes.join(' ');
    expect(notes).toContain('Target ÷ Realisasi × 100');
  });
});

describe('annual realisasi by Metode Agregasi, quarters up to Triwulan Berjalan', () => {
  test.each([
    // metode, triwulan berjalan, TW I–IV, annual realisasi
    ['Kumulatif', 4, [2, 4, 3, 3], 12],
    ['Kumulatif', 4, [0, 0, 0, 0], 0],
    ['Kumulatif', 2, [10, 20, 30, 40], 30],
    ['Kumulatif', 2, [10, 20, null, null], 30],
    ['Nilai Akhir', 4, [0, 0, 0, 85.71], 85.71],
    ['Nilai Akhir', 4, [80, 90, 95, 0], 0],
    ['Nilai Akhir', 3, [80, 90, 95, 99], 95],
    ['Rata-rata', 4, [83.2, 84.1, 85, 85.7], 84.5],
    ['Rata-rata', 1, [70, 100, 100, 100], 70],
  ] as const)('%s, TW %d, %j → %d', (metode, tw, quarters, expected) => {
    const r = compute({
      pengaturan: { triwulanBerjalan: tw },
      tables: { pk: [pk('IK-01', 100, { metode })], dataKinerja: [dk('IK-01', quarters)] },
    });
    const x = row(r, 'capaian', 0);
    expect(x.cells[REALISASI]).toBeCloseTo(expected, 10);
    expect(x.cells[CAPAIAN]).toBeCloseTo(expected, 10);
    expect(x.mark).toBeUndefined();
  });
  test.each([
    ['Kumulatif', [2, null, 3, 3], 'TW II'],
    ['Nilai Akhir', [80, 90, 95, null], 'TW IV'],
    ['Nilai Akhir', [80, 90, null, null], 'TW III dan TW IV'],
    ['Rata-rata', [80, null, 90, null], 'TW II dan TW IV'],
  ] as const)(
    'a quarter up to Triwulan Berjalan without realisasi (%s, %j): no realisasi, no capaian, no kategori — the row is marked with the quarters',
    (metode, quarters, missing) => {
      const r = compute({
        tables: { pk: [pk('IK-01', 10, { metode })], dataKinerja: [dk('IK-01', quarters)] },
      });
      const x = row(r, 'capaian', 0);
      expect(x.cells.slice(REALISASI)).toEqual([null, null, null]);
      expect(x.mark).toBe(
        `Capaian tidak dapat dihitung: realisasi ${missing} di sheet Data Kinerja belum diisi (wajib sampai Triwulan Berjalan IV); capaian dari triwulan yang terisi saja akan menyesatkan.`,
      );
      expect(r.summary.undefinedCount).toBe(1);
      // The tables built on the capaian say the same and show no figure either.
      expect(row(r, 'efisiensi', 0).cells[4]).toBeNull();
      expect(row(r, 'perbandingan', 0).cells[9]).toBeNull();
    },
  );
  test('the issue\'s case: 3 of 4 quarters on target 101,46 % would be "Sangat Tinggi" — it is not computed', () => {
    const r = compute({
      tables: {
        pk: [pk('IK-01', 82, { metode: 'Rata-rata' })],
        dataKinerja: [dk('IK-01', [83.2, 83.1, 83.3, null])],
      },
    });
    expect(row(r, 'capaian', 0).cells[KATEGORI]).toBeNull();
    expect(r.summary.byKategori['Sangat Tinggi']).toBe(0);
  });
  test('float noise of a mean does not leak: 96,8/97,4/98,1/97,7 averages to exactly 97,5', () => {
    const x = row(
      compute({
        tables: {
          pk: [pk('IK-04', 95, { metode: 'Rata-rata' })],
          dataKinerja: [dk('IK-04', [96.8, 97.4, 98.1, 97.7])],
        },
      }),
      'capaian',
      0,
    );
    expect(x.cells[REALISASI]).toBe(97.5);
  });
});

function everyNumberFinite(r: LakipResult): void {
  for (const t of r.tables) {
    for (const s of t.sections) {
      for (const x of [...s.rows, ...(s.total ? [s.total] : [])]) {
        for (const v of x.cells) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
  }
}

describe('undefined arithmetic: the cell is empty, the row is marked, calc/undefined is reported as validation reports it', () => {
  test('target 0', () => {
    const r = single(0, 5);
    const x = row(r, 'capaian', 0);
    expect(x.cells[CAPAIAN]).toBeNull();
    expect(x.cells[KATEGORI]).toBeNull();
    expect(x.mark).toContain('target 0');
    expect(r.findings).toEqual([
      {
        code: 'calc/undefined',
        severity: 'warning',
        sheet: 'PK',
        row: 2,
        column: 'Target',
        cell: 'G2',
        value: 0,
        detail: { reason: 'target-nol' },
      },
    ]);
    expect(r.summary.undefinedCount).toBe(1);
    everyNumberFinite(r);
  });

  test('Target/Realisasi with realisasi 0 (formula A gives 200 % instead)', () => {
    const b = single(10, 0, { polaritas: 'Negatif' }, { rumusNegatif: 'Target/Realisasi' });
    expect(row(b, 'capaian', 0).cells[CAPAIAN]).toBeNull();
    expect(row(b, 'capaian', 0).mark).toContain('realisasi 0');
    expect(b.findings).toEqual([
      {
        code: 'calc/undefined',
        severity: 'warning',
        sheet: 'Data Kinerja',
        row: 2,
        column: 'Realisasi TW IV',
        cell: 'I2',
        value: 0,
        detail: { reason: 'realisasi-nol', rumus: 'Target/Realisasi' },
      },
    ]);
    everyNumberFinite(b);
    expect(row(single(10, 0, { polaritas: 'Negatif' }), 'capaian', 0).cells[CAPAIAN]).toBe(200);
  });

  test('the same calc/undefined findings as validateTracker gives for the workbook', () => {
    const snapshot = inlineSnapshot({
      pengaturan: { rumusNegatif: 'Target/Realisasi' },
      tables: {
        pk: [pk('IK-01', 0), pk('IK-02', 10, { polaritas: 'Negatif' }), pk('IK-03', 50)],
        dataKinerja: [dk('IK-01', [1, 1, 1, 1]), dk('IK-02', [0, 0, 0, 0]), dk('IK-03', [10, 20, 30, 40])],
      },
    });
    const ours = computeLakip(snapshot).findings;
    expect(ours).toHaveLength(2);
    expect(ours).toEqual(validateTracker(snapshot).findings.filter((f) => f.code === 'calc/undefined'));
  });
});

describe('missing data: the row is marked with the reason; reporting it is validation’s (cell/required, ref/uncovered)', () => {
  test('no realisasi reported up to Triwulan Berjalan (empty is not zero), even with target 0', () => {
    for (const target of [100, 0]) {
      const r = compute({
        pengaturan: { triwulanBerjalan: 2 },
        tables: { pk: [pk('IK-01', target)], dataKinerja: [dk('IK-01', [null, null, 90, 95])] },
      });
      const x = row(r, 'capaian', 0);
      expect(x.cells[REALISASI]).toBeNull();
      expect(x.cells[CAPAIAN]).toBeNull();
      expect(x.mark).toContain(
        target === 0 ? 'target 0' : 'realisasi TW I–TW II di sheet Data Kinerja belum diisi',
      );
      expect(r.findings).toEqual([]);
      expect(r.summary.undefinedCount).toBe(1);
    }
  });

  test('an indicator without a Data Kinerja row', () => {
    const r = compute({ tables: { pk: [pk('IK-01', 100)], dataKinerja: [dk('IK-99', [1, 1, 1, 1])] } });
    expect(row(r, 'capaian', 0).mark).toContain('belum punya baris di sheet Data Kinerja');
    expect(r.findings).toEqual([]);
  });

  test('a target that is empty or not a number; a polaritas or metode not in the list', () => {
    const r = compute({
      tables: {
        pk: [
          pk('IK-01', 'banyak'),
          pk('IK-02', 10, { polaritas: 'Naik' }),
          pk('IK-03', 10, { metode: null }),
        ],
        dataKinerja: [dk('IK-01', [1, 1, 1, 1]), dk('IK-02', [1, 1, 1, 1]), dk('IK-03', [1, 1, 1, 1])],
      },
    });
    expect(row(r, 'capaian', 0).mark).toContain('target di sheet PK kosong');
    expect(row(r, 'perjanjianKinerja', 0).mark).toContain('Target');
    expect(row(r, 'capaian', 1).mark).toContain('polaritas');
    expect(row(r, 'capaian', 2).mark).toContain('Metode Agregasi');
    expect(row(r, 'capaian', 2).cells[REALISASI]).toBeNull();
    expect(r.findings).toEqual([]);
    everyNumberFinite(r);
  });

  test('pagu 0: serapan and efisiensi are empty and marked; the Jumlah ratio is Σ realisasi ÷ Σ pagu of the rest', () => {
    const r = compute({
      tables: {
        pk: [pk('IK-01', 100, { kodeProgram: 'P1' }), pk('IK-02', 100, { kodeProgram: 'P2' })],
        dataKinerja: [dk('IK-01', [90, 90, 90, 90]), dk('IK-02', [100, 100, 100, 100])],
        dpa: [
          {
            kodeProgram: 'P1',
            program: 'Program Satu',
            pagu: 0,
            realisasiTw1: 0,
            realisasiTw2: 0,
            realisasiTw3: 0,
            realisasiTw4: 0,
          },
          {
            kodeProgram: 'P2',
            program: 'Program Dua',
            pagu: 200,
            realisasiTw1: 50,
            realisasiTw2: 50,
            realisasiTw3: 50,
            realisasiTw4: 0,
          },
        ],
      },
    });
    const anggaran = table(r, 'anggaran').sections[0];
    expect(anggaran?.rows[0]?.cells).toEqual([1, 'P1', 'Program Satu', 0, 0, null, 0]);
    expect(anggaran?.rows[0]?.mark).toContain('pagu 0');
    expect(anggaran?.rows[1]?.cells).toEqual([2, 'P2', 'Program Dua', 200, 150, 75, 50]);
    expect(anggaran?.total?.cells).toEqual(['Jumlah', null, null, 200, 150, 75, 50]);
    const ef = table(r, 'efisiensi').sections[0];
    expect(ef?.rows[0]?.cells.slice(4)).toEqual([90, null, null, null]);
    expect(ef?.rows[0]?.mark).toContain('pagu 0');
    expect(ef?.rows[1]?.cells.slice(4)).toEqual([100, 75, 25, 'Efisien']);
    expect(r.summary.serapan).toBe(75);
    everyNumberFinite(r);
  });

  test('every pagu 0: the Jumlah serapan is empty, not NaN', () => {
    const r = compute({
      tables: {
        dpa: [
          {
            kodeProgram: 'P1',
            program: 'Satu',
            pagu: 0,
            realisasiTw1: 0,
            realisasiTw2: 0,
            realisasiTw3: 0,
            realisasiTw4: 0,
          },
        ],
      },
    });
    expect(table(r, 'anggaran').sections[0]?.total?.cells[5]).toBeNull();
    expect(r.summary.serapan).toBeNull();
    everyNumberFinite(r);
  });

  test('Kondisi Akhir 0 in the Renstra: capaian toward the end target is empty and marked', () => {
    const r = compute({
      tables: {
        pk: [pk('IK-01', 10)],
        dataKinerja: [dk('IK-01', [10, 10, 10, 10])],
        renstra: [
          {
            kodeIndikator: 'IK-01',
            kondisiAwal: 0,
            target1: 1,
            target2: 2,
            target3: 3,
            target4: 4,
            target5: 5,
            kondisiAkhir: 0,
          },
        ],
      },
    });
    const x = row(r, 'perbandingan', 0, 1);
    expect(x.cells[7]).toBeNull();
    expect(x.mark).toContain('Kondisi Akhir 0');
    everyNumberFinite(r);
  });

  test('the undefined figure is carried into every table that uses it', () => {
    const r = single(0, 5);
    for (const id of ['capaian', 'perbandingan', 'analisis', 'efisiensi'] as const) {
      expect(row(r, id, 0).mark).toContain('target 0');
    }
  });
});

describe('the cap (Batas Atas Capaian)', () => {
  test('a capaian above the cap shows the capped value, a note and its kategori', () => {
    const r = single(82, 84.5, {}, { batasAtasCapaian: 100 });
    const x = row(r, 'capaian', 0);
    expect(x.cells[CAPAIAN]).toBe(100);
    expect(x.cells[KATEGORI]).toBe('Sangat Tinggi');
    expect(x.note).toContain('dibatasi 100,00%');
    expect(x.note).toContain('103,05%');
    expect(x.mark).toBeUndefined();
    expect(table(r, 'capaian').notes.join(' ')).toContain('IK-01: Capaian dibatasi 100,00%');
  });
  test('below the cap nothing changes', () => {
    const x = row(single(100, 85.71, {}, { batasAtasCapaian: 100 }), 'capaian', 0);
    expect(x.cells[CAPAIAN]).toBeCloseTo(85.71, 10);
    expect(x.note).toBeUndefined();
  });
  test('no cap: 103,05 stays 103,05', () => {
    expect(row(single(82, 84.5), 'capaian', 0).cells[CAPAIAN]).toBeCloseTo(103.0487804878, 8);
  });
});

describe('kategori boundaries (lower bounds inclusive)', () => {
  test.each([
    [100, 90.99, 'Tinggi'],
    [100, 91, 'Sangat Tinggi'],
    [10, 9.1, 'Sangat Tinggi'], // 9,1 ÷ 10 × 100 is 90,99999999999999 in binary: still 91
    [100, 76, 'Tinggi'],
    [100, 75.99, 'Sedang'],
    [100, 66, 'Sedang'],
    [100, 65.99, 'Rendah'],
    [100, 51, 'Rendah'],
    [100, 50.99, 'Sangat Rendah'],
    [100, 0, 'Sangat Rendah'],
  ])('target %d, realisasi %d → %s', (target, realisasi, kategori) => {
    expect(row(single(target, realisasi), 'capaian', 0).cells[KATEGORI]).toBe(kategori);
  });
  test('the thresholds are the workbook’s', () => {
    const r = single(
      100,
      85,
      {},
      { batasSangatTinggi: 85, batasTinggi: 70, batasSedang: 55, batasRendah: 40 },
    );
    expect(row(r, 'capaian', 0).cells[KATEGORI]).toBe('Sangat Tinggi');
    expect(table(r, 'capaian').notes.join(' ')).toContain('≥ 85 Sangat Tinggi');
  });
});

describe('Perbandingan', () => {
  const base = (polaritas: string, prev: number, cur: number): LakipResult =>
    compute({
      tables: {
        pk: [pk('IK-01', 10, { polaritas, metode: 'Kumulatif' })],
        dataKinerja: [dk('IK-01', [cur, 0, 0, 0])],
        lkjip: [
          {
            tahun: 2016,
            kodeIndikator: 'IK-01',
            indikator: 'x',
            satuan: 'x',
            target: 10,
            realisasi: prev,
            capaian: 95.5,
          },
          {
            tahun: 2015,
            kodeIndikator: 'IK-01',
            indikator: 'x',
            satuan: 'x',
            target: 10,
            realisasi: 7,
            capaian: 70,
          },
          {
            tahun: 2014,
            kodeIndikator: 'IK-01',
            indikator: 'x',
            satuan: 'x',
            target: 10,
            realisasi: 1,
            capaian: 1,
          },
        ],
        renstra: [
          {
            kodeIndikator: 'IK-01',
            kondisiAwal: 6,
            target1: 7,
            target2: 8,
            target3: 9,
            target4: 10,
            target5: 11,
            kondisiAkhir: 11,
          },
        ],
      },
    });
  test.each([
    ['Positif', 9, 10, 'Naik (membaik)'],
    ['Positif', 11, 10, 'Turun (memburuk)'],
    ['Negatif', 11, 10, 'Turun (membaik)'],
    ['Negatif', 9, 10, 'Naik (memburuk)'],
    ['Positif', 10, 10, 'Tetap'],
  ])('%s, %d → %d: %s', (polaritas, prev, cur, tren) => {
    expect(row(base(polaritas, prev, cur), 'perbandingan', 0).cells[12]).toBe(tren);
  });
  test('n-1 and n-2 from the LKjIP, change of capaian in points, Renstra target of year n via Tahun Awal Renstra', () => {
    const r = base('Positif', 9, 10);
    const h = row(r, 'perbandingan', 0, 0);
    // No, Indikator, Satuan, Real 2015, Target Tahun Lalu (2016), Real 2016, Target 2017, Real 2017,
    // Cap 2015, Cap 2016, Cap 2017, Δ poin, Tren
    expect(h.cells.slice(3, 12)).toEqual([7, 10, 9, 10, 10, 70, 95.5, 100, 4.5]);
    expect(h.mark).toBeUndefined();
    const s = row(r, 'perbandingan', 0, 1);
    // 2017 is Target Tahun 4 of a Renstra starting 2014; capaian toward Kondisi Akhir 11: 10/11
    expect(s.cells.slice(3)).toEqual([6, 10, 10, 11, expect.closeTo((10 / 11) * 100, 10)]);
    expect(table(r, 'perbandingan').sections[0]?.columns.map((c) => c.label)).toContain('Realisasi 2015');
  });
  test('missing history and a year outside the Renstra are marked, not invented', () => {
    const r = compute({
      pengaturan: { tahunAwalRenstra: 2009 },
      tables: {
        pk: [pk('IK-01', 10)],
        dataKinerja: [dk('IK-01', [10, 10, 10, 10])],
        renstra: [
          {
            kodeIndikator: 'IK-01',
            kondisiAwal: 6,
            target1: 7,
            target2: 8,
            target3: 9,
            target4: 10,
            target5: 11,
            kondisiAkhir: 11,
          },
        ],
      },
    });
    const h = row(r, 'perbandingan', 0, 0);
    expect(h.cells[4]).toBeNull();
    expect(h.cells[5]).toBeNull();
    expect(h.cells[12]).toBeNull();
    expect(h.mark).toContain('LKjIP 2016 tidak memuat indikator ini');
    const s = row(r, 'perbandingan', 0, 1);
    expect(s.cells[4]).toBeNull();
    expect(s.mark).toContain('di luar periode Renstra 2009–2013');
    expect(r.findings).toEqual([]);
  });
});

describe('Efisiensi status boundaries (Selisih = Capaian − Serapan)', () => {
  test.each([
    [105.05, 100, 'Efisien'],
    [105, 100, 'Cukup Efisien'],
    [95, 100, 'Cukup Efisien'],
    [94.99, 100, 'Tidak Efisien'],
    [103.05, 98.05, 'Cukup Efisien'], // 5,000000000000014 in binary: still 5
  ])('capaian %d, serapan %d → %s', (capaian, serapanPersen, status) => {
    const r = compute({
      tables: {
        pk: [pk('IK-01', 100)],
        dataKinerja: [dk('IK-01', [capaian, capaian, capaian, capaian])],
        dpa: [{ kodeProgram: 'P1', program: 'P', pagu: 10000, realisasiTw1: serapanPersen * 100 }],
      },
    });
    expect(row(r, 'efisiensi', 0).cells[7]).toBe(status);
  });
});

describe('Analisis and SOP', () => {
  test('Analisis takes the texts from Data Kinerja and notes a missing analysis below 100 %', () => {
    const r = compute({
      tables: {
        pk: [pk('IK-01', 100), pk('IK-02', 100)],
        dataKinerja: [
          dk('IK-01', [80, 80, 80, 80], { faktorPendukung: 'A', faktorPenghambat: 'B', upayaPerbaikan: 'C' }),
          dk('IK-02', [80, 80, 80, 80], { faktorPendukung: 'A' }),
        ],
      },
    });
    expect(row(r, 'analisis', 0).cells).toEqual([1, 'Indikator IK-01', 80, 'A', 'B', 'C']);
    expect(row(r, 'analisis', 0).hint).toBeUndefined();
    // A to-do for the Sekcam: in the sheet's Keterangan, never in the report (SummaryRow.hint).
    expect(row(r, 'analisis', 1).hint).toContain('Faktor Penghambat dan Upaya Perbaikan perlu diisi');
    expect(row(r, 'analisis', 1).note).toBeUndefined();
  });

  test('SOP: actors, status (empty = Belum), time against the standard, evidence, the share done and the warning', () => {
    const r = compute({
      tables: {
        sop: [
          {
            no: 1,
            aktivitas: 'Memerintahkan',
            'actor:Camat': '✓',
            kelengkapan: 'Nota dinas',
            waktu: 3,
            output: 'Dokumen',
            status: 'Selesai',
            tanggalMulai: '08/01/2018',
            tanggalSelesai: '08/01/2018',
            waktuAktual: 5,
            buktiSoft: 'a.pdf',
            buktiHard: 'Ya',
          },
          {
            no: 2,
            aktivitas: 'Menyampaikan',
            'actor:Sekcam': '✓',
            'actor:Staf': 'x',
            kelengkapan: 'Dokumen',
            waktu: 60,
            output: 'Dokumen',
          },
        ],
        dokumen: [
          {
            no: 1,
            kode: 'PK',
            nama: 'PK Tahun 2017',
            tahun: 2017,
            sheet: 'PK',
            bagianPenyedia: 'PERKEU',
            status: 'Diverifikasi',
          },
          {
            no: 2,
            kode: 'DPA',
            nama: 'DPA Tahun 2017',
            tahun: 2017,
            sheet: 'DPA',
            bagianPenyedia: 'PERKEU',
            status: 'Belum Ada',
          },
        ],
      },
    });
    const sop = table(r, 'sop');
    expect(sop.sections[0]?.rows[0]?.cells).toEqual([
      1,
      'Memerintahkan',
      'Camat',
      'Selesai',
      '2018-01-08',
      '2018-01-08',
      'a.pdf',
      'Ya',
      3,
      5,
      2,
    ]);
    expect(sop.sections[0]?.rows[0]?.note).toContain('melebihi waktu baku');
    expect(sop.sections[0]?.rows[1]?.cells.slice(0, 4)).toEqual([2, 'Menyampaikan', 'Sekcam, Staf', 'Belum']);
    // Baku summed only over the steps with an aktual, so Jumlah compares like with like.
    expect(sop.sections[0]?.total?.cells).toEqual([
      'Jumlah langkah yang waktu aktualnya tercatat (1 dari 2)',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      3,
      5,
      2,
    ]);
    expect(sop.sections[2]?.rows.map((x) => x.cells)).toEqual([
      [1, 'Langkah SOP berstatus Selesai', 1, 2, 50],
      [2, 'Dokumen berstatus Diterima atau Diverifikasi', 1, 2, 50],
      [3, 'Waktu aktual langkah yang sudah dicatat terhadap waktu bakunya (menit)', 5, 3, (5 / 3) * 100],
    ]);
    expect(sop.notes.join(' ')).toContain(
      'Peringatan SOP: Apabila SOP Pengumpulan Data Kinerja tidak diselesaikan maka kegiatan Pelaporan akan terhambat.',
    );
    expect(r.summary).toMatchObject({ sopDone: 1, sopTotal: 2, documentsReceived: 1, documentsTotal: 2 });
  });
});

test('an empty workbook gives seven empty tables and no NaN, without throwing', () => {
  const r = computeLakip({ sheets: [] });
  expect(r.tables.map((t) => t.sheetName)).toEqual([
    'LAKIP Perjanjian Kinerja',
    'LAKIP Capaian',
    'LAKIP Perbandingan',
    'LAKIP Analisis',
    'LAKIP Efisiensi',
    'LAKIP Anggaran',
    'LAKIP SOP',
  ]);
  expect(r.summary).toMatchObject({ indicators: 0, pagu: 0, realisasi: 0, serapan: null, sopTotal: 0 });
  expect(r.tahun).toBeNull();
  expect(table(r, 'capaian').caption).toBe('Tabel 3.1 Capaian Kinerja');
});

test('the result is JSON-serialisable as it is', () => {
  const r = single(82, 84.5);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
});

describe('numbers valid one by one whose sum, average or ratio is beyond a double (9E+307)', () => {
  const HUGE = 9e307;
  const dpaRow = (kode: string, pagu: number, tw: readonly number[]): Row => ({
    kodeProgram: kode,
    program: `Program ${kode}`,
    pagu,
    realisasiTw1: tw[0] ?? null,
    realisasiTw2: tw[1] ?? null,
    realisasiTw3: tw[2] ?? null,
    realisasiTw4: tw[3] ?? null,
  });
  const snapshot = inlineSnapshot({
    tables: {
      pk: [
        pk('IK-01', 80, { metode: 'Kumulatif', kodeProgram: 'P1' }),
        pk('IK-02', 80, { metode: 'Rata-rata', kodeProgram: 'P2' }),
        pk('IK-03', 1e-10, { kodeProgram: 'P3' }),
        pk('IK-04', 100, { kodeProgram: 'P4' }),
      ],
      dataKinerja: [
        dk('IK-01', [HUGE, HUGE, HUGE, HUGE]),
        dk('IK-02', [1, HUGE, HUGE, 2]),
        dk('IK-03', [0, 0, 0, 1e300]),
        dk('IK-04', [0, 0, 0, 90]),
      ],
      dpa: [
        dpaRow('P1', 1_000_000, [HUGE, HUGE, 0, 0]),
        dpaRow('P2', 1e-300, [0, 0, 0, 1e10]),
        dpaRow('P3', HUGE, [0, 0, 0, 1]),
        dpaRow('P4', HUGE, [0, 0, 0, 1]),
      ],
    },
  });

  test('not computable, marked with the reason, never Infinity in a table (the Jumlah row included)', () => {
    const r = computeLakip(snapshot);
    const capaian = dataRows(table(r, 'capaian').sections[0]);
    expect(capaian.map((x) => [x.cells[REALISASI], x.cells[CAPAIAN]])).toEqual([
      [null, null],
      [null, null],
      [1e300, null],
      [90, 90],
    ]);
    expect(capaian[0]?.mark).toBe(
      'Capaian tidak dapat dihitung: realisasi TW I–TW IV di sheet Data Kinerja terlalu besar sehingga jumlah atau rata-ratanya melampaui batas angka yang dapat dihitung.',
    );
    expect(capaian[2]?.mark).toBe(
      'Capaian tidak dapat dihitung: hasil bagi realisasi dan target melampaui batas angka yang dapat dihitung.',
    );
    const anggaran = table(r, 'anggaran').sections[0];
    expect(anggaran?.rows.map((x) => x.cells.slice(3))).toEqual([
      [1_000_000, null, null, null],
      [1e-300, 1e10, null, -1e10],
      [HUGE, 1, 1.11111111111111e-306, HUGE],
      [HUGE, 1, 1.11111111111111e-306, HUGE],
    ]);
    expect(anggaran?.rows[0]?.mark).toMatch(
      /^Serapan tidak dapat dihitung: realisasi TW I–TW IV di sheet DPA terlalu besar/,
    );
    expect(anggaran?.rows[1]?.mark).toBe(
      'Serapan tidak dapat dihitung: hasil bagi realisasi dan pagu melampaui batas angka yang dapat dihitung.',
    );
    // Σ pagu = 2 × 9E+307 + … is beyond a double: the Jumlah is left empty and says why.
    expect(anggaran?.total?.cells[3]).toBeNull();
    expect(anggaran?.total?.mark).toBe(
      'Jumlah Pagu (Rp), Serapan (%), Sisa (Rp) tidak dapat dihitung: jumlahnya melampaui batas angka yang dapat dihitung.',
    );
    everyNumberFinite(r);
  });

  test('each offending cell is a calc/overflow finding, the same as validateTracker gives', () => {
    const ours = computeLakip(snapshot).findings;
    expect(
      ours.map((f) => [
        f.code,
        f.severity,
        f.sheet,
        f.cell,
        f.code === 'calc/overflow' ? f.detail.reason : null,
      ]),
    ).toEqual([
      // the quarter of largest magnitude (the first of equals), the last reported, the pagu
      ['calc/overflow', 'error', 'Data Kinerja', 'F2', 'realisasi'],
      ['calc/overflow', 'error', 'Data Kinerja', 'G3', 'realisasi'],
      ['calc/overflow', 'error', 'Data Kinerja', 'I4', 'capaian'],
      ['calc/overflow', 'error', 'DPA', 'H2', 'realisasi-anggaran'],
      ['calc/overflow', 'error', 'DPA', 'G3', 'serapan'],
    ]);
    const byPlace = (a: Finding, b: Finding): number =>
      `${a.sheet}!${a.cell ?? ''}`.localeCompare(`${b.sheet}!${b.cell ?? ''}`);
    const theirs = validateTracker(snapshot).findings.filter((f) => f.code === 'calc/overflow');
    expect([...ours].sort(byPlace)).toEqual([...theirs].sort(byPlace));
  });
});
