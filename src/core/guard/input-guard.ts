/**
 * The input guard: looks at a file's bytes before any parser does and refuses, in one
 * Indonesian sentence, what cannot be a usable .xlsx — an empty file, CSV or other text, a
 * PDF, an old .xls, a password-protected workbook, a truncated or damaged zip, a zip that is
 * another kind of document, and a zip that would take too much memory once unpacked (too
 * many entries, too many bytes, an entry that inflates suspiciously far). The zip's central
 * directory is read here, so the limits hold before exceljs inflates a single byte, and its
 * local headers are walked too (zip-view.ts): a zip where they disagree is refused, and the
 * entries approved are the one view every reader uses.
 *
 * Shared by the CLI (through the xlsx adapter, reading only the head and tail of the file)
 * and the task pane's browser mode (over the whole file in memory).
 */
import { LakipError, type ErrorCode } from '../errors';
import { formatNumber } from '../format/indonesian';
import { bytesSource, type ByteSource } from './byte-source';
import { readCentralDirectory, readZipEnd, u16, u32, walkLocalHeaders, type ZipEntry } from './zip-view';

export type { ZipEntry } from './zip-view';
export { bytesSource, type ByteSource } from './byte-source';

export { DEFAULT_GUARD_LIMITS, type GuardLimits } from './limits';
import { DEFAULT_GUARD_LIMITS, type GuardLimits } from './limits';

const MB = 1024 * 1024;

/** A file the guard refuses: the code and the one Indonesian sentence to show. */
export interface GuardRefusal {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly userMessage: string;
}

/**
 * A workbook the guard lets through, with the one view of its zip that every reader must
 * use: its entries in file order, as the central directory and the local headers (which
 * agree) describe them.
 */
export interface GuardApproval {
  readonly ok: true;
  readonly entries: readonly ZipEntry[];
  /** Their sizes once inflated, as the central directory declares them. */
  readonly uncompressedBytes: number;
  /** The zip's end record (its comment follows its 22 bytes and ends the file). */
  readonly eocdOffset: number;
}

export type GuardVerdict = GuardApproval | GuardRefusal;

/** Inspects a whole file held in memory. `name` (the file name) is used in the sentence. */
export function inspectWorkbookBytes(
  bytes: Uint8Array,
  limits: Partial<GuardLimits> = {},
  name?: string,
): GuardVerdict {
  return inspectWorkbook(bytesSource(bytes), limits, name);
}

/** Throws the guard's refusal as a LakipError; returns the verdict when the file may be parsed. */
export function assertWorkbookBytes(
  bytes: Uint8Array,
  name?: string,
  limits: Partial<GuardLimits> = {},
): GuardApproval {
  return orThrow(inspectWorkbookBytes(bytes, limits, name));
}

/** The verdict, or its refusal thrown as a LakipError. */
export function orThrow<T extends { readonly ok: true }>(verdict: T | GuardRefusal): T {
  if (!verdict.ok) throw new LakipError(verdict.code, verdict.userMessage);
  return verdict;
}

/** The size check alone, for the CLI to refuse a huge file before reading any of it (approves no entries). */
export function checkFileSize(
  size: number,
  limits: Partial<GuardLimits> = {},
  name?: string,
): { readonly ok: true } | GuardRefusal {
  const max = { ...DEFAULT_GUARD_LIMITS, ...limits }.maxFileBytes;
  if (size <= max) return { ok: true };
  return refuse(
    'file/too-large',
    `${subjectOf(name)} terlalu besar (${megabytes(size)} MB, batas ${megabytes(max)} MB); hapus lembar atau data yang tidak diperlukan lalu coba lagi.`,
  );
}

/** Inspects a file through random access; reads its first bytes and its zip directory only. */
export function inspectWorkbook(
  source: ByteSource,
  limitsIn: Partial<GuardLimits> = {},
  name?: string,
): GuardVerdict {
  const limits = { ...DEFAULT_GUARD_LIMITS, ...limitsIn };
  const subject = subjectOf(name);
  const sized = checkFileSize(source.size, limits, name);
  if (!sized.ok) return sized;
  if (source.size === 0) {
    return refuse('file/empty', `${subject} kosong (0 byte); pilih file .xlsx yang berisi data.`);
  }
  const head = source.read(0, Math.min(source.size, HEAD_BYTES));
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_END)) return inspectZip(source, limits, subject);
  if (startsWith(head, OLE)) return inspectOle(source, subject);
  return inspectOther(head, subject);
}

