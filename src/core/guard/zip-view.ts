/**
 * One view of a zip: its end record, its central directory, and its local headers walked
 * from the first byte to the directory, read through random access (headers only, nothing
 * inflated). A zip where they disagree — an entry the directory does not count, two entries
 * with the same part name, entries that overlap or leave a gap, a local header or data
 * descriptor that says something else than the directory — is refused, because different
 * readers would then read different parts (JSZip and exceljs read the directory; a reader
 * that walks local headers would read the uncounted ones). What is approved is the list of
 * entries every reader of the project then reads: the streaming reader, the patching writer
 * and, through JSZip, exceljs.
 *
 * Pure: no Node API, no DOM. The sentences around the `why` strings are the guard's.
 */
import type { ByteSource } from './byte-source';

/** An entry of an approved zip, where its directory and its local header agree. */
export interface ZipEntry {
  /** The part name (UTF-8), as stored, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  /** 0 stored, 8 deflated; no other method is approved. */
  readonly method: number;
  /** The general-purpose flags of the directory record (bit 3: a data descriptor follows the data). */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where its local header starts in the file. */
  readonly localOffset: number;
  /** Where its compressed data starts. */
  readonly dataOffset: number;
  /** Where it ends, after its data and its data descriptor: where the next entry starts. */
  readonly endOffset: number;
  /** Its record in the central directory: where it starts and how long it is. */
  readonly centralOffset: number;
  readonly centralLength: number;
}

/** Where the central directory is, from the end record (and the ZIP64 end record). */
export interface ZipEnd {
  /** The classic end record's offset; its comment follows its 22 bytes and ends the file. */
  readonly eocdOffset: number;
  readonly count: number;
  readonly directoryOffset: number;
  readonly directorySize: number;
  /** Bytes before the archive that the directory's offsets do not count. */
  readonly shift: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX32 = 0xffffffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** The flags a reader acts on: they must be the same in the local header and the directory. */
const FLAGS_THAT_MATTER = FLAG_ENCRYPTED | FLAG_DESCRIPTOR | FLAG_UTF8;

export function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

/** A little-endian 64-bit unsigned integer; exact up to 2^53, which no real file reaches. */
export function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** UTF-8 as JSZip decodes a name (invalid sequences become U+FFFD). */
export function utf8(b: Uint8Array): string {
  if (b.every((c) => c < 0x80)) return latin1(b);
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
    let cp = n === 0 ? c : n === 1 ? c & 0x1f : n === 2 ? c & 0x0f : c & 0x07;
    let ok = n >= 0 && i + n < b.length;
    for (let k = 1; ok && k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    if (!ok || cp > 0x10ffff) {
      s += '\ufffd';
      i += 1;
      continue;
    }
    s += String.fromCodePoint(cp);
    i += n + 1;
  }
  return s;
}

function findExtra(extra: Uint8Array, id: number): Uint8Array | undefined {
  for (let p = 0; p + 4 <= extra.length;) {
    const length = u16(extra, p + 2);
    if (u16(extra, p) === id) return extra.subarray(p + 4, p + 4 + length);
    p += 4 + length;
  }
  return undefined;
}

/**
 * The end record: the last end-record signature in the file, as JSZip finds it, whose
 * comment must end the file. Undefined when the file has none (cut short); a string (the
 * reason, for the sentence) when it is unusable.
 */
export function readZipEnd(source: ByteSource): ZipEnd | string | undefined {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = source.read(tailStart, tailLength);
  let i = tail.length - 4;
  while (i >= 0 && u32(tail, i) !== SIG_EOCD) i--;
  if (i < 0) return undefined;
  if (i + EOCD_SIZE > tail.length) return 'akhir arsipnya terpotong';
  const record = tail.subarray(i, i + EOCD_SIZE);
  if (i + EOCD_SIZE + u16(record, 20) !== tail.length) return 'ada data setelah akhir arsipnya';
  const eocdOffset = tailStart + i;
  if (u16(record, 4) !== 0 || u16(record, 6) !== 0 || u16(record, 8) !== u16(record, 10)) {
    return 'arsipnya terbagi ke beberapa file';
  }
  let count = u16(record, 10);
  let size = u32(record, 12);
  let offset = u32(record, 16);
  let endOfDirectory = eocdOffset;
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    // ZIP64: the real figures are in the ZIP64 end record, found through its locator.
    const locatorAt = eocdOffset - 20;
    const locator = locatorAt >= 0 ? source.read(locatorAt, 20) : new Uint8Array();
    if (u32(locator, 0) !== SIG_ZIP64_LOCATOR) return 'direktori ZIP64-nya tidak ditemukan';
    const recordAt = u64(locator, 8);
    const z = source.read(recordAt, 56);
    if (u32(z, 0) !== SIG_ZIP64_EOCD) return 'direktori ZIP64-nya tidak ditemukan';
    if (recordAt + 12 + u64(z, 4) !== locatorAt || u32(locator, 4) !== 0 || u32(locator, 16) > 1) {
      return 'direktori ZIP64-nya memakai bentuk yang tidak didukung';
    }
    if (u32(z, 16) !== 0 || u32(z, 20) !== 0 || u64(z, 24) !== u64(z, 32)) {
      return 'arsipnya terbagi ke beberapa file';
    }
    count = u64(z, 32);
    size = u64(z, 40);
    offset = u64(z, 48);
    endOfDirectory = recordAt;
  }
  // Where the directory really starts: right before its end record.
  const actual = endOfDirectory - size;
  if (actual < 0) return 'daftar isinya terpotong';
  const shift = actual - offset;
  if (shift < 0) return 'daftar isinya menunjuk ke luar file';
  return { eocdOffset, count, directoryOffset: actual, directorySize: size, shift };
}

