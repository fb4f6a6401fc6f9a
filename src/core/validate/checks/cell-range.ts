import { parseProblems } from './cell-parse';

/** cell/range: a value outside its column's range (negative rupiah, tahun 1999, Triwulan 5). */
export const checkCellRange = parseProblems('cell/range');
