import type { Finding } from '../../findings/finding';
import { kategoriSchemeOf } from '../../model/kategori';
import { atSheet, type ValidationContext } from '../context';

/**
 * calc/kategori: the sheet Kategori Capaian has fewer than two bands (its Tidak Ada Target row
 * not counted), so it cannot be used and the Pengaturan Batas apply — the one rule of
 * `model/kategori.ts`. Its other galat are the generic ones: a Batas Bawah that is empty
 * (cell/required), not a number (cell/type) or outside 0–200 (cell/range), two rows with one
 * Batas Bawah or one Kategori (row/duplicate-key).
 */
export function checkCalcKategori(ctx: ValidationContext): Finding[] {
  const table = ctx.tracker.tables.kategoriCapaian;
  if (table === undefined) return [];
  const { tooFew } = kategoriSchemeOf(table, ctx.settings);
  return tooFew === null
    ? []
    : [atSheet('calc/kategori', table.sheetName, { detail: { problem: 'too-few', bands: tooFew } })];
}
