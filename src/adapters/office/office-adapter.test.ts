import { LakipError } from '../../core/errors';
import type { PlanValue, WriteOp, WritePlan } from '../../core/plan/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { ExcelFake, FAKE_PAYLOAD_LIMIT, type BatchRecord } from '../../../test/office-fake/excel-fake';
import { cellAt, formulaCells, seedFake } from '../../../test/office-fake/fake-snapshot';
import {
  generateDocumentSnapshot,
  planWritingSnapshot,
  TEXT_TRAPS,
} from '../../../test/office-fake/generate';
import {
  applyWritePlan,
  createWorkbookFromBase64,
  type ApplyStats,
  readWorkbookSnapshot,
  RESPONSE_BYTES_PER_CELL,
  selectCell,
} from './office-adapter';
import { DEFAULT_MAX_BATCH_BYTES } from './payload';
import { columnWidthPoints } from './write-ops';

const SIZES = [
  ['14 sheets × 10 rows', 10],
  ['14 sheets × 5,000 rows', 5000],
] as const;

const LARGE = 60_000;

function writeBatches(fake: ExcelFake): BatchRecord[] {
  // The first sync of an apply only learns the workbook.
  return fake.batches.slice(1);
}

function expectNoRejection(fake: ExcelFake): void {
  expect(fake.batches.filter((b) => b.rejected !== null)).toEqual([]);
  expect(fake.batches.filter((b) => b.auto)).toEqual([]);
}

/** Every string cell of the snapshot that Excel would not keep as text if typed. */
function trapCells(snapshot: WorkbookSnapshot): { sheet: string; address: string; text: string }[] {
  const out: { sheet: string; address: string; text: string }[] = [];
  for (const sheet of snapshot.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && (TEXT_TRAPS as readonly string[]).includes(v)) {
          out.push({ sheet: sheet.name, address: `${String.fromCharCode(65 + c)}${r + 1}`, text: v });
        }
      }),
    );
  }
  return out;
}

describe.each(SIZES)('readWorkbookSnapshot on %s', (_label, rows) => {
  const snapshot = generateDocumentSnapshot(rows);

  it(
    'reads back exactly the seeded snapshot',
    async () => {
      const fake = seedFake(snapshot);
      expect(await readWorkbookSnapshot(fake.run)).toEqual(snapshot);
    },
    LARGE,
  );

  it(
    'uses 2 syncs when Excel may answer in one go (desktop, or an answer under 5 MB)',
    async () => {
      const fake = seedFake(snapshot, { responseLimitBytes: Number.POSITIVE_INFINITY });
      await readWorkbookSnapshot(fake.run);
      expect(fake.syncCount).toBeLessThanOrEqual(2);
      expectNoRejection(fake);
    },
    LARGE,
  );

  it(
    'on Excel on the web, stays ≤ 2 syncs while the answer fits, and otherwise reads in pieces under 5 MB',
    async () => {
      const fake = seedFake(snapshot);
      await readWorkbookSnapshot(fake.run);
      const cells = snapshot.sheets.reduce((n, s) => n + s.rows.length * (s.rows[0]?.length ?? 0), 0);
      const estimated = cells * RESPONSE_BYTES_PER_CELL;
      if (rows === 10) {
        expect(fake.syncCount).toBe(2);
        expectNoRejection(fake);
        return;
      }
      // The one answer (24 MB) is refused; then the sizes, then pieces of ≤ 4,000,000 estimated bytes.
      expect(fake.batches[1]?.rejected).toBe('ResponsePayloadSizeLimitExceeded');
      expect(
        fake.batches.slice(2).every((b) => b.rejected === null && b.responseBytes <= FAKE_PAYLOAD_LIMIT),
      ).toBe(true);
      expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(estimated / 4_000_000) + 1);
    },
    LARGE,
  );
});

