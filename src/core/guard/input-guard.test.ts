import type { ErrorCode } from '../errors';
import { LakipError } from '../errors';
import {
  buildOle,
  buildZip,
  crc32,
  encryptedXlsxBytes,
  legacyXlsBytes,
  MINIMAL_XLSX_ENTRIES,
  type ZipEntrySpec,
} from '../../../test/fixtures/hostile/build';
import { consistentZips, inconsistentZips } from '../../../test/fixtures/hostile/inconsistent';
import {
  assertWorkbookBytes,
  bytesSource,
  checkFileSize,
  DEFAULT_GUARD_LIMITS,
  inspectWorkbook,
  inspectWorkbookBytes,
  oleStreamNames,
  type ByteSource,
  type GuardVerdict,
} from './input-guard';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const MB = 1024 * 1024;

function refusal(v: GuardVerdict | { readonly ok: true }): { code: ErrorCode; userMessage: string } {
  if (v.ok) throw new Error(`expected a refusal, got ${JSON.stringify(v)}`);
  return { code: v.code, userMessage: v.userMessage };
}

/** One sentence naming the file, saying what is wrong and, after a semicolon, what to do. */
function expectOneSentence(message: string, name = 'laporan.xlsx'): void {
  expect(message.startsWith(`File "${name}" `)).toBe(true);
  expect(message).toMatch(/^[^\n]+; [^\n]+\.$/);
  expect(message.slice(0, -1)).not.toMatch(/\.\s/);
}

const workbookWith = (...extra: ZipEntrySpec[]): Uint8Array => buildZip([...MINIMAL_XLSX_ENTRIES, ...extra]);

