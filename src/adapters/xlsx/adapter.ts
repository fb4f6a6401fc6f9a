/**
 * The xlsx adapter behind the reading contract (`../reading-contract.ts`): a file on disk read
 * by the streaming reader over the entries the input guard approved and changed by the
 * patching writer, or .xlsx bytes read by exceljs (the task pane's browser mode reads this
 * way). Thin wrappers over `openForPatch` / `savePatched` and `loadWorkbook` / `readSnapshot`.
 */
import type { WritePlan } from '../../core/plan/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { WorkbookAdapter, WorkbookReader } from '../reading-contract';
import { openForPatch, savePatched, type OpenedPackage } from './patch-file';
import type { PatchedXlsx } from './patch-save';
import { readSnapshot } from './read';
import { loadWorkbook } from './workbook';

/**
 * The .xlsx file at `path`: `read()` guards and reads it once (later calls give the same
 * snapshot); `apply(plan)` patches what was read and saves it atomically at `target`
 * (default: `path`), reading it first if `read()` was not called.
 */
export function xlsxFile(
  path: string,
  opts: { readonly maxBytes?: number; readonly target?: string } = {},
): WorkbookAdapter<PatchedXlsx> {
  let opened: Promise<OpenedPackage> | undefined;
  const open = (): Promise<OpenedPackage> =>
    (opened ??= openForPatch(path, opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }));
  return {
    async read(): Promise<WorkbookSnapshot> {
      return (await open()).snapshot;
    },
    async apply(plan: WritePlan): Promise<PatchedXlsx> {
      return savePatched(await open(), plan, opts.target === undefined ? {} : { target: opts.target });
    },
  };
}

/** .xlsx bytes read through exceljs (`loadWorkbook`, with the input guard, then `readSnapshot`). */
export function xlsxBytes(data: Uint8Array, name?: string): WorkbookReader {
  return {
    async read(): Promise<WorkbookSnapshot> {
      return readSnapshot(await loadWorkbook(data, name === undefined ? {} : { name }));
    },
  };
}
