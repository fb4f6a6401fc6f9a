/**
 * The Office.js adapter: a `WorkbookSnapshot` read from the open workbook, and a `WritePlan`
 * applied to it, behind the same two calls as the xlsx adapter. Everything runs inside one
 * `Excel.run`; reads are loaded together and synced once, writes are cut into batches that stay
 * under Excel on the web's 5 MB request limit and synced once per batch.
 */
import { LakipError } from '../../core/errors';
import type { WorkbookAdapter } from '../reading-contract';
import type { WritePlan } from '../../core/plan/plan';
import {
  normaliseSheetName,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../core/snapshot';
import { cellFromExcel } from './cell-values';
import { isPayloadLimitError, officeErrorCode, toLakipError } from './office-errors';
import { ACTION_BYTES, DEFAULT_MAX_BATCH_BYTES, packByRows, type Packable } from './payload';
import { EXCEL_API, supports as officeSupports, type Supports } from './requirements';
import { queuePiece, SheetRegistry, type WriteContext } from './write-ops';
import { planBatches, selectSupportedOps, toSteps } from './write-steps';

/** `Excel.run` in production, the fake's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ReadOptions {
  /**
   * Estimated bytes Excel may send back in one sync when a read has to be cut (default
   * 4,000,000: Excel on the web refuses a response over 5 MB).
   */
  readonly maxResponseBytes?: number;
  /** Cells read through one range (default 5,000,000: over it Excel may return `values` null). */
  readonly maxCellsPerRead?: number;
  /** Which ExcelApi sets this Excel has (default: `Office.context.requirements`). */
  readonly supports?: Supports;
}

export interface ApplyOptions {
  /** Estimated bytes of one batch (default 4,000,000); see `payload.ts` for the estimate. */
  readonly maxBatchBytes?: number;
  /** Which ExcelApi sets this Excel has (default: `Office.context.requirements`). */
  readonly supports?: Supports;
}

export interface ApplyStats {
  /** `context.sync()` calls: 1 to learn the workbook + 1 per batch. */
  readonly syncs: number;
  readonly batches: number;
  /** The largest batch's estimated payload, in bytes. */
  readonly maxBatchBytes: number;
  /** Indonesian notes: what was not written, or not fully, and why. */
  readonly skipped: readonly string[];
}

export const DEFAULT_MAX_RESPONSE_BYTES = 4_000_000;
export const EXCEL_READ_CELL_LIMIT = 5_000_000;
/**
 * Estimated JSON an answer carries per cell (its value, a `"Double"`-like type and a
 * `"General"`-like format, with quotes and commas): 35 measured on generated tracker data of
 * mixed values, rounded up. Cells of long text can carry more; see `readInPieces`.
 */
export const RESPONSE_BYTES_PER_CELL = 40;

/**
 * Queues each batch and syncs once after it: the one deliberate sync-per-batch of this adapter.
 * Bounded by `batches.length`, which was fixed from the payload estimate before anything was
 * queued (about ⌈estimated bytes / budget⌉). Written as recursion over that list, not a loop.
 */
async function syncEach<B>(
  context: Excel.RequestContext,
  batches: readonly B[],
  queue: (batch: B, index: number) => void,
): Promise<number> {
  const syncFrom = async (index: number): Promise<number> => {
    const batch = batches[index];
    if (batch === undefined) return 0;
    queue(batch, index);
    await context.sync();
    return 1 + (await syncFrom(index + 1));
  };
  return syncFrom(0);
}

// ---------------------------------------------------------------------------------------------
// Reading

