/** Tabel 3.4 by Pengaturan's Metode Efisiensi, on figures worked out by hand. */
import { keyOf as keyOfTest } from '../read/keys';
import type { CellValue } from '../snapshot';
import { computeLakip } from './compute-lakip';
import { EFISIENSI_NOTES } from './compute-efisiensi';
import { buildLakipPlan } from './export-plan';
import { narrativeFor } from './narrative';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import type { LakipResult, SummaryTable } from './tables';

type Row = Record<string, CellValue>;

const pk = (kode: string, polaritas: string, metode: string, target: number, kodeProgram: string): Row => ({
  kodeIndikator: kode,
  sasaran: 'Sasaran Uji',
  indikator: `Indikator ${kode}`,
  satuan: 'unit',
  polaritas,
  metode,
  target,
  kodeProgram,
  program: `Program ${kodeProgram}`,
  anggaran: keyOfTest(kodeProgram) === 'p1' ? 1_000_000 : 500_000,
  penanggungJawab: 'PEM',
});
const dk = (kode: string, tw: readonly number[]): Row => ({
  bagian: 'PEM',
  kodeIndikator: kode,
  realisasiTw1: tw[0] ?? null,
  realisasiTw2: tw[1] ?? null,
  realisasiTw3: tw[2] ?? null,
  realisasiTw4: tw[3] ?? null,
});
const dpa = (kode: string, pagu: number, perTw: number): Row => ({
  kodeProgram: kode,
  program: `Program ${kode}`,
  indikatorKeluaran: 'Keluaran',
  satuan: 'unit',
  target: 1,
  pagu,
  realisasiTw1: perTw,
  realisasiTw2: perTw,
  realisasiTw3: perTw,
  realisasiTw4: perTw,
});

// P1: pagu 1.000.000, realisasi 4 × 200.000 = 800.000 (serapan 80%, sisa 200.000).
// P2: pagu 500.000, realisasi 4 × 125.000 = 500.000 (serapan 100%, sisa 0).
// A Positif Kumulatif target 100, 25 × 4 = 100 → capaian 100%        (P1)
// B Positif Kumulatif target 50, 10 × 4 = 40 → capaian 80%            (P2)
// C Negatif Kumulatif target 10, 2 × 4 = 8 → (20 − 8) / 10 = 120%     (P2)
// D Positif Nilai Akhir target 100, TW IV 103 → capaian 103%          (P1)
function result(metodeEfisiensi: string | null, spell: (kode: string) => string = (k) => k): LakipResult {
  return computeLakip(
    inlineSnapshot({
      pengaturan: { metodeEfisiensi },
      tables: {
        pk: [
          pk('A', 'Positif', 'Kumulatif', 100, spell('P1')),
          pk('B', 'Positif', 'Kumulatif', 50, spell('P2')),
          pk('C', 'Negatif', 'Kumulatif', 10, spell('P2')),
          pk('D', 'Positif', 'Nilai Akhir', 100, spell('P1')),
        ],
        dataKinerja: [
          dk('A', [25, 25, 25, 25]),
          dk('B', [10, 10, 10, 10]),
          dk('C', [2, 2, 2, 2]),
          dk('D', [0, 0, 0, 103]),
        ],
        dpa: [dpa('P1', 1_000_000, 200_000), dpa('P2', 500_000, 125_000)],
      },
    }),
  );
}

function efisiensi(r: LakipResult): SummaryTable {
  const t = r.tables.find((x) => x.id === 'efisiensi');
  if (!t) throw new Error('no efisiensi table');
  return t;
}

const cells = (t: SummaryTable, from: number) =>
  (t.sections[0]?.rows ?? []).map((row) => row.cells.slice(from));

test('Selisih Capaian dan Serapan (the default, also when Pengaturan leaves it empty)', () => {
  // A 100 − 80 = 20 Efisien; B 80 − 100 = −20 Tidak Efisien; C 120 − 100 = 20 Efisien; D 103 − 80 = 23 Efisien.
  for (const setting of [null, 'Selisih Capaian dan Serapan']) {
    const t = efisiensi(result(setting));
    expect(cells(t, 4)).toEqual([
      [100, 80, 20, 'Efisien'],
      [80, 100, -20, 'Tidak Efisien'],
      [120, 100, 20, 'Efisien'],
      [103, 80, 23, 'Efisien'],
    ]);
    expect(t.notes).toEqual([EFISIENSI_NOTES.selisih]);
  }
});

