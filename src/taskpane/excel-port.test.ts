import ExcelJS from 'exceljs';
import { ExcelFake } from '../../test/office-fake/excel-fake';
import { LakipError } from '../core/errors';
import { buildInitPlan } from '../core/init/init-plan';
import { computeLakip } from '../core/lakip/compute-lakip';
import { buildLakipPlan } from '../core/lakip/export-plan';
import { LAKIP_SHEETS } from '../core/lakip/tables';
import { findSheet } from '../core/snapshot';
import { createExcelPort, toBase64 } from './excel-port';
import { sampleTracker } from '../../test/support/taskpane/fixtures';

function portOn(fake: ExcelFake) {
  return createExcelPort({ run: fake.run, supports: fake.supports, createWorkbook: fake.createWorkbook });
}

describe('the Excel port (over the Office.js fake)', () => {
  test('reads the open workbook, applies a plan to it, and reads the result', async () => {
    const fake = new ExcelFake();
    const port = portOn(fake);
    expect(port.kind).toBe('excel');
    const before = await port.readSnapshot();
    expect(before.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(await port.apply(buildInitPlan(before, { tahun: 2017, unit: 'Kecamatan Pasrujambe' }))).toEqual(
      [],
    );
    const after = await port.readSnapshot();
    expect(findSheet(after, 'Pengaturan')?.rows.flat()).toEqual(
      expect.arrayContaining(['Kecamatan Pasrujambe', 2017]),
    );
    expect(findSheet(after, 'SOP')).toBeDefined();
  });

  test('an empty plan costs no Excel call', async () => {
    const fake = new ExcelFake();
    await portOn(fake).apply({ ops: [], notes: [] });
    expect(fake.syncCount).toBe(0);
  });

  test("selects a finding's cell", async () => {
    const fake = new ExcelFake({ sheets: ['Sheet1', 'PK'] });
    await portOn(fake).selectCell('PK', 'G6');
    expect(fake.selection).toEqual({ sheet: 'PK', address: 'G6' });
  });

  test('opens the LAKIP tables as a new workbook through Excel.createWorkbook', async () => {
    const fake = new ExcelFake();
    await portOn(fake).exportWorkbook(buildLakipPlan(computeLakip(sampleTracker())), 'Tabel LAKIP.xlsx');
    expect(fake.createdWorkbooks).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(fake.createdWorkbooks[0]!, 'base64') as unknown as Parameters<ExcelJS.Xlsx['load']>[0],
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([...LAKIP_SHEETS]);
  });

  test('on an Excel without ExcelApi 1.8, the export fails with the sentence that says what to do', async () => {
    const fake = new ExcelFake({ excelApi: '1.7' });
    const error = await portOn(fake)
      .exportWorkbook(buildLakipPlan(computeLakip(sampleTracker())), 'x.xlsx')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LakipError);
    expect((error as LakipError).code).toBe('office/unsupported');
    expect((error as LakipError).userMessage).toMatch(/ExcelApi 1\.8/);
    expect(fake.createdWorkbooks).toEqual([]);
  });
});

describe('toBase64', () => {
  test("matches Node's encoding, also past one slice", () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });
});
