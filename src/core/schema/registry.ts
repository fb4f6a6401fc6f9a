/** Every sheet of the contract, in the order the tracker workbook shows them. */
import { bagian } from './sheets/bagian';
import { cascading } from './sheets/cascading';
import { dataKinerja } from './sheets/data-kinerja';
import { dokumen } from './sheets/dokumen';
import { dpa } from './sheets/dpa';
import { identitas } from './sheets/identitas';
import { iki } from './sheets/iki';
import { iku } from './sheets/iku';
import { kategoriCapaian } from './sheets/kategori-capaian';
import { lkjip } from './sheets/lkjip';
import { pengaturan } from './sheets/pengaturan';
import { pk } from './sheets/pk';
import { pkIndividu } from './sheets/pk-individu';
import { renaksi, renaksiBerikut, renaksiIndividu } from './sheets/rencana-aksi';
import { renja, renjaBerikut } from './sheets/renja';
import { renstra } from './sheets/renstra';
import { skTim } from './sheets/sk-tim';
import { sop } from './sheets/sop';
import type {
  DocumentCode,
  KeyValueSheetSchema,
  OptionalSheetId,
  RequiredSheetId,
  SheetId,
  SheetSchema,
  TableSheetSchema,
} from './types';

/** Every sheet of the contract, in the order the tracker workbook shows them (the document sheets in the order of the seed's Keterkaitan list). */
const PRECISE = {
  pengaturan,
  bagian,
  identitas,
  sop,
  dokumen,
  cascading,
  skTim,
  iku,
  iki,
  renstra,
  renja,
  pk,
  pkIndividu,
  renaksi,
  dpa,
  renaksiIndividu,
  lkjip,
  renjaBerikut,
  renaksiBerikut,
  dataKinerja,
} as const satisfies Record<RequiredSheetId, SheetSchema>;

/** The optional sheets (`TableSheetSchema.optional`): read when present, made by `init` only when asked. */
const OPTIONAL = {
  kategoriCapaian,
} as const satisfies Record<OptionalSheetId, TableSheetSchema>;

/** Every sheet of the contract by id, required and optional, with its literal types. */
type AllPrecise = typeof PRECISE & typeof OPTIONAL;

/** Every sheet's schema by id (the sheets a tracker always has), typed as a table or a key–value schema. */
export const SCHEMAS: {
  readonly [S in RequiredSheetId]: (typeof PRECISE)[S] extends TableSheetSchema
    ? TableSheetSchema
    : KeyValueSheetSchema;
} = PRECISE;

/** The optional sheets' schemas by id. */
export const OPTIONAL_SCHEMAS: { readonly [S in OptionalSheetId]: TableSheetSchema } = OPTIONAL;

/** The sheets a tracker always has, in workbook order (what `lakip init` makes and validation requires). */
export const ALL_SHEETS: readonly SheetSchema[] = Object.values(SCHEMAS);

/** The optional sheets, after the others: read and checked when the workbook has them. */
export const OPTIONAL_SHEETS: readonly TableSheetSchema[] = Object.values(OPTIONAL_SCHEMAS);

/** Every sheet a tracker is read by: the required ones, then the optional ones. */
export const READ_SHEETS: readonly SheetSchema[] = [...ALL_SHEETS, ...OPTIONAL_SHEETS];

/** The 14 document sheets, in the order of the seed's Keterkaitan list. */
export const DOCUMENT_SHEETS: readonly TableSheetSchema[] = ALL_SHEETS.filter(
  (s): s is TableSheetSchema => s.kind === 'table' && s.documentCode !== undefined,
);

export type TableSheetId = {
  [K in SheetId]: AllPrecise[K] extends KeyValueSheetSchema ? never : K;
}[SheetId];

/**
 * The column keys of a table sheet, derived from its schema file, so that a key that does not
 * exist (`numberOf(dataKinerjaRow, 'realisasiTw9')`) fails to typecheck. A sheet whose schema
 * does not keep its keys' literal types (not declared `as const satisfies TableSheetSchema`)
 * gives `string`.
 */
export type ColumnKey<S extends SheetId> = AllPrecise[S] extends { readonly columns: readonly (infer C)[] }
  ? C extends { readonly key: infer K extends string }
    ? K
    : string
  : string;

export function schemaById(id: SheetId): SheetSchema {
  return id === 'kategoriCapaian' ? OPTIONAL_SCHEMAS[id] : SCHEMAS[id];
}

export function schemaForDocument(code: DocumentCode): TableSheetSchema | undefined {
  return DOCUMENT_SHEETS.find((s) => s.documentCode === code);
}

/** Sheets the project owns and rebuilds on every run (never typed into by users). */
export const OWNED_SHEET_PREFIXES = ['Temuan', 'LAKIP '] as const;
export const TEMUAN_SHEET = 'Temuan';
export const LISTS_SHEET = 'Daftar Pilihan';
