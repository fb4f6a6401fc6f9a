/**
 * Sheet schemas are data (one file per sheet, in the spirit of Frictionless Table Schema):
 * columns with labels, types, required flags, unique keys and references.
 */

/** The cell types of the contract (`docs/workbook-contract.md`, "Cell types"). */
export type CellType =
  'teks' | 'bilangan' | 'persen' | 'rupiah' | 'tanggal' | 'tahun' | 'pilihan' | 'ya/tidak' | 'kode';

/** A reference: the cell must equal a value of one of these columns (any of them). */
export interface RefTarget {
  /** A sheet id (see `SheetId`). */
  readonly sheet: SheetId;
  /** A column key of that sheet. */
  readonly column: string;
}

export interface ColumnSchema {
  /** Stable key used in code (`kodeIndikator`); never shown. */
  readonly key: string;
  /** The header label users see (`Kode Indikator`). */
  readonly label: string;
  /** Other labels accepted when reading (old names, common spellings). */
  readonly aliases?: readonly string[];
  readonly type: CellType;
  /** The cell must be filled on every data row (marked `*` in the header). */
  readonly required?: boolean;
  /** For quarterly columns: required only when Triwulan Berjalan ≥ this quarter. */
  readonly quarter?: 1 | 2 | 3 | 4;
  /** For `pilihan`: the allowed values, in display form. */
  readonly choices?: readonly string[];
  /** Inclusive numeric range (for `bilangan`, `tahun` …). */
  readonly min?: number;
  readonly max?: number;
  /** The value must exist in one of these columns. */
  readonly ref?: readonly RefTarget[];
  /** Column width in characters for the sheets we write. */
  readonly width?: number;
  /** A short Indonesian hint for the user (shown under the instruction or as a note). */
  readonly hint?: string;
  /** The cell may say `n/a` or `tidak tersedia`: the figure does not exist (not a number, not empty). */
  readonly notAvailable?: boolean;
  /**
   * Read when the sheet has it, never written by `lakip init` (nor counted when telling a
   * tracker sheet from the user's own): the monthly columns of a monthly Rencana Aksi.
   */
  readonly onRequest?: boolean;
}

export interface TableSheetSchema {
  readonly kind: 'table';
  readonly id: SheetId;
  /** The sheet name (≤ 31 characters, no `/ \ ? * [ ] :`). */
  readonly name: string;
  /** Other sheet names accepted when reading. */
  readonly aliases?: readonly string[];
  /** Title shown in row 1. */
  readonly title: string;
  /** One or two Indonesian sentences shown under the title. */
  readonly instruction: string;
  readonly columns: readonly ColumnSchema[];
  /** Each entry is a set of column keys whose combined values must be unique. */
  readonly uniqueKeys?: readonly (readonly string[])[];
  /** The Dokumen checklist code of a document sheet. */
  readonly documentCode?: DocumentCode;
  /** True for the SOP sheet: the columns between `aktivitas` and `kelengkapan` are actors. */
  readonly actorColumnsAfter?: string;
  /**
   * An optional sheet (Kategori Capaian): read and checked when the workbook has it, never
   * missing, and made by `lakip init` only when asked.
   */
  readonly optional?: true;
}

export interface KeyValueSheetSchema {
  readonly kind: 'keyvalue';
  readonly id: SheetId;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly title: string;
  readonly instruction: string;
  readonly fields: readonly ColumnSchema[];
}

export type SheetSchema = TableSheetSchema | KeyValueSheetSchema;

export const DOCUMENT_CODES = [
  'CASCADING',
  'SK_TIM',
  'IKU',
  'IKI',
  'RENSTRA',
  'RENJA',
  'PK',
  'PK_INDIVIDU',
  'RENAKSI',
  'DPA',
  'RENAKSI_INDIVIDU',
  'LKJIP',
  'RENJA_BERIKUT',
  'RENAKSI_BERIKUT',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

/** Every sheet of the contract: the sheets a tracker always has, and the optional ones. */
export type SheetId = RequiredSheetId | OptionalSheetId;

/** The optional sheets: read when the workbook has them, made by `lakip init` only when asked. */
export type OptionalSheetId = 'kategoriCapaian';

/** The sheets `lakip init` makes and validation requires. */
export type RequiredSheetId =
  | 'pengaturan'
  | 'bagian'
  | 'identitas'
  | 'sop'
  | 'dokumen'
  | 'cascading'
  | 'skTim'
  | 'iku'
  | 'iki'
  | 'renstra'
  | 'renja'
  | 'pk'
  | 'pkIndividu'
  | 'renaksi'
  | 'dpa'
  | 'renaksiIndividu'
  | 'lkjip'
  | 'renjaBerikut'
  | 'renaksiBerikut'
  | 'dataKinerja';
