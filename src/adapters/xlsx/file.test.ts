import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LakipError, type ErrorCode } from '../../core/errors';
import {
  openXlsxFile,
  removeStaleTemps,
  saveBytesAtomic,
  saveXlsxAtomic,
  STALE_TEMP_MS,
  tempNameFor,
  writeWorkbookBuffer,
  type WriteBytes,
} from './file';
import { hostTag } from './fs-safety';
import { loadWorkbook } from './read';

const FIXTURE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'libreoffice-basics.xlsx');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lakip-xlsx-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function caught(run: () => Promise<unknown>): Promise<LakipError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof LakipError) return e;
    throw e;
  }
  throw new Error('expected a LakipError');
}

/** UTF-16LE, as names are stored in an OLE compound file's directory. */
function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('openXlsxFile', () => {
  it('opens a real file and reads its snapshot', async () => {
    const { wb, snapshot } = await openXlsxFile(FIXTURE);
    expect(wb.worksheets).toHaveLength(3);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Data', 'Tersembunyi', 'Akhir']);
  });

  const cases: [string, string, () => Buffer | Promise<Buffer>, ErrorCode][] = [
    [
      'a text file renamed .xlsx',
      'catatan.xlsx',
      () => Buffer.from('Catatan rapat\nbesok pagi\n'),
      'file/not-xlsx',
    ],
    ['a CSV file renamed .xlsx', 'data.xlsx', () => Buffer.from('Nama,Nilai\nA,1\n'), 'file/csv'],
    [
      'an HTML page saved as .xls',
      'laporan.xls',
      () => Buffer.from('<html><table><tr><td>1</td></tr></table></html>'),
      'file/not-xlsx',
    ],
    ['a CSV file', 'data.csv', () => Buffer.from('Nama;Nilai\nA;1\n'), 'file/csv'],
    ['an empty file', 'kosong.xlsx', () => Buffer.alloc(0), 'file/empty'],
    ['a truncated .xlsx', 'terpotong.xlsx', () => readFileSync(FIXTURE).subarray(0, 3000), 'file/damaged'],
    [
      'a zip that is not a workbook',
      'arsip.xlsx',
      async () => {
        const zip = new JSZip();
        zip.file('readme.txt', 'bukan buku kerja');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'file/not-xlsx',
    ],
    [
      'a workbook whose sheet XML is broken',
      'rusak.xlsx',
      async () => {
        const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
        zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'file/damaged',
    ],
    ['an OLE header only', 'lama.xlsx', () => Buffer.concat([OLE_HEADER, Buffer.alloc(504)]), 'file/xls'],
    [
      'a password-protected workbook (OLE with an EncryptedPackage stream)',
      'rahasia.xlsx',
      () =>
        Buffer.concat([
          OLE_HEADER,
          Buffer.alloc(1000),
          utf16('EncryptionInfo'),
          Buffer.alloc(50),
          utf16('EncryptedPackage'),
          Buffer.alloc(100),
        ]),
      'file/encrypted',
    ],
    [
      'an old .xls (OLE with a Workbook stream)',
      'lama.xls',
      () => Buffer.concat([OLE_HEADER, Buffer.alloc(1000), utf16('Workbook'), Buffer.alloc(100)]),
      'file/xls',
    ],
  ];

  it.each(cases)('%s → %s', async (_what, name, make, code) => {
    const path = join(dir, name);
    const bytes = await make();
    writeFileSync(path, bytes);
    const error = await caught(() => openXlsxFile(path, { forWrite: true }));
    expect(error.code).toBe(code);
    // one Indonesian sentence naming the file and saying what to do
    expect(error.userMessage).toMatch(new RegExp(`^File "${name.replace('.', '\\.')}" .+; .+\\.$`));
    expect(error.userMessage).not.toMatch(/\n/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a missing file → file/not-found', async () => {
    const path = join(dir, 'tidak-ada.xlsx');
    const error = await caught(() => openXlsxFile(path));
    expect(error.code).toBe('file/not-found');
    expect(error.userMessage).toBe(
      `File "${path}" tidak ditemukan; periksa nama dan folder file itu lalu coba lagi.`,
    );
  });

  it('a folder → file/not-xlsx', async () => {
    const error = await caught(() => openXlsxFile(dir));
    expect(error.code).toBe('file/not-xlsx');
  });

  it('a file over the size limit → file/too-large, before reading it', async () => {
    const error = await caught(() => openXlsxFile(FIXTURE, { maxBytes: 1024 }));
    expect(error.code).toBe('file/too-large');
    expect(error.userMessage).toMatch(
      /^File "libreoffice-basics\.xlsx" terlalu besar \(0,0 MB, batas 0,0 MB\)/,
    );
  });
});

describe('saveXlsxAtomic', () => {
  function workbookSaying(text: string): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = text;
    return wb;
  }

  it('replaces the file, keeps its permissions and leaves no temporary file', async () => {
    const path = join(dir, 'tracker.xlsx');
    await saveXlsxAtomic(workbookSaying('lama'), path);
    chmodSync(path, 0o640);
    await saveXlsxAtomic(workbookSaying('baru'), path);
    const { snapshot } = await openXlsxFile(path);
    expect(snapshot.sheets[0]?.rows).toEqual([['baru']]);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
  });

  it('a failure in the middle of writing leaves the old file byte-identical and readable', async () => {
    const path = join(dir, 'tracker.xlsx');
    await saveXlsxAtomic(workbookSaying('lama'), path);
    const before = readFileSync(path);
    let tempName = '';
    const failHalfway: WriteBytes = async (file, data) => {
      await file.write(data, 0, Math.floor(data.length / 2));
      tempName = readdirSync(dir).find((f) => f.endsWith('.tmp')) ?? '';
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const error = await caught(() => saveXlsxAtomic(new ExcelJS.Workbook(), path, { write: failHalfway }));
    expect(error.code).toBe('file/write-failed');
    expect(error.userMessage).toBe(
      'File "tracker.xlsx" gagal disimpan (disk penuh) dan file lama tidak diubah; kosongkan ruang di disk itu, lalu coba lagi.',
    );
    // Named for what it is, with this process's id so that a later save can tell it is not left over.
    expect(tempName).toMatch(
      new RegExp(
        `^~lakip-sedang-menyimpan\\.tracker\\.xlsx\\.[0-9a-f]{8}-${process.pid}-[0-9a-f]{12}\\.tmp$`,
      ),
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
    expect((await openXlsxFile(path)).snapshot.sheets[0]?.rows).toEqual([['lama']]);
  });

  it('a folder that cannot be written to → file/write-failed, nothing left behind', async () => {
    const error = await caught(() =>
      saveXlsxAtomic(workbookSaying('x'), join(dir, 'tidak-ada', 'tracker.xlsx')),
    );
    expect(error.code).toBe('file/write-failed');
    expect(error.userMessage).toMatch(/\(folder tidak ditemukan\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failing rename (the target is a folder) leaves the target untouched and no temporary file', async () => {
    const path = join(dir, 'tracker.xlsx');
    mkdirSync(path);
    writeFileSync(join(path, 'isi.txt'), 'tetap');
    const error = await caught(() => saveXlsxAtomic(workbookSaying('x'), path));
    expect(error.code).toBe('file/write-failed');
    expect(readFileSync(join(path, 'isi.txt'), 'utf8')).toBe('tetap');
    expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
  });

  it('refuses a workbook opened only for reading, which would lose its dropdowns', async () => {
    const path = join(dir, 'tracker.xlsx');
    writeFileSync(path, readFileSync(FIXTURE));
    const { wb } = await openXlsxFile(path);
    const error = await caught(() => saveXlsxAtomic(wb, path));
    expect(error.code).toBe('internal');
    expect(readFileSync(path).equals(readFileSync(FIXTURE))).toBe(true);
    expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
    // opened for writing, the same file saves
    await saveXlsxAtomic((await openXlsxFile(path, { forWrite: true })).wb, path);
    expect((await openXlsxFile(path)).snapshot).toEqual((await openXlsxFile(FIXTURE)).snapshot);
  });
});

describe('saveBytesAtomic: permissions, owner, links, left-overs', () => {
  const bytes = (t: string): Uint8Array => new TextEncoder().encode(t);

  it('a read-only file (no write bit) is refused in a sentence and left as it was, even as root', async () => {
    const path = join(dir, 'tracker.xlsx');
    writeFileSync(path, 'lama');
    chmodSync(path, 0o444);
    const error = await caught(() => saveBytesAtomic(bytes('baru'), path));
    expect(error.code).toBe('file/write-failed');
    expect(error.userMessage).toMatch(
      /^File "tracker\.xlsx" hanya-baca, jadi tidak ditimpa dan tidak diubah; /,
    );
    expect(readFileSync(path, 'utf8')).toBe('lama');
    expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
  });

  it('keeps the mode exactly, whatever the umask (0666 stays 0666)', async () => {
    const path = join(dir, 'bersama.xlsx');
    writeFileSync(path, 'lama');
    chmodSync(path, 0o666);
    const umask = process.umask(0o022);
    try {
      await saveBytesAtomic(bytes('baru'), path);
    } finally {
      process.umask(umask);
    }
    expect(statSync(path).mode & 0o777).toBe(0o666);
  });

  (process.getuid?.() === 0 ? it : it.skip)(
    'as root: the replaced file’s owner and group are kept',
    async () => {
      const path = join(dir, 'milik-lain.xlsx');
      writeFileSync(path, 'lama');
      chownSync(path, 2001, 2002);
      await saveBytesAtomic(bytes('baru'), path);
      const st = statSync(path);
      expect([st.uid, st.gid, readFileSync(path, 'utf8')]).toEqual([2001, 2002, 'baru']);
    },
  );

  it('through a symlink: follows it by default (the link stays); with link: "replace" the link is replaced and its target untouched', async () => {
    const real = join(dir, 'asli.xlsx');
    writeFileSync(real, 'lama');
    symlinkSync('asli.xlsx', join(dir, 'pintas.xlsx'));
    await saveBytesAtomic(bytes('baru'), join(dir, 'pintas.xlsx'));
    expect(lstatSync(join(dir, 'pintas.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('baru');
    await saveBytesAtomic(bytes('cadangan'), join(dir, 'pintas.xlsx'), { link: 'replace' });
    expect(lstatSync(join(dir, 'pintas.xlsx')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'pintas.xlsx'), 'utf8')).toBe('cadangan');
    expect(readFileSync(real, 'utf8')).toBe('baru');
  });

  it('permissionsOf: a new file gets another file’s mode', async () => {
    writeFileSync(join(dir, 'rahasia.xlsx'), 'x');
    chmodSync(join(dir, 'rahasia.xlsx'), 0o600);
    await saveBytesAtomic(bytes('y'), join(dir, 'cadangan.xlsx'), {
      permissionsOf: join(dir, 'rahasia.xlsx'),
    });
    expect(statSync(join(dir, 'cadangan.xlsx')).mode & 0o777).toBe(0o600);
  });

  it('open in Excel (~$NAME beside it): refused, nothing written', async () => {
    const path = join(dir, 'laporan.xlsx');
    writeFileSync(path, 'lama');
    writeFileSync(join(dir, '~$laporan.xlsx'), '');
    const error = await caught(() => saveBytesAtomic(bytes('baru'), path));
    expect(error.userMessage).toMatch(/^File "laporan\.xlsx" sedang dibuka di Excel/);
    expect(readFileSync(path, 'utf8')).toBe('lama');
  });

  it('temporary names stay within a folder entry’s 255 bytes, even for a very long name', () => {
    const name = `${'laporan-kinerja-'.repeat(14)}.xlsx`;
    expect(Buffer.byteLength(tempNameFor(name))).toBeLessThan(255);
    expect(tempNameFor('a.xlsx')).toMatch(
      new RegExp(`^~lakip-sedang-menyimpan\\.a\\.xlsx\\.${hostTag()}-${process.pid}-[0-9a-f]{12}\\.tmp$`),
    );
  });

  it('removeStaleTemps removes only our left-overs: a dead process’s, or any of ours untouched for an hour', async () => {
    const mine = tempNameFor('a.xlsx'); // this process: alive
    const otherMachine = '~lakip-sedang-menyimpan.b.xlsx.00000000-1-0123456789ab.tmp';
    const otherMachineOld = '~lakip-sedang-menyimpan.c.xlsx.00000000-1-0123456789ab.tmp';
    const notOurs = ['~lakip-sedang-menyimpan.txt', 'catatan.tmp', '.rahasia.tmp'];
    for (const f of [mine, otherMachine, otherMachineOld, ...notOurs]) writeFileSync(join(dir, f), '');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    for (const f of [otherMachineOld, ...notOurs]) utimesSync(join(dir, f), old, old);
    expect(await removeStaleTemps(dir)).toEqual([otherMachineOld]);
    expect(readdirSync(dir).sort()).toEqual([mine, otherMachine, ...notOurs].sort());
  });
});

describe('writeWorkbookBuffer', () => {
  it('gives .xlsx bytes as a Node Buffer', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const bytes = await writeWorkbookBuffer(wb);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect((await loadWorkbook(bytes)).worksheets.map((s) => s.name)).toEqual(['A']);
  });
});
