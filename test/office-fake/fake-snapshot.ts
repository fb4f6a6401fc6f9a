/**
 * A workbook snapshot into the Excel fake and back: to seed a workbook for a read, and to see
 * what a write left (values, plus the per-cell facts a snapshot cannot hold) for assertions.
 * Independent of the adapter's own conversions on purpose.
 */
import { excelSerialToIso, isoToExcelSerial } from '../../src/core/dates';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { ExcelFake, rectAddress, type ExcelFakeOptions, type FakeCell } from './excel-fake';
import { MAX_COLS } from './excel-model';

export const SEED_DATE_FORMAT = 'dd/mm/yyyy';
export const SEED_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const SEED_PERCENT_FORMAT = '0.00%';

function seedCell(cell: FakeCell, v: CellValue): void {
  if (v === null) return;
  if (typeof v !== 'object') {
    cell.value = v;
    return;
  }
  switch (v.kind) {
    case 'date':
      cell.value = isoToExcelSerial(v.iso);
      cell.numberFormat = v.iso.includes('T') ? SEED_DATE_TIME_FORMAT : SEED_DATE_FORMAT;
      return;
    case 'percent':
      cell.value = v.value;
      cell.numberFormat = SEED_PERCENT_FORMAT;
      return;
    case 'error':
      cell.error = v.code;
  }
}

/** A fake whose workbook holds `snapshot` (strings as typed with a leading apostrophe: text). */
export function seedFake(
  snapshot: WorkbookSnapshot,
  options: Omit<ExcelFakeOptions, 'sheets'> = {},
): ExcelFake {
  const fake = new ExcelFake({ ...options, sheets: [] });
  for (const s of snapshot.sheets) {
    const sheet = fake.addSheet(s.name);
    if (s.hidden === true) sheet.visibility = 'Hidden';
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && seedCell(sheet.touch(r, c), v)));
  }
  fake.activeSheet = fake.sheets.find((s) => s.visibility === 'Visible') ?? null;
  return fake;
}

function codes(format: string): string {
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
}

function dumpCell(cell: FakeCell | undefined): CellValue {
  if (cell === undefined) return null;
  if (cell.error !== null) return { kind: 'error', code: cell.error };
  const v = cell.value;
  if (typeof v !== 'number') return v;
  const f = codes(cell.numberFormat);
  if (/[dy]/i.test(f)) {
    const iso = excelSerialToIso(v);
    if (iso !== null) return { kind: 'date', iso };
  }
  if (f.includes('%')) return { kind: 'percent', value: v };
  return v;
}

/** The fake's workbook as a snapshot: values from A1 to each sheet's last value. */
export function dumpSnapshot(fake: ExcelFake): WorkbookSnapshot {
  return {
    sheets: fake.sheets.map((sheet): SheetSnapshot => {
      const used = sheet.usedRect(true);
      const rows: CellValue[][] = [];
      if (used !== null) {
        for (let r = 0; r < used.row + used.rows; r++) {
          const row: CellValue[] = [];
          for (let c = 0; c < used.col + used.cols; c++) row.push(dumpCell(sheet.cellAt(r, c)));
          rows.push(row);
        }
      }
      return sheet.visibility === 'Visible'
        ? { name: sheet.name, rows }
        : { name: sheet.name, rows, hidden: true };
    }),
  };
}

/** Every formula of a sheet, by A1 address. */
export function formulaCells(fake: ExcelFake, sheetName: string): Record<string, string> {
  const out: Record<string, string> = {};
  const sheet = fake.sheet(sheetName);
  if (sheet === undefined) return out;
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === null) continue;
    out[rectAddress({ row: Math.floor(key / MAX_COLS), col: key % MAX_COLS, rows: 1, cols: 1 })] =
      cell.formula;
  }
  return out;
}

/** The cell at an A1 address of a sheet of the fake (undefined when never touched). */
export function cellAt(fake: ExcelFake, sheetName: string, address: string): FakeCell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) throw new Error(`cellAt: ${address} is not a cell address`);
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return fake.sheet(sheetName)?.cellAt(Number(m[2]) - 1, col - 1);
}
