import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyPlan } from './apply';
import {
  formatRect,
  parseRef,
  parseSheetValidations,
  subtractRect,
  validationsOf,
  type Rect,
} from './data-validations';
import { readSnapshot } from './read';
import { loadWorkbook, writeWorkbookBuffer } from './workbook';

/** Stock exceljs, to see what any reader of the file sees (its typings want their own Buffer type). */
async function stockLoad(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

/** A real file with a dropdown over `sqref`: written by exceljs over A2:A5, then the XML edited. */
async function fileWithValidation(sqref: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data Kinerja');
  ws.getCell('A1').value = 'Status Data';
  ws.getCell('B1').value = 'Target';
  for (let r = 2; r <= 5; r++) {
    ws.getCell(r, 1).value = 'Draf';
    ws.getCell(r, 2).value = r * 10;
    ws.getCell(r, 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Draf,Final"'] };
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const path = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(path)?.async('string')) ?? '';
  expect(xml).toContain('sqref="A2:A5"');
  zip.file(path, xml.replace('sqref="A2:A5"', `sqref="${sqref}"`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function sheetXml(data: Uint8Array | Buffer, path = 'xl/worksheets/sheet1.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  return (await zip.file(path)?.async('string')) ?? '';
}

function measure<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; heapMb: number }> {
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  return run().then((result) => ({
    result,
    ms: performance.now() - start,
    heapMb: (process.memoryUsage().heapUsed - before) / 1e6,
  }));
}

describe('the whole-column validation guard', () => {
  it('the test file really triggers the problem: stock exceljs makes one entry per cell', async () => {
    const data = await fileWithValidation('A2:A1048576');
    const wb = await stockLoad(data);
    const ws = wb.getWorksheet('Data Kinerja');
    expect(ws).toBeDefined();
    expect(Object.keys(validationsOf(ws as ExcelJS.Worksheet)).length).toBe(1048575);
  });

  it('reads a snapshot of a ten-column whole-sheet dropdown fast and in little memory', async () => {
    // 10 × 1,048,575 cells: stock exceljs had not finished after 200 s (about 1.1 GB resident).
    const data = await fileWithValidation('A2:J1048576');
    const { result: wb, ms, heapMb } = await measure(() => loadWorkbook(data));
    expect(ms).toBeLessThan(5000);
    expect(heapMb).toBeLessThan(64);
    expect(readSnapshot(wb).sheets[0]?.rows[1]).toEqual(['Draf', 20]);
  });

  it('keeps the whole-column dropdown unexpanded and unclipped through a round trip', async () => {
    const data = await fileWithValidation('A2:J1048576');
    const {
      result: wb,
      ms,
      heapMb,
    } = await measure(async () => {
      const book = await loadWorkbook(data, { forWrite: true });
      return { book, out: await writeWorkbookBuffer(book) };
    });
    expect(ms).toBeLessThan(5000);
    expect(heapMb).toBeLessThan(64);
    const ws = wb.book.getWorksheet('Data Kinerja') as ExcelJS.Worksheet;
    expect(validationsOf(ws)).toEqual({
      'A2:J1048576': { type: 'list', allowBlank: true, formulae: ['"Draf,Final"'] },
    });
    const xml = await sheetXml(wb.out);
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:J1048576"><formula1>&quot;Draf,Final&quot;</formula1></dataValidation></dataValidations>',
    );
    // and the saved file is still one exceljs and our reader agree on
    expect(readSnapshot(await loadWorkbook(wb.out)).sheets[0]?.rows[4]).toEqual(['Draf', 50]);
  });

  it('a dropdown written over part of a whole-column one replaces only that part', async () => {
    const wb = await loadWorkbook(await fileWithValidation('A2:A1048576'), { forWrite: true });
    applyPlan(wb, {
      ops: [
        {
          op: 'listValidation',
          sheet: 'data kinerja',
          row: 2,
          col: 1,
          rows: 9,
          cols: 1,
          source: { values: ['Belum', 'Selesai'] },
          allowBlank: false,
        },
      ],
      notes: [],
    });
    const xml = await sheetXml(await writeWorkbookBuffer(wb));
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" sqref="A11:A1048576"><formula1>&quot;Draf,Final&quot;<\/formula1>/,
    );
    expect(xml).toMatch(/sqref="A2:A10"><formula1>&quot;Belum,Selesai&quot;<\/formula1>/);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
  });

  it('keeps every kind of validation exceljs itself can write, as stock exceljs reads them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Jenis');
    const validations: Record<string, ExcelJS.DataValidation> = {
      A1: {
        type: 'list',
        allowBlank: true,
        formulae: ['"Ya,Tidak & Ada"'],
        showErrorMessage: true,
        error: 'Pilih <satu>.',
      },
      B1: {
        type: 'whole',
        operator: 'between',
        formulae: [2000, 2100],
        showInputMessage: true,
        prompt: 'Tahun',
      },
      C1: {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0.5],
        errorStyle: 'warning',
        errorTitle: 'Awas',
      },
      D1: { type: 'date', operator: 'lessThan', formulae: [new Date(Date.UTC(2024, 11, 31))] },
      E1: { type: 'textLength', operator: 'lessThanOrEqual', formulae: [18] },
      F1: { type: 'custom', formulae: ['ISNUMBER(F1)'] },
      G1: { type: 'list', formulae: ["'Jenis'!$A$5:$A$9"] },
    };
    for (const [address, dv] of Object.entries(validations)) ws.getCell(address).dataValidation = dv;
    const original = await wb.xlsx.writeBuffer();

    const ours = await writeWorkbookBuffer(await loadWorkbook(original, { forWrite: true }));
    const stock = await stockLoad(ours);
    const reread = stock.getWorksheet('Jenis') as ExcelJS.Worksheet;
    const expected = await stockLoad(original);
    expect(validationsOf(reread)).toEqual(validationsOf(expected.getWorksheet('Jenis') as ExcelJS.Worksheet));
    expect(reread.getCell('D1').dataValidation.formulae).toEqual([new Date(Date.UTC(2024, 11, 31))]);
  });

  it('finds each sheet by workbook.xml and its rels, whatever its file is called', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Pertama').getCell('A1').dataValidation = { type: 'list', formulae: ['"a,b"'] };
    wb.addWorksheet('Kedua').getCell('B2').dataValidation = { type: 'list', formulae: ['"c,d"'] };
    const saved = await writeWorkbookBuffer(wb);
    const book = await loadWorkbook(saved, { forWrite: true });
    expect(Object.keys(validationsOf(book.getWorksheet('Pertama') as ExcelJS.Worksheet))).toEqual(['A1']);
    expect(validationsOf(book.getWorksheet('Kedua') as ExcelJS.Worksheet)).toEqual({
      B2: { type: 'list', formulae: ['"c,d"'] },
    });
  });
});