test('the program is found by the one key rule: a PK Kode Program spelt in other case or with a zero-width space', () => {
  // The same figures as the default test above: A 100 − 80 = 20; B 80 − 100 = −20; C 120 − 100 = 20; D 103 − 80 = 23.
  const t = efisiensi(result(null, (k) => (k === 'P1' ? 'p1' : 'P2\u200b')));
  expect(cells(t, 4)).toEqual([
    [100, 80, 20, 'Efisien'],
    [80, 100, -20, 'Tidak Efisien'],
    [120, 100, 20, 'Efisien'],
    [103, 80, 23, 'Efisien'],
  ]);
  expect(t.sections[0]?.rows.map((r) => r.mark)).toEqual([undefined, undefined, undefined, undefined]);
});

test('Sisa Anggaran: the rupiah left count as saved only when the target is met', () => {
  // A capaian 100 ≥ 100, sisa 1.000.000 − 800.000 = 200.000 > 0 Efisien;
  // B capaian 80 < 100: sisa 0, not a saving, Tidak Efisien;
  // C capaian 120, sisa 500.000 − 500.000 = 0: Cukup Efisien; D capaian 103, sisa 200.000 Efisien.
  const r = result('Sisa Anggaran');
  const t = efisiensi(r);
  expect(t.sections[0]?.columns.map((c) => c.label).slice(4)).toEqual([
    'Capaian (%)',
    'Pagu (Rp)',
    'Realisasi Anggaran (Rp)',
    'Sisa Anggaran (Rp)',
    'Status',
  ]);
  expect(cells(t, 4)).toEqual([
    [100, 1_000_000, 800_000, 200_000, 'Efisien'],
    [80, 500_000, 500_000, 0, 'Tidak Efisien'],
    [120, 500_000, 500_000, 0, 'Cukup Efisien'],
    [103, 1_000_000, 800_000, 200_000, 'Efisien'],
  ]);
  expect(t.notes[0]).toMatch(/^Sisa Anggaran = Pagu − Realisasi anggaran/);
  expect(narrativeFor(r, 'efisiensi')).toEqual([
    'Diukur dari sisa anggaran program/kegiatan pendukungnya bila target tercapai, 2 Efisien, 1 Cukup Efisien dan 1 Tidak Efisien (Sisa Anggaran = Pagu − Realisasi).',
  ]);
});

test('Biaya per Satuan Output: cost per unit against the planned cost per unit', () => {
  // A: rencana 1.000.000 / 100 = 10.000; realisasi 800.000 / 100 = 8.000; (1 − 8.000 / 10.000) × 100 = 20 Efisien.
  // B: rencana 500.000 / 50 = 10.000; realisasi 500.000 / 40 = 12.500; (1 − 1,25) × 100 = −25 Tidak Efisien.
  // C: negative indicator, not computed (marked).
  // D: rencana 1.000.000 / 100 = 10.000; realisasi 800.000 / 103 = 7.766,990291…;
  //    (1 − 0,7766990291…) × 100 = 22,330097087… Efisien.
  const r = result('Biaya per Satuan Output');
  const t = efisiensi(r);
  const rows = cells(t, 3);
  expect(rows.slice(0, 3)).toEqual([
    [100, 100, 1_000_000, 800_000, 10_000, 8_000, 20, 'Efisien'],
    [50, 40, 500_000, 500_000, 10_000, 12_500, -25, 'Tidak Efisien'],
    [10, 8, 500_000, 500_000, null, null, null, null],
  ]);
  expect(rows[3]?.slice(0, 5)).toEqual([100, 103, 1_000_000, 800_000, 10_000]);
  expect(rows[3]?.[5]).toBeCloseTo(7766.990291262, 8);
  expect(rows[3]?.[6]).toBeCloseTo(22.330097087, 8);
  expect(rows[3]?.[7]).toBe('Efisien');
  expect(t.sections[0]?.rows[2]?.mark).toBe(
    'Biaya per satuan output tidak dihitung untuk indikator negatif (semakin rendah semakin baik): realisasinya bukan volume keluaran.',
  );
  expect(t.notes[0]).toMatch(/^Biaya Rencana per Satuan = Pagu ÷ Target/);
  expect(narrativeFor(r, 'efisiensi')[0]).toMatch(
    /^Diukur dari biaya per satuan output .*, 2 Efisien dan 1 Tidak Efisien/,
  );
});

test.each([
  ['Selisih Capaian dan Serapan', EFISIENSI_NOTES.selisih],
  ['Sisa Anggaran', EFISIENSI_NOTES.sisa],
  ['Biaya per Satuan Output', EFISIENSI_NOTES.biaya],
])('%s: the formula is written under the LAKIP Efisiensi table', (metode, note) => {
  const written = buildLakipPlan(result(metode)).ops.filter(
    (o) => o.op === 'setValues' && o.sheet === 'LAKIP Efisiensi' && o.values[0]?.[0] === note,
  );
  expect(written).toHaveLength(1);
});
