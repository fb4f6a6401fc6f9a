/**
 * The browser mode's port: an .xlsx file opened from the user's computer (or a new, empty
 * workbook) kept in memory through the exceljs adapter, loaded lazily. Nothing leaves the
 * computer; 'Unduh' offers the changed file as a download.
 */
import { assertWorkbookBytes, DEFAULT_GUARD_LIMITS } from '../core/guard/input-guard';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { downloadBytes, safeFileName, stampedFileName } from './download';
import type { BrowserWorkbookPort } from './port';
import { loadXlsxEngine, type XlsxBook, type XlsxEngine } from './xlsx-engine';

export interface BrowserPortOptions {
  /** The exceljs engine (default: the lazy chunk). */
  readonly engine?: () => Promise<XlsxEngine>;
  /** How bytes reach the user (default: a Blob download). */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

/** Files larger than this are refused before exceljs is fetched (the input guard's limit; a tracker is well under 5 MB). */
export const MAX_FILE_BYTES = DEFAULT_GUARD_LIMITS.maxFileBytes;

class BrowserPort implements BrowserWorkbookPort {
  readonly kind = 'browser' as const;
  private changed = false;
  private snapshot: WorkbookSnapshot | undefined;

  constructor(
    readonly fileName: string,
    private readonly engine: XlsxEngine,
    private readonly book: XlsxBook,
    private readonly deliver: (bytes: Uint8Array, fileName: string) => void,
  ) {}

  get modified(): boolean {
    return this.changed;
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    // A failure becomes a rejected promise, as from the Excel port, never a synchronous throw.
    return Promise.resolve().then(() => (this.snapshot ??= this.engine.read(this.book)));
  }

  apply(plan: WritePlan): Promise<readonly string[]> {
    return Promise.resolve().then(() => {
      if (plan.ops.length === 0) return [];
      this.snapshot = undefined;
      this.changed = true;
      this.engine.apply(this.book, plan);
      return [];
    });
  }

  selectCell(): Promise<void> {
    // No Excel to select in: the view shows the cell's address instead.
    return Promise.resolve();
  }

  async exportWorkbook(plan: WritePlan, fileName: string): Promise<void> {
    const book = this.engine.create();
    this.engine.apply(book, plan);
    this.deliver(await this.engine.write(book), safeFileName(fileName));
  }

  async download(): Promise<string> {
    const name = stampedFileName(this.fileName, new Date());
    this.deliver(await this.engine.write(this.book), name);
    this.changed = false;
    return name;
  }
}

/**
 * Opens an .xlsx file's bytes in memory. Unusable files (not .xlsx, .xls, damaged, encrypted,
 * empty, too large) throw a LakipError with the sentence to show.
 */
export async function openBrowserWorkbook(
  fileName: string,
  data: ArrayBuffer | Uint8Array,
  options: BrowserPortOptions = {},
): Promise<BrowserWorkbookPort> {
  // The input guard shared with the CLI, before exceljs is even fetched.
  assertWorkbookBytes(data instanceof Uint8Array ? data : new Uint8Array(data), fileName);
  const engine = await (options.engine ?? loadXlsxEngine)();
  const book = await engine.load(data, fileName);
  return new BrowserPort(fileName, engine, book, options.download ?? downloadBytes);
}

/** A new, empty workbook in memory, to be made into a tracker by the Siapkan view. */
export async function newBrowserWorkbook(
  fileName: string,
  options: BrowserPortOptions = {},
): Promise<BrowserWorkbookPort> {
  const engine = await (options.engine ?? loadXlsxEngine)();
  return new BrowserPort(safeFileName(fileName), engine, engine.create(), options.download ?? downloadBytes);
}
