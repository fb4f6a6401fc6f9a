/**
 * What every check reads: the tracker parsed once, the settings, and lookups built once
 * (a key index per referenced or unique column, the capaian of each PK indicator, the cells
 * whose parse failed). Everything here is total: bad data gives empty results, not exceptions.
 */
import { cellAddress } from '../address';
import type { Finding, FindingCode, Severity } from '../findings/finding';
import { defaultSeverity } from '../findings/finding';
import { aggregateQuarters, computeCapaian, quarterValue, type Capaian, type Quarters } from '../lakip/arithmetic';
import { isianRealisasiOf, readSettings, type Settings } from '../model/settings';
import type { KeyValueField, KeyValueRead } from '../read/read-keyvalue';
import { numberOf, textOf, type TableRead, type TableRow } from '../read/read-table';
import { readTracker, type TrackerRead } from '../read/tracker';
import type { MetodeAgregasi, Polaritas } from '../schema/choices';
import { METODE_AGREGASI, POLARITAS } from '../schema/choices';
import type { ColumnSchema, KeyValueSheetSchema, SheetId, TableSheetSchema } from '../schema/types';
import { isEmptyCell, type WorkbookSnapshot } from '../snapshot';
import { scanCells, type CellRef, type CellScan } from './completeness';

export type { CellRef } from './completeness';

/** White space that keyOf changes, besides a space at either end: `\s` less the plain space, or two spaces. */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** A key as compared between sheets: trimmed, inner spaces collapsed, case ignored. */
export function keyOf(value: string | number | boolean): string {
  const text = String(value);
  const clean =
    text.charCodeAt(0) !== 0x20 && text.charCodeAt(text.length - 1) !== 0x20 && !UNUSUAL_SPACE.test(text);
  return (clean ? text : text.replace(/\s+/g, ' ').trim()).toLowerCase();
}

/**
 * The rows of a table by the key they hold in some columns, matched as keyOf does (ignoring
 * case and spacing). Lookups try the text as written first: the strings come from the
 * workbook and hash once, while folding makes a new string per lookup. The folded index is
 * built only when an exact lookup misses or duplicates are asked for.
 */
export class KeyIndex {
  private readonly exact = new Map<string, TableRow>();
  private readonly keys: string[] = [];
  private readonly rows: TableRow[] = [];
  private folded: Map<string, TableRow> | undefined;
  private shared: Map<string, TableRow[]> | undefined;

  /** Adds a row (rows are added in sheet order). */
  add(key: string, row: TableRow): void {
    if (!this.exact.has(key)) this.exact.set(key, row);
    this.keys.push(key);
    this.rows.push(row);
  }

  private fold(): Map<string, TableRow> {
    if (this.folded === undefined) {
      const folded = new Map<string, TableRow>();
      const shared = new Map<string, TableRow[]>();
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as TableRow;
        const k = keyOf(this.keys[i] as string);
        const first = folded.get(k);
        if (first === undefined) {
          folded.set(k, row);
          continue;
        }
        const list = shared.get(k);
        if (list === undefined) shared.set(k, [first, row]);
        else list.push(row);
      }
      this.folded = folded;
      this.shared = shared;
    }
    return this.folded;
  }

  has(key: string): boolean {
    return this.exact.has(key) || this.fold().has(keyOf(key));
  }

  /** The first row holding the key as written, else the first holding it ignoring case and spacing. */
  first(key: string): TableRow | undefined {
    return this.exact.get(key) ?? this.fold().get(keyOf(key));
  }

  /** Every key held by more than one row, with its rows in sheet order. */
  repeated(): IterableIterator<readonly TableRow[]> {
    this.fold();
    return (this.shared as Map<string, TableRow[]>).values();
  }
}

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
  /**
   * One pass over every cell (built once): the cells that are findings by themselves, the
   * empty required cells, and completeness.
   */
  cellScan(): CellScan;
  /** Steps of the SOP sheet by their No (first row wins). */
  sopStep(no: number): TableRow | undefined;
}

export function buildContext(snapshot: WorkbookSnapshot): ValidationContext {
  return contextOf(readTracker(snapshot));
}

