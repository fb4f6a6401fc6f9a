/**
 * The kategori in force for a tracker, decided once (the tracker model holds it; the LAKIP
 * tables, the rekap, the .docx, the pane's chart and the CLI's summary read it from there):
 *
 * - no sheet Kategori Capaian: the five bands of the Pengaturan Batas keys, as always;
 * - a sheet Kategori Capaian that can be used: its bands, best first (Batas Bawah descending,
 *   whatever the rows' order), and the label of its "Tidak Ada Target" row, if any; the
 *   Pengaturan Batas keys are then not used;
 * - a sheet that cannot be used — a band row without a readable Batas Bawah (0–200) or
 *   Kategori, two rows with one Batas Bawah or one Kategori, fewer than two bands, a header not
 *   found: each is a galat of validation (cell/…, row/duplicate-key, column/missing,
 *   calc/kategori), and meanwhile the Pengaturan bands apply (`sheetUnusable`), so a kategori is
 *   never read from a half-typed sheet.
 */
import {
  isTidakAdaTarget,
  pengaturanScheme,
  type BatasPengaturan,
  type KategoriBand,
  type KategoriScheme,
} from '../lakip/arithmetic';
import { buildIndex } from '../read/keys';
import { numberOf, textOf, type TableRead } from '../read/read-table';
import type { ColumnKey } from '../schema/registry';
import { BATAS_BAWAH_RANGE, kategoriCapaian } from '../schema/sheets/kategori-capaian';

/** Fewer bands than this and the sheet cannot be used (calc/kategori). */
export const MIN_BANDS = 2;

export interface KategoriSheetRead {
  readonly scheme: KategoriScheme;
  /** The sheet has fewer than two bands: how many it has (the calc/kategori finding); else null. */
  readonly tooFew: number | null;
}

/** The kategori scheme of a tracker: its sheet Kategori Capaian (when there and usable), else Pengaturan's. */
export function kategoriSchemeOf(
  table: TableRead<ColumnKey<'kategoriCapaian'>> | undefined,
  settings: BatasPengaturan,
): KategoriSheetRead {
  if (table === undefined) return { scheme: pengaturanScheme(settings), tooFew: null };
  const found =
    table.headerRow !== null && table.columnIndex.has('batasBawah') && table.columnIndex.has('kategori');
  const bands: KategoriBand[] = [];
  let tidakAdaTarget: string | null = null;
  let bandRows = 0;
  let unreadable = false;
  for (const row of table.rows) {
    // A label as shown: its spaces as one (`Sangat  Baik` is `Sangat Baik`).
    const typed = textOf(row, 'kategori');
    const label = typed === undefined ? '' : typed.replace(/\s+/g, ' ').trim();
    if (isTidakAdaTarget(label)) {
      tidakAdaTarget ??= label;
      continue;
    }
    bandRows++;
    const batas = numberOf(row, 'batasBawah');
    const inRange = batas !== undefined && batas >= BATAS_BAWAH_RANGE.min && batas <= BATAS_BAWAH_RANGE.max;
    if (label === '' || batas === undefined || !inRange) {
      unreadable = true;
      continue;
    }
    bands.push({ batasBawah: batas, kategori: label });
  }
  const tooFew = found && bandRows < MIN_BANDS ? bandRows : null;
  // One rule for duplicates with validation's row/duplicate-key: the sheet's unique keys, indexed as it indexes them.
  const duplicated = kategoriCapaian.uniqueKeys.some(
    (key) => buildIndex(table, key).repeated().next().done !== true,
  );
  if (!found || unreadable || duplicated || tooFew !== null)
    return { scheme: pengaturanScheme(settings, true), tooFew };
  bands.sort((a, b) => b.batasBawah - a.batasBawah);
  return { scheme: { source: 'sheet', bands, tidakAdaTarget, sheetUnusable: false }, tooFew: null };
}

/** The labels of a scheme as listed for a reader: the bands best first, then Tidak Ada Target. */
export function kategoriLabels(scheme: KategoriScheme): string[] {
  return [
    ...scheme.bands.map((b) => b.kategori),
    ...(scheme.tidakAdaTarget !== null ? [scheme.tidakAdaTarget] : []),
  ];
}