// ---------------------------------------------------------------------------------------
// Sentences

function subjectOf(name: string | undefined): string {
  return name === undefined ? 'File ini' : `File "${name}"`;
}

function refuse(code: ErrorCode, userMessage: string): GuardRefusal {
  return { ok: false, code, userMessage };
}

function megabytes(bytes: number): string {
  return formatNumber(bytes / MB, 1);
}

const SAVE_AS_XLSX = 'buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)"';

function damaged(subject: string, why: string): GuardRefusal {
  return refuse(
    'file/damaged',
    `${subject} rusak atau tidak lengkap (${why}) sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
  );
}

// ---------------------------------------------------------------------------------------
// Bytes

const HEAD_BYTES = 8192;
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

// ---------------------------------------------------------------------------------------
// Zip: the end record, the central directory, the local headers (zip-view.ts), then the limits

function inspectZip(source: ByteSource, limits: GuardLimits, subject: string): GuardVerdict {
  const end = readZipEnd(source);
  if (end === undefined) {
    return refuse(
      'file/damaged',
      `${subject} terpotong (akhir arsipnya tidak ada), mungkin karena unduhan atau penyalinan yang belum selesai; unduh atau salin ulang file itu dari pengirimnya.`,
    );
  }
  if (typeof end === 'string') return damaged(subject, end);
  if (end.count === 0) {
    return refuse(
      'file/empty',
      `${subject} berupa arsip ZIP yang kosong; pilih file .xlsx yang berisi data.`,
    );
  }
  if (end.count > limits.maxEntries) return tooManyEntries(subject, end.count, limits);
  const records = readCentralDirectory(source, end);
  if (typeof records === 'string') return damaged(subject, records);

  let totalCompressed = 0;
  let totalUncompressed = 0;
  for (const e of records) {
    totalCompressed += e.compressedSize;
    totalUncompressed += e.uncompressedSize;
    if (
      e.uncompressedSize >= limits.ratioFloorBytes &&
      e.uncompressedSize > e.compressedSize * limits.maxRatio
    ) {
      return suspiciousRatio(subject, e.uncompressedSize / Math.max(e.compressedSize, 1), limits);
    }
  }
  if (totalUncompressed > limits.maxUncompressedBytes) {
    return refuse(
      'file/too-large',
      `${subject} terlalu besar setelah dibuka (isinya ${megabytes(totalUncompressed)} MB, batas ${megabytes(limits.maxUncompressedBytes)} MB); hapus lembar atau data yang tidak diperlukan lalu coba lagi.`,
    );
  }
  if (totalUncompressed >= limits.ratioFloorBytes && totalUncompressed > totalCompressed * limits.maxRatio) {
    return suspiciousRatio(subject, totalUncompressed / Math.max(totalCompressed, 1), limits);
  }

  // One view: every byte before the directory belongs to exactly one entry it counts.
  const entries = walkLocalHeaders(source, end, records);
  if (typeof entries === 'string') return damaged(subject, entries);

  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return notAWorkbook(source, subject, names, entries);
  }
  return { ok: true, entries, uncompressedBytes: totalUncompressed, eocdOffset: end.eocdOffset };
}

function tooManyEntries(subject: string, count: number, limits: GuardLimits): GuardVerdict {
  return refuse(
    'file/too-large',
    `${subject} berisi ${formatNumber(count)} bagian internal (batas ${formatNumber(limits.maxEntries)}), jauh lebih banyak daripada buku kerja biasa; buka di Excel, hapus lembar, gambar atau objek yang tidak diperlukan, lalu simpan ulang sebagai .xlsx.`,
  );
}

function suspiciousRatio(subject: string, ratio: number, limits: GuardLimits): GuardVerdict {
  return refuse(
    'file/too-large',
    `${subject} mengembang ${formatNumber(Math.floor(ratio))} kali lipat saat dibuka (batas ${formatNumber(limits.maxRatio)} kali), tanda file rusak atau sengaja dibuat untuk menghabiskan memori; jangan dibuka dan minta salinan baru dari pengirimnya.`,
  );
}

/** A zip that is not a workbook: say what it is when it is a known kind of document. */
function notAWorkbook(
  source: ByteSource,
  subject: string,
  names: ReadonlySet<string>,
  entries: readonly ZipEntry[],
): GuardVerdict {
  if (names.has('xl/workbook.bin')) {
    return refuse('file/not-xlsx', `${subject} berformat Buku Kerja Biner Excel (.xlsb); ${SAVE_AS_XLSX}.`);
  }
  if (names.has('word/document.xml')) {
    return refuse(
      'file/not-xlsx',
      `${subject} adalah dokumen Word (.docx), bukan buku kerja Excel; pilih file tracker .xlsx yang benar.`,
    );
  }
  if (names.has('ppt/presentation.xml')) {
    return refuse(
      'file/not-xlsx',
      `${subject} adalah presentasi PowerPoint (.pptx), bukan buku kerja Excel; pilih file tracker .xlsx yang benar.`,
    );
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype !== undefined) {
    const kind = storedText(source, mimetype);
    if (kind.includes('opendocument.spreadsheet')) {
      return refuse(
        'file/not-xlsx',
        `${subject} berformat OpenDocument (.ods); buka di LibreOffice atau Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)".`,
      );
    }
    return refuse(
      'file/not-xlsx',
      `${subject} adalah dokumen OpenDocument, bukan buku kerja Excel; pilih file tracker .xlsx yang benar.`,
    );
  }
  return refuse(
    'file/not-xlsx',
    `${subject} berupa arsip ZIP tetapi bukan buku kerja Excel; pilih file .xlsx yang benar.`,
  );
}