interface UsedArea {
  readonly sheet: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface CellBlock {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

interface ReadLimits {
  readonly maxResponseBytes: number;
  readonly maxCellsPerRead: number;
}

/**
 * The rows of a sheet from A1 to the end of its used range (a rectangle: unlike the xlsx
 * readers, trailing empty cells are kept as null; test/parity/readers.test.ts compares them).
 */
function sheetRows(blocks: readonly CellBlock[], date1904: boolean): CellValue[][] {
  let rows = 0;
  let cols = 0;
  for (const b of blocks) {
    rows = Math.max(rows, b.rowIndex + b.values.length);
    cols = Math.max(cols, b.columnIndex + (b.values[0]?.length ?? 0));
  }
  const out = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  for (const b of blocks) {
    b.values.forEach((valueRow, r) => {
      const target = out[b.rowIndex + r];
      if (target === undefined) return;
      valueRow.forEach((value, c) => {
        target[b.columnIndex + c] = cellFromExcel(
          value,
          b.valueTypes[r]?.[c],
          b.numberFormat[r]?.[c],
          date1904,
        );
      });
    });
  }
  return out;
}

/** Two groups of about half the rows each, or null when the group is a single row. */
function halve(group: readonly UsedArea[]): [UsedArea[], UsedArea[]] | null {
  const total = group.reduce((n, a) => n + a.rowCount, 0);
  if (total <= 1) return null;
  let firstRows = Math.ceil(total / 2);
  const first: UsedArea[] = [];
  const second: UsedArea[] = [];
  for (const area of group) {
    const take = Math.min(firstRows, area.rowCount);
    if (take > 0) first.push({ ...area, rowCount: take });
    if (take < area.rowCount)
      second.push({ ...area, rowIndex: area.rowIndex + take, rowCount: area.rowCount - take });
    firstRows -= take;
  }
  return [first, second];
}

/**
 * Reads `areas` in row pieces, each sync's answer estimated at most `limits.maxResponseBytes`
 * (at RESPONSE_BYTES_PER_CELL a cell) and no piece over `limits.maxCellsPerRead` cells. A sync
 * Excel still refuses as too big (cells of long text) is read again as two halves.
 */
async function readInPieces(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  areas: readonly UsedArea[],
  limits: ReadLimits,
  out: CellBlock[][],
): Promise<void> {
  const items = areas.map((area): Packable & { area: UsedArea } => ({
    area,
    rows: area.rowCount,
    fixedBytes: ACTION_BYTES,
    rowBytes: () => area.columnCount * RESPONSE_BYTES_PER_CELL,
    maxRowsPerPiece: Math.max(1, Math.floor(limits.maxCellsPerRead / area.columnCount)),
  }));
  const groups = packByRows(items, limits.maxResponseBytes, 0).map((group) =>
    group.pieces.map(({ item, fromRow, rowCount }): UsedArea => ({
      ...item.area,
      rowIndex: item.area.rowIndex + fromRow,
      rowCount,
    })),
  );
  const readGroup = async (group: readonly UsedArea[]): Promise<void> => {
    const ranges = group.map((area) => {
      const range = worksheets[area.sheet]?.getRangeByIndexes(
        area.rowIndex,
        area.columnIndex,
        area.rowCount,
        area.columnCount,
      );
      range?.load('values,valueTypes,numberFormat');
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadLimitError(error) ? halve(group) : null;
      if (halves === null) throw error;
      // Longer texts than guessed: read the same cells again as two halves.
      await readGroup(halves[0]);
      await readGroup(halves[1]);
      return;
    }
    group.forEach((area, i) => {
      const range = ranges[i];
      if (range === undefined) return;
      out[area.sheet]?.push({
        rowIndex: area.rowIndex,
        columnIndex: area.columnIndex,
        values: range.values,
        valueTypes: range.valueTypes,
        numberFormat: range.numberFormat,
      });
    });
  };
  const readFrom = async (index: number): Promise<void> => {
    const group = groups[index];
    if (group === undefined) return;
    await readGroup(group);
    await readFrom(index + 1);
  };
  await readFrom(0);
}

/**
 * The cells of every sheet's used range (values only, so stray formatting does not count).
 * One sync loads them all. Only when Excel refuses that answer as too big (Excel on the web,
 * over 5 MB) are the sizes read in one more sync and the cells in pieces; a range over
 * Excel's 5,000,000-cell read limit is read again in pieces the same way.
 */
async function readUsedRanges(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  limits: ReadLimits,
): Promise<CellBlock[][]> {
  const out: CellBlock[][] = worksheets.map(() => []);
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat');
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    // On the web an oversized answer is sometimes only "An internal error has occurred".
    if (!isPayloadLimitError(error) && code !== 'GeneralException') throw error;
    const sized = worksheets.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return range;
    });
    await context.sync();
    const areas: UsedArea[] = [];
    sized.forEach((range, sheet) => {
      if (range.isNullObject) return;
      areas.push({
        sheet,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      });
    });
    await readInPieces(context, worksheets, areas, limits, out);
    return out;
  }
  const tooBig: UsedArea[] = [];
  used.forEach((range, sheet) => {
    if (range.isNullObject) return;
    const area = {
      sheet,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    };
    const values: unknown = range.values;
    if (area.rowCount * area.columnCount > limits.maxCellsPerRead || values === null) {
      tooBig.push(area);
      return;
    }
    out[sheet]?.push({
      ...area,
      values: range.values,
      valueTypes: range.valueTypes,
      numberFormat: range.numberFormat,
    });
  });
  if (tooBig.length > 0) await readInPieces(context, worksheets, tooBig, limits, out);
  return out;
}

/**
 * The open workbook as a snapshot: every sheet in tab order (hidden ones marked), its used
 * range's values from A1. Two syncs (the sheets, then all their cells) unless the cells are
 * too many for one answer (see `readUsedRanges`).
 */
