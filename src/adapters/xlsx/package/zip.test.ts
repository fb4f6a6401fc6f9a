import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { deflateSync, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { buildZip, MINIMAL_XLSX_ENTRIES, type ZipEntrySpec } from '../../../../test/fixtures/hostile/build';
import { consistentZips } from '../../../../test/fixtures/hostile/inconsistent';
import { LakipError } from '../../../core/errors';
import { assertWorkbookBytes, inspectWorkbookBytes } from '../../../core/guard/input-guard';
import { buildInitPlan } from '../../../core/init/init-plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../../core/seed/sample';
import { applyPlan } from '../apply';
import { readSnapshot } from '../read';
import { loadWorkbook, writeWorkbookBuffer } from '../workbook';
import type { PackageChanges } from './types';
import { crc32, openZipPackage, writeZipPackage, type ZipPackage } from './zip';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
const NO_CHANGES: PackageChanges = { set: new Map(), remove: new Set() };

let libreOffice: Uint8Array;
let sample: Uint8Array;

beforeAll(async () => {
  libreOffice = new Uint8Array(readFileSync(join(FIXTURES, 'libreoffice-basics.xlsx')));
  const wb = new ExcelJS.Workbook();
  applyPlan(
    wb,
    buildInitPlan(
      { sheets: [] },
      { tahun: 2017, unit: 'Kecamatan Pasrujambe', sample: SAMPLE_PASRUJAMBE_2017 },
    ),
  );
  sample = new Uint8Array(await writeWorkbookBuffer(wb));
});

/** A deflated part with a data descriptor, as LibreOffice writes them. */
function deflated(name: string, text: string, descriptor?: 'signed' | 'bare'): ZipEntrySpec {
  const content = encode(text);
  return {
    name,
    data: deflateSync(content),
    method: 8,
    declared: { uncompressed: content.length, crc: crc32(content) },
    ...(descriptor === undefined ? {} : { descriptor }),
  };
}

const MIXED = [
  MINIMAL_XLSX_ENTRIES[0] as ZipEntrySpec,
  deflated('_rels/.rels', '<Relationships>' + 'r'.repeat(500) + '</Relationships>', 'signed'),
  deflated('xl/workbook.xml', '<workbook>' + 'w'.repeat(300) + '</workbook>', 'bare'),
  deflated('xl/worksheets/sheet1.xml', '<worksheet>' + 's'.repeat(1000) + '</worksheet>'),
  { name: 'xl/media/image1.png', data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) },
];

function files(): { what: string; bytes: () => Uint8Array }[] {
  return [
    { what: 'a LibreOffice file (deflated, data descriptors with signature)', bytes: () => libreOffice },
    { what: 'the sample tracker as exceljs writes it', bytes: () => sample },
    {
      what: 'stored and deflated entries, descriptors with and without signature',
      bytes: () => buildZip(MIXED),
    },
    ...consistentZips(MINIMAL_XLSX_ENTRIES).map((c) => ({
      what: `crafted: ${c.what}`,
      bytes: () => c.bytes,
    })),
  ];
}

/** Every part through JSZip, by name. */
async function jszipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(name, decode(await file.async('uint8array')));
  }
  return parts;
}

/** Byte for byte (jest's toEqual is slow on large typed arrays). */
function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

function localHeaderOf(pkg: ZipPackage, name: string): Uint8Array {
  const e = pkg.entries.find((x) => x.name === name);
  if (e === undefined) throw new Error(`no ${name}`);
  return pkg.bytes.subarray(e.localOffset, e.dataOffset);
}

