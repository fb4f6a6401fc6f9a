import fc from 'fast-check';
import { parseCell } from '../parse/cell';
import { buildInitPlan } from '../init/init-plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { computeCompleteness, PLAIN_TEXT } from './completeness';

describe('the scan’s shortcut for plain text', () => {
  test('a teks or kode cell starting with a visible character other than # is what parseCell reads as a valid, non-empty value', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          ' ',
          '#',
          '\u200B',
          '\uFEFF',
          '\u00a0',
          '\t',
          '\n',
          '1',
          ',',
          'REF!',
          'N/A',
        ),
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('teks' as const, 'kode' as const), (raw, type) => {
        if (!PLAIN_TEXT.test(raw)) return;
        const p = parseCell(raw, { type });
        expect(p.kind).toBe('ok');
        expect(p.kind === 'ok' && p.numberAsText).toBeFalsy();
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('completeness counts what the user has to fill', () => {
  test('a new tracker from lakip init is not "60 % complete": the seeded SOP, Dokumen, Bagian, Identitas and the Pengaturan defaults do not count', () => {
    const tracker = applyPlanToSnapshot(
      { sheets: [] },
      buildInitPlan({ sheets: [] }, { tahun: 2024, unit: 'Kecamatan Contoh' }),
    );
    const c = computeCompleteness(tracker);
    const bySheet = new Map(c.sheets.map((s) => [s.sheet, s]));
    for (const seeded of ['Bagian', 'Identitas SOP', 'SOP', 'Dokumen']) {
      expect(bySheet.get(seeded)).toMatchObject({ required: 0, filled: 0 });
    }
    // Nama Unit Kerja, Tahun Laporan filled; Kabupaten, Tahun Awal Renstra empty.
    expect(bySheet.get('Pengaturan')).toMatchObject({ required: 4, filled: 2 });
    expect(c.total.filled).toBe(2);
    expect(c.total.ratio).toBeLessThan(0.02);
  });

  test('a row the user adds to a seeded sheet counts; the seed’s own rows do not', () => {
    const tracker = applyPlanToSnapshot(
      { sheets: [] },
      buildInitPlan({ sheets: [] }, { tahun: 2024, unit: 'Kecamatan Contoh' }),
    );
    const bagian = tracker.sheets.find((s) => s.name === 'Bagian');
    if (bagian === undefined) throw new Error('no Bagian');
    const header = bagian.rows.findIndex((r) => r[0] === 'Kode Bagian *');
    const extra = [...bagian.rows];
    extra.splice(header + 8, 0, ['KEU', null, 'Seksi']);
    const withRow = { sheets: tracker.sheets.map((s) => (s === bagian ? { ...s, rows: extra } : s)) };
    expect(computeCompleteness(withRow).sheets.find((s) => s.sheet === 'Bagian')).toMatchObject({
      required: 3,
      filled: 2,
    });
  });
});