/** The first bytes of an entry stored without compression (an OpenDocument `mimetype`). */
function storedText(source: ByteSource, entry: ZipEntry): string {
  if (entry.method !== 0) return '';
  return ascii(source.read(entry.dataOffset, Math.min(entry.compressedSize, 100)));
}

// ---------------------------------------------------------------------------------------
// OLE compound files: an encrypted .xlsx, an old .xls, or another old Office file

function inspectOle(source: ByteSource, subject: string): GuardVerdict {
  const names = oleStreamNames(source);
  const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptedPackage') || has('EncryptionInfo')) {
    return refuse(
      'file/encrypted',
      `${subject} dilindungi kata sandi; buka di Excel dengan kata sandinya, hapus kata sandi itu (File > Info > Lindungi Buku Kerja), lalu simpan ulang sebagai .xlsx.`,
    );
  }
  if (has('Workbook') || has('Book')) {
    return refuse(
      'file/xls',
      `${subject} berformat .xls lama (Excel 97–2003); buka di Excel lalu simpan ulang sebagai "Buku Kerja Excel (.xlsx)".`,
    );
  }
  if (has('WordDocument')) {
    return refuse(
      'file/not-xlsx',
      `${subject} adalah dokumen Word lama (.doc), bukan buku kerja Excel; pilih file tracker .xlsx yang benar.`,
    );
  }
  return refuse(
    'file/xls',
    `${subject} berformat Office lama atau dilindungi kata sandi; buka di Excel, hapus kata sandinya bila ada, lalu simpan ulang sebagai "Buku Kerja Excel (.xlsx)".`,
  );
}

const OLE_FREE = 0xffffffff;
const OLE_END = 0xfffffffe;

/**
 * The names in an OLE compound file's directory: the header gives the sector size and the
 * first directory sector, the FAT (its first 109 sectors are listed in the header) chains
 * the directory's sectors, and each 128-byte directory entry starts with its UTF-16LE name.
 * A file too damaged to walk gives the names found by a plain search instead.
 */