describe('crc32', () => {
  it('agrees with zlib, in one go and continued', () => {
    const data = encode('LAKIP Tracker — Kecamatan Pasrujambe 2017 '.repeat(100));
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(data.subarray(13), crc32(data.subarray(0, 13)))).toBe(zlibCrc32(data));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('openZipPackage', () => {
  it.each(files())('reads every part of $what as JSZip does', async ({ bytes }) => {
    const b = bytes();
    const pkg = openZipPackage(b);
    const viaJszip = await jszipParts(b);
    expect([...viaJszip.keys()].sort()).toEqual([...pkg.names].sort());
    for (const name of pkg.names) expect(decode(pkg.read(name))).toBe(viaJszip.get(name));
  });

  it('uses the approval it is given, and finds a part whatever its letters', () => {
    const approved = assertWorkbookBytes(libreOffice);
    const pkg = openZipPackage(libreOffice, approved);
    expect(pkg.entries).toBe(approved.entries);
    expect(decode(pkg.read('XL/Workbook.xml'))).toBe(decode(pkg.read('xl/workbook.xml')));
    expect(pkg.read('xl/tidak-ada.xml')).toBeUndefined();
  });

  it('runs the guard when given no approval, and throws its refusal', () => {
    expect(() =>
      openZipPackage(
        buildZip([...MINIMAL_XLSX_ENTRIES, MINIMAL_XLSX_ENTRIES[0] as ZipEntrySpec]),
        undefined,
        'a.xlsx',
      ),
    ).toThrow(/bagian "\[Content_Types\]\.xml" tercantum dua kali/);
  });

  const DAMAGED =
    'File "rusak.xlsx" rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.';

  it.each([
    [
      'a CRC that does not match',
      { ...deflated('xl/worksheets/sheet2.xml', 'isi lembar'), declared: { uncompressed: 10, crc: 1234 } },
    ],
    [
      'a stored part with a wrong CRC',
      { name: 'xl/worksheets/sheet2.xml', data: 'abc', declared: { crc: 99 } },
    ],
    [
      'a part that inflates past its declared size',
      { ...deflated('xl/worksheets/sheet2.xml', 'x'.repeat(5000)), declared: { uncompressed: 100, crc: 0 } },
    ],
    [
      'a part that inflates short of its declared size',
      {
        ...deflated('xl/worksheets/sheet2.xml', 'pendek'),
        declared: { uncompressed: 600, crc: crc32(encode('pendek')) },
      },
    ],
    [
      'data that is not deflate',
      {
        name: 'xl/worksheets/sheet2.xml',
        data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
        method: 8 as const,
        declared: { uncompressed: 10 },
      },
    ],
  ] as [string, ZipEntrySpec][])(
    'read throws file/damaged for %s (the guard never inflates)',
    (_what, entry) => {
      const bytes = buildZip([...MINIMAL_XLSX_ENTRIES, entry]);
      const pkg = openZipPackage(bytes, undefined, 'rusak.xlsx');
      expect(decode(pkg.read('xl/workbook.xml'))).toBe('<workbook/>');
      const error = ((): unknown => {
        try {
          pkg.read('xl/worksheets/sheet2.xml');
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(LakipError);
      expect(error).toMatchObject({ code: 'file/damaged', userMessage: DAMAGED });
    },
  );
});

describe('writeZipPackage', () => {
  it.each(files())('with no changes copies $what entry for entry', async ({ bytes }) => {
    const b = bytes();
    const pkg = openZipPackage(b);
    const out = writeZipPackage(pkg, NO_CHANGES);
    const again = openZipPackage(out);
    expect(again.names).toEqual(pkg.names);
    for (const name of pkg.names) {
      expect(same(again.raw(name), pkg.raw(name))).toBe(true);
      expect(same(localHeaderOf(again, name), localHeaderOf(pkg, name))).toBe(true);
    }
    // The directory and end records are rebuilt as they were: the file comes back byte for byte.
    expect(Buffer.from(out).equals(Buffer.from(b))).toBe(true);
    // fflate and JSZip read the same parts.
    const viaFflate = unzipSync(out);
    expect(
      Object.keys(viaFflate)
        .filter((n) => !n.endsWith('/'))
        .sort(),
    ).toEqual([...pkg.names].sort());
    for (const name of pkg.names) expect(decode(viaFflate[name])).toBe(decode(pkg.read(name)));
    const viaJszip = await jszipParts(out);
    for (const name of pkg.names) expect(viaJszip.get(name)).toBe(decode(pkg.read(name)));
  });

  it.each([
    ['the LibreOffice file', (): Uint8Array => libreOffice],
    ['the sample tracker', (): Uint8Array => sample],
  ])('copies %s unchanged so that exceljs reads the same workbook', async (_what, bytes) => {
    const out = writeZipPackage(openZipPackage(bytes()), NO_CHANGES);
    expect(readSnapshot(await loadWorkbook(out))).toEqual(readSnapshot(await loadWorkbook(bytes())));
  });

  it('replaces one part in place: only it differs, and every reader reads the new content', async () => {
    const pkg = openZipPackage(libreOffice);
    const name = 'docProps/app.xml';
    const content = decode(pkg.read(name)).replace(/<Application>[^<]*</, '<Application>LAKIP Tracker<');
    const out = writeZipPackage(pkg, { set: new Map([[name, encode(content)]]), remove: new Set() });
    const again = openZipPackage(out);
    expect(again.names).toEqual(pkg.names); // same position
    for (const n of pkg.names) {
      if (n === name) continue;
      expect(same(again.raw(n), pkg.raw(n))).toBe(true);
      expect(same(localHeaderOf(again, n), localHeaderOf(pkg, n))).toBe(true);
    }
    expect(decode(again.read(name))).toBe(content);
    expect(same(again.raw(name), pkg.raw(name))).toBe(false);
    const changed = again.entries.find((e) => e.name === name);
    expect(changed?.flags).toBe(0x0800); // UTF-8 kept, no descriptor now
    expect((await jszipParts(out)).get(name)).toBe(content);
    expect(decode(unzipSync(out)[name])).toBe(content);
    expect((await loadWorkbook(out)).worksheets.map((w) => w.name)).toEqual(
      (await loadWorkbook(libreOffice)).worksheets.map((w) => w.name),
    );
  });

  it('deflates with the function it is given (Node’s zlib in the CLI)', () => {
    const pkg = openZipPackage(buildZip(MINIMAL_XLSX_ENTRIES));
    const content = encode('<catatan>' + 'isi '.repeat(200) + '</catatan>');
    const out = writeZipPackage(
      pkg,
      { set: new Map([['xl/catatan.xml', content]]), remove: new Set() },
      { deflate: (b) => new Uint8Array(deflateRawSync(b, { level: 9 })) },
    );
    const again = openZipPackage(out);
    expect(same(again.raw('xl/catatan.xml'), new Uint8Array(deflateRawSync(content, { level: 9 })))).toBe(
      true,
    );
    expect(same(again.read('xl/catatan.xml'), content)).toBe(true);
  });

  it('re-stores a stored part that changes, and keeps its directory record’s attributes', () => {
    const pkg = openZipPackage(buildZip(MIXED));
    const out = writeZipPackage(pkg, {
      set: new Map([['xl/media/image1.png', new Uint8Array([1, 2, 3, 4])]]),
      remove: new Set(),
    });
    const again = openZipPackage(out);
    const e = again.entries.find((x) => x.name === 'xl/media/image1.png');
    expect(e).toMatchObject({ method: 0, compressedSize: 4, uncompressedSize: 4 });
    expect(again.read('xl/media/image1.png')).toEqual(new Uint8Array([1, 2, 3, 4]));
    const record = (p: ZipPackage): Uint8Array => {
      const x = p.entries.find((y) => y.name === 'xl/media/image1.png');
      return p.bytes.subarray((x?.centralOffset ?? 0) + 4, (x?.centralOffset ?? 0) + 16);
    };
    expect(record(again)).toEqual(record(pkg)); // versions, flags, method, time and date
  });

  it('appends new parts at the end and drops removed ones; the result passes the guard', async () => {
    const pkg = openZipPackage(sample);
    const calcLike = pkg.names.find((n) => n.startsWith('docProps/')) as string;
    const out = writeZipPackage(pkg, {
      set: new Map([['xl/lakip/catatan.xml', encode('<catatan>Tahun 2017</catatan>')]]),
      remove: new Set([calcLike]),
    });
    const verdict = inspectWorkbookBytes(out);
    expect(verdict.ok).toBe(true);
    const again = openZipPackage(out);
    expect(again.names).toEqual([...pkg.names.filter((n) => n !== calcLike), 'xl/lakip/catatan.xml']);
    expect(decode(again.read('xl/lakip/catatan.xml'))).toBe('<catatan>Tahun 2017</catatan>');
    expect(again.read(calcLike)).toBeUndefined();
    for (const n of again.names.slice(0, -1)) expect(same(again.raw(n), pkg.raw(n))).toBe(true);
    expect((await jszipParts(out)).get('xl/lakip/catatan.xml')).toBe('<catatan>Tahun 2017</catatan>');
    expect((await loadWorkbook(out)).worksheets.length).toBe((await loadWorkbook(sample)).worksheets.length);
  });

  it('moves a ZIP64 record’s offset inside its ZIP64 field', () => {
    const pkg = openZipPackage(buildZip(MINIMAL_XLSX_ENTRIES, { zip64: true }));
    const out = writeZipPackage(pkg, { set: new Map(), remove: new Set(['_rels/.rels']) });
    const again = openZipPackage(out);
    expect(again.names).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(decode(again.read('xl/worksheets/sheet1.xml'))).toBe('<worksheet/>');
    expect(decode(unzipSync(out)['xl/worksheets/sheet1.xml'])).toBe('<worksheet/>');
  });

  it('keeps the zip comment', () => {
    const z = buildZip(MINIMAL_XLSX_ENTRIES);
    const commented = new Uint8Array(z.length + 5);
    commented.set(z);
    commented.set(encode('catat'), z.length);
    commented[z.length - 2] = 5;
    expect(
      Buffer.from(writeZipPackage(openZipPackage(commented), NO_CHANGES)).equals(Buffer.from(commented)),
    ).toBe(true);
  });

  it('refuses changes that name a part twice or in other letters (a program error)', () => {
    const pkg = openZipPackage(buildZip(MINIMAL_XLSX_ENTRIES));
    expect(() =>
      writeZipPackage(pkg, {
        set: new Map([['xl/workbook.xml', encode('x')]]),
        remove: new Set(['xl/workbook.xml']),
      }),
    ).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
    expect(() =>
      writeZipPackage(pkg, { set: new Map([['XL/Workbook.xml', encode('x')]]), remove: new Set() }),
    ).toThrow(/sudah ada sebagai "xl\/workbook\.xml"/);
  });
});
