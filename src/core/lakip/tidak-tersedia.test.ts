/** "n/a" / "tidak tersedia" as a realisasi: no annual figure and no capaian, with that reason; never 0, never a galat. */
import { parseCell } from '../parse/cell';
import { SCHEMAS } from '../schema/registry';
import type { CellValue } from '../snapshot';
import { validateTracker } from '../validate/validate';
import { aggregateQuarters, TIDAK_TERSEDIA } from './arithmetic';
import { computeLakip } from './compute-lakip';
import { buildLakipContext } from './context';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';

const realisasiTw1 = SCHEMAS.dataKinerja.columns.find((c) => c.key === 'realisasiTw1');
if (realisasiTw1 === undefined) throw new Error('no Realisasi TW I');

describe('parsing', () => {
  test.each(['n/a', 'N/A', ' n/a ', 'NA', 'n.a.', 'Tidak Tersedia', 'tidak  tersedia'])(
    '%p in a realisasi column is not available',
    (text) => {
      expect(parseCell(text, realisasiTw1)).toEqual({
        kind: 'not-available',
        text: text.replace(/\s+/g, ' ').trim(),
      });
    },
  );
  test('only in columns that accept it; #N/A stays an Excel error', () => {
    const target = SCHEMAS.pk.columns.find((c) => c.key === 'target');
    expect(parseCell('n/a', target!)).toEqual({
      kind: 'invalid',
      code: 'cell/type',
      expected: 'bilangan, mis. 1.234,5',
    });
    expect(parseCell('#N/A', realisasiTw1)).toMatchObject({ kind: 'invalid', code: 'cell/formula-error' });
    expect(parseCell('12', realisasiTw1)).toEqual({ kind: 'ok', value: 12, numberAsText: true });
  });
});

describe('aggregation', () => {
  test('a quarter up to Triwulan Berjalan not available: no annual figure, for every method', () => {
    for (const metode of ['Kumulatif', 'Nilai Akhir', 'Rata-rata'] as const) {
      expect(aggregateQuarters([2, TIDAK_TERSEDIA, 3, 3], metode, 4)).toEqual({
        kind: 'not-available',
        quarters: [2],
      });
    }
  });
  test('after Triwulan Berjalan it does not count: 2 + 4 = 6 at TW II', () => {
    expect(aggregateQuarters([2, 4, TIDAK_TERSEDIA, undefined], 'Kumulatif', 2)).toEqual({
      kind: 'ok',
      value: 6,
      quartersReported: [1, 2],
    });
  });
});

type Row = Record<string, CellValue>;

const PK: Row[] = [
  {
    kodeIndikator: 'IK-01',
    sasaran: 'Sasaran Uji',
    indikator: 'Jumlah gangguan trantibum',
    satuan: 'kejadian',
    polaritas: 'Negatif',
    metode: 'Kumulatif',
    target: 10,
    kodeProgram: 'P1',
    program: 'Program Uji',
    anggaran: 1_000_000,
    penanggungJawab: 'PEM',
  },
];

function tracker(tw: readonly CellValue[]): ReturnType<typeof inlineSnapshot> {
  return inlineSnapshot({
    tables: {
      pk: PK,
      dataKinerja: [
        {
          bagian: 'PEM',
          kodeIndikator: 'IK-01',
          realisasiTw1: tw[0] ?? null,
          realisasiTw2: tw[1] ?? null,
          realisasiTw3: tw[2] ?? null,
          realisasiTw4: tw[3] ?? null,
        },
      ],
    },
  });
}

describe('in the LAKIP tables and validation', () => {
  test('n/a in TW III: capaian not computable with that reason, never read as 0', () => {
    // Read as 0, a negative indicator would get (2 × 10 − (2 + 4 + 0 + 3)) / 10 × 100 = 110%.
    const snapshot = tracker([2, 4, 'n/a', 3]);
    const ctx = buildLakipContext(snapshot);
    expect(ctx.indicators[0]).toMatchObject({
      realisasi: undefined,
      capaian: { kind: 'undefined', problem: 'realisasi-tidak-tersedia', missing: [3] },
      kategori: undefined,
    });
    const row = computeLakip(snapshot).tables.find((t) => t.id === 'capaian')?.sections[0]?.rows[0];
    expect(row?.cells.slice(4)).toEqual([10, null, null, null]);
    // The CLI's and the pane's summary count it as not computable, not in a kategori.
    expect(computeLakip(snapshot).summary).toMatchObject({ indicators: 1, undefinedCount: 1 });
    expect(row?.mark).toBe(
      'Capaian tidak dapat dihitung: realisasi TW III di sheet Data Kinerja tidak tersedia (n/a); realisasi tahunannya tidak ada, bukan nol.',
    );
  });

  test('neither cell/type nor cell/required on the n/a cell', () => {
    const findings = validateTracker(tracker([2, 4, 'tidak tersedia', 3])).findings;
    expect(findings.filter((f) => f.sheet === 'Data Kinerja' && f.cell === 'H2')).toEqual([]);
    // The same cell holding other text is a galat.
    const typo = validateTracker(tracker([2, 4, 'tdk ada', 3])).findings;
    expect(typo.filter((f) => f.sheet === 'Data Kinerja' && f.cell === 'H2').map((f) => f.code)).toEqual([
      'cell/type',
    ]);
  });
});
