/**
 * For tests only: the sample tracker with an empty Data Kinerja (as before SOP step 3), the
 * sample's Data Kinerja values by indicator, and filling a format snapshot by column key the
 * way a bagian fills it in Excel.
 */
import { buildInitPlan } from '../../src/core/init/init-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { readTable } from '../../src/core/read/read-table';
import { findSchemaSheet } from '../../src/core/read/tracker';
import { SCHEMAS } from '../../src/core/schema/registry';
import { SAMPLE_PASRUJAMBE_2017 } from '../../src/core/seed/sample';
import { normaliseSheetName, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import { BAGIAN_COLUMNS } from '../../src/core/consolidate/tracker-facts';

export type Values = Readonly<Record<string, CellValue>>;

/** A cell as plain text ('' for anything but text and numbers), for comparisons in tests. */
export function text(v: CellValue | undefined): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** The sample tracker as `lakip init --sample` makes it, with no Data Kinerja row. */
export function trackerWithoutData(): WorkbookSnapshot {
  const sample = {
    ...SAMPLE_PASRUJAMBE_2017,
    tables: { ...SAMPLE_PASRUJAMBE_2017.tables, dataKinerja: [] },
  };
  const plan = buildInitPlan(
    { sheets: [] },
    { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample },
  );
  return applyPlanToSnapshot({ sheets: [] }, plan);
}

/** The sample's Data Kinerja values a bagian fills (its own columns), by Kode Indikator. */
export function sampleValues(): Map<string, Values> {
  const out = new Map<string, Values>();
  for (const row of SAMPLE_PASRUJAMBE_2017.tables.dataKinerja ?? []) {
    const values: Record<string, CellValue> = {};
    for (const c of BAGIAN_COLUMNS) if (row[c] !== undefined) values[c] = row[c] ?? null;
    out.set(text(row.kodeIndikator), values);
  }
  return out;
}

/** A copy of `wb` with cells of a Data Kinerja-like sheet set by Kode Indikator and column key. */
export function fillSheet(
  wb: WorkbookSnapshot,
  sheetName: string,
  values: ReadonlyMap<string, Values>,
): WorkbookSnapshot {
  const sheet = wb.sheets.find((s) => normaliseSheetName(s.name) === normaliseSheetName(sheetName));
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const read = readTable(sheet, SCHEMAS.dataKinerja);
  const rows = sheet.rows.map((r) => [...r]);
  for (const row of read.rows) {
    const kode = row.raw.get('kodeIndikator');
    const v = values.get(text(kode));
    if (v === undefined) continue;
    for (const [key, value] of Object.entries(v)) {
      const col = read.columnIndex.get(key);
      if (col === undefined) continue;
      const line = rows[row.excelRow - 1] as CellValue[];
      while (line.length <= col) line.push(null);
      line[col] = value;
    }
  }
  const filled: SheetSnapshot = { ...sheet, rows };
  return { sheets: wb.sheets.map((s) => (s === sheet ? filled : s)) };
}

/** Fill a format's Data Kinerja sheet. */
export function fillFormat(format: WorkbookSnapshot, values: ReadonlyMap<string, Values>): WorkbookSnapshot {
  return fillSheet(format, SCHEMAS.dataKinerja.name, values);
}

/** Set one cell (1-based row and column) of a sheet, in a copy. */
export function setCell(
  wb: WorkbookSnapshot,
  sheetName: string,
  row: number,
  col: number,
  value: CellValue,
): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      if (normaliseSheetName(s.name) !== normaliseSheetName(sheetName)) return s;
      const rows = s.rows.map((r) => [...r]);
      while (rows.length < row) rows.push([]);
      const line = rows[row - 1] as CellValue[];
      while (line.length < col) line.push(null);
      line[col - 1] = value;
      return { ...s, rows };
    }),
  };
}

/** The Data Kinerja table of a workbook, read. */
export function dataKinerjaOf(wb: WorkbookSnapshot): ReturnType<typeof readTable> {
  const sheet = findSchemaSheet(wb, SCHEMAS.dataKinerja);
  if (sheet === undefined) throw new Error('no Data Kinerja');
  return readTable(sheet, SCHEMAS.dataKinerja);
}

/** Every cell of a sheet as `A1 → value` for non-empty cells (for cell-by-cell comparison). */
export function cellMap(sheet: SheetSnapshot | undefined): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  sheet?.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') out.set(`${r + 1}:${c + 1}`, v);
    }),
  );
  return out;
}
