/**
 * Parity of the patching writer with the exceljs applier, on the project's real plans: the
 * same plan applied (a) with exceljs (load, applyPlan, write) and (b) with patchPackage on the
 * package as it is, then both files read back with the streaming reader and with exceljs.
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../../core/consolidate/consolidate';
import { fillFormat, sampleValues } from '../../../../test/support/format-fixtures';
import {
  buildBagianSheetPlan,
  buildFormatPlan,
  listFormatBagian,
} from '../../../core/consolidate/format-plan';
import { buildInitPlan } from '../../../core/init/init-plan';
import { computeLakip } from '../../../core/lakip/compute-lakip';
import { buildLakipPlan } from '../../../core/lakip/export-plan';
import type { WriteOp, WritePlan } from '../../../core/plan/plan';
import { applyPlanToSnapshot } from '../../../core/plan/plan-to-snapshot';
import { buildTemuanPlan } from '../../../core/report/temuan-plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../../core/seed/sample';
import type { WorkbookSnapshot } from '../../../core/snapshot';
import { validateTracker } from '../../../core/validate/validate';
import { applyPlan } from '../apply';
import { validationsOf } from '../data-validations';
import { loadWorkbook, readSnapshot } from '../read';
import { readSnapshotFromZip } from '../stream-read';
import { writeWorkbookBuffer } from '../workbook';
import { blankPackage } from './blank';
import { readerOf, text, zipPatched } from '../../../../test/support/package-parts';
import { patchPackage } from './patch';

const OPTIONS = { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang' };
const MADE = '2018-01-08T09:00:00';
const T1 = '2018-01-15T09:30:00';

async function viaExceljs(base: Buffer | undefined, plan: WritePlan): Promise<Buffer> {
  const wb = base === undefined ? new ExcelJS.Workbook() : await loadWorkbook(base, { forWrite: true });
  applyPlan(wb, plan);
  return Buffer.from(await writeWorkbookBuffer(wb));
}

function viaPatch(base: Buffer | undefined, plan: WritePlan): Buffer {
  const pkg = base === undefined ? blankPackage() : readerOf(base);
  return zipPatched(pkg, patchPackage(pkg, plan));
}

async function stockLoad(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

const PLAIN = JSON.stringify({ bold: false, italic: false, underline: false, size: 11, wrap: false });

/** What exceljs sees of a sheet beyond values: formats, merges, widths, views, validations. */
async function observable(data: Buffer): Promise<unknown> {
  const wb = await stockLoad(data);
  const withValidations = await loadWorkbook(data, { forWrite: true });
  return wb.worksheets.map((ws) => {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = cell.style;
        const numFmt = cell.numFmt;
        const seen = JSON.stringify({
          numFmt: numFmt === 'General' ? undefined : numFmt,
          bold: style.font?.bold === true,
          italic: style.font?.italic === true,
          underline: style.font?.underline === true || style.font?.underline === 'single',
          // a new exceljs workbook has no default font: its cells' fonts have no size
          size: style.font?.size ?? 11,
          color: style.font?.color?.argb,
          fill: style.fill?.type === 'pattern' ? style.fill.fgColor?.argb : undefined,
          border: style.border?.top?.style,
          wrap: style.alignment?.wrapText === true,
          h: style.alignment?.horizontal,
          v: style.alignment?.vertical,
          locked: style.protection?.locked,
        });
        // exceljs writes some empty unstyled cells and leaves others out: keep styled ones
        if (seen !== PLAIN) cells[cell.address] = seen;
      }),
    );
    const validations = validationsOf(withValidations.getWorksheet(ws.name) as ExcelJS.Worksheet);
    const perCell: Record<string, unknown> = {};
    for (const [ref, model] of Object.entries(validations)) {
      const [a, b = a] = ref.split(':');
      const from = ws.getCell(a ?? 'A1');
      const to = ws.getCell(b ?? 'A1');
      const fromRow = Number(from.row);
      const toRow = Number(to.row);
      for (let r = fromRow; r <= Math.min(toRow, fromRow + 2000); r++) {
        for (let c = Number(from.col); c <= Number(to.col); c++) {
          perCell[`${r},${c}`] = { f: model?.formulae, blank: model?.allowBlank === true, e: model?.error };
        }
      }
    }
    const view = (ws.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    return {
      name: ws.name,
      state: ws.state,
      tab: ws.properties.tabColor,
      merges: [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort(),
      // exceljs drops a width of 9 (its default) when it writes; the patch keeps what the plan says
      widths: ws.columns?.map((c) => (c.width === 9 ? undefined : c.width)) ?? [],
      heights: ws.getRows(1, Math.min(ws.rowCount, 200))?.map((r) => r.height),
      frozen: view?.state === 'frozen' ? [view.xSplit ?? 0, view.ySplit ?? 0] : null,
      autoFilter: ws.autoFilter,
      page: {
        // exceljs writes orientation="portrait" on every sheet; no pageSetup means the same
        o: ws.pageSetup.orientation ?? 'portrait',
        p: ws.pageSetup.paperSize,
        fit: ws.pageSetup.fitToPage === true,
        titles: ws.pageSetup.printTitlesRow,
      },
      protected: (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true,
      cells,
      validations: perCell,
    };
  });
}

