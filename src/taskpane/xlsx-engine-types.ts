/**
 * The task pane's .xlsx engine as a type: what `loadXlsxEngine()` (xlsx-engine.ts) hands out
 * and the lazy chunk (xlsx-engine-impl.ts) implements. Its own file, so that the loader and
 * the chunk do not import each other.
 */
import type { GuardApproval } from '../core/guard/input-guard';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface XlsxEngine {
  /**
   * Reads an .xlsx file's snapshot; an unusable file throws a LakipError with its Indonesian
   * sentence. `approved`: the input guard's verdict on these bytes, when the caller has run it
   * and the package scan already (so that each runs once per file).
   */
  readFile(data: ArrayBuffer | Uint8Array, name: string, approved?: GuardApproval): Promise<WorkbookSnapshot>;
  /**
   * The package with the plan applied by the patching writer: every part the plan does not
   * name is kept byte for byte (charts, pivot tables, comments, print setups …). `approved`:
   * the guard's verdict on these very bytes, when the caller has it (the guard runs once per file).
   */
  patch(data: Uint8Array, plan: WritePlan, name?: string, approved?: GuardApproval): Uint8Array;
  /** A new, empty workbook's bytes (no sheet yet: a plan's `ensureSheet` ops add them). */
  blank(): Uint8Array;
}
