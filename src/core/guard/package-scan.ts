/**
 * The package scan: what the zip directory cannot tell the input guard. A file can be small,
 * inflate modestly and still ask a parser for far too much: one `<mergeCell ref="E30:XFD1048576"/>`
 * (157 KB on disk) makes exceljs create seventeen billion cells, a defined name over a whole
 * sheet the same, a `sheetId` of two billion makes it walk a two-billion-slot array, a cell in
 * row 300,000,000 makes any row-array reader allocate 300 million rows, and 20 million real
 * cells exhaust a 1 GB heap. So before any parser sees the package, workbook.xml and every
 * worksheet part are inflated as a stream (fflate, in small pushes, never holding a part) and
 * run through a tiny tag scanner (no DOM, no XML library) that checks them against Excel's own
 * limits and our memory budget, and stops at the first refusal with one Indonesian sentence
 * naming the sheet (as the user sees it), the cell or range, and what to do.
 *
 * Pure: no Node, shared by the CLI and the task pane's browser mode. Limits and their reasons
 * are in docs/performance.md; the decision in docs/security.md.
 */
import { Inflate, strFromU8 } from 'fflate';
import { LakipError, type ErrorCode } from '../errors';
import { formatNumber } from '../format/indonesian';
import { bytesSource, type ByteSource, type GuardApproval } from './input-guard';
import { readCentralDirectory, readZipEnd, walkLocalHeaders, type ZipEntry } from './zip-view';

/** The zip's one view (the guard's own walk), or why it has none. */
function zipViewOf(source: ByteSource): readonly ZipEntry[] | string {
  const end = readZipEnd(source);
  if (end === undefined) return 'daftar isinya rusak';
  if (typeof end === 'string') return end;
  const records = readCentralDirectory(source, end);
  if (typeof records === 'string') return records;
  return walkLocalHeaders(source, end, records);
}

/** Excel's own sheet limits (Excel specifications and limits). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export interface PackageLimits {
  /**
   * The largest `sheetId` in workbook.xml. Excel numbers sheets 1, 2, 3 … as they are added and
   * never reuses a number, so a workbook that had 65,534 sheets added over its life is beyond
   * any real one; exceljs keeps its sheets in an array indexed by sheetId and walks it whole
   * on every access, which at 65,534 costs nothing and at 2,000,000,000 never ends.
   */
  readonly maxSheetId: number;
  /** Cells covered by merged areas, per sheet: exceljs creates every covered cell. */
  readonly maxMergedCellsPerSheet: number;
  /**
   * Cells of all defined names together (print areas and print titles excepted, which exceljs
   * keeps as text): exceljs records every cell of a named range. An autofilter over a
   * 20,000-row sheet of 16 columns is 320,000.
   */
  readonly maxNamedCells: number;
  /**
   * Cells in the workbook: every `<c>` of every sheet plus the cells merged areas cover. The
   * bench's 300,000-row tracker has 2,840,538.
   */
  readonly maxCells: number;
  /**
   * The sheets as a reader holds them, row arrays from row 1 and cells from column A: each
   * sheet's last row number plus, for each row, its last column. Empty rows and the empty cells
   * left of a value cost memory too (a value in XFD1048576 alone is a million rows); the
   * 300,000-row tracker is 3,200,779.
   */
  readonly maxGridCells: number;
  /** The longest tag (or defined-name text) the scanner holds while it waits for its end. */
  readonly maxTagBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxSheetId: 65_534,
  maxMergedCellsPerSheet: 1_000_000,
  maxNamedCells: 2_000_000,
  maxCells: 5_000_000,
  maxGridCells: 6_000_000,
  maxTagBytes: 1024 * 1024,
};

export type ScanVerdict =
  | {
      readonly ok: true;
      /** `<c>` elements in all sheets. */
      readonly cells: number;
      /** Cells covered by merged areas in all sheets. */
      readonly mergedCells: number;
      /** Rows and cells of the sheets read as grids (see `maxGridCells`). */
      readonly gridCells: number;
      /** Worksheet parts scanned. */
      readonly sheets: number;
    }
  | { readonly ok: false; readonly code: ErrorCode; readonly userMessage: string };

/**
 * Scans the package the input guard has passed (`entries`: its approved entries, the one view
 * of the zip every reader uses). Run the guard first: sizes and ratios are its business.
 */