describe('inspectWorkbookBytes: what each hostile file is told', () => {
  const cases: [string, () => Uint8Array, ErrorCode, RegExp][] = [
    ['an empty file', () => new Uint8Array(), 'file/empty', /kosong \(0 byte\)/],
    ['an empty zip (only its end record)', () => buildZip([]), 'file/empty', /arsip ZIP yang kosong/],
    [
      'a password-protected workbook',
      encryptedXlsxBytes,
      'file/encrypted',
      /dilindungi kata sandi.*simpan ulang sebagai \.xlsx/,
    ],
    [
      'an old .xls',
      legacyXlsBytes,
      'file/xls',
      /\.xls lama.*simpan ulang sebagai "Buku Kerja Excel \(\.xlsx\)"/,
    ],
    ['an old Word .doc', () => buildOle([{ name: 'WordDocument' }]), 'file/not-xlsx', /dokumen Word lama/],
    [
      'an OLE file with no stream we know',
      () => buildOle([{ name: 'Lainnya' }]),
      'file/xls',
      /Office lama atau dilindungi kata sandi/,
    ],
    [
      'a CSV with commas',
      () => text('Kode,Nama,Nilai\nIK-01,Indikator,85\nIK-02,Lain,90\n'),
      'file/csv',
      /berformat CSV/,
    ],
    [
      'a CSV with semicolons and a BOM',
      () => text('\uFEFFKode;Nilai\r\nIK-01;85,5\r\n'),
      'file/csv',
      /berformat CSV/,
    ],
    [
      'Excel "Unicode text" (UTF-16, tabs)',
      () => new Uint8Array([0xff, 0xfe, ...Array.from(text('K\tN\r\nA\t1\r\n')).flatMap((c) => [c, 0])]),
      'file/csv',
      /berformat CSV/,
    ],
    ['plain text', () => text('Catatan rapat tanggal 3 Januari\n'), 'file/not-xlsx', /teks biasa/],
    [
      'an HTML page saved as .xls',
      () => text('<html><table><tr><td>1</td></tr></table></html>'),
      'file/not-xlsx',
      /halaman web \(HTML\)/,
    ],
    [
      'an XML Spreadsheet 2003',
      () => text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'),
      'file/xls',
      /XML Spreadsheet 2003/,
    ],
    ['a PDF', () => text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'file/not-xlsx', /berformat PDF/],
    [
      'binary noise',
      () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]),
      'file/not-xlsx',
      /tidak dikenal/,
    ],
    [
      'a truncated workbook (the end record is cut off)',
      () => workbookWith({ name: 'xl/sharedStrings.xml', data: 'x'.repeat(2000) }).subarray(0, 1500),
      'file/damaged',
      /terpotong \(akhir arsipnya tidak ada\)/,
    ],
    [
      'a zip whose directory points past its data',
      () => {
        const z = workbookWith();
        const cut = new Uint8Array(z.length - 40);
        cut.set(z.subarray(0, 60));
        cut.set(z.subarray(100), 60);
        return cut;
      },
      'file/damaged',
      /rusak atau tidak lengkap/,
    ],
    [
      'a .docx renamed',
      () => buildZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }]),
      'file/not-xlsx',
      /dokumen Word \(\.docx\)/,
    ],
    [
      'a .pptx renamed',
      () => buildZip([{ name: '[Content_Types].xml' }, { name: 'ppt/presentation.xml' }]),
      'file/not-xlsx',
      /PowerPoint/,
    ],
    [
      'an .ods renamed',
      () =>
        buildZip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
          { name: 'content.xml' },
        ]),
      'file/not-xlsx',
      /OpenDocument \(\.ods\).*simpan sebagai/,
    ],
    [
      'an .xlsb',
      () => buildZip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.bin' }]),
      'file/not-xlsx',
      /\.xlsb/,
    ],
    [
      'a zip of other files',
      () => buildZip([{ name: 'readme.txt', data: 'halo' }]),
      'file/not-xlsx',
      /arsip ZIP tetapi bukan buku kerja/,
    ],
    [
      'a workbook without [Content_Types].xml',
      () => buildZip(MINIMAL_XLSX_ENTRIES.filter((e) => e.name !== '[Content_Types].xml')),
      'file/not-xlsx',
      /bukan buku kerja/,
    ],
  ];

  it.each(cases.map(([what, make, code, sentence]) => ({ what, make, code, sentence })))(
    '$what → $code',
    ({ make, code, sentence }) => {
      const r = refusal(inspectWorkbookBytes(make(), {}, 'laporan.xlsx'));
      expect(r.code).toBe(code);
      expect(r.userMessage).toMatch(sentence);
      expectOneSentence(r.userMessage);
    },
  );

  it('says "File ini" when it has no name', () => {
    expect(refusal(inspectWorkbookBytes(new Uint8Array())).userMessage).toMatch(/^File ini kosong/);
  });

  it('accepts a well-formed workbook and returns its entries, as the directory and local headers say', () => {
    const names = MINIMAL_XLSX_ENTRIES.map((e) => e.name);
    const plain = inspectWorkbookBytes(workbookWith());
    expect(plain).toMatchObject({ ok: true, uncompressedBytes: 47 });
    expect(plain.ok && plain.entries.map((e) => e.name)).toEqual(names);
    const zip64 = inspectWorkbookBytes(buildZip(MINIMAL_XLSX_ENTRIES, { zip64: true }));
    expect(zip64).toMatchObject({ ok: true, uncompressedBytes: 47 });
    expect(zip64.ok && zip64.entries.map((e) => e.name)).toEqual(names);
    // The first entry: its local header at 0 (30 bytes + its 19-byte name), its 8 bytes of data.
    expect(plain.ok && plain.entries[0]).toEqual({
      name: '[Content_Types].xml',
      method: 0,
      flags: 0,
      crc32: crc32(text('<Types/>')),
      compressedSize: 8,
      uncompressedSize: 8,
      localOffset: 0,
      dataOffset: 49,
      endOffset: 57,
      centralOffset: 236,
      centralLength: 65,
    });
  });

  it('accepts a workbook with bytes before it (offsets shifted) and a zip comment after it', () => {
    const z = workbookWith();
    const shifted = new Uint8Array(z.length + 100);
    shifted.set(z, 100);
    // a stub before the archive is not a zip signature: the guard sees no magic, so it is not a workbook
    expect(inspectWorkbookBytes(shifted).ok).toBe(false);
    const commented = new Uint8Array(z.length + 10);
    commented.set(z);
    commented.set(text('komentar!!'), z.length);
    commented[z.length - 2] = 10; // comment length
    expect(inspectWorkbookBytes(commented).ok).toBe(true);
  });
});