export async function readWorkbookSnapshot(
  run: ExcelRun,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const limits: ReadLimits = {
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxCellsPerRead: options.maxCellsPerRead ?? EXCEL_READ_CELL_LIMIT,
  };
  try {
    const supports = options.supports ?? officeSupports;
    return await run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name,items/visibility');
      // The 1904 date system (ExcelApi 1.16); an older Excel is read as the 1900 system.
      const knows1904 = supports(EXCEL_API.date1904);
      if (knows1904) context.workbook.load('use1904DateSystem');
      await context.sync();
      const date1904 =
        knows1904 && (context.workbook as unknown as { use1904DateSystem?: boolean }).use1904DateSystem === true;
      const worksheets = collection.items;
      const blocks = await readUsedRanges(context, worksheets, limits);
      const sheets = worksheets.map((ws, i): SheetSnapshot => {
        const rows = sheetRows(blocks[i] ?? [], date1904);
        return ws.visibility === 'Visible' ? { name: ws.name, rows } : { name: ws.name, rows, hidden: true };
      });
      return { sheets };
    });
  } catch (error) {
    throw toLakipError(error, 'membaca buku kerja');
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

/** How a failed write is described once a batch has been sent. */
const WRITE_ACTION = 'menulis ke buku kerja (sebagian perubahan mungkin sudah tertulis)';

/**
 * Refuses, before anything is written, a plan that writes to a sheet that neither exists nor is
 * created first (a bug in the plan), or to a protected sheet it does not itself clear or
 * protect again (the user's protection is not lifted behind their back).
 */
function checkPlanAgainstWorkbook(ops: WritePlan['ops'], sheets: SheetRegistry): void {
  const known = new Set<string>();
  const mayUnprotect = new Set(
    ops
      .filter((op) => op.op === 'clearSheet' || op.op === 'protectSheet')
      .map((op) => normaliseSheetName(op.sheet)),
  );
  for (const op of ops) {
    const key = normaliseSheetName(op.sheet);
    const state = sheets.get(op.sheet);
    if (op.op === 'ensureSheet') {
      known.add(key);
      continue;
    }
    if (state === undefined && !known.has(key)) {
      if (op.op === 'clearSheet') continue;
      throw new LakipError(
        'internal',
        `Rencana penulisan menulis ke lembar "${op.sheet}" yang tidak ada dan tidak dibuat lebih dulu. Laporkan kejadian ini; buku kerja belum diubah.`,
      );
    }
    if (state?.protected === true && !mayUnprotect.has(key)) {
      throw new LakipError(
        'office/api',
        `Lembar "${op.sheet}" dilindungi (Protect Sheet), jadi LAKIP Tracker tidak menulis ke sana. Buka proteksinya lewat Tinjau > Buka Proteksi Lembar, lalu jalankan lagi; buku kerja belum diubah.`,
      );
    }
  }
}

/**
 * Applies a write plan in one `Excel.run`: one sync to learn the sheets (and, on ExcelApi 1.8,
 * whether events are on), then one sync per batch of at most `maxBatchBytes` estimated bytes.
 * Each batch suspends calculation (1.6) and screen updating (1.9); events (1.8) are off while
 * writing and back to what they were at the end, also when a write fails.
 */
export async function applyWritePlan(
  run: ExcelRun,
  plan: WritePlan,
  options: ApplyOptions = {},
): Promise<ApplyStats> {
  const supports = options.supports ?? officeSupports;
  const budget = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const { ops, skipped } = selectSupportedOps(plan.ops, supports);
  const steps = toSteps(ops);
  for (const step of steps) if (step.kind === 'values') skipped.push(...step.grid.notes);
  if (steps.length === 0) return { syncs: 0, batches: 0, maxBatchBytes: 0, skipped };
  const batches = planBatches(steps, budget);
  const maxBatchBytes = Math.max(...batches.map((b) => b.bytes));
  const canSuspendCalculation = supports(EXCEL_API.suspendCalculation);
  const canSuspendScreen = supports(EXCEL_API.suspendScreenUpdating);
  const canToggleEvents = supports(EXCEL_API.enableEvents);
  const canFilter = supports(EXCEL_API.autoFilter);
  let sent = false;

  try {
    return await run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load(
        canFilter
          ? 'items/name,items/protection/protected,items/autoFilter/enabled'
          : 'items/name,items/protection/protected',
      );
      const runtime = context.runtime;
      if (canToggleEvents) runtime.load('enableEvents');
      await context.sync();

      const sheets = new SheetRegistry(
        collection.items.map((ws) => ({
          name: ws.name,
          ws,
          protected: ws.protection.protected,
          autoFilter: canFilter && ws.autoFilter.enabled,
        })),
      );
      checkPlanAgainstWorkbook(ops, sheets);
      const eventsBefore = canToggleEvents ? runtime.enableEvents : true;
      const w: WriteContext = { worksheets: collection, sheets, supports };
      let eventsRestored = !canToggleEvents;
      const last = batches.length - 1;
      try {
        const written = await syncEach(context, batches, (batch, index) => {
          sent = true;
          if (canSuspendCalculation) context.application.suspendApiCalculationUntilNextSync();
          if (canSuspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
          if (canToggleEvents && index === 0) context.runtime.enableEvents = false;
          for (const piece of batch.pieces) queuePiece(w, piece);
          // Events go back on with the last batch, so that the success path costs no extra sync.
          if (canToggleEvents && index === last) context.runtime.enableEvents = eventsBefore;
        });
        eventsRestored = true;
        return { syncs: 1 + written, batches: batches.length, maxBatchBytes, skipped };
      } catch (error) {
        if (!eventsRestored) await restoreEvents(context, eventsBefore, error);
        throw error;
      }
    });
  } catch (error) {
    throw toLakipError(error, sent ? WRITE_ACTION : 'menulis ke buku kerja (belum ada yang diubah)');
  }
}

