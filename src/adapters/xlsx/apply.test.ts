import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LakipError } from '../../core/errors';
import type { WriteOp, WritePlan } from '../../core/plan/plan';
import { applyPlan, DEFAULT_LIST_ERROR } from './apply';
import { validationsOf } from './data-validations';
import { loadWorkbook, readSnapshot } from './read';
import { writeWorkbookBuffer } from './workbook';

const plan = (...ops: WriteOp[]): WritePlan => ({ ops, notes: [] });

/** Stock exceljs, to see what any reader of the file sees (its typings want their own Buffer type). */
async function stockLoad(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

/** Saves and loads again with stock exceljs, to see what a reader of the file sees. */
async function reopen(wb: ExcelJS.Workbook): Promise<{ data: Buffer; book: ExcelJS.Workbook }> {
  const data = await writeWorkbookBuffer(wb);
  return { data, book: await stockLoad(data) };
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

const EVERY_OP = plan(
  { op: 'ensureSheet', sheet: 'Laporan', tabColor: '1F4E78' },
  { op: 'ensureSheet', sheet: 'Daftar', hidden: true },
  { op: 'ensureSheet', sheet: ' LAPORAN ' }, // the same sheet: nothing new
  { op: 'setValues', sheet: 'Daftar', row: 1, col: 1, values: [['Belum'], ['Proses'], ['Selesai']] },
  { op: 'setValues', sheet: 'Laporan', row: 1, col: 1, values: [['Judul laporan', null, null, null]] },
  { op: 'mergeCells', sheet: 'Laporan', row: 1, col: 1, rows: 1, cols: 4 },
  {
    op: 'setValues',
    sheet: 'Laporan',
    row: 3,
    col: 1,
    values: [
      ['Kode', 'Tanggal', 'Capaian', 'Rumus', 'Sel', 'Teks', 'Status'],
      [
        '=SUM(A1:A2)',
        { kind: 'date', iso: '2024-03-15' },
        { kind: 'percent', value: 0.855 },
        { kind: 'formula', formula: 'C4*2', result: 1.71 },
        { kind: 'link', text: 'Daftar!A1', sheet: 'Daftar', cell: 'A1' },
        '+62 812',
        true,
      ],
      [
        '@kode',
        { kind: 'date', iso: '2024-03-15T10:30:00' },
        12.5,
        { kind: 'formula', formula: '=NOW()', result: null },
        { kind: 'error', code: '#N/A' },
        -3,
        false,
      ],
    ],
    numberFormats: [
      [null, null, null, null, null, null, null],
      [null, null, null, '0.00', null, '@', null],
      [null, null, null, null, null, null, null],
    ],
  },
  { op: 'setNumberFormat', sheet: 'Laporan', row: 5, col: 3, rows: 1, cols: 1, format: '#,##0.0' },
  {
    op: 'setStyle',
    sheet: 'Laporan',
    row: 3,
    col: 1,
    rows: 1,
    cols: 7,
    style: {
      bold: true,
      italic: false,
      fontSize: 12,
      fontColor: 'FFFFFF',
      fill: '1F4E78',
      wrap: true,
      hAlign: 'center',
      vAlign: 'middle',
      border: 'thin',
    },
  },
  {
    op: 'setColumnWidths',
    sheet: 'Laporan',
    widths: [
      { col: 1, width: 12 },
      { col: 2, width: 14.5 },
    ],
  },
  { op: 'setRowHeight', sheet: 'Laporan', row: 3, height: 30 },
  { op: 'freezePanes', sheet: 'Laporan', rows: 3, cols: 1 },
  {
    op: 'listValidation',
    sheet: 'Laporan',
    row: 4,
    col: 7,
    rows: 7,
    cols: 1,
    source: { range: "'Daftar'!$A$1:$A$3" },
    allowBlank: true,
  },
  {
    op: 'listValidation',
    sheet: 'Laporan',
    row: 4,
    col: 1,
    rows: 2,
    cols: 2,
    source: { values: ['Ya', 'Tidak', 'Kata "kutip"'] },
    allowBlank: false,
    error: 'Isi Ya atau Tidak.',
  },
  { op: 'autoFilter', sheet: 'Laporan', row: 3, col: 1, rows: 3, cols: 7 },
  {
    op: 'pageSetup',
    sheet: 'Laporan',
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    printTitleRows: { from: 3, to: 3 },
  },
  {
    op: 'protectSheet',
    sheet: 'Laporan',
    unlocked: [{ sheet: 'Laporan', row: 4, col: 7, rows: 7, cols: 1 }],
  },
);

describe('applyPlan: every operation, saved and read back', () => {
  let saved: Buffer;
  let book: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, EVERY_OP);
    ({ data: saved, book } = await reopen(wb));
    ws = worksheet(book, 'Laporan');
  });

  it('the snapshot shows the values', async () => {
    expect(readSnapshot(await loadWorkbook(saved))).toEqual({
      sheets: [
        {
          name: 'Laporan',
          rows: [
            ['Judul laporan'],
            [],
            ['Kode', 'Tanggal', 'Capaian', 'Rumus', 'Sel', 'Teks', 'Status'],
            [
              '=SUM(A1:A2)',
              { kind: 'date', iso: '2024-03-15' },
              { kind: 'percent', value: 0.855 },
              3.42 / 2,
              'Daftar!A1',
              '+62 812',
              true,
            ],
            [
              '@kode',
              { kind: 'date', iso: '2024-03-15T10:30:00' },
              12.5,
              null,
              { kind: 'error', code: '#N/A' },
              -3,
              false,
            ],
          ],
        },
        { name: 'Daftar', rows: [['Belum'], ['Proses'], ['Selesai']], hidden: true },
      ],
    });
  });

  it('sheets: order, tab colour, hidden', () => {
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Laporan', 'visible'],
      ['Daftar', 'hidden'],
    ]);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E78' });
  });

  it('strings are literal text, never formulas; formulas carry their result', async () => {
    expect(ws.getCell('A4').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D4').value).toEqual({ formula: 'C4*2', result: 1.71 });
    expect(ws.getCell('D5').formula).toBe('NOW()');
    const xml = await (await JSZip.loadAsync(saved)).file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml?.match(/<f>[^<]*<\/f>/g)).toEqual(['<f>C4*2</f>', '<f>NOW()</f>']);
  });

  it('number formats: given ones, and defaults for dates and percentages', () => {
    expect(['B4', 'C4', 'D4', 'F4', 'B5', 'C5', 'A4'].map((a) => ws.getCell(a).numFmt)).toEqual([
      'dd/mm/yyyy',
      '0.00%',
      '0.00',
      '@',
      'dd/mm/yyyy hh:mm',
      '#,##0.0',
      '@', // "=SUM(A1:A2)" as text: formatted as text so that editing the cell keeps it text
    ]);
  });

  it('an internal link, blue and underlined', () => {
    expect(ws.getCell('E4').value).toEqual({ text: 'Daftar!A1', hyperlink: "#'Daftar'!A1" });
    expect(ws.getCell('E4').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  it('styles, merge, widths, height, frozen panes', () => {
    for (const address of ['A3', 'G3']) {
      const cell = ws.getCell(address);
      expect(cell.font).toMatchObject({ bold: true, size: 12, color: { argb: 'FFFFFFFF' } });
      expect(cell.font.italic).toBeFalsy();
      expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
      expect(cell.alignment).toEqual({ wrapText: true, horizontal: 'center', vertical: 'middle' });
      expect(cell.border).toEqual({
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      });
    }
    expect(ws.getCell('H3').font).toBeUndefined();
    // No border lines (A4 has a style of its own, its text format, so exceljs reads back `{}`).
    expect(ws.getCell('A4').border ?? {}).toEqual({});
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('E1').master.address).toBe('E1');
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(3).width]).toEqual([
      12,
      14.5,
      undefined,
    ]);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.views).toEqual([
      expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' }),
    ]);
  });

  it('dropdowns over the whole area, with the Indonesian message by default', () => {
    const status = ws.getCell('G10').dataValidation;
    expect(status).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ["'Daftar'!$A$1:$A$3"],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: DEFAULT_LIST_ERROR,
    });
    expect(ws.getCell('G4').dataValidation).toEqual(status);
    expect(ws.getCell('G11').dataValidation).toBeUndefined();
    const yaTidak = {
      type: 'list',
      formulae: ['"Ya,Tidak,Kata ""kutip"""'],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: 'Isi Ya atau Tidak.',
    };
    for (const address of ['A4', 'B4', 'A5', 'B5'])
      expect(ws.getCell(address).dataValidation).toEqual(yaTidak);
    expect(ws.getCell('C4').dataValidation).toBeUndefined();
  });

  it('autofilter, page setup, protection with unlocked cells', () => {
    expect(ws.autoFilter).toBe('A3:G5');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
    const { sheetProtection } = ws as unknown as { sheetProtection: unknown };
    expect(sheetProtection).toMatchObject({ sheet: true, autoFilter: true, formatColumns: true });
    expect(sheetProtection).not.toHaveProperty('hashValue');
    expect(ws.getCell('G4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('G10').protection).toMatchObject({ locked: false });
    expect(ws.getCell('F4').protection).toBeUndefined();
  });
});

