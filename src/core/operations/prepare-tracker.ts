/**
 * Prepare a tracker (`lakip init`, the pane's Siapkan): make it in a new workbook or upgrade it
 * in place (`buildInitPlan`), with the sample policy of `sample-policy.ts` — the sample goes only
 * into a new, empty workbook (or where it adds nothing) unless `force`. Without the sample given,
 * `sampleOffered` says whether a front end may offer it. The defaults are one rule: a sample's
 * own year, unit and kabupaten, else last year.
 */
import { buildInitPlan, type InitOptions } from '../init/init-plan';
import { sampleRefusal } from '../init/sample-policy';
import { readSettings, type Settings } from '../model/settings';
import { sheetsTouched, type WritePlan } from '../plan/plan';
import { findSchemaSheet, readTracker } from '../read/tracker';
import { ALL_SHEETS, DOCUMENT_SHEETS, OPTIONAL_SCHEMAS, SCHEMAS } from '../schema/registry';
import type { SheetSchema } from '../schema/types';
import type { SampleTracker } from '../seed/sample';
import { SOP_STEPS } from '../seed/sop-steps';
import type { WorkbookSnapshot } from '../snapshot';
import { classifyWorkbook, type WorkbookKind } from './workbook-kind';

/** The placeholder of the init note that names the import command; a front end puts the file's name in. */

export { IMPORT_HINT } from '../init/init-plan';
export interface PrepareOptions {
  /** Tahun Laporan asked for; absent: the sample's, else `currentYear − 1`. */
  readonly tahun?: number;
  /** The year now (LKjIP n is written in n+1). */
  readonly currentYear: number;
  readonly unit?: string;
  readonly kabupaten?: string;
  readonly sample?: SampleTracker;
  /** Pour the sample into a workbook that already holds data. */
  readonly force?: boolean;
  /** Make the optional sheet Kategori Capaian (the five Pengaturan kategori as a start). */
  readonly kategoriCapaian?: boolean;
}

export interface PrepareResult {
  readonly workbook: WorkbookKind;
  /** What Pengaturan already says (a tracker's year, unit and kabupaten are never changed). */
  readonly existing: Settings;
  /** The sample may be offered for this workbook (it is new or empty). */
  readonly sampleOffered: boolean;
  /**
   * The workbook already has the optional sheet Kategori Capaian (its name, as typed): `init`
   * leaves it as it is, so the pane says so instead of offering to make it.
   */
  readonly kategoriSheet: string | null;
  /** Why the sample given may not go in (without `force`): the plan is empty then. */
  readonly refusal: string | null;
  /** The sample goes into a workbook that already held data (`force`). */
  readonly sampleMixed: boolean;
  readonly plan: WritePlan;
  /** Sheets the plan creates or changes. */
  readonly sheets: readonly string[];
}

function sampleText(sample: SampleTracker, key: string): string | undefined {
  const v = sample.pengaturan[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function prepareTracker(snapshot: WorkbookSnapshot, options: PrepareOptions): PrepareResult {
  const { sample } = options;
  const sampleYear = sample?.pengaturan['tahunLaporan'];
  const unit = options.unit ?? (sample === undefined ? undefined : sampleText(sample, 'namaUnit'));
  const kabupaten = options.kabupaten ?? (sample === undefined ? undefined : sampleText(sample, 'kabupaten'));
  const init: InitOptions = {
    tahun: options.tahun ?? (typeof sampleYear === 'number' ? sampleYear : options.currentYear - 1),
    ...(options.tahun !== undefined ? { tahunGiven: true } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(kabupaten !== undefined ? { kabupaten } : {}),
    ...(sample !== undefined ? { sample } : {}),
    ...(options.kategoriCapaian === true ? { kategoriCapaian: true } : {}),
  };
  const workbook = classifyWorkbook(snapshot);
  const existing = readSettings(readTracker(snapshot, [SCHEMAS.pengaturan]));
  const sampleOffered = sampleRefusal(snapshot, { tahun: init.tahun }) === null;
  const refused = sample === undefined ? null : sampleRefusal(snapshot, init);
  const kategoriSheet = findSchemaSheet(snapshot, OPTIONAL_SCHEMAS.kategoriCapaian)?.name ?? null;
  const base = { workbook, existing, sampleOffered, kategoriSheet };
  if (refused !== null && options.force !== true) {
    return { ...base, refusal: refused, sampleMixed: false, plan: { ops: [], notes: [] }, sheets: [] };
  }
  const plan = buildInitPlan(snapshot, init);
  return { ...base, refusal: null, sampleMixed: refused !== null, plan, sheets: sheetsTouched(plan) };
}

/**
 * What Siapkan does, in one sentence for its intro: for a new tracker every sheet it creates, in
 * the workbook's order from the schema registry (the document sheets as one item), so no sheet
 * can be left out of the sentence.
 */
export function prepareIntro(isTracker: boolean): string {
  if (isTracker)
    return 'Menambahkan sheet, kolom, dan isian bawaan yang belum ada. Sel yang sudah Anda isi tidak pernah diubah.';
  const documents: readonly SheetSchema[] = DOCUMENT_SHEETS;
  const names: string[] = [];
  for (const schema of ALL_SHEETS) {
    if (!documents.includes(schema)) names.push(schema.name);
    else if (schema === documents[0]) names.push(`${documents.length} dokumen`);
  }
  return `Membuat semua sheet tracker (${names.join(', ')}) di buku kerja ini, dengan ${SOP_STEPS.length} langkah SOP dan daftar dokumen.`;
}
