import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { syntheticTracker, writeSnapshotXlsx } from '../../../bench/synthetic';
import { encryptedXlsxBytes } from '../../../test/fixtures/hostile/build';
import { LakipError, type ErrorCode } from '../../core/errors';
import { buildInitPlan } from '../../core/init/init-plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../core/seed/sample';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { applyPlan } from './apply';
import { openXlsxFile, writeWorkbookBuffer } from './file';
import { readSnapshotStreaming } from './stream-read';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lakip-stream-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function bothReaders(path: string): Promise<[WorkbookSnapshot, WorkbookSnapshot]> {
  return [(await openXlsxFile(path)).snapshot, await readSnapshotStreaming(path)];
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readSnapshotStreaming gives the same snapshot as openXlsxFile', () => {
  it('on a file written by LibreOffice (dates, percentages, errors, formulas, rich text, merged, hidden)', async () => {
    const [normal, streamed] = await bothReaders(join(FIXTURES, 'libreoffice-basics.xlsx'));
    expect(streamed).toEqual(normal);
    expect(streamed.sheets[0]?.rows[5]).toEqual(['Tanggal', { kind: 'date', iso: '2024-03-15' }]);
  });

  it('on the built-in sample tracker as lakip init --sample writes it', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(
      wb,
      buildInitPlan(
        { sheets: [] },
        { tahun: 2017, unit: 'Kecamatan Pasrujambe', sample: SAMPLE_PASRUJAMBE_2017 },
      ),
    );
    const [normal, streamed] = await bothReaders(save('sampel.xlsx', await writeWorkbookBuffer(wb)));
    expect(streamed).toEqual(normal);
    expect(streamed.sheets.length).toBeGreaterThan(15);
  });

  it('on a synthetic tracker written by exceljs streaming writer (the benchmark file, small)', async () => {
    const path = join(dir, 'sintetis.xlsx');
    await writeSnapshotXlsx(syntheticTracker({ rows: 150 }).snapshot, path);
    const [normal, streamed] = await bothReaders(path);
    expect(streamed).toEqual(normal);
  });

  it('on every kind of cell, hidden sheets, 1904 dates and a tab order unlike the file order', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Sel');
    ws.getCell('A1').value = new Date(Date.UTC(2017, 11, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = 43100.5;
    ws.getCell('A2').numFmt = '[$-421]dd mmmm yyyy hh:mm';
    ws.getCell('A3').value = 0.855;
    ws.getCell('A3').numFmt = '0.0%';
    ws.getCell('A4').value = 0.5;
    ws.getCell('A4').numFmt = '"%"0'; // a quoted % is not a percentage
    ws.getCell('A5').value = { error: '#REF!' };
    ws.getCell('B1').value = { formula: 'A3*2', result: 1.71 };
    ws.getCell('B1').numFmt = '0%';
    ws.getCell('B2').value = { formula: 'A1', result: new Date(Date.UTC(2018, 0, 5)) };
    ws.getCell('B2').numFmt = 'd-mmm-yy';
    ws.getCell('B3').value = { formula: '"x"&"y"', result: 'xy' };
    ws.getCell('B4').value = { formula: '1=1', result: true };
    ws.getCell('B5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('B6').value = { formula: 'NOW()' }; // no cached result
    ws.getCell('C1').value = { richText: [{ text: 'Tebal', font: { bold: true } }, { text: ' biasa' }] };
    ws.getCell('C2').value = { text: 'Bukti', hyperlink: 'https://contoh.go.id/bukti.pdf' };
    ws.getCell('C3').value = '';
    ws.getCell('C4').value = 'baris\r\nbaru _x000D_ teks';
    ws.getCell('C5').value = false;
    ws.getCell('D1').value = 'Gabungan';
    ws.mergeCells('D1:E2');
    ws.getCell('F10').value = -0.5;
    wb.addWorksheet('Tersembunyi', { state: 'hidden' }).getCell('A1').value = 'rahasia';
    wb.addWorksheet('Sangat', { state: 'veryHidden' }).getCell('B2').value = 7;
    wb.addWorksheet('Kosong');
    const zip = await JSZip.loadAsync(await writeWorkbookBuffer(wb));
    // Tab order unlike the file order; a covered cell of the merge holding a value; an inline string.
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const tags = book.match(/<sheet [^>]*\/>/g) ?? [];
    zip.file('xl/workbook.xml', book.replace(tags.join(''), [...tags].reverse().join('')));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet
        .replace(/<c r="E1"[^>]*\/>/, '<c r="E1" t="inlineStr"><is><t>tertutup</t></is></c>')
        .replace('<c r="F10"', '<c r="G10" t="inlineStr"><is><t>sebaris</t></is></c><c r="F10"'),
    );
    const path = save('sel.xlsx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const [normal, streamed] = await bothReaders(path);
    expect(streamed).toEqual(normal);
    const cells = streamed.sheets[3]?.rows ?? [];
    // E1 is covered by the merge D1:E2, so its value is not read (the row ends at D1).
    expect(cells[0]).toEqual([
      { kind: 'date', iso: '2017-12-31' },
      { kind: 'percent', value: 1.71 },
      'Tebal biasa',
      'Gabungan',
    ]);
    expect(cells[1]?.[0]).toEqual({ kind: 'date', iso: '2022-01-01T12:00:00' }); // 43100.5 in the 1904 system
    expect(cells[2]?.[0]).toEqual({ kind: 'percent', value: 0.855 });
    expect(cells[3]?.[0]).toBe(0.5);
    expect(cells[4]?.slice(0, 2)).toEqual([
      { kind: 'error', code: '#REF!' },
      { kind: 'error', code: '#DIV/0!' },
    ]);
    expect(cells[9]?.slice(5)).toEqual([-0.5, 'sebaris']);
    expect(streamed.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Kosong', false],
      ['Sangat', true],
      ['Tersembunyi', true],
      ['Sel', false],
    ]);
  });
});

