import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { loadWorkbook, readSnapshot } from './read';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

async function roundTrip(wb: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  const saved = await wb.xlsx.writeBuffer();
  return readSnapshot(await loadWorkbook(saved));
}

describe('readSnapshot', () => {
  // test/fixtures/libreoffice-basics.xlsx was made once from the .fods beside it with
  //   soffice --headless --convert-to xlsx --outdir test/fixtures test/fixtures/libreoffice-basics.fods
  // (LibreOffice 7.4), so it is a file a real spreadsheet application wrote.
  it('reads a file written by LibreOffice exactly', async () => {
    const wb = await loadWorkbook(readFileSync(join(FIXTURES, 'libreoffice-basics.xlsx')));
    expect(readSnapshot(wb)).toEqual({
      sheets: [
        {
          name: 'Data',
          rows: [
            ['Uraian', 'Nilai'],
            ['Target', 120],
            ['Realisasi', 102.5],
            ['Capaian', { kind: 'percent', value: 0.854166666666667 }], // =B3/B2, cached
            ['Bagi nol', { kind: 'error', code: '#DIV/0!' }], // =B3/0
            ['Tanggal', { kind: 'date', iso: '2024-03-15' }],
            ['Waktu', { kind: 'date', iso: '2024-03-15T10:30:00' }],
            ['Selesai', true],
            ['Catatan tebal biasa', { kind: 'percent', value: 0.855 }], // rich text; 85,5 %
            ['Judul gabungan'], // merged A10:B10
            ['Jumlah', 222.5], // =SUM(B2:B3)
            ['Target!', { kind: 'date', iso: '2024-03-16' }], // text formula; date formula
            ['Bukti dukung', { kind: 'error', code: '#N/A' }], // hyperlink; =NA()
            [],
            [null, null, null, -3],
          ],
        },
        { name: 'Tersembunyi', rows: [['rahasia', 42]], hidden: true },
        { name: 'Akhir', rows: [['akhir']] },
      ],
    });
  });

  it('reads shared and array formulas by their cached results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rumus');
    ws.getColumn(1).values = [1, 2, 3];
    ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]); // a shared formula
    // exceljs' typings omit fillFormula's fourth parameter, the share type
    const fill = ws.fillFormula.bind(ws) as (
      range: string,
      formula: string,
      results: number[],
      shareType: string,
    ) => void;
    fill('C1:C3', 'A1:A3*10', [10, 20, 30], 'array');
    ws.getCell('D1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
    ws.getCell('D2').value = { formula: 'A9', result: { error: '#REF!' } };
    ws.getCell('D3').value = { formula: 'NOW()' }; // no cached result
    ws.getCell('E1').value = { formula: 'A1>0', result: true };
    ws.getCell('E2').value = { formula: 'B1/8', result: 0.25 };
    ws.getCell('E2').numFmt = '0%';
    ws.getCell('E3').value = { formula: '""', result: '' };
    const saved = await wb.xlsx.writeBuffer();
    expect(await readSheetXml(saved)).toMatch(/t="shared"[\s\S]*t="array"/);
    expect((await roundTrip(wb)).sheets[0]?.rows).toEqual([
      [1, 2, 10, { kind: 'error', code: '#DIV/0!' }, true],
      [2, 4, 20, { kind: 'error', code: '#REF!' }, { kind: 'percent', value: 0.25 }],
      [3, 6, 30],
    ]);
  });

  it('reads every kind of cell value exceljs gives', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nilai');
    ws.getCell('A1').value = { richText: [{ text: 'Teks ' }, { text: 'tebal', font: { bold: true } }] };
    ws.getCell('B1').value = { text: 'Buka', hyperlink: 'https://example.com' };
    ws.getCell('C1').value = { text: 'Sel', hyperlink: "#'Nilai'!A1" };
    ws.getCell('A2').value = new Date(Date.UTC(2017, 11, 31));
    ws.getCell('B2').value = new Date(Date.UTC(2017, 11, 31, 23, 59, 59, 600)); // rounds up to the next day
    ws.getCell('C2').value = new Date(Date.UTC(1999, 0, 2, 0, 0, 1));
    ws.getCell('A3').value = { error: '#NAME?' };
    ws.getCell('B3').value = false;
    ws.getCell('C3').value = '   ';
    ws.getCell('D3').value = '';
    ws.getCell('A4').value = 0.5;
    ws.getCell('A4').numFmt = '0.0%';
    ws.getCell('B4').value = 12;
    ws.getCell('B4').numFmt = '0"%"'; // a literal percent sign: not scaled, not a percentage
    ws.getCell('C4').value = -1;
    ws.getCell('C4').numFmt = '[Red]0.00%;(0.00%)';
    ws.getCell('D4').value = '85%'; // text stays text; the parsers read it
    expect((await roundTrip(wb)).sheets[0]?.rows).toEqual([
      ['Teks tebal', 'Buka', 'Sel'],
      [
        { kind: 'date', iso: '2017-12-31' },
        { kind: 'date', iso: '2018-01-01' },
        { kind: 'date', iso: '1999-01-02T00:00:01' },
      ],
      [{ kind: 'error', code: '#NAME?' }, false, '   '],
      [{ kind: 'percent', value: 0.5 }, 12, { kind: 'percent', value: -1 }, '85%'],
    ]);
  });

  it('keeps merged values at the master cell only, trims trailing blanks and keeps sheet order', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('Satu');
    first.getCell('B2').value = 'Judul';
    first.mergeCells('B2:D3');
    first.getCell('E2').value = 'kanan';
    first.getCell('A6').value = null;
    first.getCell('F6').style = { font: { bold: true } }; // formatted but empty
    wb.addWorksheet('Kosong');
    const hidden = wb.addWorksheet('Sangat Tersembunyi');
    hidden.state = 'veryHidden';
    hidden.getCell('A1').value = 1;
    const visible = wb.addWorksheet('Terakhir');
    visible.getCell('C1').value = 'c';
    expect(await roundTrip(wb)).toEqual({
      sheets: [
        { name: 'Satu', rows: [[], [null, 'Judul', null, null, 'kanan']] },
        { name: 'Kosong', rows: [] },
        { name: 'Sangat Tersembunyi', rows: [[1]], hidden: true },
        { name: 'Terakhir', rows: [[null, null, 'c']] },
      ],
    });
  });

  it('gives the same snapshot for a workbook loaded for writing', async () => {
    const data = readFileSync(join(FIXTURES, 'libreoffice-basics.xlsx'));
    expect(readSnapshot(await loadWorkbook(data, { forWrite: true }))).toEqual(
      readSnapshot(await loadWorkbook(data)),
    );
  });
});

async function readSheetXml(data: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  return (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}