/**
 * Turns events back to `value` after a failed write, in a sync of its own. If that sync fails
 * too, the user is told both things at once.
 */
async function restoreEvents(
  context: Excel.RequestContext,
  value: boolean,
  writeError: unknown,
): Promise<void> {
  context.runtime.enableEvents = value;
  try {
    await context.sync();
  } catch {
    const write = toLakipError(writeError, WRITE_ACTION);
    throw new LakipError(
      write.code,
      `${write.userMessage} Selain itu, event Excel untuk add-in ini tidak dapat dinyalakan kembali: tutup lalu buka lagi panel LAKIP Tracker sebelum melanjutkan.`,
      { cause: writeError },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Navigation and new workbooks

const A1_ADDRESS = /^\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/i;

/** Activates `sheet` and selects `address` (a finding's cell), in two syncs. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  if (!A1_ADDRESS.test(address)) {
    throw new LakipError(
      'office/api',
      `Alamat sel "${address}" tidak valid (contoh yang benar: B7). Jalankan pemeriksaan lagi.`,
    );
  }
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name,visibility');
      await context.sync();
      if (ws.isNullObject) {
        throw new LakipError(
          'office/api',
          `Lembar "${sheet}" tidak ditemukan di buku kerja ini; mungkin namanya diganti atau lembarnya dihapus. Kembalikan nama lembarnya, lalu jalankan pemeriksaan lagi.`,
        );
      }
      if (ws.visibility !== 'Visible') {
        throw new LakipError(
          'office/api',
          `Lembar "${ws.name}" disembunyikan. Klik kanan salah satu tab lembar, pilih Tampilkan (Unhide), lalu klik temuan ini lagi.`,
        );
      }
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw toLakipError(error, `membuka sel ${address} di lembar "${sheet}"`);
  }
}

export type CreateWorkbookResult =
  { readonly created: true } | { readonly created: false; readonly reason: string };

export interface CreateWorkbookOptions {
  readonly supports?: Supports;
  /** `Excel.createWorkbook` in production. */
  readonly create?: (base64: string) => Promise<void>;
}

/**
 * Opens a new workbook made from an .xlsx file (Base64, with or without a `data:` prefix):
 * inside Excel this is how an export reaches the user, since task-pane downloads are unreliable.
 * Needs ExcelApi 1.8; without it the result says so instead of throwing.
 */
export async function createWorkbookFromBase64(
  base64: string,
  options: CreateWorkbookOptions = {},
): Promise<CreateWorkbookResult> {
  const supported = options.supports ?? officeSupports;
  if (!supported(EXCEL_API.createWorkbook)) {
    return {
      created: false,
      reason:
        'Excel ini belum dapat membuka buku kerja baru dari add-in (perlu ExcelApi 1.8: Office 2021, Microsoft 365, atau Excel untuk web). Buka LAKIP Tracker di peramban untuk mengunduh berkasnya, atau buat dengan CLI lakip.',
    };
  }
  const create = options.create ?? ((data: string) => Excel.createWorkbook(data));
  try {
    await create(base64.replace(/^data:[^,]*,/, ''));
    return { created: true };
  } catch (error) {
    throw toLakipError(error, 'membuka buku kerja baru');
  }
}

/**
 * The open workbook behind the reading contract (`../reading-contract.ts`): `read()` is
 * `readWorkbookSnapshot`, `apply(plan)` is `applyWritePlan`, both through `run`.
 */
export function officeWorkbook(
  run: ExcelRun,
  options: ReadOptions & ApplyOptions = {},
): WorkbookAdapter<ApplyStats> {
  return {
    read: () => readWorkbookSnapshot(run, options),
    apply: (plan) => applyWritePlan(run, plan, options),
  };
}
