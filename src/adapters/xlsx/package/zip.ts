/**
 * The zip half of the patching writer (docs/architecture.md, "Saving a workbook"): opens the
 * package the input guard approved and writes it back with every entry the patch does not
 * change copied as its original bytes — local header, compressed data and data descriptor as
 * they were, and its directory record with only its offset changed — so that whatever exceljs
 * does not model (and whatever we do not parse) survives a save untouched.
 *
 * No Node API: the CLI and the task pane's browser mode share it. Inflating and deflating are
 * fflate's; the CRC-32 is below.
 */
import { Inflate, deflateSync } from 'fflate';
import { LakipError } from '../../../core/errors';
import { assertWorkbookBytes, type GuardApproval, type ZipEntry } from '../../../core/guard/input-guard';
import type { PackageChanges, PackageReader } from './types';

/** An opened package: its approved entries (each a `PackageEntry`) over the file's bytes. */
export interface ZipPackage extends PackageReader {
  /** The entries in file order, as the guard approved them (offsets included). */
  readonly entries: readonly ZipEntry[];
  /** The file's bytes; entries not changed are copied from here. */
  readonly bytes: Uint8Array;
  /** The zip's comment (usually empty), kept by `writeZipPackage`. */
  readonly comment: Uint8Array;
  /** The compressed bytes of a part as stored (no header), or undefined when there is no such part. */
  raw(name: string): Uint8Array | undefined;
}

// ---------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as zip uses it), eight bytes at a time

const CRC_TABLES = (() => {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] ?? 0;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] ?? 0) ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
})();

/** The CRC-32 of `bytes`, continuing from `crc` (the CRC of the bytes before them). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  const n = bytes.length;
  for (; i + 8 <= n; i += 8) {
    const a =
      (c ^
        ((bytes[i] as number) |
          ((bytes[i + 1] as number) << 8) |
          ((bytes[i + 2] as number) << 16) |
          ((bytes[i + 3] as number) << 24))) >>>
      0;
    c =
      (t[7 * 256 + (a & 0xff)] as number) ^
      (t[6 * 256 + ((a >>> 8) & 0xff)] as number) ^
      (t[5 * 256 + ((a >>> 16) & 0xff)] as number) ^
      (t[4 * 256 + (a >>> 24)] as number) ^
      (t[3 * 256 + (bytes[i + 4] as number)] as number) ^
      (t[2 * 256 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < n; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------
// Reading

function damaged(name: string | undefined): LakipError {
  const subject = name === undefined ? 'File ini' : `File "${name}"`;
  return new LakipError(
    'file/damaged',
    `${subject} rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
  );
}

/** Compressed bytes pushed to the inflater at a time: what one push can grow to stays bounded. */
const INFLATE_CHUNK = 64 * 1024;

/**
 * The inflated bytes of an entry, checked against its directory record: exactly its declared
 * length (inflating stops as soon as it would grow past it) and its CRC.
 */
function inflateEntry(raw: Uint8Array, entry: ZipEntry, fileName: string | undefined): Uint8Array {
  let out: Uint8Array;
  if (entry.method === 0) {
    // A copy, also when the bytes are a Node Buffer (whose slice() is a view, not a copy).
    out = copyOf(raw);
  } else {
    out = new Uint8Array(entry.uncompressedSize);
    let length = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      if (over || length + chunk.length > out.length) {
        over = true;
        return;
      }
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      for (let p = 0; p < raw.length && !over; p += INFLATE_CHUNK) {
        const end = Math.min(p + INFLATE_CHUNK, raw.length);
        inflater.push(raw.subarray(p, end), end === raw.length);
      }
      if (raw.length === 0) inflater.push(raw, true);
    } catch (cause) {
      throw Object.assign(damaged(fileName), { cause });
    }
    if (over || length !== out.length) throw damaged(fileName);
  }
  if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc32) throw damaged(fileName);
  return out;
}

/**
 * Opens the package in `bytes` from the guard's approval of those bytes (run here when not
 * given; a refusal throws its LakipError). Nothing is inflated until `read` asks for a part.
 * `fileName` names the file in the sentence of a part that does not inflate to what its
 * directory record says (LakipError `file/damaged`).
 */
