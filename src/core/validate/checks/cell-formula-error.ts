import { parseProblems } from './cell-parse';

/** cell/formula-error: an Excel error value (`#REF!`, `#N/A` …) where a value should be. */
export const checkCellFormulaError = parseProblems('cell/formula-error');
