/**
 * The browser mode's port: an .xlsx file opened from the user's computer (or a new, empty
 * workbook) kept in memory as its bytes. Plans are applied by the patching writer, so the
 * download keeps every part of the file the plan does not own (charts, pivot tables, comments,
 * print setups …) byte for byte; the snapshot is read from the current bytes. Nothing leaves
 * the computer; 'Unduh' offers the changed file as a download.
 */
import type { GuardApproval } from '../core/guard/input-guard';
import { DEFAULT_GUARD_LIMITS } from '../core/guard/limits';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { downloadBytes, safeFileName, stampedFileName } from './download';
import type { BrowserWorkbookPort } from './port';
import { loadXlsxEngine, type XlsxEngine } from './xlsx-engine';

export interface BrowserPortOptions {
  /** The .xlsx engine (default: the lazy chunk). */
  readonly engine?: () => Promise<XlsxEngine>;
  /** How bytes reach the user (default: a Blob download). */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

/** Files larger than this are refused before exceljs is fetched (the input guard's limit; a tracker is well under 5 MB). */
export const MAX_FILE_BYTES = DEFAULT_GUARD_LIMITS.maxFileBytes;

class BrowserPort implements BrowserWorkbookPort {
  readonly kind = 'browser' as const;
  private changed = false;
  private snapshot: Promise<WorkbookSnapshot> | undefined;

  constructor(
    readonly fileName: string,
    private readonly engine: XlsxEngine,
    private bytes: Uint8Array,
    /** The guard's approval of `bytes` as opened (dropped once the port's own save replaces them). */
    private approval: GuardApproval | undefined,
    private readonly deliver: (bytes: Uint8Array, fileName: string) => void,
  ) {}

  get modified(): boolean {
    return this.changed;
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    // A failure becomes a rejected promise, as from the Excel port, never a synchronous throw.
    this.snapshot ??= Promise.resolve().then(() =>
      this.engine.readFile(this.bytes, this.fileName, this.approval),
    );
    const pending = this.snapshot;
    pending.catch(() => {
      if (this.snapshot === pending) this.snapshot = undefined;
    });
    return pending;
  }

  apply(plan: WritePlan): Promise<readonly string[]> {
    return Promise.resolve().then(() => {
      if (plan.ops.length === 0) return [];
      this.bytes = this.engine.patch(this.bytes, plan, this.fileName, this.approval);
      this.approval = undefined;
      this.snapshot = undefined;
      this.changed = true;
      return [];
    });
  }

  selectCell(): Promise<void> {
    // No Excel to select in: the view shows the cell's address instead.
    return Promise.resolve();
  }

  exportWorkbook(plan: WritePlan, fileName: string): Promise<void> {
    return Promise.resolve().then(() => {
      this.deliver(this.engine.patch(this.engine.blank(), plan), safeFileName(fileName));
    });
  }

  download(): Promise<string> {
    return Promise.resolve().then(() => {
      const name = stampedFileName(this.fileName, new Date());
      this.deliver(this.bytes, name);
      this.changed = false;
      return name;
    });
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
  // The input guard and the package scan shared with the CLI, before exceljs is even fetched.
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // The guard and the scan (which inflates the sheets with fflate): a small chunk of their own,
  // fetched when a file is opened, out of the first load and before exceljs; the engine is
  // handed the approval, so neither runs twice on the opened bytes.
  const [{ assertWorkbookBytes }, { assertPackageScan }] = await Promise.all([
    import(/* webpackChunkName: "guard" */ '../core/guard/input-guard'),
    import(/* webpackChunkName: "guard" */ '../core/guard/package-scan'),
  ]);
  const approved = assertWorkbookBytes(bytes, fileName);
  assertPackageScan(bytes, fileName, {}, approved);
  const engine = await (options.engine ?? loadXlsxEngine)();
  const port = new BrowserPort(fileName, engine, bytes, approved, options.download ?? downloadBytes);
  // Read now, so a file the readers refuse (damaged parts, a package past the limits) is
  // refused when it is opened, as before.
  await port.readSnapshot();
  return port;
}

/** A new, empty workbook in memory, to be made into a tracker by the Siapkan view. */
export async function newBrowserWorkbook(
  fileName: string,
  options: BrowserPortOptions = {},
): Promise<BrowserWorkbookPort> {
  const engine = await (options.engine ?? loadXlsxEngine)();
  return new BrowserPort(
    safeFileName(fileName),
    engine,
    engine.blank(),
    undefined,
    options.download ?? downloadBytes,
  );
}
