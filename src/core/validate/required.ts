/**
 * Which cells must be filled: the schema's required columns, the quarterly columns up to
 * Triwulan Berjalan, and the Kode Induk of Cascading unless the row's Level is Camat; the
 * required key–value fields, but for the four Batas keys of Pengaturan while a usable sheet
 * Kategori Capaian stands in for them (`isRequiredField`).
 * Shared by cell/required, column/missing and completeness so the three always agree.
 * Some cells are not read at all on some rows (`isUnreadCell`): the Batas Bawah of the
 * "Tidak Ada Target" row of Kategori Capaian, which may stay empty or say `-`.
 */
import { isTidakAdaTarget, type KategoriScheme } from '../lakip/arithmetic';
import { textOf, type TableRow } from '../read/read-table';
import type { ColumnSchema, SheetId } from '../schema/types';
import { isEmptyCell } from '../snapshot';

/**
 * Key–value fields that another sheet stands in for: the Pengaturan Batas keys bound the five
 * kategori only while no usable sheet Kategori Capaian is in force (`model/kategori.ts`). A sheet
 * that cannot be used (it has galat) leaves them in force, so then they are required again.
 */
const REPLACED_FIELDS: Partial<
  Record<SheetId, { readonly keys: ReadonlySet<string>; readonly when: (k: KategoriInForce) => boolean }>
> = {
  pengaturan: {
    keys: new Set(['batasSangatTinggi', 'batasTinggi', 'batasSedang', 'batasRendah']),
    when: (k) => k.source === 'sheet',
  },
};

/** What of the kategori in force decides required-ness: whether the sheet Kategori Capaian is used. */
export type KategoriInForce = Pick<KategoriScheme, 'source'>;

/**
 * The key–value field must be filled (and its label be in the sheet): the schema's required
 * fields, less those another sheet stands in for (a Batas key of Pengaturan while a usable sheet
 * Kategori Capaian is in force). A field that is not required is still checked when filled.
 */
export function isRequiredField(sheet: SheetId, column: ColumnSchema, kategori: KategoriInForce): boolean {
  if (column.required !== true) return false;
  const replaced = REPLACED_FIELDS[sheet];
  return replaced === undefined || !replaced.keys.has(column.key) || !replaced.when(kategori);
}

/** Columns required only on some rows; the header is still required. */
const CONDITIONAL: Partial<Record<SheetId, Readonly<Record<string, (row: TableRow) => boolean>>>> = {
  cascading: {
    // An unreadable or empty Level is its own finding; Kode Induk is then not asked for.
    kodeInduk: (row) => {
      const level = textOf(row, 'level');
      return level !== undefined && level !== 'Camat';
    },
  },
};

/** Cells that are not read on some rows: neither required nor checked for their type. */
const UNREAD: Partial<Record<SheetId, Readonly<Record<string, (row: TableRow) => boolean>>>> = {
  kategoriCapaian: {
    // The "Tidak Ada Target" row is no band: it has no lower bound.
    batasBawah: (row) => isTidakAdaTarget(textOf(row, 'kategori')),
  },
};

/** The column's cell is not read on this row (neither required nor parsed). */
export function isUnreadCell(sheet: SheetId, column: ColumnSchema, row: TableRow): boolean {
  const rule = UNREAD[sheet]?.[column.key];
  return rule !== undefined && rule(row);
}

/** The column has cells that are not read on some rows. */
export function hasUnreadCells(sheet: SheetId, column: ColumnSchema): boolean {
  return UNREAD[sheet]?.[column.key] !== undefined;
}

/**
 * Quarterly columns a row may leave empty: Data Kinerja's Realisasi TW of a quarter whose
 * Pembilang or Penyebut is filled (an A/B indicator's realisasi is computed from them; a
 * quarter with only one of the two is cell/ratio-incomplete's to say).
 */
const EXEMPT: Partial<Record<SheetId, Readonly<Record<string, (row: TableRow) => boolean>>>> = {
  dataKinerja: Object.fromEntries(
    [1, 2, 3, 4].map((q) => [
      `realisasiTw${q}`,
      (row: TableRow) =>
        !isEmptyCell(row.raw.get(`pembilangTw${q}`)) || !isEmptyCell(row.raw.get(`penyebutTw${q}`)),
    ]),
  ),
};

/** Whether a required column's cell may still be left empty on some rows (an exemption rule applies). */
export function hasRowExemption(sheet: SheetId, column: ColumnSchema): boolean {
  return EXEMPT[sheet]?.[column.key] !== undefined;
}

/** The column's header must be in the sheet. */
export function isRequiredHeader(sheet: SheetId, column: ColumnSchema, triwulanBerjalan: number): boolean {
  if (column.required === true) return true;
  if (column.quarter !== undefined) return column.quarter <= triwulanBerjalan;
  return CONDITIONAL[sheet]?.[column.key] !== undefined;
}

/** The column's cell on this row must be filled. */
export function isRequiredCell(
  sheet: SheetId,
  column: ColumnSchema,
  row: TableRow,
  triwulanBerjalan: number,
): boolean {
  if (isUnreadCell(sheet, column, row)) return false;
  if (column.required === true) return true;
  if (column.quarter !== undefined)
    return column.quarter <= triwulanBerjalan && EXEMPT[sheet]?.[column.key]?.(row) !== true;
  const rule = CONDITIONAL[sheet]?.[column.key];
  return rule !== undefined && rule(row);
}

/** The columns that may be required on some row of this sheet (a cheap filter before the per-row test). */
export function maybeRequiredColumns(
  sheet: SheetId,
  columns: readonly ColumnSchema[],
  triwulanBerjalan: number,
): readonly ColumnSchema[] {
  return columns.filter((c) => isRequiredHeader(sheet, c, triwulanBerjalan));
}
