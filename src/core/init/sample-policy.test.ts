import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import type { WorkbookSnapshot } from '../snapshot';
import { buildInitPlan } from './init-plan';
import { sampleRefusal, sheetsTheSampleFills, sheetsWithData } from './sample-policy';

const withSample = { tahun: 2017, sample: SAMPLE_PASRUJAMBE_2017 };

test('a new or empty workbook may take the sample', () => {
  expect(sampleRefusal({ sheets: [] }, withSample)).toBeNull();
  expect(sampleRefusal({ sheets: [{ name: 'Sheet1', rows: [[null, '  ']] }] }, withSample)).toBeNull();
  // The pane asks before it has loaded the sample: an empty workbook is offered it.
  expect(sampleRefusal({ sheets: [{ name: 'Sheet1', rows: [] }] }, { tahun: 2017 })).toBeNull();
});

test("a workbook with the user's data is refused, naming their sheets and where the sample would land", () => {
  const wb: WorkbookSnapshot = {
    sheets: [
      {
        name: 'Capaian 2023',
        rows: [
          ['Indikator', 'Target'],
          ['IKM', 82],
        ],
      },
      { name: 'PK', rows: [] },
    ],
  };
  const refusal = sampleRefusal(wb, withSample);
  expect(refusal).toMatch(
    /^Data contoh Kecamatan Pasrujambe 2017 \(nama pejabat, NIP, indikator dan angkanya\) tidak dimasukkan karena buku kerja ini sudah berisi data \(sheet Capaian 2023\): contoh itu akan tercampur dengan data Anda di sheet Pengaturan, /,
  );
  expect(refusal).toMatch(/dan \d+ sheet lain\. Data contoh hanya untuk buku kerja baru yang kosong\.$/);
  expect(sampleRefusal(wb, { tahun: 2017 })).toBe(
    'Data contoh hanya untuk buku kerja baru yang kosong; buku kerja ini sudah berisi data (sheet Capaian 2023).',
  );
});

test('a real tracker (init without the sample) is refused: the sample would fill its empty sheets', () => {
  const tracker = applyPlanToSnapshot({ sheets: [] }, buildInitPlan({ sheets: [] }, { tahun: 2024 }));
  const into = sheetsTheSampleFills(tracker, withSample);
  expect(into).toEqual(expect.arrayContaining(['PK', 'DPA', 'Data Kinerja', 'Renstra']));
  expect(sampleRefusal(tracker, withSample)).toMatch(/tercampur dengan data Anda di sheet /);
});

test('a tracker made from the sample takes it again: nothing would be added', () => {
  const sample = applyPlanToSnapshot({ sheets: [] }, buildInitPlan({ sheets: [] }, withSample));
  expect(sheetsWithData(sample).length).toBeGreaterThan(10);
  expect(sheetsTheSampleFills(sample, withSample)).toEqual([]);
  expect(sampleRefusal(sample, withSample)).toBeNull();
});