/** Cells written with formula-like text get the text format `@` from the patch only: leave it out. */
function withoutTextFormat(seen: unknown): unknown {
  const sheets = JSON.parse(JSON.stringify(seen)) as { cells: Record<string, string> }[];
  for (const sheet of sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const changed = cell.replace('"numFmt":"@",', '');
      if (changed === PLAIN) delete sheet.cells[address];
      else sheet.cells[address] = changed;
    }
  }
  return sheets;
}

async function expectParity(
  base: Buffer | undefined,
  plan: WritePlan,
  expected?: WorkbookSnapshot,
): Promise<Buffer> {
  const a = await viaExceljs(base, plan);
  const b = viaPatch(base, plan);
  const streamA = await readSnapshotFromZip(a);
  const streamB = await readSnapshotFromZip(b);
  expect(streamB).toEqual(streamA);
  expect(readSnapshot(await loadWorkbook(b))).toEqual(readSnapshot(await loadWorkbook(a)));
  if (expected !== undefined) expect(streamB).toEqual(trimmed(expected));
  expect(withoutTextFormat(await observable(b))).toEqual(withoutTextFormat(await observable(a)));
  return b;
}

/** The oracle's snapshot trimmed as the readers trim: no trailing empty cells or rows. */
function trimmed(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      const rows = s.rows.map((r) => {
        const row = r.map((v) => (v === '' ? null : v));
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
        return row;
      });
      while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
      return { ...s, rows };
    }),
  };
}

const initPlan = (wb: WorkbookSnapshot, sample: boolean): WritePlan =>
  buildInitPlan(wb, { ...OPTIONS, ...(sample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}) });

let sampleTracker: Buffer;
let trackerNoData: Buffer;

beforeAll(async () => {
  sampleTracker = await viaExceljs(undefined, initPlan({ sheets: [] }, true));
  const noData = { ...SAMPLE_PASRUJAMBE_2017, tables: { ...SAMPLE_PASRUJAMBE_2017.tables, dataKinerja: [] } };
  trackerNoData = await viaExceljs(undefined, buildInitPlan({ sheets: [] }, { ...OPTIONS, sample: noData }));
});