describe('parseSheetValidations', () => {
  it('reads attributes, entities and several ranges in one sqref, without expanding', () => {
    const xml =
      '<worksheet><sheetData/><dataValidations count="2">' +
      '<dataValidation type="list" allowBlank="true" showErrorMessage="1" error="Pilih &quot;Ya&quot; &amp; lain" sqref="$B$2:$B$9 D2 F:F">' +
      '<formula1>&quot;Ya,Tidak&quot;</formula1></dataValidation>' +
      '<dataValidation type="whole" operator="greaterThan" sqref="C2:C3"><formula1>$A$1</formula1></dataValidation>' +
      '</dataValidations><extLst><x14:dataValidations/></extLst></worksheet>';
    const list = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      error: 'Pilih "Ya" & lain',
      formulae: ['"Ya,Tidak"'],
    };
    expect(parseSheetValidations(xml)).toEqual({
      'B2:B9': list,
      D2: list,
      'F1:F1048576': list,
      // a reference stays text (stock exceljs turns it into NaN)
      'C2:C3': { type: 'whole', operator: 'greaterThan', formulae: ['$A$1'] },
    });
  });

  it('gives nothing for a sheet without validations', () => {
    expect(parseSheetValidations('<worksheet><sheetData/></worksheet>')).toEqual({});
    expect(parseSheetValidations('<worksheet><dataValidations count="0"/></worksheet>')).toEqual({});
  });
});

describe('references and rectangles', () => {
  it.each<[string, Rect | undefined]>([
    ['A1', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['$B$3:$D$9', { top: 3, left: 2, bottom: 9, right: 4 }],
    ['D9:B3', { top: 3, left: 2, bottom: 9, right: 4 }],
    ['A:A', { top: 1, left: 1, bottom: 1048576, right: 1 }],
    ['2:4', { top: 2, left: 1, bottom: 4, right: 16384 }],
    ['XFD1048576', { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }],
    ['A0', undefined],
    ['A1048577', undefined],
    ['XFE1', undefined],
    ['A', undefined],
    ['A1:C', undefined],
    ['A1:B0', undefined],
    ['', undefined],
    ['A1:B2:C3', undefined],
    ['Sheet1!A1', undefined],
  ])('parseRef(%j)', (ref, rect) => {
    expect(parseRef(ref)).toEqual(rect);
  });

  it.each<[Rect, string]>([
    [{ top: 1, left: 1, bottom: 1, right: 1 }, 'A1'],
    [{ top: 2, left: 1, bottom: 1048576, right: 10 }, 'A2:J1048576'],
  ])('formatRect(%j) = %s', (rect, text) => {
    expect(formatRect(rect)).toBe(text);
  });

  it.each<[string, string, string[]]>([
    ['A1:A10', 'C1:C10', ['A1:A10']],
    ['A1:A10', 'A1:A10', []],
    ['A1:A10', 'A4:A6', ['A1:A3', 'A7:A10']],
    ['A2:A1048576', 'A2:A100', ['A101:A1048576']],
    ['B2:D4', 'C3', ['B2:D2', 'B4:D4', 'B3', 'D3']],
    ['B2:D4', 'A1:C3', ['B4:D4', 'D2:D3']],
    ['C3', 'A1:Z100', []],
  ])('%s minus %s', (a, b, rest) => {
    const [ra, rb] = [parseRef(a), parseRef(b)];
    if (ra === undefined || rb === undefined) throw new Error('bad test reference');
    expect(subtractRect(ra, rb).map(formatRect)).toEqual(rest);
  });
});
