/**
 * A write plan compiled, before anything is sent to Excel, into steps with a payload estimate,
 * and cut into batches. Pure: no Office.js here.
 */
import { rangeAddress } from '../../core/address';
import type { WriteOp } from '../../core/plan/plan';
import { encodeCell, type ExcelInput } from './cell-values';
import { ACTION_BYTES, BATCH_BYTES, jsonBytes, packByRows, type Group, type Packable } from './payload';
import { EXCEL_API, type Supports } from './requirements';

export type SetValuesOp = Extract<WriteOp, { op: 'setValues' }>;
export type SetNumberFormatOp = Extract<WriteOp, { op: 'setNumberFormat' }>;
export type ListValidationOp = Extract<WriteOp, { op: 'listValidation' }>;
export type OtherOp = Exclude<WriteOp, SetValuesOp | SetNumberFormatOp>;

/** A `setValues` as the four arrays the API is given, plus its hyperlinks. */
export interface EncodedGrid {
  readonly rows: number;
  readonly cols: number;
  // Mutable element types: the API's `values` / `formulas` / `numberFormat` are `any[][]`.
  readonly before: (string | null)[][];
  readonly values: (ExcelInput | null)[][];
  readonly formulas: (string | null)[][];
  readonly after: (string | null)[][];
  readonly hasBefore: boolean;
  readonly hasFormulas: boolean;
  readonly hasAfter: boolean;
  /** Row-relative positions. */
  readonly links: readonly {
    readonly row: number;
    readonly col: number;
    readonly documentReference: string;
    readonly textToDisplay: string;
  }[];
  readonly notes: readonly string[];
}

export function encodeGrid(op: SetValuesOp): EncodedGrid {
  const before: (string | null)[][] = [];
  const values: (ExcelInput | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const after: (string | null)[][] = [];
  const links: { row: number; col: number; documentReference: string; textToDisplay: string }[] = [];
  const notes = new Set<string>();
  let hasBefore = false;
  let hasFormulas = false;
  let hasAfter = false;
  const cols = op.values[0]?.length ?? 0;
  op.values.forEach((planRow, r) => {
    const b: (string | null)[] = [];
    const v: (ExcelInput | null)[] = [];
    const f: (string | null)[] = [];
    const a: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = encodeCell(planRow[c] ?? null, op.numberFormats?.[r]?.[c] ?? null);
      b.push(cell.before);
      v.push(cell.value);
      f.push(cell.formula);
      a.push(cell.after);
      if (cell.before !== null) hasBefore = true;
      if (cell.formula !== null) hasFormulas = true;
      if (cell.after !== null) hasAfter = true;
      if (cell.link !== null) links.push({ row: r, col: c, ...cell.link });
      if (cell.note !== null)
        notes.add(`Lembar "${op.sheet}" ${rangeAddress(op.row + r, op.col + c, 1, 1)}: ${cell.note}`);
    }
    before.push(b);
    values.push(v);
    formulas.push(f);
    after.push(a);
  });
  return {
    rows: op.values.length,
    cols,
    before,
    values,
    formulas,
    after,
    hasBefore,
    hasFormulas,
    hasAfter,
    links,
    notes: [...notes],
  };
}

export type WriteStep =
  | (Packable & { readonly kind: 'values'; readonly op: SetValuesOp; readonly grid: EncodedGrid })
  | (Packable & { readonly kind: 'numberFormat'; readonly op: SetNumberFormatOp })
  | (Packable & { readonly kind: 'op'; readonly op: OtherOp });

/** Actions (sets, calls, objects) an op queues; see `payload.ts` for how they are priced. */
function actionCount(op: OtherOp): number {
  switch (op.op) {
    case 'ensureSheet':
      return 4;
    case 'clearSheet':
      return 10;
    case 'setStyle':
      return 3 + Object.keys(op.style).length + (op.style.border === undefined ? 0 : 18);
    case 'mergeCells':
    case 'setRowHeight':
    case 'freezePanes':
    case 'autoFilter':
      return 3;
    case 'setColumnWidths':
      return 2 * op.widths.length;
    case 'listValidation':
      return 6;
    case 'pageSetup':
      return 6 + 2 * (op.rowBreaks?.length ?? 0);
    case 'protectSheet':
      return 4 + 3 * op.unlocked.length;
  }
}

function valuesStep(op: SetValuesOp): WriteStep {
  const grid = encodeGrid(op);
  const rowBytes = grid.values.map((row, r) => {
    let bytes = jsonBytes(row) + 1;
    if (grid.hasBefore) bytes += jsonBytes(grid.before[r]) + 1;
    if (grid.hasFormulas) bytes += jsonBytes(grid.formulas[r]) + 1;
    if (grid.hasAfter) bytes += jsonBytes(grid.after[r]) + 1;
    return bytes;
  });
  for (const link of grid.links)
    rowBytes[link.row] = (rowBytes[link.row] ?? 0) + 2 * ACTION_BYTES + jsonBytes(link);
  const actions = 2 + Number(grid.hasBefore) + Number(grid.hasFormulas) + Number(grid.hasAfter);
  return {
    kind: 'values',
    op,
    grid,
    rows: grid.rows,
    fixedBytes: actions * ACTION_BYTES,
    rowBytes: (r) => rowBytes[r] ?? 0,
  };
}