export function openZipPackage(bytes: Uint8Array, approved?: GuardApproval, fileName?: string): ZipPackage {
  const approval = approved ?? assertWorkbookBytes(bytes, fileName);
  const entries = approval.entries;
  const byName = new Map(entries.map((e) => [e.name, e]));
  // Part names are case-insensitive (OPC); the guard refused two names that differ only so.
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const find = (name: string): ZipEntry | undefined =>
    byName.get(name) ?? byLowerName.get(name.toLowerCase());
  const commentLength =
    (bytes[approval.eocdOffset + 20] ?? 0) | ((bytes[approval.eocdOffset + 21] ?? 0) << 8);
  const rawOf = (e: ZipEntry): Uint8Array => bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  return {
    entries,
    bytes,
    comment: bytes.subarray(approval.eocdOffset + 22, approval.eocdOffset + 22 + commentLength),
    // Folders (names ending in "/", which exceljs writes) are entries but not parts.
    names: entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name),
    raw(name) {
      const e = find(name);
      return e === undefined ? undefined : rawOf(e);
    },
    read(name) {
      const e = find(name);
      return e === undefined ? undefined : inflateEntry(rawOf(e), e, fileName);
    },
  };
}

// ---------------------------------------------------------------------------------------
// Writing

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const MAX32 = 0xffffffff;
const FLAG_DESCRIPTOR = 0x0008;
/** Bits 1–2: the deflate level the writer used, a hint only; cleared for what we deflate. */
const FLAG_LEVEL = 0x0006;
const FLAG_UTF8 = 0x0800;
/** 1980-01-01 00:00 in MS-DOS form, as Excel stamps every part. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;

function bug(what: string): LakipError {
  return new LakipError(
    'internal',
    `Paket .xlsx tidak dapat ditulis (${what}); ini kesalahan program, laporkan ke pengembang.`,
  );
}

const rd16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const rd32 = (b: Uint8Array, at: number): number => (rd16(b, at) + rd16(b, at + 2) * 0x10000) >>> 0;

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, v & 0xffff);
  put16(b, at + 2, (v >>> 16) & 0xffff);
}

function put64(b: Uint8Array, at: number, v: number): void {
  put32(b, at, v % 0x1_0000_0000);
  put32(b, at + 4, Math.floor(v / 0x1_0000_0000));
}

const encoder = new TextEncoder();

/** Extra fields without the ZIP64 one (0x0001), whose figures would no longer be true. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  for (let p = 0; p + 4 <= extra.length;) {
    const length = rd16(extra, p + 2);
    if (rd16(extra, p) !== 0x0001) kept.push(extra.subarray(p, p + 4 + length));
    p += 4 + length;
  }
  return concat(kept);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** What a part's local header and directory record are made from. */
interface Header {
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly name: Uint8Array;
  readonly localExtra: Uint8Array;
  readonly centralExtra: Uint8Array;
  readonly comment: Uint8Array;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
}

function localHeader(h: Header): Uint8Array {
  const b = new Uint8Array(30 + h.name.length + h.localExtra.length);
  put32(b, 0, SIG_LOCAL);
  put16(b, 4, h.versionNeeded);
  put16(b, 6, h.flags);
  put16(b, 8, h.method);
  put16(b, 10, h.time);
  put16(b, 12, h.date);
  put32(b, 14, h.crc32);
  put32(b, 18, h.compressedSize);
  put32(b, 22, h.uncompressedSize);
  put16(b, 26, h.name.length);
  put16(b, 28, h.localExtra.length);
  b.set(h.name, 30);
  b.set(h.localExtra, 30 + h.name.length);
  return b;
}