export function scanPackage(
  source: ByteSource,
  entries: readonly ZipEntry[],
  limitsIn: Partial<PackageLimits> = {},
  name?: string,
): ScanVerdict {
  const limits = { ...DEFAULT_PACKAGE_LIMITS, ...limitsIn };
  try {
    return new PackageScan(source, entries, limits, name).run();
  } catch (e) {
    if (e instanceof LakipError) return { ok: false, code: e.code, userMessage: e.userMessage };
    throw e;
  }
}

/** Bytes the guard passes (`approved`, or the guard run here), then `scanPackage` over its entries. */
export function scanWorkbookBytes(
  bytes: Uint8Array,
  name?: string,
  limits: Partial<PackageLimits> = {},
  approved?: GuardApproval,
): ScanVerdict {
  const source = bytesSource(bytes);
  const entries = approved?.entries ?? zipViewOf(source);
  if (typeof entries === 'string') {
    return { ok: false, code: 'file/damaged', userMessage: damagedSentence(subjectOf(name), entries) };
  }
  return scanPackage(source, entries, limits, name);
}

/** `scanWorkbookBytes`, its refusal thrown as a LakipError. */
export function assertPackageScan(
  bytes: Uint8Array,
  name?: string,
  limits: Partial<PackageLimits> = {},
  approved?: GuardApproval,
): Extract<ScanVerdict, { ok: true }> {
  const verdict = scanWorkbookBytes(bytes, name, limits, approved);
  if (!verdict.ok) throw new LakipError(verdict.code, verdict.userMessage);
  return verdict;
}

// ---------------------------------------------------------------------------------------
// Sentences

function subjectOf(name: string | undefined): string {
  return name === undefined ? 'File ini' : `File "${name}"`;
}

function damagedSentence(subject: string, why: string): string {
  return `${subject} rusak atau tidak lengkap (${why}) sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`;
}

const RESAVE =
  'tanda file rusak atau tidak dibuat oleh Excel; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx';

/** `A1` from 1-based row and column (for a sentence; beyond XFD the letters go on). */
function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

function columnLetters(col: number): string {
  if (!Number.isFinite(col) || col < 1 || col > 1e12) return '?';
  let s = '';
  for (let n = Math.floor(col); n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

function count(n: number): string {
  return Number.isFinite(n) && n < 1e21 ? formatNumber(n) : 'tak terhingga';
}

// ---------------------------------------------------------------------------------------
// References, read as exceljs reads them (col-cache's decodeAddress): upper-case letters
// before the digits are the column, digits the row, `$` and other characters skipped until
// both are seen. Reading them the same way means a reference exceljs would act on is never
// one the scan overlooked.

export interface Ref {
  /** 1-based; undefined for a whole-row reference (`$3`). */
  readonly col: number | undefined;
  /** 1-based; undefined for a whole-column reference (`$A`). */
  readonly row: number | undefined;
}

export function decodeRef(s: string): Ref {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + (c - 64);
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + (c - 48);
    } else if (hasRow && hasCol && c !== 36) {
      break;
    }
  }
  return { col: hasCol ? col : undefined, row: hasRow ? row : undefined };
}

interface Area {
  readonly top: Ref;
  readonly bottom: Ref;
  /** Cells it covers when both corners have a row and a column, else 0 (whole rows or columns). */
  readonly cells: number;
}

function decodeArea(s: string): Area {
  const colon = s.indexOf(':');
  const top = decodeRef(colon < 0 ? s : s.slice(0, colon));
  const bottom = colon < 0 ? top : decodeRef(s.slice(colon + 1));
  const cells =
    top.row !== undefined && top.col !== undefined && bottom.row !== undefined && bottom.col !== undefined
      ? (Math.abs(bottom.row - top.row) + 1) * (Math.abs(bottom.col - top.col) + 1)
      : 0;
  return { top, bottom, cells };
}