describe('readWorkbookSnapshot', () => {
  it('pads from A1, marks hidden sheets and gives an empty sheet no rows', async () => {
    const fake = new ExcelFake({ sheets: ['Kosong', 'Geser', 'Sembunyi'] });
    const geser = fake.sheet('Geser');
    Object.assign(geser?.touch(2, 2) ?? {}, { value: 'C3' });
    Object.assign(geser?.touch(3, 3) ?? {}, { value: 45292, numberFormat: '[$-421]d mmmm yyyy' });
    Object.assign(geser?.touch(3, 2) ?? {}, { value: 0.855, numberFormat: '0.0%' });
    Object.assign(geser?.touch(0, 5) ?? {}, { numberFormat: '@' }); // formatting only: not in a values-only used range
    const sembunyi = fake.sheet('Sembunyi');
    if (sembunyi !== undefined) sembunyi.visibility = 'VeryHidden';
    Object.assign(sembunyi?.touch(0, 0) ?? {}, { error: '#DIV/0!', formula: '=1/0' });
    const read = await readWorkbookSnapshot(fake.run);
    const n = null;
    expect(read.sheets).toEqual<SheetSnapshot[]>([
      { name: 'Kosong', rows: [] },
      {
        name: 'Geser',
        rows: [
          [n, n, n, n],
          [n, n, n, n],
          [n, n, 'C3', n],
          [n, n, { kind: 'percent', value: 0.855 }, { kind: 'date', iso: '2024-01-01' }],
        ],
      },
      { name: 'Sembunyi', rows: [[{ kind: 'error', code: '#DIV/0!' }]], hidden: true },
    ]);
    expect(fake.syncCount).toBe(2);
  });

  it('reads a range over the cell limit again in pieces (values came back null)', async () => {
    const snapshot = generateDocumentSnapshot(30);
    const fake = seedFake(snapshot, { readCellLimit: 50 });
    expect(await readWorkbookSnapshot(fake.run, { maxCellsPerRead: 50 })).toEqual(snapshot);
    // 2 syncs, then every sheet (310 cells each) again in pieces of ≤ 50 cells, all in one more sync.
    expect(fake.syncCount).toBe(3);
    expectNoRejection(fake);
  });

  it('reads cells of long text again in halves when even a piece is refused as too big', async () => {
    const long = 'panjang '.repeat(2_500);
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: 'Catatan', rows: Array.from({ length: 300 }, (_, i) => [`${i}: ${long}`]) }],
    };
    const fake = seedFake(snapshot);
    expect(await readWorkbookSnapshot(fake.run)).toEqual(snapshot);
    expect(
      fake.batches.filter((b) => b.rejected === null).every((b) => b.responseBytes <= FAKE_PAYLOAD_LIMIT),
    ).toBe(true);
    expect(fake.batches.map((b) => b.rejected)).toEqual([
      null,
      'ResponsePayloadSizeLimitExceeded', // all at once
      null, // sizes
      'ResponsePayloadSizeLimitExceeded', // one estimated piece: 6 MB of text
      null,
      null,
    ]);
  });

  it('turns an Excel error into a LakipError in Indonesian', async () => {
    const fake = new ExcelFake();
    fake.failSync(1, 'GeneralException');
    const error = await readWorkbookSnapshot(fake.run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LakipError);
    expect(error).toMatchObject({
      code: 'office/api',
      userMessage: expect.stringMatching(
        /^Gagal membaca buku kerja: terjadi galat internal di Excel/,
      ) as string,
    });
  });
});

