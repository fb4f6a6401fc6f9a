import { SEED_PENCATATAN } from '../../seed/identitas';
import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopMissingEvidence } from './sop-missing-evidence';

describe('sop/missing-evidence (Pencatatan dan Pendataan: soft copy AND hard copy)', () => {
  test('Selesai steps with both, unfinished steps without any', () => {
    expect(
      runCheck(checkSopMissingEvidence, (d) =>
        Object.assign(rowOf(d, 'sop', 12), { status: 'Proses', buktiSoft: null, buktiHard: null }),
      ),
    ).toEqual([]);
  });
  test('a Selesai step lacking either is an error on the first missing one, quoting the rule', () => {
    const found = runCheck(checkSopMissingEvidence, (d) => {
      rowOf(d, 'sop', 3).buktiHard = 'Tidak';
      rowOf(d, 'sop', 4).buktiSoft = ' ';
      Object.assign(rowOf(d, 'sop', 5), { buktiSoft: null, buktiHard: null });
    });
    expect(found).toEqual([
      {
        code: 'sop/missing-evidence',
        severity: 'error',
        sheet: 'SOP',
        row: 5,
        column: 'Bukti Hard Copy',
        cell: 'P5',
        value: 'Tidak',
        detail: { missing: 'hard', aturan: SEED_PENCATATAN },
      },
      expect.objectContaining({ row: 6, cell: 'O6', detail: { missing: 'soft', aturan: SEED_PENCATATAN } }),
      expect.objectContaining({
        row: 7,
        cell: 'O7',
        detail: { missing: 'soft+hard', aturan: SEED_PENCATATAN },
      }),
    ]);
  });
  test('the rule is quoted from Identitas SOP when the workbook has its own', () => {
    const found = runCheck(checkSopMissingEvidence, (d) => {
      d.identitas.pencatatan = 'Semua tahap dicatat.';
      rowOf(d, 'sop', 0).buktiHard = null;
    });
    expect(found[0]?.detail).toEqual({ missing: 'hard', aturan: 'Semua tahap dicatat.' });
  });
});
