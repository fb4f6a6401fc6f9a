/**
 * Workbooks on disk that a command changes (CLI only): read once — the input guard, then the
 * streaming reader over exactly the entries it approved — and saved by patching the package
 * (`patch-save.ts`), so every part the plan does not own stays byte for byte as it was.
 */
import { basename } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { orThrow, inspectWorkbookBytes, type GuardApproval } from '../../core/guard/input-guard';
import { assertPackageScan } from '../../core/guard/package-scan';
import type { WritePlan } from '../../core/plan/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readXlsxBytes, saveBytesAtomic, type WriteBytes } from './file';
import { blankXlsxBytes, patchXlsxBytes, type PatchedXlsx } from './patch-save';
import { readSnapshotFromZip } from './stream-read';

/** A workbook read to be changed: its bytes, the guard's approval of them, and its snapshot. */
export interface OpenedPackage {
  readonly path: string;
  readonly data: Uint8Array;
  readonly approval: GuardApproval;
  readonly snapshot: WorkbookSnapshot;
}

/** Opens an existing .xlsx file to change it. Throws the guard's and the reader's LakipErrors. */
export async function openForPatch(
  path: string,
  opts: { readonly maxBytes?: number } = {},
): Promise<OpenedPackage> {
  const data = await readXlsxBytes(path, opts.maxBytes);
  const approval = orThrow(
    inspectWorkbookBytes(
      data,
      opts.maxBytes === undefined ? {} : { maxFileBytes: opts.maxBytes },
      basename(path),
    ),
  );
  // A package to be changed is scanned before it is read, so that a bomb is refused before the
  // reader holds any of it (the streaming reader's inline limits trip only once it has).
  assertPackageScan(data, basename(path), {}, approval);
  return { path, data, approval, snapshot: await readSnapshotFromZip(data, approval, basename(path)) };
}

/** A new, empty workbook to be written at `path` (nothing is on disk until it is saved). */
export async function openBlank(path: string, now: Date): Promise<OpenedPackage> {
  const data = blankXlsxBytes({ now });
  const approval = orThrow(inspectWorkbookBytes(data, {}, basename(path)));
  return { path, data, approval, snapshot: await readSnapshotFromZip(Buffer.from(data), approval) };
}

/**
 * Applies the plan to the opened package and saves it atomically at `target` (default: where it
 * was read). Nothing is written when the plan changes nothing.
 */
export async function savePatched(
  opened: OpenedPackage,
  plan: WritePlan,
  opts: { readonly target?: string; readonly write?: WriteBytes } = {},
): Promise<PatchedXlsx> {
  const patched = patchXlsxBytes(opened.data, plan, {
    approval: opened.approval,
    name: basename(opened.path),
    deflate: (content) => deflateRawSync(content, { level: 6 }),
  });
  const target = opts.target ?? opened.path;
  if (patched.changed || target !== opened.path) {
    await saveBytesAtomic(patched.bytes, target, opts.write === undefined ? {} : { write: opts.write });
  }
  return patched;
}
