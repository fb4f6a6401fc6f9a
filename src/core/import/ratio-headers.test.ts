/**
 * A/B indicators on import: e-SAKIP's `realisasi_x_tw1` / `realisasi_y_tw1` and a quarter's
 * group header over x / y, Pembilang / Penyebut, Numerator / Denominator sub-headers fill
 * Data Kinerja's Pembilang TW n / Penyebut TW n, and the realisasi is ΣA ÷ ΣB × 100.
 *
 * Figures (Triwulan Berjalan 4):
 * - IK-01, Kumulatif, target 95: A 10, 12, 11, 12 (ΣA 45), B 12, 13, 12, 13 (ΣB 50) →
 *   realisasi 45 ÷ 50 × 100 = 90 %; capaian 90 ÷ 95 × 100 = 94,74 %.
 * - IK-02, Rata-rata, target 80: A 18, 19, 20, 21 (ΣA 78), B 20, 20, 25, 25 (ΣB 90) →
 *   realisasi 78 ÷ 90 × 100 = 86,67 %; capaian 86,666… ÷ 80 × 100 = 108,33 %.
 */
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import { readTrackerModel } from '../model/tracker-model';
import { planImport } from '../operations/import';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { detectTables } from './detect';
import { headerMeaning } from './header';
import { proposeMapping } from './mapping';

const A1 = [10, 12, 11, 12];
const B1 = [12, 13, 12, 13];
const A2 = [18, 19, 20, 21];
const B2 = [20, 20, 25, 25];

function tracker(): WorkbookSnapshot {
  const pk = (kode: string, metode: string, target: number): Record<string, CellValue> => ({
    kodeIndikator: kode,
    sasaran: 'Meningkatnya layanan',
    indikator: `Persentase ${kode}`,
    satuan: '%',
    polaritas: 'Positif',
    metode,
    target,
    penanggungJawab: 'UMUM',
    pembilang: 'Jumlah surat selesai tepat waktu',
    penyebut: 'Jumlah surat masuk',
  });
  return inlineSnapshot({
    tables: {
      bagian: [{ kode: 'UMUM', nama: 'Subbagian Umum', jenis: 'Subbagian' }],
      pk: [pk('IK-01', 'Kumulatif', 95), pk('IK-02', 'Rata-rata', 80)],
      dataKinerja: [],
    },
  });
}

/** A and B of the four quarters interleaved: A1, B1, A2, B2 … */
function pairs(a: readonly number[], b: readonly number[]): number[] {
  return a.flatMap((x, i) => [x, b[i] as number]);
}

const SNAKE: SheetSnapshot = {
  name: 'Sheet1',
  rows: [
    [
      'kode_indikator',
      'realisasi_x_tw1',
      'realisasi_y_tw1',
      'realisasi_x_tw2',
      'realisasi_y_tw2',
      'realisasi_x_tw3',
      'realisasi_y_tw3',
      'realisasi_x_tw4',
      'realisasi_y_tw4',
    ],
    ['IK-01', ...pairs(A1, B1)],
    ['IK-02', ...pairs(A2, B2)],
  ],
};

/** "Kode Indikator" over two rows, "TW I" … "TW IV" each over the two sub-headers. */
function twoRows(x: string, y: string): SheetSnapshot {
  return {
    name: 'Realisasi',
    rows: [
      ['Kode Indikator', 'TW I', null, 'TW II', null, 'TW III', null, 'TW IV', null],
      [null, x, y, x, y, x, y, x, y],
      ['IK-01', ...pairs(A1, B1)],
      ['IK-02', ...pairs(A2, B2)],
    ],
  };
}

const EIGHT = {
  B: 'Pembilang TW I',
  C: 'Penyebut TW I',
  D: 'Pembilang TW II',
  E: 'Penyebut TW II',
  F: 'Pembilang TW III',
  G: 'Penyebut TW III',
  H: 'Pembilang TW IV',
  I: 'Penyebut TW IV',
};

function mapped(sheet: SheetSnapshot): { target: string | null; columns: Record<string, string> } {
  const [p] = detectTables(sheet).map((t) => proposeMapping(sheet, t));
  const columns: Record<string, string> = {};
  for (const c of p?.columns ?? []) if (c.fieldLabel !== null) columns[c.column.letter] = c.fieldLabel;
  return { target: p?.target ?? null, columns };
}

