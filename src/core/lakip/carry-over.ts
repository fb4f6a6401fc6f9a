/**
 * What a user typed into a LAKIP sheet survives the next export. The sheet is rebuilt, so
 * before it is cleared its previous content is read back from the snapshot, laid out as the
 * last export wrote it: the caption and subtitle, then per section a header row (`No …
 * Keterangan`) and its rows up to a blank row or the Jumlah row, then the `Catatan:` block.
 *
 * - **Keterangan** of a row: the sentences this project writes there (the reasons of a marked
 *   row, the notes; recognised by `isOwnKeterangan`) are ours and are written afresh; every
 *   other text is the user's and is carried, after ours, into the row with the same key.
 * - **Columns of their own**, right of the table (header and rows): carried by row key to the
 *   same place right of the rebuilt table.
 * - The title area (rows 1–3) right of the table: carried to the same cells.
 * - A row is found by its section and key (Kode, Indikator Kinerja, Program/Kegiatan,
 *   Aktivitas, Nama Dokumen or Uraian; the n-th row with the same key), never by position.
 *
 * Everything else a user typed (between sections, under the notes, in a row whose indicator or
 * program is gone) cannot be placed: it is returned as `unplaced`, and the export refuses to
 * drop it unless told to. The figures of our own columns are ours: they are recomputed.
 */
import { cellAddress } from '../address';
import { isEmptyCell, type CellValue, type SheetSnapshot } from '../snapshot';

/** A cell a user typed that the rebuilt sheet cannot hold. */
export interface UnplacedCell {
  readonly sheet: string;
  /** A1 address in the previous sheet. */
  readonly cell: string;
  readonly value: CellValue;
}

/** The labels that identify a row of a section, in order of preference. */
export const ROW_KEY_LABELS = [
  'Kode',
  'Indikator Kinerja',
  'Program/Kegiatan',
  'Aktivitas',
  'Nama Dokumen',
  'Uraian',
] as const;

/** The index of the column that identifies a row of a section with these labels. */
export function keyColumnOf(labels: readonly string[]): number {
  for (const k of ROW_KEY_LABELS) {
    const i = labels.indexOf(k);
    if (i >= 0) return i;
  }
  return labels.length > 1 ? 1 : 0;
}

/**
 * Every sentence this project writes into a Keterangan cell starts like one of these (see
 * `problemText`, `capNote`, `partialNote` in context.ts and the tables' own marks);
 * `carry-over.test.ts` holds every mark and note of the sample and of broken trackers to it.
 */
const OWN_SENTENCES: readonly RegExp[] = [
  /^Keterangan$/,
  /^Capaian tidak dapat dihitung: /,
  /^Realisasi tahunan tidak dapat dihitung: /,
  /^Serapan tidak dapat dihitung: /,
  /^(?:\S+: )?Capaian dibatasi /,
  /^Realisasi TW [IV]+(?:, TW [IV]+)* belum dilaporkan; /,
  /^Target di sheet PK kosong /,
  /^Anggaran di sheet (?:PK|DPA) kosong /,
  /^Efisiensi tidak dihitung: /,
  /^Capaian di bawah 100%: Faktor Penghambat /,
  /^LKjIP \S+ tidak memuat indikator ini/,
  /^Realisasi \S+ di sheet LKjIP kosong/,
  /^Target \S+ di sheet LKjIP kosong/,
  /^Rata-rata capaian sasaran tidak dapat dihitung: /,
  /^Rata-rata dari \d+ indikator; /,
  /^\d+ dari \d+ indikator sasaran ini tidak diikutkan /,
  /^Indikator ini tidak ada di sheet Renstra\./,
  /^Target Renstra tahun laporan tidak dapat ditentukan/,
  /^Tahun \S+ di luar periode Renstra /,
  /^Capaian terhadap target akhir tidak dapat dihitung/,
  /^Waktu aktual melebihi waktu baku\./,
];

/** True when a sentence is one this project writes into Keterangan. */
export function isOwnKeterangan(sentence: string): boolean {
  const s = sentence.trim();
  return OWN_SENTENCES.some((re) => re.test(s));
}

/**
 * The user's part of a Keterangan cell: the text with our sentences taken out (sentences end
 * at `.`, `!` or `?` followed by a space, or at a line break). Empty when all of it is ours.
 */
export function userKeterangan(text: string): string {
  const parts = text.split(/(\n+|(?<=[.!?])[ \t]+)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const sentence = parts[i] ?? '';
    if (sentence.trim() === '' || isOwnKeterangan(sentence)) continue;
    out += (out === '' ? '' : (parts[i - 1] ?? ' ')) + sentence;
  }
  return out.trim();
}

/** The user's cells of one row of a previous table. */
export interface PreviousRow {
  /** The user's own Keterangan text, or '' (ours taken out). */
  readonly keterangan: string;
  /** The user's cells right of the table: offset 0 is the first column after the sheet's width. */
  readonly own: ReadonlyMap<number, CellValue>;
  /** Where each of the user's cells was, for `unplaced`. */
  readonly cells: readonly UnplacedCell[];
}

