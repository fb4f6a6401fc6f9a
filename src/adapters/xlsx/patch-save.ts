/**
 * The patching writer, whole: a `WritePlan` applied to the .xlsx package as it is, for every
 * command that saves a workbook the user already had (and for new workbooks, from a blank
 * package). The zip half (`package/zip.ts`) copies every part the plan does not change as its
 * original compressed bytes; the XML half (`package/patch.ts`) rewrites only the parts the plan
 * needs. No Node API: the CLI (through `patch-file.ts`) and the task pane's browser mode share it.
 */
import { zipSync, type Zippable } from 'fflate';
import { assertWorkbookBytes, type GuardApproval } from '../../core/guard/input-guard';
import type { WritePlan } from '../../core/plan/plan';
import { blankPackage, type BlankOptions } from './package/blank';
import { patchPackage } from './package/patch';
import { openZipPackage, writeZipPackage } from './package/zip';

export interface PatchedXlsx {
  /** The new package. When the plan changed nothing, the input bytes themselves. */
  readonly bytes: Uint8Array;
  /** Sheets the plan created, by the names written. */
  readonly sheetsCreated: readonly string[];
  /** Existing sheets whose XML the plan changed. */
  readonly sheetsChanged: readonly string[];
  /** Whether any part differs from the input. */
  readonly changed: boolean;
}

/** The bytes of a new, empty workbook (no sheet yet; a plan's `ensureSheet` ops add them). */
export function blankXlsxBytes(opts: BlankOptions = {}): Uint8Array {
  const pkg = blankPackage(opts);
  const files: Zippable = {};
  for (const name of pkg.names) {
    const part = pkg.read(name);
    if (part !== undefined) files[name] = part;
  }
  return zipSync(files, { level: 6 });
}

/**
 * Applies `plan` to the package in `bytes`, which the input guard approved (`approval`, or
 * checked here). Throws the guard's or the package's LakipError for bytes that cannot be used,
 * and LakipError `internal` for a plan that names a sheet no `ensureSheet` made.
 */
export function patchXlsxBytes(
  bytes: Uint8Array,
  plan: WritePlan,
  opts: {
    readonly approval?: GuardApproval;
    readonly name?: string;
    /** Raw deflate for the changed parts (the CLI passes Node's zlib); fflate's by default. */
    readonly deflate?: (content: Uint8Array) => Uint8Array;
  } = {},
): PatchedXlsx {
  if (plan.ops.length === 0) return { bytes, sheetsCreated: [], sheetsChanged: [], changed: false };
  const approval = opts.approval ?? assertWorkbookBytes(bytes, opts.name);
  const pkg = openZipPackage(bytes, approval, opts.name);
  const result = patchPackage(pkg, plan);
  const { set, remove } = result.changes;
  if (set.size === 0 && remove.size === 0) {
    return { bytes, sheetsCreated: [], sheetsChanged: [], changed: false };
  }
  return {
    bytes: writeZipPackage(pkg, result.changes, opts.deflate === undefined ? {} : { deflate: opts.deflate }),
    sheetsCreated: result.sheetsCreated,
    sheetsChanged: result.sheetsChanged,
    changed: true,
  };
}

/** Several plans applied as one save, in order (e.g. consolidation and its SOP step mark). */
export function concatPlans(...plans: readonly WritePlan[]): WritePlan {
  return { ops: plans.flatMap((p) => p.ops), notes: plans.flatMap((p) => p.notes) };
}