function centralRecord(h: Header, offset: number): Uint8Array {
  const b = new Uint8Array(46 + h.name.length + h.centralExtra.length + h.comment.length);
  put32(b, 0, SIG_CENTRAL);
  put16(b, 4, h.versionMadeBy);
  put16(b, 6, h.versionNeeded);
  put16(b, 8, h.flags);
  put16(b, 10, h.method);
  put16(b, 12, h.time);
  put16(b, 14, h.date);
  put32(b, 16, h.crc32);
  put32(b, 20, h.compressedSize);
  put32(b, 24, h.uncompressedSize);
  put16(b, 28, h.name.length);
  put16(b, 30, h.centralExtra.length);
  put16(b, 32, h.comment.length);
  put16(b, 34, 0);
  put16(b, 36, h.internalAttributes);
  put32(b, 38, h.externalAttributes);
  put32(b, 42, offset);
  b.set(h.name, 46);
  b.set(h.centralExtra, 46 + h.name.length);
  b.set(h.comment, 46 + h.name.length + h.centralExtra.length);
  return b;
}

/** A copied entry's directory record, its local header offset changed (in its ZIP64 field if it is there). */
/** A copy of the bytes (never a view, whatever Uint8Array subclass they come in). */
function copyOf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

function movedRecord(original: Uint8Array, offset: number): Uint8Array {
  // A copy: the input may be a Node Buffer, whose slice() is a view of the user's bytes.
  const b = copyOf(original);
  if (rd32(b, 42) !== MAX32) {
    if (offset >= MAX32) throw bug('arsip melebihi 4 GB');
    put32(b, 42, offset);
    return b;
  }
  const extraAt = 46 + rd16(b, 28);
  const extraEnd = extraAt + rd16(b, 30);
  for (let p = extraAt; p + 4 <= extraEnd;) {
    const length = rd16(b, p + 2);
    if (rd16(b, p) === 0x0001) {
      // In order: uncompressed, compressed, offset — those of them that are 0xFFFFFFFF.
      const at = p + 4 + (rd32(b, 24) === MAX32 ? 8 : 0) + (rd32(b, 20) === MAX32 ? 8 : 0);
      put64(b, at, offset);
      return b;
    }
    p += 4 + length;
  }
  throw bug('catatan ZIP64 tanpa letak');
}

/** The header of a changed part: the original's, with new figures, no descriptor and no ZIP64 field. */
function changedHeader(
  pkg: ZipPackage,
  e: ZipEntry,
  crc: number,
  compressed: Uint8Array,
  size: number,
): Header {
  const b = pkg.bytes;
  const c = b.subarray(e.centralOffset, e.centralOffset + e.centralLength);
  const l = e.localOffset;
  const nameLength = rd16(b, l + 26);
  const localExtra = b.subarray(l + 30 + nameLength, e.dataOffset);
  const centralNameLength = rd16(c, 28);
  const centralExtraEnd = 46 + centralNameLength + rd16(c, 30);
  return {
    versionMadeBy: rd16(c, 4),
    versionNeeded: rd16(c, 6),
    flags: e.flags & ~(FLAG_DESCRIPTOR | FLAG_LEVEL),
    method: e.method,
    time: rd16(c, 12),
    date: rd16(c, 14),
    crc32: crc,
    compressedSize: compressed.length,
    uncompressedSize: size,
    name: b.subarray(l + 30, l + 30 + nameLength),
    localExtra: withoutZip64(localExtra),
    centralExtra: withoutZip64(c.subarray(46 + centralNameLength, centralExtraEnd)),
    comment: c.subarray(centralExtraEnd, e.centralLength),
    internalAttributes: rd16(c, 36),
    externalAttributes: rd32(c, 38),
  };
}

function newHeader(name: string, crc: number, compressed: Uint8Array, size: number): Header {
  const nameBytes = encoder.encode(name);
  const ascii = nameBytes.length === name.length;
  return {
    versionMadeBy: 20,
    versionNeeded: 20,
    flags: ascii ? 0 : FLAG_UTF8,
    method: 8,
    time: DOS_TIME,
    date: DOS_DATE,
    crc32: crc,
    compressedSize: compressed.length,
    uncompressedSize: size,
    name: nameBytes,
    localExtra: new Uint8Array(),
    centralExtra: new Uint8Array(),
    comment: new Uint8Array(),
    internalAttributes: 0,
    externalAttributes: 0,
  };
}