describe.each(SIZES)('applyWritePlan writing all of %s', (_label, rows) => {
  const snapshot = generateDocumentSnapshot(rows);
  const plan = planWritingSnapshot(snapshot);
  // One apply, looked at by the first three tests (a large apply takes seconds).
  interface Applied {
    readonly fake: ExcelFake;
    readonly stats: ApplyStats;
    /** The fake's syncs of the apply (the tests read the workbook afterwards). */
    readonly batches: readonly BatchRecord[];
  }
  let applied: Promise<Applied> | undefined;
  const applyOnce = (): Promise<Applied> => {
    applied ??= (async () => {
      const fake = new ExcelFake();
      const stats = await applyWritePlan(fake.run, plan, { supports: fake.supports });
      return { fake, stats, batches: [...fake.batches] };
    })();
    return applied;
  };

  it(
    'stays within 2 syncs + 1 per extra batch, every batch under 4,000,000 estimated bytes, nothing refused',
    async () => {
      const { fake, stats, batches } = await applyOnce();
      expect(batches.filter((b) => b.rejected !== null || b.auto)).toEqual([]);
      expect(stats.syncs).toBe(batches.length);
      expect(stats.syncs).toBe(2 + (stats.batches - 1));
      expect(stats.maxBatchBytes).toBeLessThanOrEqual(DEFAULT_MAX_BATCH_BYTES);
      // The estimate is an upper bound of what is really sent.
      expect(Math.max(...batches.map((b) => b.requestBytes))).toBeLessThanOrEqual(stats.maxBatchBytes);
      if (rows === 10) expect(stats.batches).toBe(1);
      else expect(stats.batches).toBeGreaterThan(1);
      expect(stats.skipped).toEqual([]);

      // What was written reads back as the snapshot (after the workbook's own Sheet1).
      const read = await readWorkbookSnapshot(fake.run);
      expect(read.sheets[0]).toEqual({ name: 'Sheet1', rows: [] });
      expect(read.sheets.slice(1)).toEqual(snapshot.sheets);
    },
    LARGE,
  );

  it(
    'stores every string as literal text (never a formula) and only errors as formulas',
    async () => {
      const { fake } = await applyOnce();
      const traps = trapCells(snapshot);
      expect(traps.length).toBeGreaterThan(10);
      for (const { sheet, address, text } of traps) {
        expect(cellAt(fake, sheet, address)).toMatchObject({
          value: text,
          formula: null,
          error: null,
          numberFormat: '@',
        });
      }
      for (const sheet of snapshot.sheets) {
        const formulas = Object.values(formulaCells(fake, sheet.name));
        expect(formulas.every((f) => ['=#N/A', '=#REF!', '=#DIV/0!'].includes(f))).toBe(true);
      }
    },
    LARGE,
  );

  it(
    'suspends calculation and screen updating in every write batch and turns events off only while writing',
    async () => {
      const { fake, batches } = await applyOnce();
      const writes = batches.slice(1); // the first sync only learns the workbook
      expect(writes.every((b) => b.calculationSuspended && b.screenUpdatingSuspended)).toBe(true);
      expect(writes.map((b) => b.eventsEnabledAfter)).toEqual([...writes.slice(1).map(() => false), true]);
      expect(fake.enableEvents).toBe(true);
    },
    LARGE,
  );

  it(
    'restores events to what they were after a failure injected in the middle, and says what happened',
    async () => {
      const fake = new ExcelFake();
      fake.failSync(2, 'GeneralException', 3);
      const error = await applyWritePlan(fake.run, plan, { supports: fake.supports }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LakipError);
      expect(error).toMatchObject({
        code: 'office/api',
        userMessage: expect.stringMatching(
          /^Gagal menulis ke buku kerja \(sebagian perubahan mungkin sudah tertulis\): terjadi galat internal/,
        ) as string,
      });
      expect(fake.batches[1]).toMatchObject({ rejected: 'GeneralException', eventsEnabledAfter: false });
      // One more sync, only to put events back.
      expect(fake.syncCount).toBe(3);
      expect(fake.batches[2]).toMatchObject({ rejected: null, actions: 1, eventsEnabledAfter: true });
      expect(fake.enableEvents).toBe(true);
    },
    LARGE,
  );

  it(
    'puts back events the user had turned off, after a failure and after success',
    async () => {
      for (const fail of [true, false]) {
        const fake = new ExcelFake();
        fake.enableEvents = false;
        if (fail) fake.failSync(2, 'GeneralException', 3);
        await applyWritePlan(fake.run, plan, { supports: fake.supports }).catch(() => undefined);
        expect(fake.enableEvents).toBe(false);
      }
    },
    LARGE,
  );

  it(
    'tells the user when events could not be turned back on either',
    async () => {
      const fake = new ExcelFake();
      fake.failSync(2, 'GeneralException');
      fake.failSync(3, 'GeneralException');
      const error = await applyWritePlan(fake.run, plan, { supports: fake.supports }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        code: 'office/api',
        userMessage: expect.stringContaining(
          'event Excel untuk add-in ini tidak dapat dinyalakan kembali',
        ) as string,
      });
    },
    LARGE,
  );
});

// ---------------------------------------------------------------------------------------------
// Every operation