function numberFormatStep(op: SetNumberFormatOp): WriteStep {
  const perRow = op.cols * (jsonBytes(op.format) + 1) + 2;
  return { kind: 'numberFormat', op, rows: op.rows, fixedBytes: 2 * ACTION_BYTES, rowBytes: () => perRow };
}

function opStep(op: OtherOp): WriteStep {
  return {
    kind: 'op',
    op,
    rows: 1,
    fixedBytes: jsonBytes(op) + ACTION_BYTES * actionCount(op),
    rowBytes: () => 0,
  };
}

export function toSteps(ops: readonly WriteOp[]): WriteStep[] {
  return ops.map((op) => {
    if (op.op === 'setValues') return valuesStep(op);
    if (op.op === 'setNumberFormat') return numberFormatStep(op);
    return opStep(op);
  });
}

/** The plan's steps cut into batches of at most `maxBatchBytes` estimated bytes. */
export function planBatches(steps: readonly WriteStep[], maxBatchBytes: number): Group<WriteStep>[] {
  return packByRows(steps, maxBatchBytes, BATCH_BYTES);
}

/** Inline list sources are limited to 255 characters and are comma-separated. */
export const INLINE_LIST_MAX = 255;

export function inlineListSource(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(','))) return null;
  const source = values.join(',');
  return source.length <= INLINE_LIST_MAX ? source : null;
}

function sheetList(sheets: ReadonlySet<string>): string {
  return [...sheets].map((s) => `"${s}"`).join(', ');
}

/**
 * The ops this Excel can apply, and an Indonesian note for each kind of op left out (or done
 * only in part) because a requirement set is missing.
 */
export function selectSupportedOps(
  ops: readonly WriteOp[],
  supports: Supports,
): { readonly ops: WriteOp[]; readonly skipped: string[] } {
  const has18 = supports(EXCEL_API.dataValidation);
  const has19 = supports(EXCEL_API.pageLayout);
  const missing = {
    list: new Set<string>(),
    filter: new Set<string>(),
    page: new Set<string>(),
    clearLists: new Set<string>(),
    clearFilters: new Set<string>(),
  };
  const tooLong: string[] = [];
  const kept: WriteOp[] = [];
  for (const op of ops) {
    if (op.op === 'listValidation' && !has18) missing.list.add(op.sheet);
    else if (
      op.op === 'listValidation' &&
      'values' in op.source &&
      inlineListSource(op.source.values) === null
    ) {
      tooLong.push(
        `Daftar pilihan (dropdown) di lembar "${op.sheet}" ${rangeAddress(op.row, op.col, op.rows, op.cols)} tidak dibuat: pilihannya lebih dari ${INLINE_LIST_MAX} karakter atau memuat koma; rencana harus merujuk rentang daftar.`,
      );
    } else if (op.op === 'autoFilter' && !has19) missing.filter.add(op.sheet);
    else if (op.op === 'pageSetup' && !has19) missing.page.add(op.sheet);
    else {
      if (op.op === 'clearSheet' && !has18) missing.clearLists.add(op.sheet);
      if (op.op === 'clearSheet' && !has19) missing.clearFilters.add(op.sheet);
      kept.push(op);
    }
  }
  const skipped: string[] = [];
  const old = 'Excel ini belum mendukung ExcelApi';
  if (missing.list.size > 0)
    skipped.push(
      `Daftar pilihan (dropdown) tidak dibuat di lembar ${sheetList(missing.list)}: ${old} 1.8 (Office 2019 atau lebih lama). Isian tetap diperiksa oleh LAKIP Tracker.`,
    );
  skipped.push(...tooLong);
  if (missing.filter.size > 0)
    skipped.push(
      `Filter otomatis tidak dipasang di lembar ${sheetList(missing.filter)}: ${old} 1.9 (perlu Office 2021, Microsoft 365, atau Excel untuk web).`,
    );
  if (missing.page.size > 0)
    skipped.push(
      `Pengaturan cetak (kertas A4, orientasi, muat selebar halaman, baris judul berulang) tidak diterapkan di lembar ${sheetList(missing.page)}: ${old} 1.9; atur lewat Tata Letak Halaman sebelum mencetak.`,
    );
  if (missing.clearLists.size > 0)
    skipped.push(
      `Dropdown lama di lembar ${sheetList(missing.clearLists)} tidak dapat dihapus saat lembar dikosongkan: ${old} 1.8.`,
    );
  if (missing.clearFilters.size > 0)
    skipped.push(
      `Filter otomatis lama di lembar ${sheetList(missing.clearFilters)} tidak dapat dilepas saat lembar dikosongkan: ${old} 1.9.`,
    );
  return { ops: kept, skipped };
}