/**
 * The package with `changes` applied, as one Uint8Array. Every entry not named in the
 * changes is copied as its original bytes (local header, data and data descriptor; in its
 * directory record only the offset changes, its extra fields, flags, times and attributes
 * kept); a replaced part is deflated anew in its place (stored again if it was stored); new
 * parts are deflated after the others; the central directory and its end record (with the
 * zip's comment; a ZIP64 end record too when a copied record needs one) are rebuilt. A change that names a part twice, or in other letters than an
 * existing part, is a program error (LakipError `internal`).
 */
export interface WriteZipOptions {
  /**
   * Raw deflate (no zlib header) for the parts that change; fflate's level 6 by default. The
   * CLI may pass Node's zlib (`deflateRawSync`), about three times faster on large sheets.
   */
  readonly deflate?: (content: Uint8Array) => Uint8Array;
}

const fflateDeflate = (content: Uint8Array): Uint8Array => deflateSync(content, { level: 6 });

export function writeZipPackage(
  pkg: ZipPackage,
  changes: PackageChanges,
  options: WriteZipOptions = {},
): Uint8Array {
  const deflate = options.deflate ?? fflateDeflate;
  const byLowerName = new Map(pkg.entries.map((e) => [e.name.toLowerCase(), e]));
  for (const name of changes.set.keys()) {
    if (changes.remove.has(name)) throw bug(`bagian "${name}" diganti sekaligus dihapus`);
    const existing = byLowerName.get(name.toLowerCase());
    if (existing !== undefined && existing.name !== name) {
      throw bug(`bagian "${name}" sudah ada sebagai "${existing.name}"`);
    }
  }
  const parts: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = 0;
  const add = (bytes: Uint8Array): void => {
    parts.push(bytes);
    offset += bytes.length;
  };
  for (const e of pkg.entries) {
    if (changes.remove.has(e.name)) continue;
    const content = changes.set.get(e.name);
    const at = offset;
    if (content === undefined) {
      add(pkg.bytes.subarray(e.localOffset, e.endOffset));
      records.push(movedRecord(pkg.bytes.subarray(e.centralOffset, e.centralOffset + e.centralLength), at));
      continue;
    }
    const crc = crc32(content);
    const data = e.method === 0 ? content : deflate(content);
    const header = changedHeader(pkg, e, crc, data, content.length);
    add(localHeader(header));
    add(data);
    records.push(centralRecord(header, at));
  }
  for (const [name, content] of changes.set) {
    if (byLowerName.has(name.toLowerCase())) continue; // replaced in place above
    const at = offset;
    const crc = crc32(content);
    const data = deflate(content);
    const header = newHeader(name, crc, data, content.length);
    add(localHeader(header));
    add(data);
    records.push(centralRecord(header, at));
  }
  if (records.length > 0xffff) throw bug('lebih dari 65.535 bagian');
  const directoryOffset = offset;
  for (const r of records) add(r);
  const directorySize = offset - directoryOffset;
  // Records copied with ZIP64 figures need a ZIP64 end record: some readers (fflate) look for
  // their ZIP64 fields only when the archive has one.
  const zip64 = records.some((r) => rd32(r, 20) === MAX32 || rd32(r, 24) === MAX32 || rd32(r, 42) === MAX32);
  if (zip64) {
    const recordAt = offset;
    const z = new Uint8Array(56 + 20);
    put32(z, 0, 0x06064b50);
    put64(z, 4, 44);
    put16(z, 12, 45);
    put16(z, 14, 45);
    put64(z, 24, records.length);
    put64(z, 32, records.length);
    put64(z, 40, directorySize);
    put64(z, 48, directoryOffset);
    put32(z, 56, 0x07064b50);
    put64(z, 64, recordAt);
    put32(z, 72, 1);
    add(z);
  }
  const end = new Uint8Array(22 + pkg.comment.length);
  put32(end, 0, SIG_EOCD);
  put16(end, 8, zip64 ? 0xffff : records.length);
  put16(end, 10, zip64 ? 0xffff : records.length);
  put32(end, 12, zip64 ? MAX32 : directorySize);
  put32(end, 16, zip64 ? MAX32 : directoryOffset);
  put16(end, 20, pkg.comment.length);
  end.set(pkg.comment, 22);
  add(end);
  if (offset >= MAX32) throw bug('arsip melebihi 4 GB');
  return concat(parts);
}