const WIDTHS = [5, 14, 40, 12, 12, 10, 12, 9, 14, 30];

/** Title in row 1 (merged), header in row 3, data from row 4: every kind of op on every sheet. */
function planEveryOperation(snapshot: WorkbookSnapshot): WritePlan {
  const ops: WriteOp[] = [
    { op: 'ensureSheet', sheet: 'Daftar', hidden: true },
    {
      op: 'setValues',
      sheet: 'Daftar',
      row: 1,
      col: 1,
      values: [['Lengkap'], ['Belum lengkap'], ['Tidak ada']],
    },
  ];
  snapshot.sheets.forEach((sheet, i) => {
    const n = sheet.rows.length - 1;
    const name = sheet.name;
    const data = { sheet: name, row: 4, col: 1, rows: n, cols: 10 };
    ops.push(
      { op: 'ensureSheet', sheet: name, tabColor: '2E75B6', ...(i === 13 ? { hidden: true } : {}) },
      { op: 'clearSheet', sheet: name },
      { op: 'setValues', sheet: name, row: 1, col: 1, values: [[`Judul ${name}`]] },
      {
        op: 'setValues',
        sheet: name,
        row: 3,
        col: 1,
        values: sheet.rows,
        // Kode (B) has a plan format; its strings must still land as text.
        numberFormats: sheet.rows.map((_, r) => [
          null,
          r === 0 ? null : 'General',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ]),
      },
      { op: 'mergeCells', sheet: name, row: 1, col: 1, rows: 1, cols: 10 },
      {
        op: 'setStyle',
        sheet: name,
        row: 1,
        col: 1,
        rows: 1,
        cols: 10,
        style: { bold: true, fontSize: 14, fontColor: '1F4E79' },
      },
      {
        op: 'setStyle',
        sheet: name,
        row: 3,
        col: 1,
        rows: 1,
        cols: 10,
        style: {
          bold: true,
          italic: false,
          fill: 'DDEBF7',
          wrap: true,
          hAlign: 'center',
          vAlign: 'middle',
          border: 'thin',
        },
      },
      { op: 'setNumberFormat', sheet: name, row: 4, col: 4, rows: n, cols: 2, format: '#,##0.00' },
      { op: 'setColumnWidths', sheet: name, widths: WIDTHS.map((width, c) => ({ col: c + 1, width })) },
      { op: 'setRowHeight', sheet: name, row: 1, height: 30 },
      { op: 'freezePanes', sheet: name, rows: 3, cols: 2 },
      {
        op: 'listValidation',
        sheet: name,
        row: 4,
        col: 8,
        rows: n,
        cols: 1,
        source: { values: ['Ya', 'Tidak'] },
        allowBlank: true,
        error: 'Pilih Ya atau Tidak.',
      },
      {
        op: 'listValidation',
        sheet: name,
        row: 4,
        col: 9,
        rows: n,
        cols: 1,
        source: { range: "'Daftar'!$A$1:$A$3" },
        allowBlank: false,
      },
      { op: 'autoFilter', sheet: name, row: 3, col: 1, rows: n + 1, cols: 10 },
      {
        op: 'pageSetup',
        sheet: name,
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        printTitleRows: { from: 3, to: 3 },
      },
      { op: 'protectSheet', sheet: name, unlocked: [data] },
    );
  });
  const link: PlanValue = { kind: 'link', text: 'IKU!B4', sheet: 'IKU', cell: 'B4' };
  ops.push(
    { op: 'ensureSheet', sheet: 'Temuan', tabColor: 'C00000' },
    {
      op: 'setValues',
      sheet: 'Temuan',
      row: 1,
      col: 1,
      values: [
        ['Sel', 'Jumlah', 'Catatan'],
        [link, { kind: 'formula', formula: 'COUNTA(IKU!A:A)', result: 11 }, '=bukan rumus'],
        [
          { kind: 'link', text: "Renja'1", sheet: 'Renja-RKT', cell: 'C9' },
          { kind: 'formula', formula: '=1/0', result: null },
          null,
        ],
      ],
      numberFormats: [
        [null, null, null],
        [null, '@', '#,##0'],
        [null, '0.00', null],
      ],
    },
  );
  return { ops, notes: [] };
}

