/**
 * The PK as it is signed: indicators without program codes, the program table below the
 * indicators or only in DPA, Keterangan from the DPA's Sumber Dana, the Jumlah; efisiensi of an
 * indicator that names no program. Figures of the fixtures: test/support/pk-program-fixtures.ts.
 */
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { validateTracker } from '../validate/validate';
import { computeLakip } from './compute-lakip';
import { TANPA_PROGRAM_CELL, TANPA_PROGRAM_MARK } from './compute-efisiensi';
import { buildLakipPlan } from './export-plan';
import { applyPlanToSnapshot } from '../../../test/support/plan-snapshot';
import {
  P1,
  P2,
  pkWithoutProgramsSnapshot,
  pkWithProgramTableSnapshot,
} from '../../../test/support/pk-program-fixtures';
import { dataRows, type LakipResult, type SummarySection, type SummaryTableId } from './tables';

function section(r: LakipResult, id: SummaryTableId, index = 0): SummarySection {
  const s = r.tables.find((t) => t.id === id)?.sections[index];
  if (!s) throw new Error(`no section ${index} of ${id}`);
  return s;
}

function sheetRows(wb: WorkbookSnapshot, name: string): readonly (readonly CellValue[])[] {
  const s = findSheet(wb, name);
  if (!s) throw new Error(name);
  return s.rows;
}

describe('a PK without any program code, a DPA with two programs', () => {
  const snapshot = pkWithoutProgramsSnapshot();
  const result = computeLakip(snapshot);

  test('check: no finding at all on the PK (the three program columns are optional)', () => {
    expect(validateTracker(snapshot).findings.filter((f) => f.sheet === 'PK')).toEqual([]);
  });

  test('LAKIP PK: the indicators, and the programs of the DPA with their Sumber Dana and the Jumlah', () => {
    expect(section(result, 'perjanjianKinerja', 0).rows.map((r) => r.cells)).toEqual([
      [1, 'Sasaran Uji', 'Indikator IK-01', '%', 100],
      [2, 'Sasaran Uji', 'Indikator IK-02', '%', 80],
    ]);
    const programs = section(result, 'perjanjianKinerja', 1);
    expect(programs.columns.map((c) => c.label)).toEqual([
      'No',
      'Program/Kegiatan',
      'Anggaran (Rp)',
      'Keterangan',
    ]);
    expect(programs.rows.map((r) => r.cells)).toEqual([
      [1, P1, 150_000_000, 'APBD'],
      [2, P2, 50_000_000, 'APBN Dekonsentrasi'],
    ]);
    expect(programs.rows.map((r) => r.mark)).toEqual([undefined, undefined]);
    // Jumlah: 150.000.000 + 50.000.000 = 200.000.000.
    expect(programs.total?.cells).toEqual(['Jumlah', null, 200_000_000, null]);
  });

  test('Efisiensi (Selisih): each indicator listed, marked as not tied to a program, never an error', () => {
    expect(section(result, 'efisiensi').rows.map((r) => [r.cells, r.mark])).toEqual([
      // capaian IK-01: 90 / 100 × 100 = 90; no program, so no serapan, selisih or status.
      [[1, 'Sasaran Uji', 'Indikator IK-01', TANPA_PROGRAM_CELL, 90, null, null, null], TANPA_PROGRAM_MARK],
      // capaian IK-02: 80 / 80 × 100 = 100.
      [[2, 'Sasaran Uji', 'Indikator IK-02', TANPA_PROGRAM_CELL, 100, null, null, null], TANPA_PROGRAM_MARK],
    ]);
    expect(TANPA_PROGRAM_CELL).toBe('tidak terkait program/kegiatan di PK');
  });

  test('Efisiensi by Sisa Anggaran and by Biaya per Satuan Output: the same mark, no figures', () => {
    const sisa = computeLakip(pkWithoutProgramsSnapshot({ metodeEfisiensi: 'Sisa Anggaran' }));
    expect(section(sisa, 'efisiensi').rows.map((r) => [r.cells, r.mark])).toEqual([
      [
        [1, 'Sasaran Uji', 'Indikator IK-01', TANPA_PROGRAM_CELL, 90, null, null, null, null],
        TANPA_PROGRAM_MARK,
      ],
      [
        [2, 'Sasaran Uji', 'Indikator IK-02', TANPA_PROGRAM_CELL, 100, null, null, null, null],
        TANPA_PROGRAM_MARK,
      ],
    ]);
    const biaya = computeLakip(pkWithoutProgramsSnapshot({ metodeEfisiensi: 'Biaya per Satuan Output' }));
    expect(section(biaya, 'efisiensi').rows.map((r) => [r.cells, r.mark])).toEqual([
      [
        [1, 'Indikator IK-01', TANPA_PROGRAM_CELL, 100, 90, null, null, null, null, null, null],
        TANPA_PROGRAM_MARK,
      ],
      [
        [2, 'Indikator IK-02', TANPA_PROGRAM_CELL, 80, 80, null, null, null, null, null, null],
        TANPA_PROGRAM_MARK,
      ],
    ]);
  });

  test('Realisasi Anggaran (Tabel 3.5) is the DPA’s, program by program', () => {
    const anggaran = section(result, 'anggaran');
    expect(anggaran.rows.map((r) => r.cells)).toEqual([
      // 4 × 30.000.000 = 120.000.000; 120 / 150 × 100 = 80 %; sisa 30.000.000.
      [1, 'P1', P1, 150_000_000, 120_000_000, 80, 30_000_000],
      // 10 + 10 + 10 + 15 = 45 juta; 45 / 50 × 100 = 90 %; sisa 5.000.000.
      [2, 'P2', P2, 50_000_000, 45_000_000, 90, 5_000_000],
    ]);
    // Σ 200 juta, 165 juta; 165 / 200 × 100 = 82,5 %; sisa 35 juta.
    expect(anggaran.total?.cells).toEqual(['Jumlah', null, null, 200_000_000, 165_000_000, 82.5, 35_000_000]);
  });

  test('the sheet: the PK’s Keterangan as `Keterangan PK`, beside the sheet’s own Keterangan', () => {
    const wb = applyPlanToSnapshot(snapshot, buildLakipPlan(result));
    const rows = sheetRows(wb, 'LAKIP Perjanjian Kinerja');
    const header = rows.findIndex((r) => r[0] === 'No' && r[1] === 'Program/Kegiatan');
    expect(rows[header]?.slice(0, 5)).toEqual([
      'No',
      'Program/Kegiatan',
      'Anggaran (Rp)',
      'Keterangan PK',
      'Keterangan',
    ]);
    expect(rows[header + 1]?.slice(0, 5)).toEqual([1, P1, 150_000_000, 'APBD', null]);
    expect(rows[header + 2]?.slice(0, 5)).toEqual([2, P2, 50_000_000, 'APBN Dekonsentrasi', null]);
  });

  test('a second export carries nothing of ours, and keeps what the Sekcam typed in Keterangan', () => {
    const first = applyPlanToSnapshot(snapshot, buildLakipPlan(result));
    expect(buildLakipPlan(computeLakip(first), { previous: first }).carried).toBe(0);
    const rows = sheetRows(first, 'LAKIP Perjanjian Kinerja');
    const header = rows.findIndex((r) => r[0] === 'No' && r[1] === 'Program/Kegiatan');
    const ket = rows[header]?.indexOf('Keterangan') ?? -1;
    // The Sekcam types a line into P2's Keterangan.
    const typed: WorkbookSnapshot = {
      sheets: first.sheets.map((s) =>
        s.name !== 'LAKIP Perjanjian Kinerja'
          ? s
          : {
              name: s.name,
              rows: s.rows.map((r, i) =>
                i === header + 2 ? r.map((v, c) => (c === ket ? 'DIPA 2017' : v)) : r,
              ),
            },
      ),
    };
    const again = buildLakipPlan(computeLakip(typed), { previous: typed });
    expect(again.unplaced).toEqual([]);
    expect(again.carried).toBe(1);
    const out = sheetRows(applyPlanToSnapshot(typed, again), 'LAKIP Perjanjian Kinerja');
    expect(out[header + 1]?.slice(3, 5)).toEqual(['APBD', null]);
    expect(out[header + 2]?.slice(3, 5)).toEqual(['APBN Dekonsentrasi', 'DIPA 2017']);
  });
});

