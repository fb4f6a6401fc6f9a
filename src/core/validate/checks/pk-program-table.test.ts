/**
 * Validation of the PK's program table below the indicators (test/support/pk-program-fixtures.ts):
 * a Kode Program/Kegiatan that is filled must be in DPA; Program/Kegiatan and Anggaran (Rp) are
 * required there; a program's anggaran against its DPA pagu is sum/mismatch.
 */
import { validateTracker } from '../validate';
import { P1, pkWithoutProgramsSnapshot, withPkRows } from '../../../../test/support/pk-program-fixtures';

describe('the PK’s program table', () => {
  const snapshot = withPkRows(pkWithoutProgramsSnapshot(), [
    [],
    ['Kode Program/Kegiatan', 'Program/Kegiatan', 'Anggaran (Rp)', 'Keterangan'],
    ['P1', P1, 150_000_000, 'APBD'], // row 6: as the DPA says
    ['P9', 'Program Lain', 10_000_000, null], // row 7: P9 is not in DPA
    [null, 'Program Tanpa Anggaran', null, null], // row 8: Anggaran empty
  ]);
  const pk = validateTracker(snapshot).findings.filter((f) => f.sheet === 'PK');

  test('a Kode Program/Kegiatan not in DPA is ref/unknown at its PK cell', () => {
    expect(pk.filter((f) => f.code === 'ref/unknown')).toEqual([
      {
        code: 'ref/unknown',
        severity: 'error',
        sheet: 'PK',
        row: 7,
        column: 'Kode Program/Kegiatan',
        cell: 'A7',
        value: 'P9',
        detail: { targets: [{ sheet: 'DPA', column: 'Kode Program/Kegiatan' }] },
      },
    ]);
  });

  test('an empty Anggaran (Rp) of a program is cell/required; nothing else is said of these rows', () => {
    expect(pk.filter((f) => f.code !== 'ref/unknown')).toEqual([
      {
        code: 'cell/required',
        severity: 'error',
        sheet: 'PK',
        row: 8,
        column: 'Anggaran (Rp)',
        cell: 'C8',
        value: null,
      },
    ]);
  });

  test('completeness counts the program table with the PK: 2 × 8 + 3 × 2 = 22 required, 21 filled', () => {
    const entry = validateTracker(snapshot).completeness.sheets.find((s) => s.sheet === 'PK');
    expect(entry).toEqual({ sheet: 'PK', required: 22, filled: 21, ratio: 21 / 22 });
  });
});

describe('an indicator row that fills Anggaran, against the PK’s program table', () => {
  test('by Kode: 120.000.000 on the indicator row, 150.000.000 in the program table → ref/mismatch naming both', () => {
    // Indicator IK-01 (row 2) names P1 with 120.000.000; IK-02 (row 3) P1 with 150.000.000 (agrees).
    const base = pkWithoutProgramsSnapshot();
    const pk = base.sheets.find((s) => s.name === 'PK');
    const header = pk?.rows[0] ?? [];
    const at = (label: string): number => header.indexOf(label);
    const rows = (pk?.rows ?? []).map((r, i) =>
      i === 0
        ? r
        : r.map((v, c) =>
            c === at('Kode Program/Kegiatan')
              ? 'P1'
              : c === at('Anggaran (Rp)')
                ? i === 1
                  ? 120_000_000
                  : 150_000_000
                : v,
          ),
    );
    const snapshot = withPkRows({ sheets: base.sheets.map((s) => (s === pk ? { name: s.name, rows } : s)) }, [
      [],
      ['Kode Program/Kegiatan', 'Program/Kegiatan', 'Anggaran (Rp)'],
      ['P1', P1, 150_000_000],
    ]);
    const found = validateTracker(snapshot).findings.filter(
      (f) => f.code === 'ref/mismatch' || f.code === 'sum/mismatch',
    );
    expect(found).toEqual([
      {
        code: 'ref/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 2,
        column: 'Anggaran (Rp)',
        cell: 'J2',
        value: 120_000_000,
        expected: 'Rp 150.000.000',
        detail: { otherSheet: 'PK', otherCell: 'C6', field: 'Anggaran (Rp)' },
      },
      // The PK's first P1 row (120.000.000) against the DPA pagu 150.000.000, as before.
      {
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 2,
        column: 'Anggaran (Rp)',
        cell: 'J2',
        value: 120_000_000,
        expected: 'Rp 150.000.000',
        detail: {
          rule: 'anggaran-pagu',
          expected: 150_000_000,
          actual: 120_000_000,
          otherSheet: 'DPA',
          otherCell: 'G2',
        },
      },
    ]);
  });
});
