/**
 * What every check reads: the tracker parsed once, the settings, and lookups built once
 * (a key index per referenced or unique column, the capaian of each PK indicator, the cells
 * whose parse failed). Everything here is total: bad data gives empty results, not exceptions.
 */
import { cellAddress } from '../address';
import type {
  Finding,
  FindingBase,
  FindingCode,
  FindingExtraArg,
  FindingOf,
  Severity,
} from '../findings/finding';
import { defaultSeverity, makeFinding } from '../findings/finding';
import type { Capaian, KategoriScheme, Quarters } from '../lakip/arithmetic';
import type { Settings } from '../model/settings';
import {
  readTrackerModel,
  realisasiQuarters as modelQuarters,
  trackerModelOf,
  type IndicatorFact,
  type TrackerModel,
} from '../model/tracker-model';
import type { KeyIndex } from '../read/keys';
import type { KeyValueField, KeyValueRead } from '../read/read-keyvalue';
import { numberOf, textOf, type TableRead, type TableRow } from '../read/read-table';
import type { TrackerRead } from '../read/tracker';
import type { MetodeAgregasi, Polaritas } from '../schema/choices';
import type { ColumnSchema, KeyValueSheetSchema, SheetId, TableSheetSchema } from '../schema/types';
import { isEmptyCell, type WorkbookSnapshot } from '../snapshot';
import { scanCells, type CellRef, type CellScan } from './completeness';

export type { CellRef } from './completeness';

/** A PK indicator's capaian from its Data Kinerja row, with everything used to compute it. */
export interface IndicatorCapaian {
  readonly pkRow: TableRow;
  readonly dataRow: TableRow;
  readonly target: number;
  readonly polaritas: Polaritas;
  readonly metode: MetodeAgregasi;
  /** Annual realisasi by Metode Agregasi over the quarters up to Triwulan Berjalan. */
  readonly realisasi: number;
  /** Quarters that were reported (1–4), in order. */
  readonly quartersReported: readonly number[];
  readonly capaian: Capaian;
}

/** A check: a small pure function from the context to its findings (never throws on bad data). */
export type Check = (ctx: ValidationContext) => Finding[];

export interface ValidationContext {
  readonly tracker: TrackerRead;
  readonly settings: Settings;
  /** The kategori in force (the tracker model's): the sheet Kategori Capaian when usable, else Pengaturan's Batas. */
  readonly kategori: KategoriScheme;
  /** A table sheet that exists in the workbook, parsed. */
  table(id: SheetId): TableRead | undefined;
  keyValue(id: SheetId): KeyValueRead | undefined;
  /** The index of a column's values, built once per column on first use. */
  index(id: SheetId, columnKey: string): KeyIndex;
  /** True when the workbook's sheet of this name holds nothing at all. */
  isBlankSheet(name: string): boolean;
  /**
   * Capaian of every PK indicator that has a Data Kinerja row, a usable target and realisasi
   * for every quarter up to Triwulan Berjalan (built once).
   */
  capaian(): readonly IndicatorCapaian[];
  /** The tracker model's fact of a PK indicator (its first row), matched as `keyOf` compares. */
  indicator(kode: string): IndicatorFact | undefined;
  /** The findings of the A/B rule, as the tracker model raises them (`TrackerModel.ratioFindings`). */
  ratioFindings(): readonly Finding[];
  /**
   * One pass over every cell (built once): the cells that are findings by themselves, the
   * empty required cells, and completeness.
   */
  cellScan(): CellScan;
  /** Steps of the SOP sheet by their No (first row wins). */
  sopStep(no: number): TableRow | undefined;
}

export function buildContext(snapshot: WorkbookSnapshot): ValidationContext {
  return validationContextOf(readTrackerModel(snapshot));
}

export function contextOf(tracker: TrackerRead): ValidationContext {
  return validationContextOf(trackerModelOf(tracker));
}

/** Validation's view of the tracker model: its tables, key indexes and capaian are the model's. */
export function validationContextOf(model: TrackerModel): ValidationContext {
  const { tracker, settings } = model;
  let capaian: IndicatorCapaian[] | undefined;
  let sopSteps: Map<number, TableRow> | undefined;
  let scan: CellScan | undefined;
  const table = (id: SheetId): TableRead | undefined => tracker.tables[id];
  const ctx: ValidationContext = {
    tracker,
    settings,
    kategori: model.kategori,
    table,
    keyValue: (id) => tracker.keyValues[id],
    index: (id, columnKey) => model.index(id, columnKey),
    isBlankSheet(name) {
      const sheet = tracker.snapshot.sheets.find((s) => s.name === name);
      return sheet === undefined || sheet.rows.every((r) => r.every((c) => isEmptyCell(c)));
    },
    capaian() {
      capaian ??= capaianOf(model);
      return capaian;
    },
    indicator: (kode) => model.indicatorByKey(kode),
    ratioFindings: () => model.ratioFindings(),
    cellScan() {
      scan ??= scanCells(tracker, settings.triwulanBerjalan, model.kategori);
      return scan;
    },
    sopStep(no) {
      if (sopSteps === undefined) {
        sopSteps = new Map();
        for (const row of table('sop')?.rows ?? []) {
          const n = numberOf(row, 'no');
          if (n !== undefined && !sopSteps.has(n)) sopSteps.set(n, row);
        }
      }
      return sopSteps.get(no);
    },
  };
  return ctx;
}

