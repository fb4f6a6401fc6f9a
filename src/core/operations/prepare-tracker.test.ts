import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import { emptyWorkbook, newTracker, sampleTracker } from '../../../test/support/operation-fixtures';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { prepareIntro, prepareTracker } from './prepare-tracker';

test('a new workbook: a tracker for last year, and the sample may be offered', () => {
  const p = prepareTracker(emptyWorkbook(), { currentYear: 2018, unit: 'Kecamatan Pasrujambe' });
  expect([p.workbook.kind, p.sampleOffered, p.refusal, p.sampleMixed]).toEqual(['none', true, null, false]);
  expect(p.plan.ops).toContainEqual(expect.objectContaining({ op: 'ensureSheet', sheet: 'Pengaturan' }));
});

test('the sample is refused for a workbook holding data, unless forced', () => {
  const tracker = newTracker();
  const refused = prepareTracker(tracker, { currentYear: 2018, sample: SAMPLE_PASRUJAMBE_2017 });
  expect(refused.refusal).toMatch(/^Data contoh Kecamatan Pasrujambe 2017 \(nama pejabat/);
  expect([refused.plan.ops, refused.sampleOffered]).toEqual([[], false]);
  const forced = prepareTracker(tracker, { currentYear: 2018, sample: SAMPLE_PASRUJAMBE_2017, force: true });
  expect([forced.refusal, forced.sampleMixed]).toEqual([null, true]);
});

test('a complete tracker: nothing to do; its Pengaturan is read', () => {
  const p = prepareTracker(sampleTracker(), { currentYear: 2018 });
  expect([p.plan.ops.length, p.existing.tahunLaporan, p.existing.namaUnit]).toEqual([
    0,
    2017,
    'Kecamatan Pasrujambe',
  ]);
});

test('the sheet Kategori Capaian: none until asked for, then found (and left as it is)', () => {
  const tracker = sampleTracker();
  expect(prepareTracker(tracker, { currentYear: 2018 }).kategoriSheet).toBeNull();
  const made = prepareTracker(tracker, { currentYear: 2018, kategoriCapaian: true });
  expect(made.sheets).toContain('Kategori Capaian');
  const after = applyPlanToSnapshot(tracker, made.plan);
  const again = prepareTracker(after, { currentYear: 2018, kategoriCapaian: true });
  expect(again.kategoriSheet).toBe('Kategori Capaian');
  expect(again.sheets).not.toContain('Kategori Capaian');
});

describe('prepareIntro: the sentence Siapkan starts with', () => {
  test('a new tracker: every sheet it creates, Identitas SOP included (5 + 14 dokumen + Data Kinerja = 20)', () => {
    expect(prepareIntro(false)).toBe(
      'Membuat semua sheet tracker (Pengaturan, Bagian, Identitas SOP, SOP, Dokumen, 14 dokumen, Data Kinerja) di buku kerja ini, dengan 13 langkah SOP dan daftar dokumen.',
    );
    // The sheets named are the sheets the plan creates: 5 + 14 + 1 = 20.
    expect(prepareTracker(emptyWorkbook(), { currentYear: 2018 }).sheets).toHaveLength(20);
  });
  test('an existing tracker: what is added, and that typed cells are never changed', () => {
    expect(prepareIntro(true)).toBe(
      'Menambahkan sheet, kolom, dan isian bawaan yang belum ada. Sel yang sudah Anda isi tidak pernah diubah.',
    );
  });
});