/** The reference beyond Excel's grid, if any: `{ row }` or `{ col }`. */
function outOfGrid(ref: Ref): 'row' | 'col' | undefined {
  if (ref.row !== undefined && (ref.row < 1 || ref.row > EXCEL_MAX_ROWS)) return 'row';
  if (ref.col !== undefined && ref.col > EXCEL_MAX_COLUMNS) return 'col';
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The scan

interface SheetInfo {
  readonly name: string;
  readonly sheetId: string;
  readonly rId: string;
}

const WORKSHEET_PART = /xl\/worksheets\/[^/]+\.xml$/;
const DRAWING_PART = /xl\/drawings\/[^/]+\.xml$/;

class PackageScan {
  private readonly subject: string;
  private readonly byName: Map<string, ZipEntry>;
  private readonly budget: PackageBudget;

  constructor(
    private readonly source: ByteSource,
    private readonly entries: readonly ZipEntry[],
    private readonly limits: PackageLimits,
    name: string | undefined,
  ) {
    this.subject = subjectOf(name);
    this.byName = new Map(entries.map((e) => [e.name, e]));
    this.budget = new PackageBudget(limits, name);
  }

  run(): ScanVerdict {
    const sheets = this.scanWorkbook();
    const partNames = this.sheetNamesByPart(sheets);
    // Every worksheet part, referenced or not: exceljs loads each `xl/worksheets/sheetN.xml` it finds.
    const parts = this.entries.filter((e) => WORKSHEET_PART.test(e.name));
    const ordered = [
      ...parts.filter((e) => partNames.has(e.name)),
      ...parts.filter((e) => !partNames.has(e.name)),
    ];
    for (const part of ordered) {
      this.scanSheet(part, partNames.get(part.name) ?? `(bagian ${part.name})`);
    }
    for (const part of this.entries.filter((e) => DRAWING_PART.test(e.name))) this.scanDrawing(part);
    return {
      ok: true,
      cells: this.budget.cells,
      mergedCells: this.budget.mergedCells,
      gridCells: this.budget.gridCells,
      sheets: ordered.length,
    };
  }

  private refuse(code: ErrorCode, sentence: string): never {
    throw new LakipError(code, sentence);
  }

  // workbook.xml: sheetIds and defined names -------------------------------------------

  private scanWorkbook(): SheetInfo[] {
    const sheets: SheetInfo[] = [];
    const entry = this.byName.get('xl/workbook.xml');
    if (entry === undefined) return sheets;
    let definedName: string | undefined;
    this.inflate(
      entry,
      new TagScanner(
        {
          onTag: (tag, attrs) => {
            if (tag === 'sheet') {
              const info = {
                name: attrs.get('name') ?? '',
                sheetId: attrs.get('sheetId') ?? '',
                rId: attrs.get('r:id') ?? '',
              };
              this.budget.sheetId(info.name, info.sheetId);
              sheets.push(info);
            } else if (tag === 'definedName') {
              definedName = attrs.get('name') ?? '';
            }
          },
          onText: (_tag, text) => this.budget.definedName(definedName ?? '', text),
        },
        WORKBOOK_TAGS,
        new Set(['definedName']),
        this.limits.maxTagBytes,
        () => this.tagTooLong(),
      ),
    );
    return sheets;
  }

  /** Worksheet part → the sheet's name as the user sees it (workbook.xml.rels links them). */
  private sheetNamesByPart(sheets: readonly SheetInfo[]): Map<string, string> {
    const targets = new Map<string, string>();
    const rels = this.byName.get('xl/_rels/workbook.xml.rels');
    if (rels !== undefined) {
      this.inflate(
        rels,
        new TagScanner(
          {
            onTag: (_tag, attrs) => {
              const target = attrs.get('Target') ?? '';
              targets.set(attrs.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
            },
          },
          RELS_TAGS,
          NO_TEXT,
          this.limits.maxTagBytes,
          () => this.tagTooLong(),
        ),
      );
    }
    const names = new Map<string, string>();
    for (const s of sheets) {
      const part = targets.get(s.rId);
      if (part !== undefined && !names.has(part)) names.set(part, s.name);
    }
    return names;
  }

  // worksheets: rows, cells, merges, dimension, column ranges --------------------------

  private scanSheet(entry: ZipEntry, sheet: string): void {
    this.budget.startSheet(sheet);
    const scanner = new TagScanner(
      {
        onTag: (tag, attrs) => {
          switch (tag) {
            case 'row':
              this.budget.row(attrs.get('r'));
              return;
            case 'mergeCell':
              this.budget.merge(attrs.get('ref') ?? '');
              return;
            case 'dimension':
              this.budget.dimension(attrs.get('ref') ?? '');
              return;
            case 'col':
              this.budget.columns(attrs.get('min'), attrs.get('max'));
              return;
            default:
              return;
          }
        },
        onCell: (ref) => this.budget.cell(ref?.col, ref?.row),
      },
      SHEET_TAGS,
      NO_TEXT,
      this.limits.maxTagBytes,
      () => this.tagTooLong(sheet),
    );
    this.inflate(entry, scanner);
    this.budget.endSheet();
  }

  /** A drawing part: where its pictures and shapes are anchored (exceljs makes a column object for each column up to the anchor's). */
  private scanDrawing(entry: ZipEntry): void {
    this.inflate(
      entry,
      new TagScanner(
        {
          onTag: () => undefined,
          onText: (tag, text) => this.budget.anchor(tag === 'col' ? 'col' : 'row', text),
        },
        DRAWING_TAGS,
        DRAWING_TAGS,
        this.limits.maxTagBytes,
        () => this.tagTooLong(),
      ),
    );
  }

  private tagTooLong(sheet?: string): never {
    return this.refuse(
      'file/damaged',
      damagedSentence(
        sheet === undefined ? this.subject : sheetWhere(this.subject, sheet),
        `berisi tag XML yang panjangnya lebih dari ${formatNumber(this.limits.maxTagBytes)} byte`,
      ),
    );
  }

  // inflating ------------------------------------------------------------------------------

  /** Feeds an entry's inflated bytes to the scanner, in pushes of at most 64 KB compressed. */
  private inflate(entry: ZipEntry, scanner: TagScanner): void {
    // The guard checked the local header against the directory; its data starts at dataOffset.
    const start = entry.dataOffset;
    const end = start + entry.compressedSize;
    if (end > this.source.size)
      this.refuse('file/damaged', damagedSentence(this.subject, 'isinya terpotong'));
    const CHUNK = 64 * 1024;
    if (entry.method === 0) {
      for (let at = start; at < end; at += CHUNK)
        scanner.push(this.source.read(at, Math.min(CHUNK, end - at)));
      scanner.end();
      return;
    }
    if (entry.method !== 8) {
      this.refuse(
        'file/damaged',
        damagedSentence(this.subject, `cara pemadatan ${entry.method} tidak dikenal`),
      );
    }
    let inflated = 0;
    const inflate = new Inflate((chunk) => {
      inflated += chunk.length;
      if (inflated > entry.uncompressedSize) {
        this.refuse(
          'file/damaged',
          damagedSentence(this.subject, 'ukuran isinya tidak sesuai dengan daftar isinya'),
        );
      }
      scanner.push(chunk);
    });
    try {
      for (let at = start; at < end; at += CHUNK) {
        const next = Math.min(CHUNK, end - at);
        inflate.push(this.source.read(at, next), at + next >= end);
      }
      if (start === end) inflate.push(new Uint8Array(), true);
    } catch (e) {
      if (e instanceof LakipError) throw e;
      this.refuse('file/damaged', damagedSentence(this.subject, 'isinya tidak dapat dibuka'));
    }
    scanner.end();
  }
}

function sheetWhere(subject: string, sheet: string): string {
  return `Lembar "${sheet}" pada ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
}

/**
 * The limits themselves, for any reader that walks the package: the package scan, and the
 * CLI's streaming reader, which checks them as it parses instead of scanning first (one
 * inflation instead of two). Feed it workbook.xml's sheets and defined names, then one sheet
 * at a time; it throws a LakipError (`file/too-large`) with the sentence at the first excess.
 */
export class PackageBudget {
  /** `<c>` elements so far, all sheets. */
  cells = 0;
  /** Cells covered by merged areas so far, all sheets. */
  mergedCells = 0;
  /** Grid cells of the sheets finished so far plus the current one's (see `maxGridCells`). */
  gridCells = 0;
  private readonly limits: PackageLimits;
  private readonly subject: string;
  private sheet = '';
  private sheetMerged = 0;
  private rowNumber = 0;
  private col = 0;
  private lastRow = 0;
  private rowWidth = 0;
  private namedCells = 0;

  constructor(limits: Partial<PackageLimits> = {}, name?: string) {
    this.limits = { ...DEFAULT_PACKAGE_LIMITS, ...limits };
    this.subject = subjectOf(name);
  }

  /** A `<sheet>` of workbook.xml: its name and `sheetId`. */
  sheetId(sheet: string, sheetId: string | undefined): void {
    const raw = (sheetId ?? '').trim();
    const id = Number(raw);
    if (raw === '' || (Number.isInteger(id) && id >= 1 && id <= this.limits.maxSheetId)) return;
    throw new LakipError(
      'file/too-large',
      `${sheetWhere(this.subject, sheet)} bernomor internal (sheetId) ${raw.slice(0, 30)}, di luar batas ${formatNumber(this.limits.maxSheetId)} sehingga file ini tidak dapat dibuka dengan aman; buka di Excel, salin lembar-lembarnya ke buku kerja baru (klik kanan tab lembar > Pindahkan atau Salin), simpan lalu coba lagi.`,
    );
  }

  /** A `<definedName>`: its name and its text (the reference or formula). */
  definedName(name: string, text: string): void {
    const materialised = name !== '_xlnm.Print_Area' && name !== '_xlnm.Print_Titles';
    for (const piece of splitRanges(text)) {
      const bang = piece.lastIndexOf('!');
      const area = decodeArea(bang < 0 ? piece : piece.slice(bang + 1));
      const beyond = outOfGrid(area.top) ?? outOfGrid(area.bottom);
      const cells = materialised ? area.cells : 0;
      if (beyond === undefined && this.namedCells + cells <= this.limits.maxNamedCells) {
        this.namedCells += cells;
        continue;
      }
      const why =
        beyond !== undefined
          ? `di luar batas Excel (${formatNumber(EXCEL_MAX_ROWS)} baris, ${formatNumber(EXCEL_MAX_COLUMNS)} kolom sampai XFD)`
          : `${count(area.cells)} sel, sedangkan batas semua nama rentang bersama-sama ${formatNumber(this.limits.maxNamedCells)} sel`;
      throw new LakipError(
        'file/too-large',
        `${this.subject} memiliki nama rentang "${name}" yang menunjuk ${piece.trim().slice(0, 80)} (${why}) sehingga tidak dapat dibuka dengan aman; buka di Excel, hapus atau perkecil nama itu (Rumus > Pengelola Nama), simpan lalu coba lagi.`,
      );
    }
  }

  startSheet(sheet: string): void {
    this.sheet = sheet;
    this.sheetMerged = 0;
    this.rowNumber = 0;
    this.col = 0;
    this.lastRow = 0;
    this.rowWidth = 0;
  }

  /** A `<row>`, with its `r` attribute (undefined: the row after the last). */
  row(r: string | undefined): void {
    this.closeRow();
    const n = r === undefined ? this.rowNumber + 1 : Number(r.trim());
    if (!Number.isInteger(n) || n < 1 || n > EXCEL_MAX_ROWS) {
      this.beyond(`baris ${r === undefined ? count(n) : r.trim().slice(0, 30)}`);
    }
    this.rowNumber = n;
    this.col = 0;
    if (n > this.lastRow) this.grow(n - this.lastRow, () => (this.lastRow = n), `baris ${formatNumber(n)}`);
  }

  /** A `<c>`, with its reference's column and row (undefined: none given). */
  cell(col: number | undefined, row: number | undefined): void {
    if (this.rowNumber === 0) this.row(undefined);
    this.col = col ?? this.col + 1;
    if (row !== undefined && (row < 1 || row > EXCEL_MAX_ROWS)) this.beyond(`sel ${cellName(row, this.col)}`);
    if (this.col < 1 || this.col > EXCEL_MAX_COLUMNS)
      this.beyond(`sel ${cellName(row ?? this.rowNumber, this.col)}`);
    if (this.col > this.rowWidth) {
      const wider = this.col;
      this.grow(
        wider - this.rowWidth,
        () => (this.rowWidth = wider),
        `sel ${cellName(this.rowNumber, wider)}`,
      );
    }
    this.cells++;
    this.checkCells();
  }

  /** A `<mergeCell ref>`. */
  merge(ref: string): void {
    const area = decodeArea(ref);
    if (outOfGrid(area.top) ?? outOfGrid(area.bottom)) this.beyond(`gabungan sel ${ref.slice(0, 40)}`);
    this.sheetMerged += area.cells;
    this.mergedCells += area.cells;
    if (this.sheetMerged > this.limits.maxMergedCellsPerSheet) {
      throw new LakipError(
        'file/too-large',
        `${sheetWhere(this.subject, this.sheet)} berisi gabungan sel ${ref.slice(0, 40)} yang mencakup ${count(area.cells)} sel (batas ${formatNumber(this.limits.maxMergedCellsPerSheet)} sel dalam gabungan per lembar), yang akan menghabiskan memori; buka di Excel, hapus gabungan sel itu (Beranda > Gabungkan & Tengahkan > Pisahkan Sel), simpan lalu coba lagi.`,
      );
    }
    this.checkCells();
  }

  /** A `<dimension ref>`: larger than the data is common and harmless, so only beyond Excel's grid is refused. */
  dimension(ref: string): void {
    const area = decodeArea(ref);
    if (outOfGrid(area.top) ?? outOfGrid(area.bottom)) this.beyond(`rentang ${ref.slice(0, 40)}`);
  }

  /** A `<col min max>` (exceljs makes a column object for each column up to `max`). */
  columns(min: string | undefined, max: string | undefined): void {
    const hi = Math.max(Number(min ?? '1'), Number(max ?? min ?? '1'));
    if (!(hi <= EXCEL_MAX_COLUMNS)) this.beyond(`pengaturan kolom sampai kolom ke-${count(hi)}`);
  }

  endSheet(): void {
    this.closeRow();
  }

  /** A drawing anchor's `<xdr:col>` or `<xdr:row>` (0-based). */
  anchor(kind: 'col' | 'row', text: string): void {
    const n = Number(text.trim());
    const max = kind === 'col' ? EXCEL_MAX_COLUMNS : EXCEL_MAX_ROWS;
    if (text.trim() === '' || (Number.isInteger(n) && n >= 0 && n < max)) return;
    throw new LakipError(
      'file/too-large',
      `${this.subject} berisi gambar atau objek yang ditambatkan di ${kind === 'col' ? 'kolom' : 'baris'} ke-${Number.isFinite(n) ? count(n + 1) : text.trim().slice(0, 30)}, di luar batas Excel (${formatNumber(EXCEL_MAX_ROWS)} baris, ${formatNumber(EXCEL_MAX_COLUMNS)} kolom sampai XFD), ${RESAVE}.`,
    );
  }

  private closeRow(): void {
    this.rowWidth = 0;
  }

  private grow(by: number, commit: () => void, where: string): void {
    this.gridCells += by;
    commit();
    if (this.gridCells > this.limits.maxGridCells) {
      throw new LakipError(
        'file/too-large',
        `${this.subject} terlalu panjang atau lebar untuk diolah dengan aman: sampai ${where} di lembar "${this.sheet}" isinya (sel terisi maupun kosong di sela-selanya) melewati ${formatNumber(this.limits.maxGridCells)} sel; hapus baris dan kolom kosong di bawah atau di kanan data (atau data yang tidak diperlukan), simpan lalu coba lagi.`,
      );
    }
  }

  private checkCells(): void {
    if (this.cells + this.mergedCells <= this.limits.maxCells) return;
    throw new LakipError(
      'file/too-large',
      `${this.subject} berisi lebih dari ${formatNumber(this.limits.maxCells)} sel (termasuk sel dalam gabungan; batas itu terlampaui di lembar "${this.sheet}"), lebih banyak daripada yang dapat diolah dengan aman; hapus lembar atau baris yang tidak diperlukan, atau bagi datanya ke beberapa file, lalu coba lagi.`,
    );
  }

  private beyond(what: string): never {
    throw new LakipError(
      'file/too-large',
      `${sheetWhere(this.subject, this.sheet)} berisi ${what}, di luar batas Excel (${formatNumber(EXCEL_MAX_ROWS)} baris, ${formatNumber(EXCEL_MAX_COLUMNS)} kolom sampai XFD), ${RESAVE}.`,
    );
  }
}

/** A defined name's text split at commas outside quoted sheet names. */
function splitRanges(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.filter((p) => p.trim() !== '');
}

// ---------------------------------------------------------------------------------------
// The tag scanner: finds `<name attr="…">` in a byte stream pushed in pieces of any size.
// Markup starts at `<` and nothing else (XML allows no raw `<` in text or attribute values),
// so every element a parser would see is seen here; only CDATA sections and comments can make
// it see more than a parser would, which errs on the side of refusing. Element prefixes
// (`x:c`) are dropped, entity references in attribute values decoded.

const WORKBOOK_TAGS = new Set(['sheet', 'definedName']);
const RELS_TAGS = new Set(['Relationship']);
const SHEET_TAGS = new Set(['row', 'mergeCell', 'dimension', 'col']);
/** A drawing's anchors: `<xdr:from><xdr:col>4</xdr:col>…<xdr:row>2</xdr:row>` (0-based). */
const DRAWING_TAGS = new Set(['col', 'row']);
const NO_TEXT: ReadonlySet<string> = new Set();

interface TagHandlers {
  /** A wanted element opened, with its attributes. */
  readonly onTag: (tag: string, attrs: ReadonlyMap<string, string>) => void;
  /** The text of the text element, when it closes. */
  readonly onText?: (tag: string, text: string) => void;
  /**
   * A `<c>` element, the hot path of a sheet: its `r` decoded without building its attributes
   * (undefined when it has none).
   */
  readonly onCell?: (ref: Ref | undefined) => void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const EQ = 0x3d;
const COLON = 0x3a;

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

class TagScanner {
  private pending: Uint8Array | undefined;
  private textParts: Uint8Array[] | undefined;
  private textBytes = 0;
  private textOpen: string | undefined;
  /** Length × 256 + first byte of each wanted name: most tags are rejected on these alone. */
  private readonly shapes: ReadonlySet<number>;

  constructor(
    private readonly handlers: TagHandlers,
    private readonly wanted: ReadonlySet<string>,
    /** The elements whose text is wanted (a defined name's reference, a drawing anchor's cell). */
    private readonly textTags: ReadonlySet<string>,
    private readonly maxTagBytes: number,
    private readonly tooLong: () => never,
  ) {
    this.shapes = new Set([...wanted].map((n) => n.length * 256 + n.charCodeAt(0)));
  }

  push(chunk: Uint8Array): void {
    let b = chunk;
    if (this.pending !== undefined) {
      const joined = new Uint8Array(this.pending.length + chunk.length);
      joined.set(this.pending);
      joined.set(chunk, this.pending.length);
      b = joined;
      this.pending = undefined;
    }
    let p = 0;
    while (p < b.length) {
      const lt = b.indexOf(LT, p);
      if (lt < 0) {
        this.addText(b, p, b.length);
        return;
      }
      this.addText(b, p, lt);
      const next = this.tag(b, lt);
      if (next < 0) {
        if (b.length - lt > this.maxTagBytes) this.tooLong();
        this.pending = b.slice(lt);
        return;
      }
      p = next;
    }
  }

  end(): void {
    this.pending = undefined;
    this.textParts = undefined;
  }

  private addText(b: Uint8Array, from: number, to: number): void {
    if (this.textParts === undefined || to <= from) return;
    this.textBytes += to - from;
    if (this.textBytes > this.maxTagBytes) this.tooLong();
    this.textParts.push(b.slice(from, to));
  }

  /** Reads the tag at `lt`; returns where scanning goes on, or -1 when the tag is cut off. */
  private tag(b: Uint8Array, lt: number): number {
    let i = lt + 1;
    if (i >= b.length) return -1;
    const first = b[i];
    if (first === 0x3f || first === 0x21) return i; // <?…?>, <!-- … -->, <![CDATA[ … ]]>: nothing wanted
    const closing = first === SLASH;
    if (closing) {
      if (this.textParts === undefined) return i + 1;
      i++;
    }
    const nameStart = i;
    let localStart = i;
    while (i < b.length) {
      const c = b[i];
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === COLON) localStart = i + 1;
      i++;
    }
    if (i >= b.length) return -1;
    const nameLength = i - localStart;
    if (closing) {
      if (
        this.textParts !== undefined &&
        this.textOpen !== undefined &&
        this.nameIs(b, localStart, i, this.textOpen)
      ) {
        const parts = this.textParts;
        this.textParts = undefined;
        const tag = this.textOpen;
        this.textOpen = undefined;
        this.handlers.onText?.(tag, decodeText(parts));
      }
      return i;
    }
    if (nameLength === 1 && b[localStart] === 0x63 /* c */ && this.handlers.onCell !== undefined) {
      return this.cell(b, i);
    }
    if (i === nameStart || !this.shapes.has(nameLength * 256 + (b[localStart] ?? 0))) return i;
    const name = ascii(b, localStart, i);
    if (!this.wanted.has(name)) return i;
    const attrs = new Map<string, string>();
    const end = readAttributes(b, i, (n, v) => attrs.set(n, v));
    if (end < 0) return -1;
    this.handlers.onTag(name, attrs);
    if (this.textTags.has(name) && b[end - 2] !== SLASH) {
      this.textOpen = name;
      this.textParts = [];
      this.textBytes = 0;
    }
    return end;
  }

  private nameIs(b: Uint8Array, from: number, to: number, name: string): boolean {
    if (to - from !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (b[from + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** A `<c …>`: only its `r`, decoded straight from the bytes when it holds no entity. */
  private cell(b: Uint8Array, start: number): number {
    let ref: Ref | undefined;
    let i = start;
    for (;;) {
      while (i < b.length && isSpace(b[i])) i++;
      if (i >= b.length) return -1;
      const c = b[i];
      if (c === GT) break;
      if (c === SLASH) {
        i++;
        continue;
      }
      const nameFrom = i;
      while (i < b.length && b[i] !== EQ && b[i] !== GT && !isSpace(b[i])) i++;
      const nameTo = i;
      while (i < b.length && isSpace(b[i])) i++;
      if (i >= b.length) return -1;
      if (b[i] !== EQ) continue;
      i++;
      while (i < b.length && isSpace(b[i])) i++;
      if (i >= b.length) return -1;
      const quote = b[i];
      if (quote !== QUOTE && quote !== APOS) continue;
      const valueFrom = i + 1;
      const valueTo = b.indexOf(quote, valueFrom);
      if (valueTo < 0) return -1;
      if (nameTo - nameFrom === 1 && b[nameFrom] === 0x72 /* r */) {
        ref = hasByte(b, valueFrom, valueTo, 0x26 /* & */)
          ? decodeRef(decodeEntities(strFromU8(b.subarray(valueFrom, valueTo))))
          : decodeRefBytes(b, valueFrom, valueTo);
      }
      i = valueTo + 1;
    }
    this.handlers.onCell?.(ref);
    return i + 1;
  }
}

/**
 * Walks the attributes from `i` (just after the element's name) to the end of the tag and
 * returns the index after its `>`, or -1 when the buffer ends first. Attribute values may
 * hold `>`, which is why the quotes are followed.
 */
function readAttributes(b: Uint8Array, start: number, onAttr: (name: string, value: string) => void): number {
  let i = start;
  for (;;) {
    while (i < b.length && isSpace(b[i])) i++;
    if (i >= b.length) return -1;
    const c = b[i];
    if (c === GT) return i + 1;
    if (c === SLASH) {
      i++;
      continue;
    }
    const nameFrom = i;
    while (i < b.length && b[i] !== EQ && b[i] !== GT && !isSpace(b[i])) i++;
    const nameTo = i;
    while (i < b.length && isSpace(b[i])) i++;
    if (i >= b.length) return -1;
    if (b[i] !== EQ) continue; // an attribute without a value: not well-formed, ignored as a parser would fail
    i++;
    while (i < b.length && isSpace(b[i])) i++;
    if (i >= b.length) return -1;
    const quote = b[i];
    if (quote !== QUOTE && quote !== APOS) continue;
    const valueFrom = i + 1;
    const valueTo = b.indexOf(quote, valueFrom);
    if (valueTo < 0) return -1;
    onAttr(ascii(b, nameFrom, nameTo), decodeEntities(strFromU8(b.subarray(valueFrom, valueTo))));
    i = valueTo + 1;
  }
}

function hasByte(b: Uint8Array, from: number, to: number, x: number): boolean {
  for (let i = from; i < to; i++) if (b[i] === x) return true;
  return false;
}

function decodeRefBytes(b: Uint8Array, from: number, to: number): Ref {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = from; i < to; i++) {
    const c = b[i] ?? 0;
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + (c - 64);
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + (c - 48);
    } else if (hasRow && hasCol && c !== 36) {
      break;
    }
  }
  return { col: hasCol ? col : undefined, row: hasRow ? row : undefined };
}

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

function decodeText(parts: readonly Uint8Array[]): string {
  let length = 0;
  for (const p of parts) length += p.length;
  const all = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return decodeEntities(strFromU8(all));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}