export function keyValueCell(kv: KeyValueRead, column: ColumnSchema, f: KeyValueField): CellRef {
  return { sheet: kv.sheetName, row: f.row, column, cell: `B${f.row}`, raw: f.raw, parsed: f.parsed };
}

export function choiceOf<T extends string>(row: TableRow, key: string, choices: readonly T[]): T | undefined {
  const v = textOf(row, key);
  return choices.find((c) => c === v);
}

/** The realisasi quarters of a Data Kinerja or DPA row (undefined = not reported). */
export function realisasiQuarters(row: TableRow): Quarters {
  return modelQuarters(row as Parameters<typeof modelQuarters>[0]);
}

/**
 * The model's indicators whose capaian can be computed: the first PK row of each Kode
 * Indikator with a Data Kinerja row, target, polaritas, Metode Agregasi and realisasi for every
 * quarter up to Triwulan Berjalan (a quarter without it is cell/required's to say). The figures
 * are the exact arithmetic (`IndicatorFact.exact`), before Excel's precision.
 */
function capaianOf(model: TrackerModel): IndicatorCapaian[] {
  const out: IndicatorCapaian[] = [];
  for (const f of model.indicators()) {
    if (!f.firstOfKey || f.exact === undefined || f.data === undefined) continue;
    if (f.target === undefined || f.polaritas === undefined || f.metode === undefined) continue;
    out.push({
      pkRow: f.pk.row,
      dataRow: f.data.row,
      target: f.target,
      polaritas: f.polaritas,
      metode: f.metode,
      realisasi: f.exact.realisasi,
      quartersReported: f.quartersReported,
      capaian: f.exact.capaian,
    });
  }
  return out;
}

/* ------------------------------------------------------------------ making findings */

/** A1 address of a column's cell in a row, or undefined when the column is not in the sheet. */
export function addressOf(table: TableRead, row: number, columnKey: string): string | undefined {
  const col = table.columnIndex.get(columnKey);
  return col === undefined ? undefined : cellAddress(row, col + 1);
}

export function labelOf(schema: TableSheetSchema | KeyValueSheetSchema, columnKey: string): string {
  const columns = schema.kind === 'table' ? schema.columns : schema.fields;
  return columns.find((c) => c.key === columnKey)?.label ?? columnKey;
}

/**
 * A finding at one cell of a table row. When the column is not in the sheet the finding
 * stays on the row (column/missing says the rest). The value defaults to the cell's content.
 */
export function atCell<C extends FindingCode>(
  code: C,
  table: TableRead,
  row: TableRow,
  columnKey: string,
  ...[extra]: FindingExtraArg<C>
): FindingOf<C> {
  const cell = addressOf(table, row.excelRow, columnKey);
  const raw = row.raw.get(columnKey);
  const base: FindingBase<C> = {
    code,
    severity: defaultSeverity(code),
    sheet: table.sheetName,
    row: row.excelRow,
    column: labelOf(table.schema, columnKey),
    ...(cell !== undefined ? { cell } : {}),
    ...(raw !== undefined ? { value: raw } : {}),
  };
  return makeFinding(base, extra);
}

/** A finding about a table row as a whole. */
export function atRow<C extends FindingCode>(
  code: C,
  table: TableRead,
  row: TableRow,
  ...[extra]: FindingExtraArg<C>
): FindingOf<C> {
  return makeFinding<C>(
    { code, severity: defaultSeverity(code), sheet: table.sheetName, row: row.excelRow },
    extra,
  );
}

/** A finding at a parsed cell (table cell or key–value field). */
export function atRef<C extends FindingCode>(
  code: C,
  ref: CellRef,
  ...[extra]: FindingExtraArg<C>
): FindingOf<C> {
  return makeFinding<C>(
    {
      code,
      severity: defaultSeverity(code),
      sheet: ref.sheet,
      row: ref.row,
      column: ref.column.label,
      cell: ref.cell,
      value: ref.raw,
    },
    extra,
  );
}

/** Where a sheet-wide finding points, when it points at a row or column of the sheet. */
export interface SheetPlace {
  readonly row?: number;
  readonly column?: string;
}

/** A finding about a sheet as a whole (`row` and `column` narrow it to a header row or a column). */
export function atSheet<C extends FindingCode>(
  code: C,
  sheet: string,
  ...[extra]: FindingExtraArg<C, SheetPlace>
): FindingOf<C> {
  const place: SheetPlace = extra ?? {};
  const base: FindingBase<C> = {
    code,
    severity: defaultSeverity(code),
    sheet,
    ...(place.row !== undefined ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
  };
  return makeFinding(base, extra);
}

export function severityOf(code: FindingCode, escalate: boolean): Severity {
  return escalate ? 'error' : defaultSeverity(code);
}
