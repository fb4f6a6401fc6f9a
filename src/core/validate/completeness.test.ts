import fc from 'fast-check';
import { parseCell } from '../parse/cell';
import { buildInitPlan } from '../init/init-plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { computeCompleteness, PLAIN_TEXT } from './completeness';
import { validateTracker } from './validate';

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

describe('the Batas keys of Pengaturan while a sheet Kategori Capaian is in use (#14)', () => {
  /** Five bands typed by the office: ≥ 90 Sangat Baik, ≥ 75 Baik, ≥ 65 Cukup, ≥ 50 Kurang, ≥ 0 Sangat Kurang. */
  const FIVE = [
    { batasBawah: 90, kategori: 'Sangat Baik' },
    { batasBawah: 75, kategori: 'Baik' },
    { batasBawah: 65, kategori: 'Cukup' },
    { batasBawah: 50, kategori: 'Kurang' },
    { batasBawah: 0, kategori: 'Sangat Kurang' },
  ];
  const EMPTY_BATAS = { batasSangatTinggi: null, batasTinggi: null, batasSedang: null, batasRendah: null };
  /** Pengaturan rows: 1 header, then the fields in schema order; the four Batas keys are rows 12–15. */
  const BATAS_CELLS = ['B12', 'B13', 'B14', 'B15'];

  function pengaturanFindings(kategori: readonly Record<string, CellValue>[], pengaturan = EMPTY_BATAS) {
    const r = validateTracker(inlineSnapshot({ pengaturan, tables: { kategoriCapaian: kategori } }));
    return {
      result: r,
      at: (code: string) =>
        r.findings.filter((f) => f.code === code && f.sheet === 'Pengaturan').map((f) => f.cell ?? f.column),
    };
  }

  test('a usable five-band sheet: the empty Batas keys are not cell/required; completeness as before', () => {
    const { result, at } = pengaturanFindings(FIVE);
    expect(result.findings.filter((f) => f.sheet === 'Kategori Capaian')).toEqual([]);
    expect(at('cell/required')).toEqual([]);
    // Pengaturan counts Nama Unit Kerja, Kabupaten, Tahun Laporan, Tahun Awal Renstra: 4 of 4 filled.
    // The Batas keys are defaults `lakip init` writes (seed-rows.ts), never counted: 4, with or without the sheet.
    // Kategori Capaian: 5 rows × 2 required columns = 10 cells, 10 filled.
    const bySheet = new Map(result.completeness.sheets.map((s) => [s.sheet, s]));
    expect(bySheet.get('Pengaturan')).toMatchObject({ required: 4, filled: 4 });
    expect(bySheet.get('Kategori Capaian')).toMatchObject({ required: 10, filled: 10 });
  });

  test('the same with an unusable sheet (Batas Bawah 75 on two rows): the Batas keys apply, so cell/required as today', () => {
    const twice = FIVE.map((b) => (b.kategori === 'Cukup' ? { ...b, batasBawah: 75 } : b));
    const { result, at } = pengaturanFindings(twice);
    expect(result.findings.filter((f) => f.sheet === 'Kategori Capaian').map((f) => f.code)).toEqual([
      'row/duplicate-key',
    ]);
    expect(at('cell/required')).toEqual(BATAS_CELLS);
    // Completeness: the same 4 of 4 for Pengaturan (the Batas keys are never counted) and 10 of 10.
    const bySheet = new Map(result.completeness.sheets.map((s) => [s.sheet, s]));
    expect(bySheet.get('Pengaturan')).toMatchObject({ required: 4, filled: 4 });
    expect(bySheet.get('Kategori Capaian')).toMatchObject({ required: 10, filled: 10 });
  });

  test('without the sheet the empty Batas keys stay cell/required (the tracker that does not use it keeps its rules)', () => {
    const r = validateTracker(inlineSnapshot({ pengaturan: EMPTY_BATAS }));
    expect(
      r.findings.filter((f) => f.code === 'cell/required' && f.sheet === 'Pengaturan').map((f) => f.cell),
    ).toEqual(BATAS_CELLS);
  });

  test('a filled Batas key is still checked while the sheet is used: −5 is cell/range, "tinggi" is cell/type', () => {
    const { at } = pengaturanFindings(FIVE, {
      ...EMPTY_BATAS,
      batasTinggi: -5,
      batasSedang: 'tinggi',
    } as never);
    expect(at('cell/range')).toEqual(['B13']);
    expect(at('cell/type')).toEqual(['B14']);
    expect(at('cell/required')).toEqual([]);
  });

  test('a Pengaturan without the four Batas labels: no column/missing while the sheet is used, four otherwise', () => {
    const drop = (s: WorkbookSnapshot): WorkbookSnapshot => ({
      sheets: s.sheets.map((sh) =>
        sh.name === 'Pengaturan'
          ? {
              ...sh,
              // The four Batas kategori labels go; Batas Atas Capaian (not a kategori bound) stays.
              rows: sh.rows.filter((row) => {
                const label = typeof row[0] === 'string' ? row[0] : '';
                return !label.startsWith('Batas ') || label.startsWith('Batas Atas');
              }),
            }
          : sh,
      ),
    });
    const missing = (kategori: readonly Record<string, CellValue>[]) =>
      validateTracker(drop(inlineSnapshot({ tables: { kategoriCapaian: kategori } })))
        .findings.filter((f) => f.code === 'column/missing' && f.sheet === 'Pengaturan')
        .map((f) => f.column);
    expect(missing(FIVE)).toEqual([]);
    expect(missing(FIVE.slice(0, 1))).toEqual([
      'Batas Sangat Tinggi (%)',
      'Batas Tinggi (%)',
      'Batas Sedang (%)',
      'Batas Rendah (%)',
    ]);
  });
});
