/**
 * Rows of an inline tracker (`inlineSnapshot`) for the LAKIP tests: a PK indicator with the
 * columns the tables use, and its Data Kinerja row. One builder, so a test states only what its
 * case changes (`over`).
 */
import type { CellValue } from '../../src/core/snapshot';

export type Row = Record<string, CellValue>;

/** A positive Nilai Akhir indicator of "Sasaran Uji" in program P1; `over` replaces any column. */
export function pkRow(kode: string, target: CellValue, over: Row = {}): Row {
  return {
    kodeIndikator: kode,
    sasaran: 'Sasaran Uji',
    indikator: `Indikator ${kode}`,
    satuan: '%',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target,
    kodeProgram: 'P1',
    program: 'Program Uji',
    anggaran: 1_000_000,
    penanggungJawab: 'PEM',
    ...over,
  };
}

/** Bagian PEM's Data Kinerja row with the four quarters (null or missing = an empty cell). */
export function dkRow(kode: string, tw: readonly (number | null)[], over: Row = {}): Row {
  return {
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: tw[0] ?? null,
    realisasiTw2: tw[1] ?? null,
    realisasiTw3: tw[2] ?? null,
    realisasiTw4: tw[3] ?? null,
    ...over,
  };
}
