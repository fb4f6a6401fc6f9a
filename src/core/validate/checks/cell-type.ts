import { parseProblems } from './cell-parse';

/** cell/type: a cell cannot be read as its column's type (`abc` in a bilangan column). */
export const checkCellType = parseProblems('cell/type');