/** A LAKIP sheet as the previous export left it, with the user's cells sorted out. */
export interface PreviousSheet {
  /** Rows by `section index|row key|occurrence`. */
  readonly rows: Map<string, PreviousRow>;
  /** The user's column headers right of each section's header, by section index. */
  readonly headers: Map<number, PreviousRow>;
  /** Cells right of the table in rows 1–3, as row → offset → value. */
  readonly title: readonly { readonly row: number; readonly offset: number; readonly value: CellValue }[];
  /** Cells in row 3 inside the table's width (where the DRAF line goes), as offset → value. */
  readonly draftRow: readonly UnplacedCell[];
  /** Cells that belong to no row of a table. */
  readonly loose: readonly UnplacedCell[];
}

/** `n|key|k`: the key of the k-th row (0-based) of section n whose key cell reads `key`. */
export function rowKeyOf(section: number, key: CellValue | undefined, seen: Map<string, number>): string {
  const text =
    key === null || key === undefined
      ? ''
      : String(typeof key === 'object' ? JSON.stringify(key) : key)
          .trim()
          .toLowerCase();
  const base = `${section}|${text}`;
  const k = seen.get(base) ?? 0;
  seen.set(base, k + 1);
  return `${base}|${k}`;
}

function isHeaderRow(row: readonly CellValue[]): number {
  if (row[0] !== 'No') return -1;
  return row.indexOf('Keterangan', 1);
}

const TITLE_ROWS = 3;

/** Reads a LAKIP sheet back into the user's cells, by row key. */
export function readPreviousSheet(sheet: SheetSnapshot): PreviousSheet {
  const rows = sheet.rows;
  const at = (r: number, c: number): string => cellAddress(r + 1, c + 1);
  const headerRows: { row: number; ket: number }[] = [];
  rows.forEach((row, r) => {
    const ket = isHeaderRow(row);
    if (ket > 0) headerRows.push({ row: r, ket });
  });
  const width = Math.max(0, ...headerRows.map((h) => h.ket + 1));
  const claimed = new Set<number>();
  const out: PreviousSheet = { rows: new Map(), headers: new Map(), title: [], draftRow: [], loose: [] };
  const title = out.title as { row: number; offset: number; value: CellValue }[];
  const loose = out.loose as UnplacedCell[];
  const draftRow = out.draftRow as UnplacedCell[];

  const userCellsOf = (r: number, ket: number): PreviousRow => {
    const row = rows[r] ?? [];
    const own = new Map<number, CellValue>();
    const cells: UnplacedCell[] = [];
    let keterangan = '';
    row.forEach((v, c) => {
      if (isEmptyCell(v)) return;
      if (c === ket && typeof v === 'string') {
        keterangan = userKeterangan(v);
        if (keterangan !== '') cells.push({ sheet: sheet.name, cell: at(r, c), value: keterangan });
      } else if (c >= width) {
        own.set(c - width, v);
        cells.push({ sheet: sheet.name, cell: at(r, c), value: v });
      }
    });
    return { keterangan, own, cells };
  };

  headerRows.forEach((h, section) => {
    claimed.add(h.row);
    if (h.row > 0) claimed.add(h.row - 1); // the section's title
    const header = userCellsOf(h.row, -1);
    if (header.cells.length > 0) out.headers.set(section, header);
    const labels = (rows[h.row] ?? []).slice(0, h.ket).map((v) => (typeof v === 'string' ? v : ''));
    const keyCol = keyColumnOf(labels);
    const seen = new Map<string, number>();
    for (let r = h.row + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      if (row.slice(0, width).every((v) => isEmptyCell(v))) break;
      if (isHeaderRow(row) > 0) break;
      claimed.add(r);
      const total = row[0] === 'Jumlah';
      const key = rowKeyOf(section, total ? 'Jumlah' : row[keyCol], seen);
      const user = userCellsOf(r, h.ket);
      if (user.cells.length > 0) out.rows.set(key, user);
      if (total) break;
    }
  });

  // The notes block: `Catatan:` and the notes under it (ours, inside the table's width).
  let inNotes = false;
  rows.forEach((row, r) => {
    if (row[0] === 'Catatan:' && !claimed.has(r)) inNotes = true;
    else if (inNotes && row.every((v) => isEmptyCell(v))) inNotes = false; // the notes end at a blank row
    if (claimed.has(r)) return;
    row.forEach((v, c) => {
      if (isEmptyCell(v)) return;
      if (r < TITLE_ROWS) {
        if (c >= width && width > 0) title.push({ row: r + 1, offset: c - width, value: v });
        else if (r === TITLE_ROWS - 1 && !(c === 0 && typeof v === 'string' && v.startsWith('DRAF')))
          draftRow.push({ sheet: sheet.name, cell: at(r, c), value: v });
        return;
      }
      if (inNotes && c < Math.max(1, width)) return;
      loose.push({ sheet: sheet.name, cell: at(r, c), value: v });
    });
  });
  return out;
}