describe('patchPackage gives the file applyPlan gives (read back by both readers)', () => {
  test('init on a new workbook, and the oracle agrees', async () => {
    const plan = initPlan({ sheets: [] }, false);
    await expectParity(undefined, plan, applyPlanToSnapshot({ sheets: [] }, plan));
  });

  test('init --sample on a new workbook', async () => {
    const plan = initPlan({ sheets: [] }, true);
    const out = await expectParity(undefined, plan, applyPlanToSnapshot({ sheets: [] }, plan));
    // strings are inline, never in a shared string table the patch would have to rewrite
    expect(readerOf(out).names).not.toContain('xl/sharedStrings.xml');
  });

  test('init on an existing tracker from which sheets were removed (upgrade in place)', async () => {
    const snapshot = await readSnapshotFromZip(sampleTracker);
    const plan = initPlan(snapshot, false);
    await expectParity(sampleTracker, plan);
  });

  test('the LAKIP export into the sample tracker', async () => {
    const plan = buildLakipPlan(computeLakip(await readSnapshotFromZip(sampleTracker)));
    expect(plan.ops.some((op) => op.op === 'clearSheet')).toBe(true);
    await expectParity(sampleTracker, plan);
    // written twice: the second run clears what the first wrote
    const once = viaPatch(sampleTracker, plan);
    await expectParity(once, plan);
  });

  test('the LAKIP export as a new workbook (export -o)', async () => {
    const plan = buildLakipPlan(computeLakip(await readSnapshotFromZip(sampleTracker)));
    await expectParity(undefined, plan);
  });

  test('the Temuan sheet of validate --report, written twice', async () => {
    const snapshot = await readSnapshotFromZip(sampleTracker);
    const plan = buildTemuanPlan(validateTracker(snapshot), 'Kecamatan Pasrujambe', 2017);
    const once = await expectParity(sampleTracker, plan);
    await expectParity(once, plan);
  });

  test('consolidation of every bagian’s filled format, with SOP step 3', async () => {
    const tracker = await readSnapshotFromZip(trackerNoData);
    const sources = listFormatBagian(tracker)
      .filter((b) => b.indicators > 0)
      .map((b) => {
        const made = buildFormatPlan(tracker, b.kode, MADE);
        return {
          name: made.fileName,
          snapshot: fillFormat(applyPlanToSnapshot({ sheets: [] }, made.plan), sampleValues()),
        };
      });
    const result = consolidate(tracker, sources, T1);
    expect(result.plan.ops.length).toBeGreaterThan(0);
    const ops: WriteOp[] = [...result.plan.ops, ...(result.sopStep3Plan?.ops ?? [])];
    await expectParity(trackerNoData, { ops, notes: [] });
  });

  test('a bagian’s format file (format --bagian) and its sheet inside the tracker (format --sheet)', async () => {
    const tracker = await readSnapshotFromZip(trackerNoData);
    await expectParity(undefined, buildFormatPlan(tracker, 'PELAYANAN', MADE).plan);
    const sheetPlan = buildBagianSheetPlan(tracker, 'PEM').plan;
    expect(sheetPlan.ops.length).toBeGreaterThan(0);
    await expectParity(trackerNoData, sheetPlan);
  });
});

// The exceljs applier's own test plan and user's workbook (../apply.test.ts), run through both.
const plan = (...ops: WriteOp[]): WritePlan => ({ ops, notes: [] });

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

describe('every operation, as the exceljs applier’s test uses it', () => {
  test('on a new workbook', async () => {
    await expectParity(undefined, EVERY_OP);
  });

  test('on a user’s workbook: written into, then cleared and written again', async () => {
    const original = await usersWorkbook();
    const ops = EVERY_OP.ops.map((op) => (op.sheet === 'Laporan' ? { ...op, sheet: 'Data Kinerja' } : op));
    const once = await expectParity(original, { ops, notes: [] });
    await expectParity(
      once,
      plan(
        { op: 'clearSheet', sheet: 'DATA KINERJA' },
        { op: 'setValues', sheet: 'Data Kinerja', row: 2, col: 2, values: [['baru']] },
        { op: 'freezePanes', sheet: 'Data Kinerja', rows: 0, cols: 0 },
        { op: 'ensureSheet', sheet: 'rahasia', hidden: false },
        { op: 'mergeCells', sheet: 'Catatan', row: 1, col: 1, rows: 2, cols: 2 },
        { op: 'mergeCells', sheet: 'Catatan', row: 2, col: 2, rows: 1, cols: 3 },
      ),
    );
  });
});

