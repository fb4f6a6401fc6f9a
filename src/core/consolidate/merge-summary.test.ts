import { mergeSummary } from './merge-summary';

describe('mergeSummary: only the parts that happen, never "0 sel diganti"', () => {
  test.each([
    [
      { added: 7, updated: 0, replacedCells: 0 },
      'Sheet Data Kinerja: 7 baris indikator baru ditambahkan di bawah baris terakhir; tidak ada sel yang diganti.',
    ],
    [
      { added: 0, updated: 2, replacedCells: 0 },
      'Sheet Data Kinerja: 2 baris diperbarui; tidak ada sel yang diganti.',
    ],
    [
      { added: 0, updated: 1, replacedCells: 3 },
      'Sheet Data Kinerja: 1 baris diperbarui dan 3 sel yang sudah berisi diganti.',
    ],
    [
      { added: 1_200, updated: 2, replacedCells: 3 },
      'Sheet Data Kinerja: 1.200 baris indikator baru ditambahkan di bawah baris terakhir, 2 baris diperbarui dan 3 sel yang sudah berisi diganti.',
    ],
    [{ added: 0, updated: 0, replacedCells: 0 }, 'Sheet Data Kinerja: tidak ada baris yang berubah.'],
  ])('%j', (counts, sentence) => {
    expect(mergeSummary('Data Kinerja', counts)).toBe(sentence);
  });
});