/** A workbook that already has the 14 sheets, with leftovers clearSheet must remove. */
function workbookWithLeftovers(snapshot: WorkbookSnapshot, excelApi = '1.17'): ExcelFake {
  const fake = new ExcelFake({ excelApi, sheets: ['Sheet1', ...snapshot.sheets.map((s) => s.name)] });
  for (const s of snapshot.sheets) {
    const sheet = fake.sheet(s.name);
    if (sheet === undefined) continue;
    Object.assign(sheet.touch(99, 25), { value: 'sisa lama', numberFormat: '@' });
    sheet.touch(5, 1).hyperlink = { address: 'http://lama' };
    sheet.merges.push({ row: 10, col: 0, rows: 2, cols: 2 });
    sheet.validations.push({
      rect: { row: 50, col: 0, rows: 10, cols: 1 },
      rule: { list: { source: 'a,b' } },
      ignoreBlanks: true,
    });
    sheet.autoFilter = { row: 0, col: 0, rows: 5, cols: 3 };
    sheet.freeze = { rows: 1, cols: 0 };
    sheet.protection = { protected: true, options: {} };
  }
  // Temuan from an older run: its formula cell was text-formatted.
  Object.assign(fake.addSheet('Temuan').touch(1, 1), { value: 'lama', numberFormat: '@' });
  return fake;
}