export function oleStreamNames(source: ByteSource): string[] {
  const header = source.read(0, 512);
  const shift = u16(header, 0x1e);
  if (header.length < 512 || (shift !== 9 && shift !== 12)) return searchedNames(source);
  const sectorSize = 1 << shift;
  const sectorAt = (n: number): number => (n + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(header, 0x4c + i * 4);
    if (s !== OLE_FREE) fatSectors.push(s);
  }
  const perSector = sectorSize / 4;
  const fatCache = new Map<number, Uint8Array>();
  const nextSector = (n: number): number => {
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined) return OLE_END;
    let fat = fatCache.get(fatSector);
    if (fat === undefined) {
      fat = source.read(sectorAt(fatSector), sectorSize);
      fatCache.set(fatSector, fat);
    }
    return u32(fat, (n % perSector) * 4);
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = u32(header, 0x30); s < OLE_END && !seen.has(s) && seen.size < 10_000; s = nextSector(s)) {
    seen.add(s);
    const sector = source.read(sectorAt(s), sectorSize);
    if (sector.length < sectorSize) break;
    for (let e = 0; e + 128 <= sector.length; e += 128) {
      const length = u16(sector, e + 0x40);
      if (length <= 2 || length > 64) continue;
      let name = '';
      for (let c = 0; c + 2 < length; c += 2) name += String.fromCharCode(u16(sector, e + c));
      names.push(name);
    }
  }
  return names.length > 0 ? names : searchedNames(source);
}

/** Known stream names found anywhere in the first megabytes, UTF-16LE. */
function searchedNames(source: ByteSource): string[] {
  const bytes = source.read(0, Math.min(source.size, 4 * MB));
  return ['EncryptedPackage', 'EncryptionInfo', 'Workbook', 'Book', 'WordDocument'].filter((n) =>
    containsUtf16(bytes, n),
  );
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < text.length; j++) {
      if (bytes[i + j * 2] !== text.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Neither zip nor OLE: PDF, web pages, CSV and other text

function inspectOther(head: Uint8Array, subject: string): GuardVerdict {
  const notXlsx = (what: string): GuardVerdict =>
    refuse('file/not-xlsx', `${subject} ${what}, bukan buku kerja Excel (.xlsx); ${SAVE_AS_XLSX}.`);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return refuse(
      'file/not-xlsx',
      `${subject} berformat PDF, bukan buku kerja Excel; pilih file tracker .xlsx-nya, karena isi PDF tidak dapat dibaca sebagai tabel.`,
    );
  }
  const text = asText(head);
  if (text === undefined) return notXlsx('berisi data yang tidak dikenal');
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith('<')) {
    if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return refuse(
        'file/xls',
        `${subject} berformat XML Spreadsheet 2003 yang lama; buka di Excel lalu simpan ulang sebagai "Buku Kerja Excel (.xlsx)".`,
      );
    }
    if (/<(!doctype html|html|table|head|body)\b/.test(start)) {
      return notXlsx('adalah halaman web (HTML) yang diberi nama seperti file Excel');
    }
    return notXlsx('berisi teks XML');
  }
  if (looksLikeCsv(text)) {
    return refuse(
      'file/csv',
      `${subject} berformat CSV (teks yang dipisah koma atau titik koma), bukan buku kerja Excel; ${SAVE_AS_XLSX}.`,
    );
  }
  return notXlsx('berisi teks biasa');
}

/** The head as text when it is text (UTF-8 or UTF-16 with a byte-order mark), else undefined. */
function asText(head: Uint8Array): string | undefined {
  let units: number[];
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    const little = head[0] === 0xff;
    units = [];
    for (let i = 2; i + 1 < head.length; i += 2)
      units.push(little ? u16(head, i) : ((head[i] ?? 0) << 8) | (head[i + 1] ?? 0));
  } else {
    units = Array.from(startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head);
  }
  let control = 0;
  for (const c of units) {
    if (c === 0) return undefined;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > units.length / 100) return undefined;
  // Non-ASCII bytes of UTF-8 or Windows-1252 become stand-ins: only the punctuation matters here.
  return String.fromCharCode(...units.map((c) => (c < 0x80 ? c : 0x61)));
}

/** Lines that share a delimiter, the same number of times on most lines. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, 21)
    .filter((l, i, all) => l.trim() !== '' && (i < all.length - 1 || all.length === 1));
  const first = lines[0];
  if (first === undefined) return false;
  return [',', ';', '\t', '|'].some((d) => {
    const count = (line: string): number => line.split(d).length - 1;
    const n = count(first);
    if (n === 0) return false;
    return lines.filter((l) => count(l) === n).length * 2 >= lines.length;
  });
}
