import { parseProblems } from './cell-parse';

/** cell/choice: a pilihan cell holds a value that is not in its list. */
export const checkCellChoice = parseProblems('cell/choice');