export function contextOf(tracker: TrackerRead): ValidationContext {
  const settings = readSettings(tracker);
  const indexes = new Map<string, KeyIndex>();
  let capaian: IndicatorCapaian[] | undefined;
  let sopSteps: Map<number, TableRow> | undefined;
  let scan: CellScan | undefined;
  const table = (id: SheetId): TableRead | undefined => tracker.tables[id];
  const ctx: ValidationContext = {
    tracker,
    settings,
    table,
    keyValue: (id) => tracker.keyValues[id],
    index(id, columnKey) {
      const name = `${id}\u0000${columnKey}`;
      let built = indexes.get(name);
      if (built === undefined) {
        built = buildIndex(table(id), [columnKey]);
        indexes.set(name, built);
      }
      return built;
    },
    isBlankSheet(name) {
      const sheet = tracker.snapshot.sheets.find((s) => s.name === name);
      return sheet === undefined || sheet.rows.every((r) => r.every((c) => isEmptyCell(c)));
    },
    capaian() {
      capaian ??= computeAllCapaian(ctx);
      return capaian;
    },
    cellScan() {
      scan ??= scanCells(tracker, settings.triwulanBerjalan);
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

/**
 * The key of a row over some columns as written (a KeyIndex matches it ignoring case and
 * spacing), or undefined when one of them is not a clean value (empty or invalid cells are
 * other findings).
 */
export function rowKey(row: TableRow, columnKeys: readonly string[]): string | undefined {
  if (columnKeys.length === 1) {
    const p = row.values.get(columnKeys[0] as string);
    return p !== undefined && p.kind === 'ok' ? String(p.value) : undefined;
  }
  let key = '';
  for (let i = 0; i < columnKeys.length; i++) {
    const p = row.values.get(columnKeys[i] as string);
    if (p === undefined || p.kind !== 'ok') return undefined;
    key = i === 0 ? String(p.value) : `${key}\u0000${String(p.value)}`;
  }
  return key;
}

/** The rows of a table by their key over some columns, in one pass. */
export function buildIndex(table: TableRead | undefined, columnKeys: readonly string[]): KeyIndex {
  const index = new KeyIndex();
  if (table === undefined || columnKeys.some((k) => !table.columnIndex.has(k))) return index;
  for (const row of table.rows) {
    const key = rowKey(row, columnKeys);
    if (key !== undefined) index.add(key, row);
  }
  return index;
}

export function keyValueCell(kv: KeyValueRead, column: ColumnSchema, f: KeyValueField): CellRef {
  return { sheet: kv.sheetName, row: f.row, column, cell: `B${f.row}`, raw: f.raw, parsed: f.parsed };
}

export function choiceOf<T extends string>(row: TableRow, key: string, choices: readonly T[]): T | undefined {
  const v = textOf(row, key);
  return choices.find((c) => c === v);
}

/** The realisasi quarters of a Data Kinerja row (undefined = not reported). */
export function realisasiQuarters(row: TableRow): Quarters {
  return [
    quarterValue(row.values.get('realisasiTw1')),
    quarterValue(row.values.get('realisasiTw2')),
    quarterValue(row.values.get('realisasiTw3')),
    quarterValue(row.values.get('realisasiTw4')),
  ];
}

function computeAllCapaian(ctx: ValidationContext): IndicatorCapaian[] {
  const pk = ctx.table('pk');
  const data = ctx.table('dataKinerja');
  if (pk === undefined || data === undefined) return [];
  const dataIndex = ctx.index('dataKinerja', 'kodeIndikator');
  const { rumusNegatif, batasAtasCapaian, triwulanBerjalan } = ctx.settings;
  const out: IndicatorCapaian[] = [];
  const seen = new Set<string>();
  for (const pkRow of pk.rows) {
    const key = rowKey(pkRow, ['kodeIndikator']);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const dataRow = dataIndex.first(key);
    const target = numberOf(pkRow, 'target');
    const polaritas = choiceOf(pkRow, 'polaritas', POLARITAS);
    const metode = choiceOf(pkRow, 'metode', METODE_AGREGASI);
    if (dataRow === undefined || target === undefined || polaritas === undefined || metode === undefined)
      continue;
    const isian = isianRealisasiOf(pkRow, ctx.settings);
    const agg = aggregateQuarters(realisasiQuarters(dataRow), metode, triwulanBerjalan, isian);
    // A quarter up to Triwulan Berjalan without realisasi: no annual figure yet (cell/required says so).
    if (agg.kind !== 'ok' || agg.quartersReported.length < Math.min(4, triwulanBerjalan)) continue;
    out.push({
      pkRow,
      dataRow,
      target,
      polaritas,
      metode,
      realisasi: agg.value,
      quartersReported: agg.quartersReported,
      capaian: computeCapaian(target, agg.value, polaritas, rumusNegatif, batasAtasCapaian),
    });
  }
  return out;
}

/* ------------------------------------------------------------------ making findings */

type Extra = Partial<Pick<Finding, 'value' | 'expected' | 'detail' | 'severity'>>;

function withExtra(base: Finding, extra: Extra): Finding {
  return {
    ...base,
    ...(extra.severity !== undefined ? { severity: extra.severity } : {}),
    ...(extra.value !== undefined ? { value: extra.value } : {}),
    ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
    ...(extra.detail !== undefined ? { detail: extra.detail } : {}),
  };
}

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
export function atCell(
  code: FindingCode,
  table: TableRead,
  row: TableRow,
  columnKey: string,
  extra: Extra = {},
): Finding {
  const cell = addressOf(table, row.excelRow, columnKey);
  const raw = row.raw.get(columnKey);
  const base: Finding = {
    code,
    severity: defaultSeverity(code),
    sheet: table.sheetName,
    row: row.excelRow,
    column: labelOf(table.schema, columnKey),
    ...(cell !== undefined ? { cell } : {}),
    ...(raw !== undefined ? { value: raw } : {}),
  };
  return withExtra(base, extra);
}

/** A finding about a table row as a whole. */
export function atRow(code: FindingCode, table: TableRead, row: TableRow, extra: Extra = {}): Finding {
  return withExtra(
    { code, severity: defaultSeverity(code), sheet: table.sheetName, row: row.excelRow },
    extra,
  );
}

/** A finding at a parsed cell (table cell or key–value field). */
export function atRef(code: FindingCode, ref: CellRef, extra: Extra = {}): Finding {
  return withExtra(
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

/** A finding about a sheet as a whole. */
export function atSheet(
  code: FindingCode,
  sheet: string,
  extra: Extra & { row?: number; column?: string } = {},
): Finding {
  const base: Finding = {
    code,
    severity: defaultSeverity(code),
    sheet,
    ...(extra.row !== undefined ? { row: extra.row } : {}),
    ...(extra.column !== undefined ? { column: extra.column } : {}),
  };
  return withExtra(base, extra);
}

export function severityOf(code: FindingCode, escalate: boolean): Severity {
  return escalate ? 'error' : defaultSeverity(code);
}
