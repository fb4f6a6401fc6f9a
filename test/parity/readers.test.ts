/**
 * The three-reader parity test (issue #11): the same .xlsx read through the streaming reader,
 * exceljs's reader and the Office.js adapter over the Excel fake seeded from the file gives one
 * snapshot, and that snapshot is the one written out below by hand.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { officeWorkbook, readWorkbookSnapshot } from '../../src/adapters/office/office-adapter';
import type { WorkbookAdapter, WorkbookReader } from '../../src/adapters/reading-contract';
import { xlsxBytes, xlsxFile } from '../../src/adapters/xlsx/adapter';
import { loadWorkbook, readSnapshot } from '../../src/adapters/xlsx/read';
import { readSnapshotFromZip } from '../../src/adapters/xlsx/stream-read';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { parityWorkbook } from '../support/parity-workbook';
import { seedFakeFromXlsx } from '../support/seed-fake-from-xlsx';

async function streaming(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return readSnapshotFromZip(Buffer.from(bytes));
}

async function viaExceljs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return readSnapshot(await loadWorkbook(bytes));
}

async function viaOffice(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const fake = seedFakeFromXlsx(bytes);
  const snapshot = await readWorkbookSnapshot(fake.run, { supports: fake.supports });
  return {
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      // Office.js reads the used range, a rectangle: its trailing empty cells are nulls that the
      // file readers do not materialise. That, and only that, is left out of the comparison.
      rows: trimmed(s.rows),
    })),
  };
}

function trimmed(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

const n = null;
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const percent = (value: number): CellValue => ({ kind: 'percent', value });
const error = (code: string): CellValue => ({ kind: 'error', code });

/** The snapshot of the parity workbook; `small` is row 12 (serials 60, 0.5 and 1 with date formats). */
function expected(small: readonly CellValue[]): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: 'Semua Jenis',
        rows: [
          ['Uraian', 'Teks biasa', 'Teks sebaris'],
          [
            date('2017-12-31'),
            date('2017-12-31T12:00:00'),
            0.5, // h:mm: a time of day is the fraction of a day, not 1899-12-30 12:00
            1.5, // [h]:mm:ss: 36 hours
            percent(0.855),
            date('2024-01-01'), // [$-421]dd mmmm yyyy
            0.25, // mm:ss
            percent(1.2),
            1234.5,
            // 12:30 as Excel writes it (15 digits), to the millisecond: 45 000 000 ms of a day
            45_000_000 / 86_400_000,
          ],
          [error('#REF!'), error('#DIV/0!'), error('#N/A'), 'Capaian tinggi', true, false, '007', 12],
          [date('2018-01-01'), 'Capaian', error('#DIV/0!'), true, 3, n, percent(0.4275)],
          [1, 2],
          [2, 4],
          [3, 6],
          [],
          ['Gabung', n, n, 9], // B9's stale value is under the merged area A9:C10
          [], // C10 too
          [],
          [...small],
        ],
      },
      { name: 'Tersembunyi', rows: [[], [n, 0.75]], hidden: true },
      { name: 'Sangat Tersembunyi', rows: [['Teks biasa']], hidden: true },
    ],
  };
}

describe.each([
  {
    system: '1900',
    date1904: false,
    small: [60, 0.5, date('1900-01-01')],
  },
  {
    system: '1904',
    date1904: true,
    small: [date('1904-03-01'), date('1904-01-01T12:00:00'), date('1904-01-02')],
  },
])('three readers, one snapshot: the $system date system', ({ date1904, small }) => {
  const bytes = parityWorkbook({ date1904 });
  const want = expected(small);

  it('the streaming reader gives the expected snapshot', async () => {
    expect(await streaming(bytes)).toEqual(want);
  });

  it("exceljs's reader gives the same snapshot", async () => {
    expect(await viaExceljs(bytes)).toEqual(await streaming(bytes));
  });

  it('the Office.js adapter over the fake seeded from the file gives the same snapshot', async () => {
    expect(await viaOffice(bytes)).toEqual(await streaming(bytes));
  });
});

describe('the reading contract: both adapters implement it, and read and apply alike', () => {
  const bytes = parityWorkbook();
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lakip-contract-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('xlsxFile, xlsxBytes and officeWorkbook read the same snapshot, then apply the same plan', async () => {
    const path = join(dir, 'paritas.xlsx');
    await writeFile(path, bytes);
    const fake = seedFakeFromXlsx(bytes);
    const file: WorkbookAdapter<unknown> = xlsxFile(path);
    const office: WorkbookAdapter<unknown> = officeWorkbook(fake.run, { supports: fake.supports });
    const inMemory: WorkbookReader = xlsxBytes(bytes, 'paritas.xlsx');
    const fromFile = await file.read();
    expect(await inMemory.read()).toEqual(fromFile);
    const fromOffice = await office.read();
    expect({ sheets: fromOffice.sheets.map((s) => ({ ...s, rows: trimmed(s.rows) })) }).toEqual(fromFile);

    const plan = {
      ops: [
        { op: 'ensureSheet', sheet: 'Temuan' },
        { op: 'setValues', sheet: 'Temuan', row: 1, col: 1, values: [['Kode', 0.5]] },
      ],
      notes: [],
    } as const;
    await file.apply(plan);
    await office.apply(plan);
    const names = (wb: WorkbookSnapshot): string[] => wb.sheets.map((s) => s.name);
    const again = await xlsxFile(path).read();
    expect(names(again)).toEqual(['Semua Jenis', 'Tersembunyi', 'Sangat Tersembunyi', 'Temuan']);
    expect(names(await readWorkbookSnapshot(fake.run))).toEqual(names(again));
    expect(again.sheets[3]?.rows).toEqual([['Kode', 0.5]]);
  });
});