describe.each(SIZES)('applyWritePlan with every operation on %s', (_label, rows) => {
  const snapshot = generateDocumentSnapshot(rows);
  const plan = planEveryOperation(snapshot);

  it(
    'applies each op as Excel would, within the sync and payload budget',
    async () => {
      const fake = workbookWithLeftovers(snapshot);
      const stats = await applyWritePlan(fake.run, plan, { supports: fake.supports });
      expectNoRejection(fake);
      expect(stats).toMatchObject({ syncs: fake.syncCount, skipped: [] });
      expect(stats.syncs).toBe(1 + stats.batches);
      expect(stats.maxBatchBytes).toBeLessThanOrEqual(DEFAULT_MAX_BATCH_BYTES);
      const n = rows;

      for (const [i, s] of snapshot.sheets.entries()) {
        const sheet = fake.sheet(s.name);
        expect(sheet).toMatchObject({
          tabColor: '#2E75B6',
          visibility: i === 13 ? 'Hidden' : 'Visible',
          freeze: { rows: 3, cols: 2 },
          merges: [{ row: 0, col: 0, rows: 1, cols: 10 }],
          autoFilter: { row: 2, col: 0, rows: n + 1, cols: 10 },
          pageLayout: {
            orientation: 'Landscape',
            paperSize: 'A4',
            zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
            printTitleRows: '$3:$3',
          },
          protection: {
            protected: true,
            options: { allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true },
          },
        });
        // clearSheet removed what was there.
        expect(sheet?.cellAt(99, 25)).toBeUndefined();
        expect(sheet?.cellAt(5, 1)?.hyperlink).toBeUndefined();
        expect(sheet?.validations).toEqual([
          {
            rect: { row: 3, col: 7, rows: n, cols: 1 },
            rule: { list: { inCellDropDown: true, source: 'Ya,Tidak' } },
            ignoreBlanks: true,
            errorAlert: {
              showAlert: true,
              style: 'Stop',
              title: 'Isian tidak sesuai',
              message: 'Pilih Ya atau Tidak.',
            },
          },
          {
            rect: { row: 3, col: 8, rows: n, cols: 1 },
            rule: { list: { inCellDropDown: true, source: "='Daftar'!$A$1:$A$3" } },
            ignoreBlanks: false,
          },
        ]);
        expect([...(sheet?.columnWidths.entries() ?? [])]).toEqual(
          WIDTHS.map((w, c) => [c, columnWidthPoints(w)]),
        );
        expect(sheet?.rowHeights.get(0)).toBe(30);
        expect(sheet?.cellAt(0, 0)).toMatchObject({
          value: `Judul ${s.name}`,
          numberFormat: '@',
          locked: true,
          format: { bold: true, fontSize: 14, fontColor: '#1F4E79' },
        });
        expect(sheet?.cellAt(2, 0)?.format).toEqual({
          bold: true,
          italic: false,
          fill: '#DDEBF7',
          wrapText: true,
          horizontalAlignment: 'Center',
          verticalAlignment: 'Center',
          borderTop: { style: 'Continuous', weight: 'Thin', color: '#000000' },
          borderBottom: { style: 'Continuous', weight: 'Thin', color: '#000000' },
          borderLeft: { style: 'Continuous', weight: 'Thin', color: '#000000' },
          borderRight: { style: 'Continuous', weight: 'Thin', color: '#000000' },
        });
        expect(sheet?.cellAt(3, 3)?.numberFormat).toBe('#,##0.00');
        expect(sheet?.cellAt(3 + n - 1, 4)?.numberFormat).toBe('#,##0.00');
        expect(sheet?.cellAt(3, 0)?.locked).toBe(false);
        expect(sheet?.cellAt(3 + n - 1, 9)?.locked).toBe(false);
      }

      // Kode strings under a plan format: literal text, then the plan's format.
      for (const { sheet, address, text } of trapCells(snapshot)) {
        const row = Number(address.slice(1)) + 2;
        const cell = cellAt(fake, sheet, `${address[0] ?? ''}${row}`);
        expect(cell).toMatchObject({ value: text, formula: null, error: null });
        expect(cell?.numberFormat).toBe(address.startsWith('B') ? 'General' : '@');
      }

      // Temuan: links, formulas (never left as text), text that looks like a formula.
      expect(fake.sheet('Temuan')?.tabColor).toBe('#C00000');
      expect(cellAt(fake, 'Temuan', 'A2')).toMatchObject({
        value: 'IKU!B4',
        formula: null,
        hyperlink: { documentReference: "'IKU'!B4", textToDisplay: 'IKU!B4' },
      });
      expect(cellAt(fake, 'Temuan', 'A3')?.hyperlink).toEqual({
        documentReference: "'Renja-RKT'!C9",
        textToDisplay: "Renja'1",
      });
      expect(formulaCells(fake, 'Temuan')).toEqual({ B2: '=COUNTA(IKU!A:A)', B3: '=1/0' });
      expect(cellAt(fake, 'Temuan', 'B2')?.numberFormat).toBe('General');
      expect(cellAt(fake, 'Temuan', 'B3')?.numberFormat).toBe('0.00');
      expect(cellAt(fake, 'Temuan', 'C2')).toMatchObject({
        value: '=bukan rumus',
        formula: null,
        numberFormat: '#,##0',
      });

      // And the whole thing reads back.
      const read = await readWorkbookSnapshot(fake.run);
      const byName = new Map(read.sheets.map((s) => [s.name, s]));
      for (const [i, s] of snapshot.sheets.entries()) {
        const blank: CellValue[] = new Array<CellValue>(10).fill(null);
        const expected: SheetSnapshot = {
          name: s.name,
          rows: [[`Judul ${s.name}`, ...blank.slice(1)], blank, ...s.rows],
        };
        expect(byName.get(s.name)).toEqual(i === 13 ? { ...expected, hidden: true } : expected);
      }
      expect(byName.get('Daftar')?.hidden).toBe(true);
    },
    LARGE,
  );

  it(
    'on ExcelApi 1.7 skips dropdowns, filters and page setup, says so in Indonesian, and never calls a newer API',
    async () => {
      const fake = workbookWithLeftovers(snapshot, '1.7');
      const stats = await applyWritePlan(fake.run, plan, { supports: fake.supports });
      expectNoRejection(fake);
      expect(stats.skipped).toEqual([
        expect.stringMatching(
          /^Daftar pilihan \(dropdown\) tidak dibuat di lembar "Cascading", .*"Rencana Aksi Tahun Berikut": Excel ini belum mendukung ExcelApi 1\.8/,
        ),
        expect.stringMatching(/^Filter otomatis tidak dipasang di lembar "Cascading".*ExcelApi 1\.9/),
        expect.stringMatching(/^Pengaturan cetak .* tidak diterapkan di lembar "Cascading".*ExcelApi 1\.9/),
        expect.stringMatching(
          /^Dropdown lama di lembar "Cascading".* tidak dapat dihapus saat lembar dikosongkan: Excel ini belum mendukung ExcelApi 1\.8\.$/,
        ),
        expect.stringMatching(/^Filter otomatis lama di lembar "Cascading".* tidak dapat dilepas/),
      ]);
      const sheet = fake.sheet('IKU');
      expect(sheet?.validations).toHaveLength(1); // the old one: it could not be removed, and that was said
      expect(sheet?.autoFilter).toEqual({ row: 0, col: 0, rows: 5, cols: 3 });
      expect(sheet?.pageLayout.orientation).toBe('Portrait');
      expect(sheet?.freeze).toEqual({ rows: 3, cols: 2 });
      const writes = writeBatches(fake);
      expect(writes.every((b) => b.calculationSuspended && !b.screenUpdatingSuspended)).toBe(true);
      expect(fake.batches.every((b) => b.eventsEnabledAfter)).toBe(true);
    },
    LARGE,
  );

  it(
    'on ExcelApi 1.8 adds dropdowns and toggles events but skips what needs 1.9',
    async () => {
      const fake = workbookWithLeftovers(snapshot, '1.8');
      const stats = await applyWritePlan(fake.run, plan, { supports: fake.supports });
      expectNoRejection(fake);
      expect(stats.skipped.map((s) => s.slice(0, 25))).toEqual([
        'Filter otomatis tidak dip',
        'Pengaturan cetak (kertas ',
        'Filter otomatis lama di l',
      ]);
      expect(fake.sheet('IKU')?.validations).toHaveLength(2);
      expect(writeBatches(fake).some((b) => !b.eventsEnabledAfter)).toBe(rows > 10);
      expect(fake.enableEvents).toBe(true);
    },
    LARGE,
  );
});