/** Each indicator's realisasi, its ΣA ÷ ΣB and its capaian, rounded to two decimals as shown. */
function imported(sheet: SheetSnapshot): (string | number | undefined)[][] {
  const t = tracker();
  const p = planImport({ sheets: [sheet] }, t, { sourceName: 'esakip.xlsx' });
  expect(p.tables[0]?.counts).toEqual({ read: 2, add: 2, change: 0, skip: 0 });
  expect(p.tables[0]?.problems).toEqual([]);
  const r2 = (n: number | undefined): number | undefined => (n === undefined ? n : Math.round(n * 100) / 100);
  return readTrackerModel(applyPlanToSnapshot(t, p.plan))
    .indicators()
    .map((i) => [
      i.kode,
      r2(i.realisasi),
      i.rasio?.a,
      i.rasio?.b,
      i.capaian.kind === 'ok' ? r2(i.capaian.value) : i.capaian.kind,
    ]);
}

const FIGURES = [
  ['IK-01', 90, 45, 50, 94.74],
  ['IK-02', 86.67, 78, 90, 108.33],
];

describe('the headers of an A/B indicator’s two numbers', () => {
  it.each([
    [['realisasi_x_tw1'], 'pembilangTw', 1],
    [['realisasi_y_tw3'], 'penyebutTw', 3],
    [['Realisasi X TW II'], 'pembilangTw', 2],
    [['Pembilang TW IV'], 'pembilangTw', 4],
    [['Penyebut TW I'], 'penyebutTw', 1],
    [['TW I', 'x'], 'pembilangTw', 1],
    [['TW II', 'y'], 'penyebutTw', 2],
    [['Triwulan III', 'Pembilang'], 'pembilangTw', 3],
    [['TW IV', 'Penyebut'], 'penyebutTw', 4],
    [['TW I', 'Numerator'], 'pembilangTw', 1],
    [['TW I', 'Denominator'], 'penyebutTw', 1],
    [['Realisasi', 'TW II', 'X'], 'pembilangTw', 2],
  ] as const)('%j means %s of quarter %d', (path, concept, quarter) => {
    expect(headerMeaning(path)).toEqual({ concept, confidence: 0.9, quarter });
  });

  it('without a quarter, Pembilang and Penyebut are the PK’s names of the two numbers', () => {
    expect(headerMeaning(['Pembilang'])).toEqual({ concept: 'pembilang', confidence: 0.9 });
    expect(headerMeaning(['Penyebut'])).toEqual({ concept: 'penyebut', confidence: 0.9 });
  });
});

describe('importing an A/B indicator’s numbers into Data Kinerja', () => {
  it('e-SAKIP’s kode_indikator | realisasi_x_tw1 | realisasi_y_tw1 | …: the eight columns, realisasi ΣA ÷ ΣB × 100', () => {
    expect(mapped(SNAKE)).toEqual({ target: 'dataKinerja', columns: { A: 'Kode Indikator', ...EIGHT } });
    expect(imported(SNAKE)).toEqual(FIGURES);
  });

  it.each([
    ['x', 'y'],
    ['Pembilang', 'Penyebut'],
    ['Numerator', 'Denominator'],
    ['realisasi_x', 'realisasi_y'],
  ])('a two-row header, "TW I" … over %s / %s: the same columns and figures', (x, y) => {
    const sheet = twoRows(x, y);
    expect(mapped(sheet)).toEqual({ target: 'dataKinerja', columns: { A: 'Kode Indikator', ...EIGHT } });
    expect(imported(sheet)).toEqual(FIGURES);
  });
});

describe('a long table of the two numbers (one row per quarter)', () => {
  it('Kode Indikator | Triwulan | Pembilang | Penyebut: pivoted into the eight columns, the same figures', () => {
    const rows: CellValue[][] = [['Kode Indikator', 'Triwulan', 'Pembilang', 'Penyebut']];
    for (const [kode, a, b] of [
      ['IK-01', A1, B1],
      ['IK-02', A2, B2],
    ] as const)
      a.forEach((x, i) => rows.push([kode, `TW ${['I', 'II', 'III', 'IV'][i] ?? ''}`, x, b[i] as number]));
    const sheet: SheetSnapshot = { name: 'Rekap', rows };
    expect(mapped(sheet)).toEqual({
      target: 'dataKinerja',
      columns: {
        A: 'Kode Indikator',
        C: 'Pembilang TW (menurut kolom triwulan)',
        D: 'Penyebut TW (menurut kolom triwulan)',
      },
    });
    const t = tracker();
    const p = planImport({ sheets: [sheet] }, t, { sourceName: 'rekap.xlsx' });
    expect(p.tables[0]?.counts).toEqual({ read: 8, add: 8, change: 0, skip: 0 });
    const model = readTrackerModel(applyPlanToSnapshot(t, p.plan));
    // ΣA 45 ÷ ΣB 50 and ΣA 78 ÷ ΣB 90, as above.
    expect(model.indicators().map((i) => [i.kode, i.rasio?.a, i.rasio?.b])).toEqual([
      ['IK-01', 45, 50],
      ['IK-02', 78, 90],
    ]);
  });
});
