import { shiftFormula } from './formula-shift';

test.each([
  ['C1*2', 1, 0, 'C2*2'],
  ['SUM(A1:B2)+$A$1+A$1+$A1', 2, 1, 'SUM(B3:C4)+$A$1+B$1+$A3'],
  ['\'Data 1\'!B2+Sheet2!C3&"A1"', 1, 1, '\'Data 1\'!C3+Sheet2!D4&"A1"'],
  ['LOG10(A1)+SUM(A:A)+SUM(2:3)', 1, 1, 'LOG10(B2)+SUM(B:B)+SUM(3:4)'],
  ['A1-1', -1, 0, '#REF!-1'],
  ['ROUND(XFD1,2)', 0, 1, 'ROUND(#REF!,2)'],
])('%s moved by %i rows, %i columns → %s', (formula, rows, cols, expected) => {
  expect(shiftFormula(formula, rows, cols)).toBe(expected);
});