describe('what the patch writes', () => {
  test('only the parts that must change; untouched sheets are not in changes.set', async () => {
    const snapshot = await readSnapshotFromZip(sampleTracker);
    const plan = buildTemuanPlan(validateTracker(snapshot), 'Kecamatan Pasrujambe', 2017);
    const pkg = readerOf(sampleTracker);
    const result = patchPackage(pkg, plan);
    const temuanExisted = snapshot.sheets.some((s) => s.name === 'Temuan');
    expect(temuanExisted ? result.sheetsChanged : result.sheetsCreated).toEqual(['Temuan']);
    const sheetParts = [...result.changes.set.keys()].filter((n) => n.startsWith('xl/worksheets/'));
    expect(sheetParts).toHaveLength(1);
    for (const name of pkg.names) {
      if (!result.changes.set.has(name)) continue;
      expect([
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
        'docProps/app.xml',
        'xl/styles.xml',
        ...sheetParts,
      ]).toContain(name);
    }
  });

  test('an empty plan changes nothing', () => {
    const result = patchPackage(readerOf(sampleTracker), { ops: [], notes: [] });
    expect(result.changes.set.size).toBe(0);
    expect(result.changes.remove.size).toBe(0);
  });

  test('formula-like text is inline text with the text format @; a formula has <f> and its cached <v>', async () => {
    const plan: WritePlan = {
      notes: [],
      ops: [
        { op: 'ensureSheet', sheet: 'Uji' },
        {
          op: 'setValues',
          sheet: 'Uji',
          row: 1,
          col: 1,
          values: [
            [
              '=SUM(A1:A2)',
              '+62 812',
              '-',
              'biasa',
              { kind: 'formula', formula: '=B2*2', result: 4 },
              { kind: 'formula', formula: 'A1&"x"', result: 'ya' },
            ],
          ],
        },
      ],
    };
    const out = viaPatch(undefined, plan);
    const wb = await stockLoad(out);
    const ws = wb.getWorksheet('Uji') as ExcelJS.Worksheet;
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => ws.getCell(a).numFmt)).toEqual([
      '@',
      '@',
      undefined,
      undefined,
    ]);
    expect(ws.getCell('A1').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('E1').value).toEqual({ formula: 'B2*2', result: 4 });
    expect(ws.getCell('F1').value).toEqual({ formula: 'A1&"x"', result: 'ya' });
    const xml = text(readerOf(out).read('xl/worksheets/sheet1.xml'));
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t>=SUM(A1:A2)</t></is></c>');
    expect(xml).toContain('<c r="E1"><f>B2*2</f><v>4</v></c>');
    expect(xml).toContain('<c r="F1" t="str"><f>A1&amp;"x"</f><v>ya</v></c>');
    expect(await readSnapshotFromZip(out)).toEqual({
      sheets: [{ name: 'Uji', rows: [['=SUM(A1:A2)', '+62 812', '-', 'biasa', 4, 'ya']] }],
    });
  });

  test('an internal link: location, no relationship, blue and underlined', async () => {
    const plan: WritePlan = {
      notes: [],
      ops: [
        { op: 'ensureSheet', sheet: 'Temuan' },
        { op: 'ensureSheet', sheet: "Data O'Brien" },
        {
          op: 'setValues',
          sheet: 'Temuan',
          row: 2,
          col: 3,
          values: [[{ kind: 'link', text: 'B4', sheet: "Data O'Brien", cell: 'B4' }]],
        },
      ],
    };
    const out = viaPatch(undefined, plan);
    const pkg = readerOf(out);
    expect(text(pkg.read('xl/worksheets/sheet1.xml'))).toContain(
      `<hyperlinks><hyperlink ref="C2" location="'Data O''Brien'!B4"/></hyperlinks>`,
    );
    expect(pkg.names.some((n) => n.startsWith('xl/worksheets/_rels/'))).toBe(false);
    const ws = (await stockLoad(out)).getWorksheet('Temuan') as ExcelJS.Worksheet;
    expect(ws.getCell('C2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(ws.getCell('C2').value).toBe('B4');
  });

  test.each<[string, WriteOp[]]>([
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
  ])('%s → LakipError internal, as the exceljs applier', (_name, ops) => {
    const run = (): unknown => patchPackage(blankPackage(), { ops, notes: [] });
    expect(run).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
    expect(() => applyPlan(new ExcelJS.Workbook(), { ops, notes: [] })).toThrow(
      expect.objectContaining({ code: 'internal' }) as Error,
    );
  });
});