/** A directory record, before its local header is checked. */
export interface CentralRecord {
  readonly name: string;
  /** The name's bytes, one char per byte, to compare with the local header's. */
  readonly rawName: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
  readonly centralOffset: number;
  readonly centralLength: number;
  /** Its sizes or offset were in a ZIP64 extra field. */
  readonly zip64: boolean;
  /** Its external attributes mark it as a folder (MS-DOS bit 0x10, which JSZip honours). */
  readonly folder: boolean;
}

/** The directory's records, exactly `end.count` of them filling exactly `end.directorySize` bytes. */
export function readCentralDirectory(source: ByteSource, end: ZipEnd): CentralRecord[] | string {
  const data = source.read(end.directoryOffset, end.directorySize);
  if (data.length < end.directorySize) return 'daftar isinya terpotong';
  const records: CentralRecord[] = [];
  let p = 0;
  for (let i = 0; i < end.count; i++) {
    if (p + 46 > data.length || u32(data, p) !== SIG_CENTRAL) return 'daftar isinya rusak';
    const nameLength = u16(data, p + 28);
    const extraLength = u16(data, p + 30);
    const commentLength = u16(data, p + 32);
    let compressed = u32(data, p + 20);
    let uncompressed = u32(data, p + 24);
    let localOffset = u32(data, p + 42);
    const extraAt = p + 46 + nameLength;
    const next = extraAt + extraLength + commentLength;
    if (next > data.length) return 'daftar isinya rusak';
    const extra = data.subarray(extraAt, extraAt + extraLength);
    const zip64 = uncompressed === MAX32 || compressed === MAX32 || localOffset === MAX32;
    if (zip64) {
      // The ZIP64 extra field holds, in this order, those of the three that are 0xFFFFFFFF.
      const z = findExtra(extra, 0x0001);
      if (z === undefined) return 'direktori ZIP64-nya memakai bentuk yang tidak didukung';
      let q = 0;
      const next64 = (): number => {
        const v = q + 8 <= z.length ? u64(z, q) : NaN;
        q += 8;
        return v;
      };
      if (uncompressed === MAX32) uncompressed = next64();
      if (compressed === MAX32) compressed = next64();
      if (localOffset === MAX32) localOffset = next64();
      if (Number.isNaN(uncompressed + compressed + localOffset)) {
        return 'direktori ZIP64-nya memakai bentuk yang tidak didukung';
      }
    }
    const nameBytes = data.subarray(p + 46, extraAt);
    const flags = u16(data, p + 8);
    const name = utf8(nameBytes);
    // JSZip takes an Info-ZIP Unicode Path field (0x7075) for the name when bit 11 is clear.
    const unicodePath = findExtra(extra, 0x7075);
    if (unicodePath !== undefined && latin1(unicodePath.subarray(5)) !== latin1(nameBytes)) {
      return `bagian "${name}" mempunyai dua nama yang berbeda`;
    }
    records.push({
      name,
      rawName: latin1(nameBytes),
      method: u16(data, p + 10),
      flags,
      crc32: u32(data, p + 16),
      compressedSize: compressed,
      uncompressedSize: uncompressed,
      localOffset: localOffset + end.shift,
      centralOffset: end.directoryOffset + p,
      centralLength: next - p,
      zip64,
      folder: (u32(data, p + 38) & 0x10) !== 0,
    });
    p = next;
  }
  if (p !== data.length) return 'daftar isinya memuat catatan yang tidak terhitung';
  return records;
}

