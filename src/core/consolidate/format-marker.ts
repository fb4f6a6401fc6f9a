/**
 * How a data format file is recognised: its Pengaturan sheet carries the label
 * `Format Data Kinerja untuk Bagian` in column A with the bagian's Kode Bagian in column B
 * (read like any key–value sheet, so case, spaces and a trailing `*` do not matter). The label
 * is visible on purpose: the bagian sees whose format it is, and the sheet is protected so the
 * marker is not changed by accident. A tracker never has this label.
 *
 * Offices sharing one workbook give each bagian a sheet `Data Kinerja KODE` inside the tracker
 * instead; there the sheet name is the marker (`bagianSheetName`).
 */
import { readKeyValue } from '../read/read-keyvalue';
import { findSchemaSheet } from '../read/tracker';
import { col } from '../schema/columns';
import { SCHEMAS } from '../schema/registry';
import type { KeyValueSheetSchema } from '../schema/types';
import { normaliseSheetName, type WorkbookSnapshot } from '../snapshot';

export const FORMAT_MARKER_LABEL = 'Format Data Kinerja untuk Bagian';

/** The format's own fields, written below the copied Pengaturan fields. */
export const FORMAT_MARKER_SCHEMA: KeyValueSheetSchema = {
  kind: 'keyvalue',
  id: 'pengaturan',
  name: SCHEMAS.pengaturan.name,
  title: 'Format Data Kinerja',
  instruction: '',
  fields: [
    col.kode('bagian', FORMAT_MARKER_LABEL, { required: true }),
    col.teks('namaBagian', 'Nama Bagian'),
    col.tanggal('dibuat', 'Tanggal Format'),
  ],
};

export interface FormatMarker {
  /** The Kode Bagian the format was made for, as written. */
  readonly bagian: string;
  readonly namaBagian: string | undefined;
  /** The format's Tahun Laporan (copied from the tracker), when readable. */
  readonly tahunLaporan: number | undefined;
  /** The format's Triwulan Berjalan, when readable. */
  readonly triwulanBerjalan: number | undefined;
}

/** The marker of a format file, or null when the workbook is not one. */
export function readFormatMarker(snapshot: WorkbookSnapshot): FormatMarker | null {
  const sheet = findSchemaSheet(snapshot, SCHEMAS.pengaturan);
  if (sheet === undefined) return null;
  const marker = readKeyValue(sheet, FORMAT_MARKER_SCHEMA);
  const bagian = marker.fields.get('bagian')?.parsed;
  if (bagian?.kind !== 'ok') return null;
  const nama = marker.fields.get('namaBagian')?.parsed;
  const settings = readKeyValue(sheet, SCHEMAS.pengaturan);
  const number = (key: string): number | undefined => {
    const p = settings.fields.get(key)?.parsed;
    return p?.kind === 'ok' && typeof p.value === 'number' ? p.value : undefined;
  };
  return {
    bagian: String(bagian.value),
    namaBagian: nama?.kind === 'ok' ? String(nama.value) : undefined,
    tahunLaporan: number('tahunLaporan'),
    triwulanBerjalan: number('triwulanBerjalan'),
  };
}

/** True when the workbook is a data format made by `lakip format` (or the add-in). */
export function isFormatFile(snapshot: WorkbookSnapshot): boolean {
  return readFormatMarker(snapshot) !== null;
}

/** Excel forbids these in sheet names. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;
const BAGIAN_SHEET_PREFIX = `${SCHEMAS.dataKinerja.name} `;

/** The sheet a bagian fills inside a shared tracker: `Data Kinerja KODE` (at most 31 characters). */
export function bagianSheetName(kode: string): string {
  return `${BAGIAN_SHEET_PREFIX}${kode.trim().replace(SHEET_NAME_FORBIDDEN, '-')}`
    .slice(0, SHEET_NAME_MAX)
    .trimEnd();
}

/** True when a sheet name is some bagian's `Data Kinerja KODE` sheet (not Data Kinerja itself). */
export function isBagianSheetName(name: string, kode: string): boolean {
  return normaliseSheetName(name) === normaliseSheetName(bagianSheetName(kode));
}