describe('applyWritePlan: refusals before anything is written', () => {
  it('refuses to write to a sheet the user protected, with nothing changed', async () => {
    const fake = new ExcelFake({ sheets: ['IKU'] });
    const iku = fake.sheet('IKU');
    if (iku !== undefined) iku.protection.protected = true;
    const plan: WritePlan = {
      ops: [{ op: 'setValues', sheet: 'iku', row: 1, col: 1, values: [['x']] }],
      notes: [],
    };
    const error = await applyWritePlan(fake.run, plan, { supports: fake.supports }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'office/api',
      userMessage: expect.stringMatching(
        /^Lembar "iku" dilindungi \(Protect Sheet\).*buku kerja belum diubah\.$/,
      ) as string,
    });
    expect(fake.syncCount).toBe(1);
    expect(iku?.cells.size).toBe(0);
  });

  it('refuses a plan that writes to a sheet it never creates', async () => {
    const fake = new ExcelFake();
    const plan: WritePlan = { ops: [{ op: 'freezePanes', sheet: 'Tidak Ada', rows: 1, cols: 0 }], notes: [] };
    await expect(applyWritePlan(fake.run, plan, { supports: fake.supports })).rejects.toMatchObject({
      code: 'internal',
    });
    expect(fake.syncCount).toBe(1);
  });

  it('says nothing was changed when Excel fails before the first write', async () => {
    const fake = new ExcelFake();
    fake.failSync(1, 'GeneralException');
    const plan: WritePlan = { ops: [{ op: 'ensureSheet', sheet: 'Baru' }], notes: [] };
    await expect(applyWritePlan(fake.run, plan, { supports: fake.supports })).rejects.toMatchObject({
      code: 'office/api',
      userMessage: expect.stringMatching(
        /^Gagal menulis ke buku kerja \(belum ada yang diubah\): terjadi galat internal/,
      ) as string,
    });
    expect(fake.sheet('Baru')).toBeUndefined();
    expect(fake.syncCount).toBe(1);
  });

  it('breaks the page before each later table of a sheet, replacing the last export’s breaks', async () => {
    const fake = new ExcelFake();
    const plan: WritePlan = {
      ops: [
        { op: 'ensureSheet', sheet: 'LAKIP SOP' },
        {
          op: 'pageSetup',
          sheet: 'LAKIP SOP',
          orientation: 'landscape',
          paperSize: 'A4',
          fitToWidth: true,
          rowBreaks: [21, 38],
        },
      ],
      notes: [],
    };
    await applyWritePlan(fake.run, plan, { supports: fake.supports });
    await applyWritePlan(fake.run, plan, { supports: fake.supports });
    expect(fake.sheet('LAKIP SOP')?.pageLayout).toMatchObject({ rowBreaks: [21, 38], printTitleRows: null });
  });

  it('does nothing, in no sync, for an empty plan', async () => {
    const fake = new ExcelFake();
    expect(await applyWritePlan(fake.run, { ops: [], notes: [] }, { supports: fake.supports })).toEqual({
      syncs: 0,
      batches: 0,
      maxBatchBytes: 0,
      skipped: [],
    });
    expect(fake.syncCount).toBe(0);
  });

  it('leaves out an inline list too long for Excel, and says why', async () => {
    const fake = new ExcelFake();
    const values = Array.from({ length: 40 }, (_, i) => `Pilihan nomor ${i}`);
    const plan: WritePlan = {
      ops: [
        {
          op: 'listValidation',
          sheet: 'Sheet1',
          row: 2,
          col: 1,
          rows: 5,
          cols: 1,
          source: { values },
          allowBlank: true,
        },
      ],
      notes: [],
    };
    const stats = await applyWritePlan(fake.run, plan, { supports: fake.supports });
    expect(stats.skipped).toEqual([
      expect.stringContaining(
        'Daftar pilihan (dropdown) di lembar "Sheet1" A2:A6 tidak dibuat: pilihannya lebih dari 255 karakter',
      ),
    ]);
    expect(fake.sheet('Sheet1')?.validations).toEqual([]);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in 2 syncs', async () => {
    const fake = new ExcelFake({ sheets: ['Sheet1', 'Data Kinerja'] });
    await selectCell(fake.run, 'data kinerja', 'F12');
    expect(fake.activeSheet?.name).toBe('Data Kinerja');
    expect(fake.selection).toEqual({ sheet: 'Data Kinerja', address: 'F12' });
    expect(fake.syncCount).toBe(2);
  });

  it.each([
    ['Hilang', 'B2', /^Lembar "Hilang" tidak ditemukan di buku kerja ini/],
    ['Rahasia', 'B2', /^Lembar "Rahasia" disembunyikan\. Klik kanan/],
    ['Sheet1', 'B0', /^Alamat sel "B0" tidak valid/],
  ])('explains in Indonesian why it cannot go to %s!%s', async (sheet, address, message) => {
    const fake = new ExcelFake({ sheets: ['Sheet1', 'Rahasia'] });
    const rahasia = fake.sheet('Rahasia');
    if (rahasia !== undefined) rahasia.visibility = 'Hidden';
    await expect(selectCell(fake.run, sheet, address)).rejects.toMatchObject({
      code: 'office/api',
      userMessage: expect.stringMatching(message) as string,
    });
    expect(fake.selection).toBeNull();
  });
});

