/** The built-in sample (`lakip init --sample`) validates with no error. */
import { describeFinding } from '../findings/messages';
import { sampleSnapshot } from '../../../test/support/tracker-fixtures';
import { validateTracker } from './validate';

describe('the sample tracker (Kecamatan Pasrujambe 2017)', () => {
  const result = validateTracker(sampleSnapshot());

  test('has no error', () => {
    expect(result.errors).toBe(0);
  });

  test('warns only what the sample means to show: the SOP is under way (step 5 in Proses) and steps 9 and 10 are identical', () => {
    expect(result.counts).toEqual({ 'sop/incomplete': 1, 'sop/duplicate-step': 1 });
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['sop/incomplete', 'warning', 'SOP', 'K10'],
      ['sop/duplicate-step', 'warning', 'SOP', 'B15'],
    ]);
    expect(describeFinding(result.findings[0]!).message).toBe(
      'SOP!K10: baru 4 dari 13 langkah SOP yang Selesai; bila SOP tidak diselesaikan, pelaporan akan terhambat.',
    );
  });

  test('is complete: every required cell the user fills is filled; what init seeds is not counted', () => {
    expect(result.completeness.total.ratio).toBe(1);
    expect(result.completeness.sheets.every((s) => s.ratio === 1)).toBe(true);
    // Identitas SOP, SOP, Dokumen and the seven default bagian are init's: nothing of theirs counts.
    expect(result.completeness.sheets.filter((s) => s.required === 0).map((s) => s.sheet)).toEqual([
      'Bagian',
      'Identitas SOP',
      'SOP',
      'Dokumen',
    ]);
  });
});