describe('the program table below the PK indicators', () => {
  const snapshot = pkWithProgramTableSnapshot();
  const result = computeLakip(snapshot);
  const findings = validateTracker(snapshot).findings;

  test('its rows are programs, not broken indicator rows: the PK still has two indicators', () => {
    expect(section(result, 'perjanjianKinerja', 0).rows.map((r) => r.cells[2])).toEqual([
      'Indikator IK-01',
      'Indikator IK-02',
    ]);
    // Two indicator rows (the capaian table adds its sasaran's average row, a group row).
    expect(dataRows(section(result, 'capaian'))).toHaveLength(2);
  });

  test('LAKIP PK prints the signed program table: Keterangan typed, else the DPA’s Sumber Dana', () => {
    const programs = section(result, 'perjanjianKinerja', 1);
    expect(programs.rows.map((r) => r.cells)).toEqual([
      [1, P1, 150_000_000, 'APBD'],
      [2, P2, 55_000_000, 'Dana Dekonsentrasi'],
    ]);
    // Jumlah: 150.000.000 + 55.000.000 = 205.000.000.
    expect(programs.total?.cells).toEqual(['Jumlah', null, 205_000_000, null]);
    expect(programs.rows.map((r) => r.source)).toEqual([
      { sheet: 'PK', row: 6 },
      { sheet: 'PK', row: 7 },
    ]);
  });

  test('the only finding below the indicators: P2’s anggaran 55.000.000 against the DPA pagu 50.000.000', () => {
    expect(findings.filter((f) => f.sheet === 'PK')).toEqual([
      {
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 7,
        column: 'Anggaran (Rp)',
        cell: 'B7',
        value: 55_000_000,
        expected: 'Rp 50.000.000',
        detail: {
          rule: 'anggaran-pagu',
          expected: 50_000_000,
          actual: 55_000_000,
          otherSheet: 'DPA',
          otherCell: 'G3',
        },
      },
    ]);
  });
});