describe('createWorkbookFromBase64', () => {
  it('opens the workbook through Excel.createWorkbook, without a data: prefix', async () => {
    const fake = new ExcelFake();
    expect(
      await createWorkbookFromBase64('data:application/octet-stream;base64,UEsDBA==', {
        supports: fake.supports,
        create: fake.createWorkbook,
      }),
    ).toEqual({ created: true });
    expect(fake.createdWorkbooks).toEqual(['UEsDBA==']);
  });

  it('says it is unsupported on ExcelApi 1.7 instead of throwing', async () => {
    const fake = new ExcelFake({ excelApi: '1.7' });
    const result = await createWorkbookFromBase64('UEsDBA==', {
      supports: fake.supports,
      create: fake.createWorkbook,
    });
    expect(result).toEqual({
      created: false,
      reason: expect.stringContaining('perlu ExcelApi 1.8') as string,
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it('turns a refusal into a LakipError', async () => {
    const fake = new ExcelFake();
    await expect(
      createWorkbookFromBase64('bukan base64!', { supports: fake.supports, create: fake.createWorkbook }),
    ).rejects.toMatchObject({
      code: 'office/api',
      userMessage: expect.stringMatching(/^Gagal membuka buku kerja baru: Excel menolak/) as string,
    });
  });
});