describe('inspectWorkbookBytes: limits, read from the central directory before anything is inflated', () => {
  it('refuses a file over the size limit', () => {
    const r = refusal(inspectWorkbookBytes(workbookWith(), { maxFileBytes: 100 }, 'laporan.xlsx'));
    expect(r).toEqual({
      code: 'file/too-large',
      userMessage:
        'File "laporan.xlsx" terlalu besar (0,0 MB, batas 0,0 MB); hapus lembar atau data yang tidak diperlukan lalu coba lagi.',
    });
    expect(refusal(checkFileSize(2 * 1024 * MB, {}, 'besar.xlsx')).userMessage).toBe(
      'File "besar.xlsx" terlalu besar (2.048,0 MB, batas 50,0 MB); hapus lembar atau data yang tidak diperlukan lalu coba lagi.',
    );
    expect(checkFileSize(DEFAULT_GUARD_LIMITS.maxFileBytes).ok).toBe(true);
  });

  it('refuses too many entries without reading them', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: 'x' }));
    const r = refusal(inspectWorkbookBytes(workbookWith(...many), { maxEntries: 20 }, 'laporan.xlsx'));
    expect(r.code).toBe('file/too-large');
    expect(r.userMessage).toMatch(/berisi 34 bagian internal \(batas 20\)/);
    expectOneSentence(r.userMessage);
    expect(inspectWorkbookBytes(workbookWith(...many), { maxEntries: 34 }).ok).toBe(true);
  });

  it('refuses a workbook that inflates to more than the uncompressed limit', () => {
    const big = { name: 'xl/worksheets/sheet2.xml', data: new Uint8Array(2 * MB) };
    const r = refusal(inspectWorkbookBytes(workbookWith(big), { maxUncompressedBytes: MB }, 'laporan.xlsx'));
    expect(r.code).toBe('file/too-large');
    expect(r.userMessage).toMatch(/terlalu besar setelah dibuka \(isinya 2,0 MB, batas 1,0 MB\)/);
    expectOneSentence(r.userMessage);
  });

  it('refuses an entry that inflates more than 100 times (a zip bomb), with the ratio in the sentence', () => {
    // 400 KB that would inflate to 400 MB: the directory says so, and nothing is inflated.
    const bomb = {
      name: 'xl/worksheets/sheet2.xml',
      data: new Uint8Array(400 * 1024),
      declared: { uncompressed: 400 * MB },
      method: 8 as const,
    };
    const r = refusal(inspectWorkbookBytes(workbookWith(bomb), {}, 'laporan.xlsx'));
    expect(r.code).toBe('file/too-large');
    expect(r.userMessage).toMatch(/mengembang 1\.024 kali lipat saat dibuka \(batas 100 kali\)/);
    expectOneSentence(r.userMessage);
  });

  it('lets entries under 20 MB compress as far as they like (style bloat), and holds the total to the ratio too', () => {
    // 64,000 copy-pasted styles: 4.9 MB of styles.xml deflated to 19 KB (measured with zlib).
    const bloated = {
      name: 'xl/styles.xml',
      data: new Uint8Array(19_008),
      declared: { uncompressed: 4_864_058 },
      method: 8 as const,
    };
    expect(inspectWorkbookBytes(workbookWith(bloated)).ok).toBe(true);
    // Many parts each under the floor, together far over it at 1,000 : 1: a bomb in pieces.
    const pieces = Array.from({ length: 5 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 2}.xml`,
      data: new Uint8Array(15 * 1024),
      declared: { uncompressed: 15 * MB },
      method: 8 as const,
    }));
    expect(refusal(inspectWorkbookBytes(workbookWith(...pieces))).code).toBe('file/too-large');
  });

  it('reads sizes from the ZIP64 extra field', () => {
    const bomb = {
      name: 'xl/worksheets/sheet2.xml',
      data: new Uint8Array(1000),
      declared: { uncompressed: 5000 * MB },
      method: 8 as const,
    };
    const r = refusal(inspectWorkbookBytes(buildZip([...MINIMAL_XLSX_ENTRIES, bomb], { zip64: true })));
    expect(r.code).toBe('file/too-large');
  });

  it('refuses a stored entry whose sizes disagree', () => {
    const lying = { name: 'xl/worksheets/sheet2.xml', data: 'abc', declared: { uncompressed: 5 } };
    expect(refusal(inspectWorkbookBytes(workbookWith(lying))).code).toBe('file/damaged');
  });
});

describe('inspectWorkbook over random access', () => {
  it('reads only the head and the tail of a large file', () => {
    const z = workbookWith({ name: 'xl/worksheets/sheet2.xml', data: new Uint8Array(3 * MB) });
    let read = 0;
    const source: ByteSource = {
      size: z.length,
      read: (offset, length) => {
        read += length;
        return z.subarray(offset, offset + length);
      },
    };
    expect(inspectWorkbook(source).ok).toBe(true);
    expect(read).toBeLessThan(100 * 1024);
  });

  it('walks the OLE directory to find stream names', () => {
    expect(oleStreamNames(bytesSource(encryptedXlsxBytes()))).toEqual([
      'Root Entry',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
    expect(oleStreamNames(bytesSource(legacyXlsBytes()))).toEqual(['Root Entry', 'Workbook']);
  });

  it('falls back to searching for the names when the OLE header is damaged', () => {
    const bytes = encryptedXlsxBytes().slice();
    bytes[0x1e] = 0x33; // sector shift
    expect(refusal(inspectWorkbookBytes(bytes)).code).toBe('file/encrypted');
  });
});

describe('assertWorkbookBytes', () => {
  it('throws the refusal as a LakipError and returns the verdict otherwise', () => {
    expect(() => assertWorkbookBytes(new Uint8Array(), 'kosong.xlsx')).toThrow(LakipError);
    try {
      assertWorkbookBytes(legacyXlsBytes(), 'lama.xls');
    } catch (e) {
      expect(e).toBeInstanceOf(LakipError);
      expect((e as LakipError).code).toBe('file/xls');
    }
    expect(assertWorkbookBytes(workbookWith()).entries).toHaveLength(4);
  });
});

describe('one view of the package: the directory and the local headers must agree (issue #17)', () => {
  it.each(inconsistentZips(MINIMAL_XLSX_ENTRIES).map((c) => ({ ...c })))(
    'refuses $what',
    ({ bytes, why }) => {
      const r = refusal(inspectWorkbookBytes(bytes, {}, 'laporan.xlsx'));
      expect(r.code).toBe('file/damaged');
      expect(r.userMessage).toMatch(why);
      expect(r.userMessage).toMatch(/^File "laporan\.xlsx" rusak atau tidak lengkap \(/);
      expectOneSentence(r.userMessage);
    },
  );

  it.each(consistentZips(MINIMAL_XLSX_ENTRIES))('accepts $what, with the same entries', ({ bytes }) => {
    const v = inspectWorkbookBytes(bytes);
    if (!v.ok) throw new Error(v.userMessage);
    expect(v.entries.map((e) => [e.name, e.uncompressedSize])).toEqual(
      MINIMAL_XLSX_ENTRIES.map((e) => [e.name, text(String(e.data)).length]),
    );
    // Each entry ends where the next starts, the last where the directory starts.
    v.entries.forEach((e, i) => {
      expect(e.dataOffset).toBeGreaterThan(e.localOffset);
      expect(e.endOffset).toBe(v.entries[i + 1]?.localOffset ?? e.endOffset);
      expect(ascii(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize))).toBe(
        String(MINIMAL_XLSX_ENTRIES[i]?.data),
      );
    });
  });

  it('reads only headers over random access (never the data), also with data descriptors', () => {
    const big = {
      name: 'xl/worksheets/sheet2.xml',
      data: new Uint8Array(3 * MB),
      descriptor: 'bare' as const,
    };
    const z = workbookWith(big);
    let read = 0;
    const source: ByteSource = {
      size: z.length,
      read: (offset, length) => {
        read += length;
        return z.subarray(offset, offset + length);
      },
    };
    expect(inspectWorkbook(source).ok).toBe(true);
    expect(read).toBeLessThan(100 * 1024);
  });

  it('refuses an entry the directory calls encrypted or compressed with an unknown method', () => {
    const bzip2 = buildZip([
      ...MINIMAL_XLSX_ENTRIES,
      { name: 'xl/media/a.bin', data: 'abc', method: 12 as unknown as 8, local: { method: 12 } },
    ]);
    expect(refusal(inspectWorkbookBytes(bzip2, {}, 'laporan.xlsx')).userMessage).toMatch(
      /bagian "xl\/media\/a\.bin" dipadatkan dengan cara yang tidak dikenal/,
    );
  });
});

function ascii(b: Uint8Array): string {
  return String.fromCharCode(...b);
}