/** Everything of a cell that a user could see or that we could damage. */
function cellState(cell: ExcelJS.Cell): string {
  return JSON.stringify({
    value: cell.value,
    style: cell.style,
    validation: cell.dataValidation ?? null,
    merged: cell.master.address,
  });
}

function sheetState(ws: ExcelJS.Worksheet, skip: Set<string> = new Set()): Map<string, string> {
  const cells = new Map<string, string>();
  for (let r = 1; r <= 12; r++) {
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(r, c);
      if (!skip.has(cell.address)) cells.set(cell.address, cellState(cell));
    }
  }
  cells.set(
    'sheet',
    JSON.stringify({ state: ws.state, views: ws.views, autoFilter: ws.autoFilter, props: ws.properties }),
  );
  return cells;
}

/** A user's workbook: typed cells, shared styles (one style object for many cells after loading). */
async function usersWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Data Kinerja');
  const bold: Partial<ExcelJS.Style> = {
    font: { bold: true, name: 'Calibri' },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } },
  };
  data.getRow(1).values = ['Kode', 'Realisasi', 'Capaian', 'Tanggal', 'Status', 'Rumus'];
  data.getRow(1).eachCell((cell) => (cell.style = bold));
  for (let r = 2; r <= 6; r++) {
    data.getCell(r, 1).value = `IK-${r}`;
    data.getCell(r, 1).style = bold;
    data.getCell(r, 2).value = r * 1.5;
    data.getCell(r, 2).numFmt = '#,##0.00';
    data.getCell(r, 3).value = r / 10;
    data.getCell(r, 3).numFmt = '0%';
    data.getCell(r, 4).value = new Date(Date.UTC(2024, r, 1));
    data.getCell(r, 4).numFmt = 'dd/mm/yyyy';
    data.getCell(r, 5).value = 'Draf';
    data.getCell(r, 5).dataValidation = { type: 'list', formulae: ['"Draf,Final"'], allowBlank: true };
    data.getCell(r, 6).value = { formula: `B${r}*2`, result: r * 3 };
  }
  data.getCell('A8').value = 'Catatan gabungan';
  data.mergeCells('A8:C9');
  data.views = [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', zoomScale: 90 }];
  data.autoFilter = 'A1:F6';
  const notes = wb.addWorksheet('Catatan', { properties: { tabColor: { argb: 'FF00FF00' } } });
  notes.getCell('B2').value = { richText: [{ text: 'isi ' }, { text: 'pengguna', font: { italic: true } }] };
  notes.getCell('B3').value = { text: 'tautan', hyperlink: 'https://example.com' };
  notes.getCell('C3').value = { error: '#REF!' };
  const hidden = wb.addWorksheet('Rahasia');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 42;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('manual page breaks: a printed page starts at each row named (OOXML brk id = the row above)', async () => {
  const wb = new ExcelJS.Workbook();
  applyPlan(
    wb,
    plan(
      { op: 'ensureSheet', sheet: 'LAKIP SOP' },
      { op: 'setValues', sheet: 'LAKIP SOP', row: 30, col: 1, values: [['akhir']] },
      {
        op: 'pageSetup',
        sheet: 'LAKIP SOP',
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        rowBreaks: [21, 28],
      },
    ),
  );
  const zip = await JSZip.loadAsync(await writeWorkbookBuffer(wb));
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const ids = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
  expect(ids).toEqual([20, 27]);
});

describe('applyPlan leaves alone what the plan does not name', () => {
  it('every other cell, style, validation and sheet is unchanged, in memory and in the saved file', async () => {
    const original = await usersWorkbook();
    const before = await loadWorkbook(original, { forWrite: true });
    const wb = await loadWorkbook(original, { forWrite: true });
    const touched = new Set(['A2', 'B3', 'C3', 'D3', 'E2', 'E3', 'F7']);
    applyPlan(
      wb,
      plan(
        {
          op: 'setStyle',
          sheet: 'data kinerja',
          row: 2,
          col: 1,
          rows: 1,
          cols: 1,
          style: { italic: true, fill: 'FFFF00', border: 'thin' },
        },
        { op: 'setNumberFormat', sheet: 'Data Kinerja', row: 3, col: 2, rows: 1, cols: 1, format: '0.0' },
        {
          op: 'setValues',
          sheet: 'Data Kinerja',
          row: 3,
          col: 3,
          values: [
            [
              { kind: 'percent', value: 0.9 },
              { kind: 'date', iso: '2024-12-31' },
            ],
          ],
        },
        {
          op: 'listValidation',
          sheet: 'Data Kinerja',
          row: 2,
          col: 5,
          rows: 2,
          cols: 1,
          source: { values: ['Final'] },
          allowBlank: false,
        },
        { op: 'setValues', sheet: 'Data Kinerja', row: 7, col: 6, values: [['baru']] },
        { op: 'ensureSheet', sheet: 'Temuan', tabColor: 'C00000' },
        { op: 'setValues', sheet: 'Temuan', row: 1, col: 1, values: [['No', 'Pesan']] },
      ),
    );

    const compare = (after: ExcelJS.Workbook, old: ExcelJS.Workbook): void => {
      expect(after.worksheets.map((s) => s.name)).toEqual(['Data Kinerja', 'Catatan', 'Rahasia', 'Temuan']);
      for (const name of ['Catatan', 'Rahasia']) {
        expect(sheetState(worksheet(after, name))).toEqual(sheetState(worksheet(old, name)));
      }
      expect(sheetState(worksheet(after, 'Data Kinerja'), touched)).toEqual(
        sheetState(worksheet(old, 'Data Kinerja'), touched),
      );
    };
    compare(wb, before);

    const { book: reread } = await reopen(wb);
    compare(reread, await stockLoad(original));

    // and what the plan named did change
    const ws = worksheet(reread, 'Data Kinerja');
    expect(ws.getCell('A2').font).toEqual({ bold: true, name: 'Calibri', italic: true });
    expect(ws.getCell('A3').font).toEqual({ bold: true, name: 'Calibri' }); // shared style object before
    expect(ws.getCell('B3').numFmt).toBe('0.0');
    expect(ws.getCell('C3').value).toBe(0.9);
    expect(ws.getCell('C3').numFmt).toBe('0%'); // the cell's own percent format is kept
    expect(ws.getCell('D3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('E3').dataValidation?.formulae).toEqual(['"Final"']);
    expect(ws.getCell('E4').dataValidation?.formulae).toEqual(['"Draf,Final"']);
    expect(worksheet(reread, 'Temuan').properties.tabColor).toEqual({ argb: 'FFC00000' });
  });

  it('clearSheet empties a sheet in place, keeping its name, position and tab', async () => {
    const wb = await loadWorkbook(await usersWorkbook(), { forWrite: true });
    const notesBefore = sheetState(worksheet(wb, 'Catatan'));
    applyPlan(
      wb,
      plan(
        { op: 'clearSheet', sheet: 'DATA KINERJA' },
        { op: 'setValues', sheet: 'Data Kinerja', row: 2, col: 2, values: [['baru']] },
      ),
    );
    const { data, book } = await reopen(wb);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data Kinerja', 'Catatan', 'Rahasia']);
    const ws = worksheet(book, 'Data Kinerja');
    expect(readSnapshot(await loadWorkbook(data)).sheets[0]).toEqual({
      name: 'Data Kinerja',
      rows: [[], [null, 'baru']],
    });
    expect(validationsOf(ws)).toEqual({});
    expect(ws.getCell('B1').master.address).toBe('B1');
    expect(ws.getCell('A8').master.address).toBe('A8');
    expect(ws.getCell('B9').master.address).toBe('B9');
    expect(ws.getCell('A1').style).toEqual({});
    expect(ws.autoFilter).toBeUndefined();
    expect(ws.views).toBeNull(); // exceljs' value for a sheet without <sheetViews>
    expect(sheetState(worksheet(book, 'Catatan'))).toEqual(notesBefore);
    expect(worksheet(book, 'Rahasia').state).toBe('hidden');

    // such a sheet can be frozen again
    const again = await loadWorkbook(data, { forWrite: true });
    applyPlan(again, plan({ op: 'freezePanes', sheet: 'Data Kinerja', rows: 1, cols: 0 }));
    expect(worksheet((await reopen(again)).book, 'Data Kinerja').views).toEqual([
      expect.objectContaining({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }),
    ]);
  });

  it('writing over a merged area writes the master only; merging the same area twice is harmless', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(
      wb,
      plan(
        { op: 'ensureSheet', sheet: 'Judul' },
        { op: 'mergeCells', sheet: 'Judul', row: 1, col: 1, rows: 2, cols: 3 },
        { op: 'setValues', sheet: 'Judul', row: 1, col: 1, values: [['LAKIP 2024', null, 'tertutup']] },
        { op: 'mergeCells', sheet: 'Judul', row: 1, col: 1, rows: 2, cols: 3 },
        { op: 'mergeCells', sheet: 'Judul', row: 4, col: 1, rows: 1, cols: 2 },
        { op: 'mergeCells', sheet: 'Judul', row: 4, col: 2, rows: 1, cols: 2 }, // overlaps: the old one goes
      ),
    );
    const { data, book } = await reopen(wb);
    expect(readSnapshot(await loadWorkbook(data)).sheets[0]?.rows).toEqual([['LAKIP 2024']]);
    const ws = worksheet(book, 'Judul');
    expect(ws.getCell('C2').master.address).toBe('A1');
    expect(ws.getCell('A4').master.address).toBe('A4');
    expect(ws.getCell('C4').master.address).toBe('B4');
  });

  it('unfreezing keeps the rest of the view; an existing sheet is shown again when asked', async () => {
    const wb = await loadWorkbook(await usersWorkbook(), { forWrite: true });
    applyPlan(
      wb,
      plan(
        { op: 'freezePanes', sheet: 'Data Kinerja', rows: 0, cols: 0 },
        { op: 'ensureSheet', sheet: 'rahasia', hidden: false },
      ),
    );
    const { book } = await reopen(wb);
    expect(worksheet(book, 'Data Kinerja').views[0]).toMatchObject({ state: 'normal', zoomScale: 90 });
    expect(worksheet(book, 'Data Kinerja').views[0]).not.toHaveProperty('ySplit');
    expect(worksheet(book, 'Rahasia').state).toBe('visible');
  });
});

describe('applyPlan refuses a plan that cannot make a valid file', () => {
  it.each<[string, WriteOp[]]>([
    ['a sheet nobody created', [{ op: 'setValues', sheet: 'Hilang', row: 1, col: 1, values: [[1]] }]],
    [
      'a number that is not finite',
      [
        { op: 'ensureSheet', sheet: 'A' },
        { op: 'setValues', sheet: 'A', row: 1, col: 1, values: [[Number.NaN]] },
      ],
    ],
    [
      'an impossible date',
      [
        { op: 'ensureSheet', sheet: 'A' },
        { op: 'setValues', sheet: 'A', row: 1, col: 1, values: [[{ kind: 'date', iso: '2024-02-30' }]] },
      ],
    ],
    ['an invalid sheet name', [{ op: 'ensureSheet', sheet: 'Renja/RKT' }]],
    [
      'a sheet name over 31 characters',
      [{ op: 'ensureSheet', sheet: 'Rencana Aksi Individu Tahun Berikut' }],
    ],
    [
      'an inline list over 255 characters',
      [
        { op: 'ensureSheet', sheet: 'A' },
        {
          op: 'listValidation',
          sheet: 'A',
          row: 1,
          col: 1,
          rows: 1,
          cols: 1,
          source: { values: Array(60).fill('Pilihan') as string[] },
          allowBlank: true,
        },
      ],
    ],
    [
      'a choice containing a comma',
      [
        { op: 'ensureSheet', sheet: 'A' },
        {
          op: 'listValidation',
          sheet: 'A',
          row: 1,
          col: 1,
          rows: 1,
          cols: 1,
          source: { values: ['1,5', '2'] },
          allowBlank: true,
        },
      ],
    ],
  ])('%s → LakipError internal', (_name, ops) => {
    const run = (): void => applyPlan(new ExcelJS.Workbook(), plan(...ops));
    expect(run).toThrow(LakipError);
    expect(run).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
  });
});

describe('text that looks like a formula (issue #17)', () => {
  it('gets the text format "@" in a LAKIP sheet, kept after save and reload, and stays text', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(
      wb,
      plan(
        { op: 'ensureSheet', sheet: 'LAKIP Capaian' },
        {
          op: 'setValues',
          sheet: 'LAKIP Capaian',
          row: 3,
          col: 2,
          values: [['=1+1', '+62 812 3456', '@SUM(A1)', '- butir', 'Capaian', '-']],
          numberFormats: [['0.00', null, null, null, null, null]],
        },
      ),
    );
    const { book } = await reopen(wb);
    const ws = worksheet(book, 'LAKIP Capaian');
    expect(ws.getCell('B3').value).toBe('=1+1');
    expect(ws.getCell('B3').formula).toBeUndefined();
    expect(['B3', 'C3', 'D3'].map((a) => ws.getCell(a).numFmt)).toEqual(['@', '@', '@']);
    // A list bullet, plain text and a lone dash are not formulas to anyone: no format forced.
    expect(['E3', 'F3', 'G3'].map((a) => ws.getCell(a).numFmt ?? null)).not.toContain('@');
    const snapshot = readSnapshot(await loadWorkbook(await writeWorkbookBuffer(wb)));
    expect(snapshot.sheets[0]?.rows[2]).toEqual([
      null,
      '=1+1',
      '+62 812 3456',
      '@SUM(A1)',
      '- butir',
      'Capaian',
      '-',
    ]);
  });
});
