/**
 * Make the bagian's data formats (`lakip format`, the pane's Konsolidasi › Format per bagian):
 * the bagian list, the PK galat that block a format (`format-blockers.ts`: none is made while
 * the cells a format copies and locks have galat, unless `force`), and the plans — one new
 * workbook per bagian with a unique file name (`into: 'files'`), or the bagian's own sheets
 * `Data Kinerja KODE` inside the tracker (`into: 'sheets'`). An unknown bagian or a tracker
 * without PK throws the LakipError of `format-plan.ts`.
 */
import { formatBlockers } from '../consolidate/format-blockers';
import {
  buildBagianSheetPlan,
  buildFormatPlan,
  listFormatBagian,
  type FormatBagian,
  type FormatPlan,
} from '../consolidate/format-plan';
import type { Finding } from '../findings/finding';
import type { WritePlan } from '../plan/plan';
import type { WorkbookSnapshot } from '../snapshot';
import { uniqueFileNames } from './file-names';
import { classifyWorkbook, type WorkbookKind } from './workbook-kind';

export interface MakeFormatsOptions {
  /** One bagian (Kode or Nama Bagian); absent: every bagian with an indicator. */
  readonly bagian?: string;
  /** ISO local date and time written as the format's date (`localIsoDateTime`). */
  readonly made: string;
  readonly into: 'files' | 'sheets';
  /** Make the formats despite the blockers. */
  readonly force?: boolean;
  /** Only the list of bagian (what a front end shows before the user picks): no plan, no check. */
  readonly listOnly?: boolean;
}

export interface MadeFormat extends FormatPlan {
  /** `fileName` got a `-2` … because another bagian's code gives the same name. */
  readonly renamed: boolean;
}

export interface MakeFormatsResult {
  readonly workbook: WorkbookKind;
  /** Every bagian with its number of PK indicators. */
  readonly bagian: readonly FormatBagian[];
  /** PK galat in the copied columns; the formats were not planned. Empty with `force`. */
  readonly blockers: readonly Finding[];
  /** Every bagian asked for has no indicator: nothing to make (for all: no bagian has one). */
  readonly empty: boolean;
  /** The Kode Bagian of the one bagian asked for, when it has no indicator. */
  readonly noIndicator: string | null;
  /** `into: 'files'`: one plan for a new workbook per bagian, names unique. */
  readonly formats: readonly MadeFormat[];
  /** Bagian left out because they have no indicator (for all). */
  readonly skipped: readonly FormatBagian[];
  /** `into: 'sheets'`: one plan for the tracker (empty when every sheet exists), with a note per bagian. */
  readonly sheets: WritePlan | null;
}

export function makeFormats(snapshot: WorkbookSnapshot, options: MakeFormatsOptions): MakeFormatsResult {
  const workbook = classifyWorkbook(snapshot);
  const bagian = workbook.kind === 'none' ? [] : listFormatBagian(snapshot);
  const nothing = {
    workbook,
    bagian,
    blockers: [],
    empty: false,
    noIndicator: null,
    formats: [],
    skipped: [],
    sheets: null,
  };
  if (options.listOnly === true) return nothing;
  const blockers = options.force === true ? [] : formatBlockers(snapshot, options.bagian);
  if (blockers.length > 0) return { ...nothing, blockers };
  const all = options.bagian === undefined;
  const skipped = all ? bagian.filter((b) => b.indicators === 0) : [];
  const kodes =
    options.bagian !== undefined
      ? [options.bagian]
      : bagian.filter((b) => b.indicators > 0).map((b) => b.kode);
  if (options.into === 'sheets') return { ...nothing, ...sheetsOf(snapshot, kodes), skipped };
  const plans = kodes.map((kode) => buildFormatPlan(snapshot, kode, options.made));
  const without = plans.find((p) => p.indicators === 0);
  if (without !== undefined) return { ...nothing, empty: true, noIndicator: without.bagian.kode };
  if (plans.length === 0) return { ...nothing, empty: true, skipped };
  const names = uniqueFileNames(plans.map((p) => p.fileName));
  const formats = plans.map((p, i) => {
    const fileName = names[i] ?? p.fileName;
    return { ...p, fileName, renamed: fileName !== uniqueFileNames([p.fileName])[0] };
  });
  return { ...nothing, formats, skipped };
}

function sheetsOf(
  snapshot: WorkbookSnapshot,
  kodes: readonly string[],
): { readonly sheets: WritePlan | null; readonly empty: boolean; readonly noIndicator: string | null } {
  let current = snapshot;
  const ops: WritePlan['ops'][number][] = [];
  const notes: string[] = [];
  for (const kode of kodes) {
    const made = buildBagianSheetPlan(current, kode);
    if (made.indicators === 0) return { sheets: null, empty: true, noIndicator: made.bagian.kode };
    if (made.plan.ops.length > 0) {
      ops.push(...made.plan.ops);
      // The next bagian's plan must see the sheet just added (names are checked against it).
      current = { sheets: [...current.sheets, { name: made.sheet, rows: [] }] };
    }
    notes.push(...made.plan.notes);
  }
  return { sheets: { ops, notes }, empty: false, noIndicator: null };
}
