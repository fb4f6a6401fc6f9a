/**
 * The task pane's browser mode refuses hostile files with the same sentences as the CLI (the
 * shared input guard), before the exceljs chunk is even fetched.
 */
import ExcelJS from 'exceljs';
import {
  buildZip,
  encryptedXlsxBytes,
  legacyXlsBytes,
  MINIMAL_XLSX_ENTRIES,
} from '../../test/fixtures/hostile/build';
import { LakipError, type ErrorCode } from '../core/errors';
import { inconsistentZips } from '../../test/fixtures/hostile/inconsistent';
import * as inputGuard from '../core/guard/input-guard';
import * as packageScan from '../core/guard/package-scan';
import { inspectWorkbookBytes } from '../core/guard/input-guard';
import { openBrowserWorkbook } from './browser-port';

const MB = 1024 * 1024;
const workbook = buildZip([
  ...MINIMAL_XLSX_ENTRIES,
  { name: 'xl/sharedStrings.xml', data: 'x'.repeat(3000) },
]);

const cases: [string, Uint8Array, ErrorCode][] = [
  ['an empty file', new Uint8Array(), 'file/empty'],
  ['a CSV', new TextEncoder().encode('Kode;Realisasi\nIK-01;85\n'), 'file/csv'],
  ['a password-protected workbook', encryptedXlsxBytes(), 'file/encrypted'],
  ['an old .xls', legacyXlsBytes(), 'file/xls'],
  ['a workbook cut short', workbook.subarray(0, 2000), 'file/damaged'],
  [
    'a zip bomb (400 MB declared from 400 KB)',
    buildZip([
      ...MINIMAL_XLSX_ENTRIES,
      {
        name: 'xl/worksheets/sheet2.xml',
        data: new Uint8Array(400 * 1024),
        declared: { uncompressed: 400 * MB },
        method: 8,
      },
    ]),
    'file/too-large',
  ],
  [
    'a Word document',
    buildZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }]),
    'file/not-xlsx',
  ],
];

test.each(cases.map(([what, bytes, code]) => ({ what, bytes, code })))(
  '$what → $code, before exceljs is loaded, in the CLI’s words',
  async ({ bytes, code }) => {
    const engine = jest.fn();
    const error = await openBrowserWorkbook('laporan.xlsx', bytes, { engine }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LakipError);
    expect((error as LakipError).code).toBe(code);
    const verdict = inspectWorkbookBytes(bytes, {}, 'laporan.xlsx');
    expect(verdict.ok ? '' : verdict.userMessage).toBe((error as LakipError).userMessage);
    expect(engine).not.toHaveBeenCalled();
  },
);

describe('zips whose directory and local headers disagree (issue #17)', () => {
  test.each(inconsistentZips(MINIMAL_XLSX_ENTRIES).map((c) => ({ ...c })))(
    '$what → file/damaged, before exceljs is loaded, in the CLI’s words',
    async ({ bytes, why }) => {
      const engine = jest.fn();
      const error = await openBrowserWorkbook('laporan.xlsx', bytes, { engine }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LakipError);
      expect((error as LakipError).code).toBe('file/damaged');
      expect((error as LakipError).userMessage).toMatch(why);
      const verdict = inspectWorkbookBytes(bytes, {}, 'laporan.xlsx');
      expect(verdict.ok ? '' : verdict.userMessage).toBe((error as LakipError).userMessage);
      expect(engine).not.toHaveBeenCalled();
    },
  );

  test('a good file passes the guard once: the engine is handed its approval', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan Saya').getCell('A1').value = 'Rapat tim SAKIP';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const guard = jest.spyOn(inputGuard, 'assertWorkbookBytes');
    const scan = jest.spyOn(packageScan, 'assertPackageScan');
    const port = await openBrowserWorkbook('basics.xlsx', bytes);
    expect((await port.readSnapshot()).sheets).toEqual([
      { name: 'Catatan Saya', rows: [['Rapat tim SAKIP']] },
    ]);
    // The package scan too: once, before exceljs, not again inside the engine.
    expect(guard).toHaveBeenCalledTimes(1);
    expect(scan).toHaveBeenCalledTimes(1);
    guard.mockRestore();
    scan.mockRestore();
  });

  test('saving the opened file does not guard its bytes again: once per file, read and patch', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan Saya').getCell('A1').value = 'Rapat tim SAKIP';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const guard = jest.spyOn(inputGuard, 'assertWorkbookBytes');
    const scan = jest.spyOn(packageScan, 'assertPackageScan');
    const port = await openBrowserWorkbook('basics.xlsx', bytes);
    await port.readSnapshot();
    await port.apply({ ops: [{ op: 'ensureSheet', sheet: 'Temuan' }], notes: [] });
    expect(guard).toHaveBeenCalledTimes(1);
    expect(scan).toHaveBeenCalledTimes(1);
    // The port's own output is a new file: reading it back guards it, once.
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(['Catatan Saya', 'Temuan']);
    expect(guard).toHaveBeenCalledTimes(2);
    guard.mockRestore();
    scan.mockRestore();
  });
});