describe('readSnapshotStreaming refuses what openXlsxFile refuses', () => {
  async function codeOf(run: () => Promise<unknown>): Promise<ErrorCode> {
    try {
      await run();
    } catch (e) {
      if (e instanceof LakipError) return e.code;
      throw e;
    }
    throw new Error('expected a LakipError');
  }

  it.each([
    ['a CSV', 'data.xlsx', () => new TextEncoder().encode('Kode;Nilai\nIK-01;85\n'), 'file/csv'],
    ['a password-protected workbook', 'rahasia.xlsx', encryptedXlsxBytes, 'file/encrypted'],
    [
      'a truncated workbook',
      'terpotong.xlsx',
      () => readFileSync(join(FIXTURES, 'libreoffice-basics.xlsx')).subarray(0, 3000),
      'file/damaged',
    ],
  ] as const)('%s', async (_what, name, make, code) => {
    const path = save(name, make());
    expect(await codeOf(() => readSnapshotStreaming(path))).toBe(code);
    expect(await codeOf(() => openXlsxFile(path))).toBe(code);
  });

  it('a missing file → file/not-found, in the same sentence', async () => {
    const path = join(dir, 'tidak-ada.xlsx');
    await expect(readSnapshotStreaming(path)).rejects.toThrow(`File "${path}" tidak ditemukan`);
  });

  it('stops inflating an entry that grows past the size its directory declares (a lying zip bomb)', async () => {
    const bytes = Buffer.from(readFileSync(join(FIXTURES, 'libreoffice-basics.xlsx')));
    // Declare sheet1.xml much smaller than it is, in its central-directory record.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let patched = 0;
    for (
      let p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      p !== -1;
      p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
    ) {
      if (bytes.subarray(p + 46, p + 46 + name.length).equals(name)) {
        bytes.writeUInt32LE(100, p + 24);
        patched++;
      }
    }
    expect(patched).toBe(1);
    const path = save('berbohong.xlsx', bytes);
    expect(await codeOf(() => readSnapshotStreaming(path))).toBe('file/damaged');
  });
});
