import { SCHEMAS } from '../schema/registry';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { findProgramHeader, readPkSheet } from './pk-sheet';
import { numberOf, textOf } from './read-table';
import { readTracker } from './tracker';

const HEADER = SCHEMAS.pk.columns.map((c) => c.label);
/** An indicator row with the three program columns left empty. */
function indicator(kode: string, target: number): CellValue[] {
  return HEADER.map((label) =>
    label === 'Kode Indikator'
      ? kode
      : label === 'Target'
        ? target
        : label === 'Polaritas'
          ? 'Positif'
          : label === 'Metode Agregasi'
            ? 'Nilai Akhir'
            : ['Kode Program/Kegiatan', 'Program/Kegiatan', 'Anggaran (Rp)', 'Isian Realisasi'].includes(
                  label,
                )
              ? null
              : `${label} ${kode}`,
  );
}

function sheet(rows: CellValue[][]): SheetSnapshot {
  return { name: 'PK', rows };
}

describe('the PK sheet: indicators, then (optionally) the program table below them', () => {
  test('no second header: every row below the header is an indicator row, as before', () => {
    const read = readPkSheet(
      sheet([['Perjanjian Kinerja'], HEADER, indicator('IK-01', 100), indicator('IK-02', 80)]),
      SCHEMAS.pk,
    );
    expect(read.programs).toBeUndefined();
    expect(read.indicators.headerRow).toBe(2);
    expect(read.indicators.rows.map((r) => r.excelRow)).toEqual([3, 4]);
  });

  test('a blank row, the second header (its own columns), programs: the indicators stop at the header', () => {
    const s = sheet([
      ['Perjanjian Kinerja'],
      HEADER,
      indicator('IK-01', 100),
      indicator('IK-02', 80),
      [],
      [null, 'Kode Program/Kegiatan', 'Program/Kegiatan*', 'Anggaran (Rp)', 'Keterangan'],
      [null, 'P1', 'Program Pelayanan Administrasi', 150_000_000, 'APBD'],
      [null, null, 'Program Dekonsentrasi Wilayah', '50.000.000', null],
    ]);
    expect(findProgramHeader(s, 1)).toBe(5);
    const read = readPkSheet(s, SCHEMAS.pk);
    expect(read.indicators.rows.map((r) => textOf(r, 'kodeIndikator'))).toEqual(['IK-01', 'IK-02']);
    const programs = read.programs;
    expect(programs?.headerRow).toBe(6);
    expect(programs?.sheetName).toBe('PK');
    expect([...(programs?.columnIndex ?? [])]).toEqual([
      ['kodeProgram', 1],
      ['program', 2],
      ['anggaran', 3],
      ['keterangan', 4],
    ]);
    expect(
      programs?.rows.map((r) => [
        r.excelRow,
        textOf(r, 'kodeProgram'),
        textOf(r, 'program'),
        numberOf(r, 'anggaran'),
        textOf(r, 'keterangan'),
      ]),
    ).toEqual([
      [7, 'P1', 'Program Pelayanan Administrasi', 150_000_000, 'APBD'],
      // '50.000.000' typed as text reads as 50 juta (number-as-text, a warning of its own).
      [8, undefined, 'Program Dekonsentrasi Wilayah', 50_000_000, undefined],
    ]);
  });

  test('the header of the indicators holds both labels too, but is never the second header', () => {
    expect(findProgramHeader(sheet([HEADER, indicator('IK-01', 1)]), 0)).toBeUndefined();
  });

  test('readTracker keeps the program table beside the PK’s rows', () => {
    const wb = {
      sheets: [
        sheet([HEADER, indicator('IK-01', 100), ['Program/Kegiatan', 'Anggaran (Rp)'], ['Program A', 1_000]]),
      ],
    };
    const t = readTracker(wb);
    expect(t.tables.pk?.rows).toHaveLength(1);
    expect(
      t.pkPrograms?.rows.map((r) => [r.excelRow, textOf(r, 'program'), numberOf(r, 'anggaran')]),
    ).toEqual([[4, 'Program A', 1_000]]);
  });
});