/**
 * The records checked against the local headers, in file order. The first entry starts at
 * the first byte, each starts where the previous one ended (after its data descriptor, if
 * it has one), and the last ends where the directory starts; part names are unique, compared
 * case-insensitively as OPC requires.
 */
export function walkLocalHeaders(
  source: ByteSource,
  end: ZipEnd,
  records: readonly CentralRecord[],
): ZipEntry[] | string {
  const seen = new Set<string>();
  for (const r of records) {
    if (r.name.startsWith('/') || r.name.startsWith('\\')) return `nama bagian "${r.name}" tidak sah`;
    // JSZip (and so exceljs) skips an entry marked as a folder: it must be one, and empty.
    if (r.folder && (!r.name.endsWith('/') || r.uncompressedSize > 0)) {
      return `bagian "${r.name}" ditandai sebagai folder`;
    }
    const key = r.name.toLowerCase();
    if (seen.has(key)) return `bagian "${r.name}" tercantum dua kali di daftar isinya`;
    seen.add(key);
    if ((r.flags & FLAG_ENCRYPTED) !== 0) return `bagian "${r.name}" dienkripsi`;
    if (r.method !== 0 && r.method !== 8)
      return `bagian "${r.name}" dipadatkan dengan cara yang tidak dikenal`;
    if (r.method === 0 && r.compressedSize !== r.uncompressedSize) return 'daftar isinya rusak';
  }
  const sorted = [...records].sort((a, b) => a.localOffset - b.localOffset);
  const entries: ZipEntry[] = [];
  let expected = 0;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as CentralRecord;
    if (r.localOffset > expected) return 'ada data yang tidak tercantum di daftar isinya';
    if (r.localOffset < expected) return 'dua bagiannya saling bertumpuk';
    const header = source.read(r.localOffset, 30);
    if (header.length < 30 || u32(header, 0) !== SIG_LOCAL) return 'isinya terpotong atau rusak';
    const nameLength = u16(header, 26);
    const extraLength = u16(header, 28);
    const rest = source.read(r.localOffset + 30, nameLength + extraLength);
    if (rest.length < nameLength + extraLength) return 'isinya terpotong';
    const differs = `keterangan bagian "${r.name}" di dalam arsip tidak sama dengan daftar isinya`;
    if (latin1(rest.subarray(0, nameLength)) !== r.rawName) return differs;
    if (u16(header, 8) !== r.method) return differs;
    const flags = u16(header, 6);
    if ((flags & FLAGS_THAT_MATTER) !== (r.flags & FLAGS_THAT_MATTER)) return differs;
    const local = localFigures(header, rest.subarray(nameLength));
    if (local === undefined) return 'arsip ZIP64-nya memakai bentuk yang tidak didukung';
    const descriptor = (flags & FLAG_DESCRIPTOR) !== 0;
    const agrees = (value: number, central: number): boolean =>
      value === central || (descriptor && value === 0);
    if (
      !agrees(local.crc32, r.crc32) ||
      !agrees(local.compressedSize, r.compressedSize) ||
      !agrees(local.uncompressedSize, r.uncompressedSize)
    ) {
      return differs;
    }
    const dataOffset = r.localOffset + 30 + nameLength + extraLength;
    const dataEnd = dataOffset + r.compressedSize;
    if (dataEnd > end.directoryOffset) return 'isinya terpotong';
    const next = sorted[i + 1]?.localOffset ?? end.directoryOffset;
    let endOffset = dataEnd;
    if (descriptor) {
      const found = descriptorEnd(source, r, dataEnd, next, local.zip64 || r.zip64);
      if (found === undefined) {
        return `keterangan akhir bagian "${r.name}" tidak sama dengan daftar isinya`;
      }
      endOffset = found;
    }
    entries.push({
      name: r.name,
      method: r.method,
      flags: r.flags,
      crc32: r.crc32,
      compressedSize: r.compressedSize,
      uncompressedSize: r.uncompressedSize,
      localOffset: r.localOffset,
      dataOffset,
      endOffset,
      centralOffset: r.centralOffset,
      centralLength: r.centralLength,
    });
    expected = endOffset;
  }
  if (expected < end.directoryOffset) return 'ada data yang tidak tercantum di daftar isinya';
  if (expected > end.directoryOffset) return 'dua bagiannya saling bertumpuk';
  return entries;
}

