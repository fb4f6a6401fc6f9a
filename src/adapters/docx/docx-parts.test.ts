/**
 * Column widths of the Word tables: scaled to the page, and no column so narrow that Word cuts a
 * word of its header ("Realisas i 2015", "Satua n").
 */
import { fitColumnWidths, headerWordTwips } from './docx-parts';

// Table size 17 half-points = 8,5 pt; a bold character ≈ 0,62 em = 8,5 × 20 × 0,62 = 105,4 twips;
// plus the cell's margins 2 × 60 = 120.
test('the longest word of a header, in twips', () => {
  // "Realisasi" 9 × 105,4 = 948,6 → 949 + 120 = 1.069; "Satuan" 6 × 105,4 = 632,4 → 633 + 120 = 753.
  expect(headerWordTwips('Realisasi 2015')).toBe(1069);
  expect(headerWordTwips('Satuan')).toBe(753);
  expect(headerWordTwips('No')).toBe(331);
});

test('room enough: the widths are the scaled ones', () => {
  // Σ 61 units over 6.100 twips = 100 per unit: 500, 3.600, 900, 1.100 — each ≥ its header's word.
  expect(
    fitColumnWidths([5, 36, 9, 11], ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2015'], 6100),
  ).toEqual([500, 3600, 900, 1100]);
});

test('too narrow: widened to the header word, the room taken in proportion to what others have over', () => {
  // 4.880 twips ÷ 61 = 80 per unit: 400, 2.880, 720, 880. Needs 331, 1.069, 753, 1.069.
  // Short: Satuan 753 − 720 = 33, Realisasi 1.069 − 880 = 189; 222 in all.
  // Over: No 400 − 331 = 69, Indikator 2.880 − 1.069 = 1.811; 1.880 in all.
  // No gives ⌈69 × 222 ÷ 1.880⌉ = ⌈8,15⌉ = 9 → 391; Indikator ⌈1.811 × 222 ÷ 1.880⌉ = ⌈213,85⌉ = 214 → 2.666.
  const fitted = fitColumnWidths(
    [5, 36, 9, 11],
    ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2015'],
    4880,
  );
  expect(fitted).toEqual([391, 2666, 753, 1069]);
  // Never wider than the table: 391 + 2.666 + 753 + 1.069 = 4.879.
  expect(fitted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4880);
});

test('when the others cannot give enough, the scaled widths stay', () => {
  // 2.440 ÷ 61 = 40 per unit: 200, 1.440, 360, 440; short 131 + 0 + 393 + 629 = 1.153,
  // over only Indikator 1.440 − 1.069 = 371 < 1.153.
  expect(
    fitColumnWidths([5, 36, 9, 11], ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2015'], 2440),
  ).toEqual([200, 1440, 360, 440]);
});
