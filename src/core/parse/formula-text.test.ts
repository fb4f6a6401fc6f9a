import { isFormulaLikeText } from './formula-text';

test.each([
  ['=HYPERLINK("x")', true],
  [' +62 812', true],
  ['@camat', true],
  ['-5% dari target', true],
  ['\u200B=1+1', true],
  ['-', false],
  ['--', false],
  ['- anggaran terlambat\n- SDM kurang', false],
  ['Survei 4 kali; A=B bukan rumus', false],
  ['', false],
])('%j → %p', (text, expected) => {
  expect(isFormulaLikeText(text)).toBe(expected);
});