/** CRC and sizes of a local header, the sizes from its ZIP64 field when they are 0xFFFFFFFF. */
function localFigures(
  header: Uint8Array,
  extra: Uint8Array,
): { crc32: number; compressedSize: number; uncompressedSize: number; zip64: boolean } | undefined {
  let compressedSize = u32(header, 18);
  let uncompressedSize = u32(header, 22);
  const z = findExtra(extra, 0x0001);
  if (compressedSize === MAX32 || uncompressedSize === MAX32) {
    if (z === undefined) return undefined;
    let q = 0;
    const next = (): number => {
      const v = q + 8 <= z.length ? u64(z, q) : NaN;
      q += 8;
      return v;
    };
    if (uncompressedSize === MAX32) uncompressedSize = next();
    if (compressedSize === MAX32) compressedSize = next();
    if (Number.isNaN(compressedSize + uncompressedSize)) return undefined;
  }
  return { crc32: u32(header, 14), compressedSize, uncompressedSize, zip64: z !== undefined };
}

/**
 * Where the data descriptor after `dataEnd` ends: with or without its signature, with
 * 4-byte sizes or (ZIP64) 8-byte ones, and saying the directory's CRC and sizes. The form
 * that ends where the next entry starts is preferred; undefined when none agrees.
 */
function descriptorEnd(
  source: ByteSource,
  r: CentralRecord,
  dataEnd: number,
  next: number,
  zip64: boolean,
): number | undefined {
  const d = source.read(dataEnd, 24);
  const forms: { at: number; wide: boolean }[] = [
    { at: 4, wide: false },
    { at: 0, wide: false },
    ...(zip64
      ? [
          { at: 4, wide: true },
          { at: 0, wide: true },
        ]
      : []),
  ];
  let fallback: number | undefined;
  for (const { at, wide } of forms) {
    if (at === 4 && u32(d, 0) !== SIG_DESCRIPTOR) continue;
    const length = at + 4 + (wide ? 16 : 8);
    if (d.length < length) continue;
    const compressed = wide ? u64(d, at + 4) : u32(d, at + 4);
    const uncompressed = wide ? u64(d, at + 12) : u32(d, at + 8);
    if (u32(d, at) !== r.crc32 || compressed !== r.compressedSize || uncompressed !== r.uncompressedSize) {
      continue;
    }
    if (dataEnd + length === next) return next;
    fallback ??= dataEnd + length;
  }
  return fallback;
}
