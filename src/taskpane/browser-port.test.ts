import ExcelJS from 'exceljs';
import { LakipError } from '../core/errors';
import { buildInitPlan } from '../core/init/init-plan';
import { computeLakip } from '../core/lakip/compute-lakip';
import { buildLakipPlan } from '../core/lakip/export-plan';
import { LAKIP_SHEETS } from '../core/lakip/tables';
import { SAMPLE_PASRUJAMBE_2017 } from '../core/seed/sample';
import { findSheet } from '../core/snapshot';
import { MAX_FILE_BYTES, newBrowserWorkbook, openBrowserWorkbook } from './browser-port';

/** A real .xlsx made by exceljs: a user's own sheet with a typed note and a date. */
async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Catatan Saya');
  ws.getCell('A1').value = 'Rapat tim SAKIP';
  ws.getCell('B1').value = new Date(Date.UTC(2018, 0, 15));
  ws.getCell('A2').value = 1234.5;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb.worksheets.map((w) => w.name);
}

describe('the browser port (exceljs in memory)', () => {
  test('opens a real .xlsx, reads it, makes it a tracker in memory and downloads the result', async () => {
    const delivered: { bytes: Uint8Array; name: string }[] = [];
    const port = await openBrowserWorkbook('kinerja 2017.xlsx', await userFile(), {
      download: (bytes, name) => delivered.push({ bytes, name }),
    });
    expect(port.kind).toBe('browser');
    expect(port.fileName).toBe('kinerja 2017.xlsx');
    const before = await port.readSnapshot();
    expect(before.sheets).toEqual([
      { name: 'Catatan Saya', rows: [['Rapat tim SAKIP', { kind: 'date', iso: '2018-01-15' }], [1234.5]] },
    ]);
    expect(port.modified).toBe(false);

    await port.apply(
      buildInitPlan(before, { tahun: 2017, unit: 'Kecamatan Pasrujambe', sample: SAMPLE_PASRUJAMBE_2017 }),
    );
    expect(port.modified).toBe(true);
    const after = await port.readSnapshot();
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(findSheet(after, 'SOP')).toBeDefined();

    await port.download();
    expect(port.modified).toBe(false);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.name).toMatch(/^kinerja 2017 \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.xlsx$/);
    const names = await sheetNames(delivered[0]!.bytes);
    expect(names[0]).toBe('Catatan Saya');
    expect(names).toEqual(expect.arrayContaining(['Pengaturan', 'SOP', 'Dokumen', 'PK', 'Data Kinerja']));
  });

  test('exports the LAKIP tables as a file of their own, leaving the open file as it was', async () => {
    const delivered: { bytes: Uint8Array; name: string }[] = [];
    const port = await openBrowserWorkbook('t.xlsx', await userFile(), {
      download: (bytes, name) => delivered.push({ bytes, name }),
    });
    await port.exportWorkbook(buildLakipPlan(computeLakip({ sheets: [] })), 'Tabel LAKIP: 2017?');
    expect(delivered[0]!.name).toBe('Tabel LAKIP 2017.xlsx');
    expect(await sheetNames(delivered[0]!.bytes)).toEqual([...LAKIP_SHEETS]);
    expect(port.modified).toBe(false);
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(['Catatan Saya']);
  });

  test('a new workbook starts empty and is named as given', async () => {
    const port = await newBrowserWorkbook('Tracker LAKIP');
    expect(port.fileName).toBe('Tracker LAKIP.xlsx');
    expect((await port.readSnapshot()).sheets).toEqual([]);
  });

  test.each([
    ['a CSV file', new TextEncoder().encode('No;Aktivitas\n1;Rapat\n'), 'file/csv'],
    ['an image', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]), 'file/not-xlsx'],
    ['an empty file', new Uint8Array(), 'file/empty'],
    ['a cut-off .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'file/damaged'],
  ])('refuses %s with an Indonesian sentence naming the file', async (_label, bytes, code) => {
    const error = await openBrowserWorkbook('laporan.xlsx', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LakipError);
    expect((error as LakipError).code).toBe(code);
    expect((error as LakipError).userMessage).toContain('"laporan.xlsx"');
  });

  test('refuses a file over the size limit before loading exceljs', async () => {
    const engine = jest.fn();
    const error = await openBrowserWorkbook('besar.xlsx', new Uint8Array(MAX_FILE_BYTES + 1), {
      engine,
    }).catch((e: unknown) => e);
    expect((error as LakipError).code).toBe('file/too-large');
    expect(engine).not.toHaveBeenCalled();
  });
});
