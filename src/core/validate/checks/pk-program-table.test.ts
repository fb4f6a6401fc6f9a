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
