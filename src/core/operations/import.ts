/**
 * Import from a workbook in the user's own layout (issue #12): find the tables of the source,
 * propose a tracker sheet and a field per column, read the values, and return a preview —
 * rows to add, rows to change (old → new), rows skipped with a coded reason, problems per
 * cell and the decisions the user still has to make — together with the WritePlan that
 * applies it to the tracker's own sheets. Nothing here writes; the source is only read.
 *
 * The plan never overwrites a typed cell without the change being listed in the preview
 * (`changes` of a row, with the old value). Running the same import on the result plans
 * nothing: every row is then `row/same`.
 */
import { rangeAddress } from '../address';
import { formatRawForMessage } from '../format/indonesian';
import { parseCell } from '../parse/cell';
import type { PlanValue, WriteOp, WritePlan } from '../plan/plan';
import { isianRealisasiOf, readSettings } from '../model/settings';
import { readPkSheet } from '../read/pk-sheet';
import { readTracker } from '../read/tracker';
import { readTable, type TableRead, type TableRow } from '../read/read-table';
import type { IsianRealisasi } from '../schema/choices';
import { SCHEMAS, schemaById } from '../schema/registry';
import { normaliseSpaces } from '../spaces';
import type { ColumnSchema, SheetId, TableSheetSchema } from '../schema/types';
import {
  cellAt,
  findSheet,
  isEmptyCell,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';
import { keyOf } from '../read/keys';
import { codeLevel, parentCode, splitCodeAndName } from '../import/codes';
import { detectTables, type DetectedTable } from '../import/detect';
import { headerTokens, type Quarter } from '../import/header';
import {
  proposeMapping,
  type ColumnProposal,
  type QuarterMode,
  type TableCorrection,
  type TableProposal,
} from '../import/mapping';
import {
  asCorrection,
  layoutSignature,
  memoryOps,
  MEMORY_SHEET,
  readMemory,
  type RememberedMapping,
} from '../import/memory';
import { conceptById } from '../import/header';
import { IMPORT_TARGETS, MATCH_KEYS } from '../import/synonyms';
import { outcomeMessage, readValue, type ValueOutcome } from '../import/values';
import { classifyWorkbook, isTrackerKind } from './workbook-kind';

export type { QuarterMode };

/** The user's corrections, in the shape `lakip import --json` prints and `--peta` reads. */
export interface ImportMapping {
  readonly tables: readonly TableCorrection[];
}

export interface ImportOptions {
  readonly mapping?: ImportMapping;
  /** The source's file name, recorded in Sumber (Data Kinerja). */
  readonly sourceName?: string;
  /** Only tables of this source sheet. */
  readonly sheet?: string;
  /** How the source's quarterly (or monthly) values are meant; inferred when absent. */
  readonly quarterMode?: QuarterMode;
  /** Only this quarter's values are imported. */
  readonly triwulan?: Quarter;
}

export type SkipCode =
  | 'row/same'
  | 'row/total'
  | 'row/group'
  | 'row/empty'
  | 'row/not-program'
  | 'row/no-key'
  | 'row/duplicate'
  | 'table/no-target'
  | 'table/no-sheet'
  | 'table/no-room';

export type ProblemCode =
  | 'value/dash'
  | 'value/not-available'
  | 'value/text-target'
  | 'value/invalid'
  | 'value/conflict'
  | 'column/missing-in-tracker'
  | 'realisasi/metode'
  | 'pk/program-table';

export interface ImportProblem {
  readonly code: ProblemCode;
  /** Excel row of the source (0 for a problem of the whole table). */
  readonly row: number;
  /** Column letter in the source (empty for a row problem). */
  readonly column: string;
  readonly message: string;
}

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly old: CellValue;
  readonly new: number | string | boolean;
}

export type PreviewRow =
  | {
      readonly action: 'add';
      readonly sourceRows: readonly number[];
      readonly key: string | null;
      readonly values: Readonly<Record<string, number | string | boolean>>;
      /** The Excel row of the tracker sheet it goes to. */
      readonly targetRow: number;
    }
  | {
      readonly action: 'change';
      readonly sourceRows: readonly number[];
      readonly key: string | null;
      readonly values: Readonly<Record<string, number | string | boolean>>;
      readonly targetRow: number;
      readonly changes: readonly FieldChange[];
    }
  | {
      readonly action: 'skip';
      readonly sourceRows: readonly number[];
      readonly key: string | null;
      readonly reason: SkipCode;
      readonly message: string;
    };

export type DecisionCode = 'quarters/cumulative' | 'months/cumulative' | 'key/missing' | 'table/target';

export interface OpenDecision {
  readonly code: DecisionCode;
  /** The question, in Indonesian. */
  readonly question: string;
  /** What the numbers suggest, or null when they do not tell. */
  readonly inferred: string | null;
  /** What this preview used (the user's option, else the inference, else the default). */
  readonly chosen: string;
  /** Why, in Indonesian. */
  readonly evidence: string;
  /** For the cumulative/per-period question: the mode this preview used. */
  readonly mode?: QuarterMode;
}

export interface TablePreview {
  readonly proposal: TableProposal;
  /** The mapping came from the tracker's memory of this layout (no choices asked again). */
  readonly remembered: boolean;
  readonly trackerSheet: string | null;
  readonly rows: readonly PreviewRow[];
  readonly problems: readonly ImportProblem[];
  readonly decisions: readonly OpenDecision[];
  readonly counts: {
    readonly read: number;
    readonly add: number;
    readonly change: number;
    readonly skip: number;
  };
}

export interface ImportPreview {
  readonly source: string;
  readonly tables: readonly TablePreview[];
  readonly plan: WritePlan;
}

// ---------------------------------------------------------------------------------------------

type Value = number | string | boolean;

interface SourceRecord {
  sourceRows: number[];
  values: Map<string, Value>;
  /** Month values per quarter field: field → month → value. */
  months: Map<string, Map<number, number>>;
  /** The source column a field came from (for problems). */
  from: Map<string, string>;
  unit: string | null;
  /** The annual target, read from a target column even when it is not imported (evidence). */
  annualTarget: number | null;
  code: string | null;
  name: string | null;
  skip: { reason: SkipCode; message: string } | null;
}

/** A cell that is only the word of a totals row ("JUMLAH", "Total Keseluruhan", "Sub Total :"). */
const TOTAL =
  /^(?:jumlah|total|sub ?total|jumlah total|total keseluruhan|jumlah keseluruhan|grand total|rata-rata)\s*:?$/i;

function tableName(t: DetectedTable): string {
  return `tabel ${t.sheet}!${t.range}`;
}

function shown(raw: CellValue): string {
  if (raw === null) return '';
  if (typeof raw === 'object')
    return raw.kind === 'date' ? raw.iso : raw.kind === 'error' ? raw.code : String(raw.value);
  return String(raw);
}

function quarterOfCell(raw: CellValue): Quarter | null {
  if (typeof raw === 'number') return raw >= 1 && raw <= 4 && Number.isInteger(raw) ? (raw as Quarter) : null;
  if (typeof raw !== 'string') return null;
  const t = headerTokens([raw]);
  return t.quarter ?? null;
}

function schemaColumn(schema: TableSheetSchema, key: string): ColumnSchema | undefined {
  return schema.columns.find((c) => c.key === key);
}

/** The type a proposal's values are read as. */
function typeOf(schema: TableSheetSchema, p: ColumnProposal): ColumnSchema | undefined {
  if (p.field === null) return undefined;
  return schemaColumn(schema, p.quarterFromColumn === true ? `${p.field}1` : p.field);
}

const PROBLEM_OF: Partial<Record<ValueOutcome, ProblemCode>> = {
  dash: 'value/dash',
  'not-available': 'value/not-available',
  'text-target-problem': 'value/text-target',
  invalid: 'value/invalid',
};

/** Reads every data row of a table into records (before matching). */
function readRecords(
  sheet: SheetSnapshot,
  proposal: TableProposal,
  schema: TableSheetSchema,
  problems: ImportProblem[],
  triwulan: Quarter | undefined,
): SourceRecord[] {
  const table = proposal.table;
  const match = MATCH_KEYS[schema.id];
  const codeField = match?.key === 'kodeProgram' || match?.key === 'kode' ? match.key : null;
  const hasCodeColumn = codeField !== null && proposal.columns.some((p) => p.field === codeField);
  const carried = new Map<number, CellValue>();
  const quarterColumn = proposal.columns.find((p) => p.isQuarterColumn === true);
  const targetColumn = proposal.columns.find((p) => p.meaning.concept === 'target');
  const records: SourceRecord[] = [];
  for (const r of table.dataRows) {
    const rec: SourceRecord = {
      sourceRows: [r],
      values: new Map(),
      months: new Map(),
      from: new Map(),
      unit: null,
      annualTarget: null,
      code: null,
      name: null,
      skip: null,
    };
    records.push(rec);
    const cell = (col: number): CellValue => cellAt(sheet, r - 1, col);
    const rowTexts = table.columns.map((c) => cell(c.col)).filter((v): v is string => typeof v === 'string');
    if (rowTexts.some((t) => TOTAL.test(t.trim()))) {
      rec.skip = { reason: 'row/total', message: `Baris ${r} adalah baris jumlah: tidak diimpor.` };
      continue;
    }
    let onlyGrouping = true;
    let any = false;
    const quarter = quarterColumn === undefined ? null : quarterOfCell(cell(quarterColumn.column.col));
    if (targetColumn !== undefined) {
      const t = readValue(cell(targetColumn.column.col), 'bilangan');
      if (typeof t.value === 'number') rec.annualTarget = t.value;
    }
    for (const p of proposal.columns) {
      const column = typeOf(schema, p);
      if (p.field === null || column === undefined) continue;
      const grouping = p.meaning.concept !== null && conceptById(p.meaning.concept).grouping === true;
      let raw = cell(p.column.col);
      if (grouping) {
        if (!isEmptyCell(raw)) carried.set(p.column.col, raw);
        else raw = carried.get(p.column.col) ?? null;
      }
      if (isEmptyCell(raw)) continue;
      if (!grouping || !isEmptyCell(cell(p.column.col))) any = true;
      if (!grouping) onlyGrouping = false;
      let field = p.field;
      if (p.quarterFromColumn === true) {
        if (quarter === null) continue;
        field = `${p.field}${quarter}`;
      }
      // --triwulan N: only that quarter's values (a month counts for its quarter).
      if (triwulan !== undefined && /Tw[1-4]$/.test(field) && Number(field.slice(-1)) !== triwulan) continue;
      // "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN": the code goes to the code field when no column holds it.
      if (
        typeof raw === 'string' &&
        codeField !== null &&
        column.type === 'teks' &&
        (field === 'program' || field === 'sasaran')
      ) {
        const split = splitCodeAndName(raw);
        if (split !== null) {
          if (!hasCodeColumn) {
            rec.values.set(codeField, split.code);
            rec.from.set(codeField, p.column.letter);
          }
          raw = split.name;
        }
      }
      const read = readValue(raw, column.type);
      // "n/a" in a realisasi quarter is a realisasi that does not exist (as in Data Kinerja): written as typed.
      if (
        read.outcome === 'not-available' &&
        column.notAvailable === true &&
        p.month === undefined &&
        typeof raw === 'string'
      ) {
        rec.values.set(field, normaliseSpaces(raw));
        rec.from.set(field, p.column.letter);
        continue;
      }
      const problem = PROBLEM_OF[read.outcome];
      if (problem !== undefined) {
        problems.push({
          code: problem,
          row: r,
          column: p.column.letter,
          message: outcomeMessage(
            read,
            `Sel ${p.column.letter}${r} (${p.column.label})`,
            shown(raw),
            column.type !== 'teks' && column.type !== 'kode',
          ),
        });
        continue;
      }
      if (read.value === null) continue;
      if (read.unit !== undefined) rec.unit ??= read.unit;
      if (p.month !== undefined && typeof read.value === 'number') {
        const byMonth = rec.months.get(field) ?? new Map<number, number>();
        byMonth.set(p.month, read.value);
        rec.months.set(field, byMonth);
        continue;
      }
      // A code split over columns: the parts joined with dots (1 | 01 | 02 → 1.01.02).
      const before = rec.values.get(field);
      const value =
        p.column.codePart === true && before !== undefined
          ? `${String(before)}.${String(read.value)}`
          : read.value;
      rec.values.set(field, value);
      if (p.column.codePart !== true) rec.from.set(field, p.column.letter);
      if (field === codeField) rec.code = String(read.value);
    }
    if (!any)
      rec.skip = { reason: 'row/empty', message: `Baris ${r} tidak berisi nilai untuk kolom yang diimpor.` };
    else if (onlyGrouping)
      rec.skip = {
        reason: 'row/group',
        message: `Baris ${r} hanya berisi judul kelompok (mis. sasaran): nilainya dibawa ke baris di bawahnya.`,
      };
    if (rec.unit !== null && schemaColumn(schema, 'satuan') !== undefined && !rec.values.has('satuan'))
      rec.values.set('satuan', rec.unit);
    const nameField = match?.name;
    if (nameField !== undefined) {
      const n = rec.values.get(nameField);
      rec.name = typeof n === 'string' ? n : null;
    }
    if (codeField !== null) {
      const c = rec.values.get(codeField);
      rec.code = c === undefined ? null : String(c);
    }
  }
  return records;
}

/** One row per indicator: the rows of a long table (one per quarter) merged by key or name. */
function pivot(records: SourceRecord[], problems: ImportProblem[], schema: TableSheetSchema): SourceRecord[] {
  const match = MATCH_KEYS[schema.id];
  const out: SourceRecord[] = [];
  const byKey = new Map<string, SourceRecord>();
  for (const rec of records) {
    if (rec.skip !== null) {
      out.push(rec);
      continue;
    }
    const k = match === undefined ? undefined : (rec.values.get(match.key) ?? rec.values.get(match.name));
    if (k === undefined) {
      out.push(rec);
      continue;
    }
    const id = keyOf(k);
    const first = byKey.get(id);
    if (first === undefined) {
      byKey.set(id, rec);
      out.push(rec);
      continue;
    }
    for (const [f, v] of rec.values) {
      const before = first.values.get(f);
      if (before !== undefined && keyOf(before) !== keyOf(v)) {
        problems.push({
          code: 'value/conflict',
          row: rec.sourceRows[0] ?? 0,
          column: rec.from.get(f) ?? '',
          message: `Baris ${rec.sourceRows[0] ?? 0} memberi ${schemaColumn(schema, f)?.label ?? f} "${String(v)}", baris ${first.sourceRows[0] ?? 0} "${String(before)}" untuk indikator yang sama: yang pertama dipakai.`,
        });
        continue;
      }
      first.values.set(f, v);
    }
    first.sourceRows.push(...rec.sourceRows);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

interface Inference {
  readonly inferred: QuarterMode | null;
  readonly evidence: string;
}

/** Cumulative or per period, from the numbers: values that never fall and end near the target suggest cumulative. */
export function inferQuarterMode(
  series: readonly { values: readonly (number | undefined)[]; target: number | null }[],
): Inference {
  let falls = 0;
  let endNear = 0;
  let sumNear = 0;
  let counted = 0;
  for (const s of series) {
    const nums = s.values.filter((v): v is number => v !== undefined);
    if (nums.length < 2) continue;
    counted++;
    for (let i = 1; i < nums.length; i++) if ((nums[i] as number) < (nums[i - 1] as number)) falls++;
    if (s.target !== null && s.target > 0) {
      const last = nums[nums.length - 1] as number;
      const sum = nums.reduce((a, b) => a + b, 0);
      if (Math.abs(last / s.target - 1) <= 0.2) endNear++;
      if (Math.abs(sum / s.target - 1) <= 0.2) sumNear++;
    }
  }
  if (counted === 0)
    return { inferred: null, evidence: 'belum ada indikator dengan dua periode atau lebih terisi' };
  if (falls > 0)
    return {
      inferred: 'per-triwulan',
      evidence: `nilai turun dari satu periode ke berikutnya di ${falls} tempat: nilai kumulatif tidak pernah turun`,
    };
  if (endNear > sumNear)
    return {
      inferred: 'kumulatif',
      evidence: `nilai tidak pernah turun, dan nilai terakhir mendekati target pada ${endNear} dari ${counted} indikator`,
    };
  if (sumNear > endNear)
    return {
      inferred: 'per-triwulan',
      evidence: `jumlah nilai mendekati target pada ${sumNear} dari ${counted} indikator`,
    };
  return {
    inferred: null,
    evidence:
      'nilai tidak pernah turun, tetapi tidak jelas apakah nilai terakhir atau jumlahnya yang mendekati target',
  };
}

function modeLabel(mode: QuarterMode, months: boolean): string {
  if (mode === 'kumulatif') return 'kumulatif (nilai sampai dengan periode itu)';
  return months ? 'per bulan (nilai bulan itu saja)' : 'per triwulan (nilai triwulan itu saja)';
}

/** Monthly values into the quarter's field: the quarter's last month when cumulative, else their sum. */
function foldMonths(records: SourceRecord[], mode: QuarterMode): void {
  for (const rec of records) {
    for (const [field, byMonth] of rec.months) {
      const q = Number(/([1-4])$/.exec(field)?.[1] ?? 0);
      const months = [3 * q - 2, 3 * q - 1, 3 * q].filter((m) => byMonth.has(m));
      if (months.length === 0) continue;
      const value =
        mode === 'kumulatif'
          ? (byMonth.get(months[months.length - 1] as number) as number)
          : round(months.reduce((s, m) => s + (byMonth.get(m) as number), 0));
      rec.values.set(field, value);
    }
  }
}

function sameValue(old: CellValue, value: Value, column: ColumnSchema): boolean {
  if (isEmptyCell(old)) return false;
  if (typeof value === 'number') {
    const p = parseCell(old, {
      type: column.type === 'teks' || column.type === 'kode' ? 'bilangan' : column.type,
    });
    return p.kind === 'ok' && typeof p.value === 'number' && Math.abs(p.value - value) < 1e-9;
  }
  if (typeof old === 'string' || typeof old === 'number' || typeof old === 'boolean')
    return keyOf(old) === keyOf(value);
  return false;
}

/** The Excel row of the sheet's last filled row, among its first `before` rows (all when absent). */
function lastUsedRow(sheet: SheetSnapshot, before = sheet.rows.length): number {
  for (let r = Math.min(before, sheet.rows.length) - 1; r >= 0; r--)
    if ((sheet.rows[r] ?? []).some((v) => !isEmptyCell(v))) return r + 1;
  return 0;
}

function compositeId(key: CellValue | undefined, name: CellValue | undefined): string | null {
  if (key === undefined || name === undefined || isEmptyCell(key) || isEmptyCell(name)) return null;
  if (typeof key === 'object' || typeof name === 'object') return null;
  return `${keyOf(key)}|${keyOf(name)}`;
}

interface TrackerIndex {
  readonly byKey: Map<string, TableRow>;
  readonly byName: Map<string, TableRow>;
}

function indexRows(read: TableRead, schema: TableSheetSchema): TrackerIndex {
  const match = MATCH_KEYS[schema.id];
  const byKey = new Map<string, TableRow>();
  const byName = new Map<string, TableRow>();
  for (const row of read.rows) {
    if (match === undefined) continue;
    if (match.composite === true) {
      const id = compositeId(row.raw.get(match.key), row.raw.get(match.name));
      if (id !== null && !byKey.has(id)) byKey.set(id, row);
      continue;
    }
    const k = row.raw.get(match.key);
    if (k !== undefined && !isEmptyCell(k) && typeof k !== 'object') {
      const id = keyOf(k);
      if (!byKey.has(id)) byKey.set(id, row);
    }
    const n = row.raw.get(match.name);
    if (n !== undefined && !isEmptyCell(n) && typeof n !== 'object') {
      const id = keyOf(n);
      if (!byName.has(id)) byName.set(id, row);
    }
  }
  return { byKey, byName };
}

/**
 * The PK's Kode Indikator by normalised indicator name, and by code its Metode Agregasi, its
 * Penanggung Jawab and its Isian Realisasi (the PK's, else the Pengaturan's: the one rule).
 */
function pkLookup(tracker: WorkbookSnapshot): {
  byName: Map<string, string>;
  metode: Map<string, string>;
  penanggungJawab: Map<string, string>;
  isian: Map<string, IsianRealisasi>;
} {
  const byName = new Map<string, string>();
  const metode = new Map<string, string>();
  const penanggungJawab = new Map<string, string>();
  const isian = new Map<string, IsianRealisasi>();
  const schema = schemaById('pk') as TableSheetSchema;
  const sheet = findSheet(tracker, schema.name);
  if (sheet === undefined) return { byName, metode, penanggungJawab, isian };
  const settings = readSettings(readTracker(tracker, [SCHEMAS.pengaturan]));
  // The indicators only: a program table below them is not read as indicator rows.
  for (const row of readPkSheet(sheet, schema).indicators.rows) {
    const kode = row.raw.get('kodeIndikator');
    const ind = row.raw.get('indikator');
    const m = row.raw.get('metode');
    if (kode === undefined || isEmptyCell(kode) || typeof kode === 'object') continue;
    if (ind !== undefined && !isEmptyCell(ind) && typeof ind !== 'object')
      byName.set(keyOf(ind), String(kode));
    if (typeof m === 'string') metode.set(keyOf(kode), m.trim());
    const pj = row.raw.get('penanggungJawab');
    if (typeof pj === 'string' && pj.trim() !== '') penanggungJawab.set(keyOf(kode), pj.trim());
    isian.set(keyOf(kode), isianRealisasiOf(row, settings));
  }
  return { byName, metode, penanggungJawab, isian };
}

/**
 * Whether the quarters read as `mode` give this indicator a wrong capaian, and what to do: by
 * its Isian Realisasi for Kumulatif and Rata-rata (cumulative figures read per quarter are
 * summed twice; figures of one quarter read cumulatively leave the rest of the year out), by
 * its Metode for Nilai Akhir (the last quarter alone of per-quarter counts). Null: it fits.
 */
function quarterModeProblem(
  where: string,
  kode: string,
  mode: QuarterMode,
  metode: string | undefined,
  isian: IsianRealisasi | undefined,
): string | null {
  const read = `${where}: realisasi dibaca ${modeLabel(mode, false)}`;
  const sums = metode === 'Kumulatif' || metode === 'Rata-rata';
  const how = metode === 'Kumulatif' ? 'menjumlahkan' : 'merata-ratakan';
  if (sums && mode === 'kumulatif' && isian === 'Per Triwulan')
    return `${read}, tetapi Isian Realisasi indikator ${kode} "Per Triwulan" dan Metode Agregasinya "${metode}" ${how} triwulan: capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Kumulatif s.d. Triwulan" (atau Isian Realisasi Triwulan di Pengaturan bila semua indikator diisi begitu), atau impor dengan pilihan per triwulan.`;
  if (sums && mode === 'per-triwulan' && isian === 'Kumulatif s.d. Triwulan')
    return `${read}, tetapi Isian Realisasi indikator ${kode} "Kumulatif s.d. Triwulan" (angka triwulan terakhir dianggap angka sampai akhir tahun): capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Per Triwulan", atau impor dengan pilihan kumulatif.`;
  if (mode === 'per-triwulan' && metode === 'Nilai Akhir')
    return `${read}, tetapi Metode Agregasi indikator ${kode} di PK "Nilai Akhir" memakai triwulan terakhir saja: capaian akan salah. Ubah Metode Agregasi di PK ke "Kumulatif", atau impor dengan pilihan kumulatif.`;
  return null;
}

function correctionFor(options: ImportOptions, table: DetectedTable): TableCorrection | undefined {
  const list = options.mapping?.tables ?? [];
  const sameSheet = list.filter((c) => keyOf(c.sheet) === keyOf(table.sheet));
  // `sheet: '*'`: every table (e.g. `--ke`), after the corrections that name the sheet.
  return (
    sameSheet.find((c) => c.headerRow === table.headerRows[0]) ??
    sameSheet.find((c) => c.headerRow === undefined) ??
    list.find((c) => c.sheet === '*')
  );
}

interface Planned {
  readonly preview: TablePreview;
  readonly ops: WriteOp[];
  readonly notes: string[];
  /** What to remember of this table's layout, when it was imported somewhere. */
  readonly learnt: RememberedMapping | null;
}

function planTable(
  source: WorkbookSnapshot,
  tracker: WorkbookSnapshot,
  proposal: TableProposal,
  options: ImportOptions,
  correction: { readonly value: TableCorrection | undefined; readonly remembered: boolean },
  claimed: Map<string, number>,
  appendAt: Map<string, number>,
): Planned {
  const table = proposal.table;
  const sheet = findSheet(source, table.sheet) as SheetSnapshot;
  const problems: ImportProblem[] = [];
  const decisions: OpenDecision[] = [];
  const rowsOut: PreviewRow[] = [];
  const ops: WriteOp[] = [];
  const notes: string[] = [];
  const read = table.dataRows.length;
  let chosenMode: QuarterMode | undefined;
  const done = (trackerSheet: string | null): Planned => {
    const count = (a: PreviewRow['action']): number =>
      rowsOut.filter((r) => r.action === a).reduce((s, r) => s + r.sourceRows.length, 0);
    return {
      preview: {
        proposal,
        remembered: correction.remembered,
        trackerSheet,
        rows: rowsOut,
        problems,
        decisions,
        counts: { read, add: count('add'), change: count('change'), skip: count('skip') },
      },
      ops,
      notes,
      learnt:
        trackerSheet === null
          ? null
          : {
              signature: layoutSignature(table),
              target: proposal.target,
              columns: Object.fromEntries(
                proposal.columns
                  .filter(
                    (c) =>
                      c.month === undefined && c.quarterFromColumn !== true && c.isQuarterColumn !== true,
                  )
                  .map((c) => [c.column.letter, c.field]),
              ),
              ...(chosenMode !== undefined ? { quarterMode: chosenMode } : {}),
              learntFrom: `${options.sourceName ?? ''} · ${table.sheet}!${table.range}`,
            },
    };
  };
  if (proposal.target === null) {
    decisions.push({
      code: 'table/target',
      question: `Ke sheet mana ${tableName(table)} diimpor?`,
      inferred: null,
      chosen: 'tidak diimpor',
      evidence: 'judul kolomnya tidak cocok dengan sheet tracker mana pun',
    });
    rowsOut.push({
      action: 'skip',
      sourceRows: [...table.dataRows],
      key: null,
      reason: 'table/no-target',
      message: `${tableName(table)} tidak dikenali: pilih sheet tujuannya.`,
    });
    return done(null);
  }
  const schema = schemaById(proposal.target) as TableSheetSchema;
  const [best, second] = proposal.scores;
  if (!proposal.corrected && best !== undefined && second !== undefined && best.score === second.score) {
    const names = proposal.scores.filter((s) => s.score === best.score).map((s) => schemaById(s.target).name);
    decisions.push({
      code: 'table/target',
      question: `Ke sheet mana ${tableName(table)} diimpor: ${names.join(', ')}?`,
      inferred: null,
      chosen: schema.name,
      evidence: `judul kolomnya sama cocoknya dengan ${names.join(', ')}; ${schema.name} dipilih menurut urutan bawaan`,
    });
  }
  const trackerSheet =
    findSheet(tracker, schema.name) ??
    (schema.aliases ?? []).map((a) => findSheet(tracker, a)).find((s) => s !== undefined);
  if (trackerSheet === undefined) {
    rowsOut.push({
      action: 'skip',
      sourceRows: [...table.dataRows],
      key: null,
      reason: 'table/no-sheet',
      message: `Tracker tidak punya sheet ${schema.name}: jalankan lakip init dulu.`,
    });
    return done(null);
  }
  // The PK is read by its one reader: its indicators end at the program table below them.
  const pkRead = schema.id === 'pk' ? readPkSheet(trackerSheet, schema) : undefined;
  const trackerRead = pkRead?.indicators ?? readTable(trackerSheet, schema);
  const programHeader = pkRead?.programs?.headerRow ?? null;
  let records = readRecords(sheet, proposal, schema, problems, options.triwulan);
  if (proposal.columns.some((p) => p.isQuarterColumn === true)) records = pivot(records, problems, schema);

  // Monthly plans and quarterly values: cumulative or per period, inferred and always shown.
  const monthly = records.some((r) => r.months.size > 0);
  const quarterly =
    proposal.columns.filter((p) => p.field !== null && /Tw[1-4]$/.test(p.field) && p.month === undefined)
      .length >= 2 || proposal.columns.some((p) => p.quarterFromColumn === true);
  const given = options.quarterMode ?? correction.value?.quarterMode;
  let mode: QuarterMode = given ?? 'per-triwulan';
  if (monthly || quarterly) {
    const series = records
      .filter((r) => r.skip === null)
      .map((r) => {
        if (monthly) {
          const all = new Map<number, number>();
          for (const byMonth of r.months.values()) for (const [m, v] of byMonth) all.set(m, v);
          return { values: Array.from({ length: 12 }, (_, i) => all.get(i + 1)), target: r.annualTarget };
        }
        const periodic = proposal.columns.find(
          (p) => p.field !== null && (p.quarterFromColumn === true || /Tw[1-4]$/.test(p.field)),
        );
        const prefix = schema.id === 'dpa' ? 'realisasiTw' : (periodic?.field ?? '').replace(/[1-4]$/, '');
        const target =
          schema.id === 'dpa'
            ? typeof r.values.get('pagu') === 'number'
              ? (r.values.get('pagu') as number)
              : null
            : r.annualTarget;
        return {
          values: [1, 2, 3, 4]
            .map((q) => r.values.get(`${prefix}${q}`))
            .map((v) => (typeof v === 'number' ? v : undefined)),
          target,
        };
      });
    const inference = inferQuarterMode(series);
    mode = given ?? inference.inferred ?? 'per-triwulan';
    chosenMode = mode;
    decisions.push({
      code: monthly ? 'months/cumulative' : 'quarters/cumulative',
      question: monthly
        ? `Apakah nilai bulanan ${tableName(table)} kumulatif (sampai dengan bulan itu) atau per bulan?`
        : `Apakah nilai triwulan ${tableName(table)} kumulatif (sampai dengan triwulan itu) atau per triwulan?`,
      inferred: inference.inferred === null ? null : modeLabel(inference.inferred, monthly),
      mode,
      chosen:
        modeLabel(mode, monthly) +
        (options.quarterMode !== undefined
          ? ' (pilihan pengguna)'
          : given !== undefined
            ? correction.remembered
              ? ' (diingat dari impor sebelumnya)'
              : ' (pilihan pengguna)'
            : inference.inferred === null
              ? ' (bawaan, belum pasti)'
              : ''),
      evidence: monthly
        ? `${inference.evidence}; nilai triwulan = ${mode === 'kumulatif' ? 'nilai bulan terakhir triwulan itu' : 'jumlah tiga bulannya'}`
        : inference.evidence,
    });
  }
  if (monthly) foldMonths(records, mode);

  const pk = pkLookup(tracker);
  const index = indexRows(trackerRead, schema);
  const match = MATCH_KEYS[schema.id];
  const keyColumn = match === undefined ? undefined : schemaColumn(schema, match.key);
  const codes = records.map((r) => r.code).filter((c): c is string => c !== null);
  const namesByCode = new Map<string, string>();
  for (const r of records) if (r.code !== null && r.name !== null) namesByCode.set(r.code, r.name);
  let missingKeys = 0;
  const sheetName = trackerSheet.name;
  // New rows go below the last row; in a PK with a program table, below its last indicator row.
  let nextRow =
    appendAt.get(sheetName) ??
    Math.max(
      lastUsedRow(trackerSheet, programHeader === null ? undefined : programHeader - 1),
      trackerRead.headerRow ?? 0,
    ) + 1;
  const firstNewRow = nextRow;
  /** The setValues of each added row, by its preview row (taken back when they do not fit). */
  const added = new Map<PreviewRow, WriteOp>();

  for (const rec of records) {
    if (rec.skip !== null) {
      rowsOut.push({
        action: 'skip',
        sourceRows: rec.sourceRows,
        key: rec.code,
        reason: rec.skip.reason,
        message: rec.skip.message,
      });
      continue;
    }
    const where = `Baris ${rec.sourceRows.join(', ')}`;
    // Program tree: urusan rows are headings; a sub kegiatan names its kegiatan as Program/Kegiatan.
    if (schema.id === 'dpa' && rec.code !== null) {
      const level = codeLevel(rec.code);
      if (level === 'Urusan' || level === 'Bidang Urusan') {
        rowsOut.push({
          action: 'skip',
          sourceRows: rec.sourceRows,
          key: rec.code,
          reason: 'row/not-program',
          message: `${where} adalah ${level} ${rec.code}, bukan program atau kegiatan: tidak diimpor.`,
        });
        continue;
      }
      if (level === 'Sub Kegiatan' && !rec.values.has('subKegiatan')) {
        const parent = parentCode(rec.code, codes);
        const parentName = parent === null ? undefined : namesByCode.get(parent);
        if (parentName !== undefined && rec.name !== null) {
          rec.values.set('subKegiatan', rec.name);
          rec.values.set('program', parentName);
        }
      }
    }
    if (match !== undefined && !rec.values.has(match.key) && schema.id === 'dataKinerja') {
      const name = rec.values.get('indikator');
      const kode = name === undefined ? undefined : pk.byName.get(keyOf(name));
      if (kode !== undefined) rec.values.set('kodeIndikator', kode);
    }
    const key = match === undefined ? undefined : rec.values.get(match.key);
    const name = match === undefined ? undefined : rec.values.get(match.name);
    const composite = match?.composite === true ? compositeId(key ?? null, name ?? null) : null;
    const existing =
      match?.composite === true
        ? composite === null
          ? undefined
          : index.byKey.get(composite)
        : ((key !== undefined ? index.byKey.get(keyOf(key)) : undefined) ??
          (name !== undefined ? index.byName.get(keyOf(name)) : undefined));
    const keyText = key === undefined ? null : String(key);
    // A new Data Kinerja row belongs to the bagian responsible for the indicator in the PK.
    if (
      schema.id === 'dataKinerja' &&
      existing === undefined &&
      key !== undefined &&
      !rec.values.has('bagian')
    ) {
      const pj = pk.penanggungJawab.get(keyOf(key));
      if (pj !== undefined) rec.values.set('bagian', pj);
    }
    if (existing === undefined && key === undefined && keyColumn?.required === true) {
      if (schema.id === 'dataKinerja') {
        rowsOut.push({
          action: 'skip',
          sourceRows: rec.sourceRows,
          key: null,
          reason: 'row/no-key',
          message: `${where}: indikator "${name === undefined ? '' : String(name)}" tidak ditemukan di PK dan tidak ada Kode Indikator: isi Kode Indikator atau tambahkan indikatornya ke PK dulu.`,
        });
        continue;
      }
      missingKeys++;
    }
    if (options.sourceName !== undefined && schemaColumn(schema, 'sumber') !== undefined)
      rec.values.set(
        'sumber',
        `${options.sourceName} · ${table.sheet}!${rangeAddress(rec.sourceRows[0] ?? 0, (table.columns[0]?.col ?? 0) + 1, 1, (table.columns[table.columns.length - 1]?.col ?? 0) - (table.columns[0]?.col ?? 0) + 1)}${rec.sourceRows.length > 1 ? ` (+${rec.sourceRows.length - 1} baris)` : ''}`,
      );
    // Metode Agregasi of the PK must fit how the realisasi is counted.
    if (schema.id === 'dataKinerja' && quarterly && key !== undefined) {
      const message = quarterModeProblem(
        where,
        String(key),
        mode,
        pk.metode.get(keyOf(key)),
        pk.isian.get(keyOf(key)),
      );
      if (message !== null)
        problems.push({ code: 'realisasi/metode', row: rec.sourceRows[0] ?? 0, column: '', message });
    }
    const id =
      existing !== undefined
        ? `row:${existing.excelRow}`
        : composite !== null
          ? `key:${composite}`
          : key !== undefined && match?.composite !== true
            ? `key:${keyOf(key)}`
            : name !== undefined
              ? `name:${keyOf(name)}`
              : null;
    if (id !== null && claimed.has(`${sheetName}|${id}`)) {
      rowsOut.push({
        action: 'skip',
        sourceRows: rec.sourceRows,
        key: keyText,
        reason: 'row/duplicate',
        message: `${where}: baris yang sama sudah diimpor dari baris ${claimed.get(`${sheetName}|${id}`) ?? 0}: yang pertama dipakai.`,
      });
      continue;
    }
    if (id !== null) claimed.set(`${sheetName}|${id}`, rec.sourceRows[0] ?? 0);

    // Fields the tracker sheet has a column for.
    const writable: [string, Value, number][] = [];
    for (const [field, value] of rec.values) {
      const col = trackerRead.columnIndex.get(field);
      if (col === undefined) {
        if (!problems.some((p) => p.code === 'column/missing-in-tracker' && p.message.includes(`"${field}"`)))
          problems.push({
            code: 'column/missing-in-tracker',
            row: 0,
            column: rec.from.get(field) ?? '',
            message: `Sheet ${sheetName} di tracker tidak punya kolom ${schemaColumn(schema, field)?.label ?? field} ("${field}"): nilainya tidak diimpor. Tambahkan kolomnya (lakip init memperbaikinya).`,
          });
        continue;
      }
      writable.push([field, value, col]);
    }
    const values = Object.fromEntries(writable.map(([f, v]) => [f, v]));
    if (existing === undefined) {
      const targetRow = nextRow++;
      const addRow: PreviewRow = {
        action: 'add',
        sourceRows: rec.sourceRows,
        key: keyText,
        values,
        targetRow,
      };
      rowsOut.push(addRow);
      const sorted = [...writable].sort((a, b) => a[2] - b[2]);
      const first = sorted[0]?.[2] ?? 0;
      const last = sorted[sorted.length - 1]?.[2] ?? 0;
      const line: PlanValue[] = Array.from({ length: last - first + 1 }, () => null);
      for (const [, v, c] of sorted) line[c - first] = v;
      const op: WriteOp = {
        op: 'setValues',
        sheet: sheetName,
        row: targetRow,
        col: first + 1,
        values: [line],
      };
      added.set(addRow, op);
      if (sorted.length > 0) ops.push(op);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const [field, value, col] of writable) {
      if (field === 'sumber') continue;
      const column = schemaColumn(schema, field) as ColumnSchema;
      const old = existing.raw.get(field) ?? null;
      if (sameValue(old, value, column)) continue;
      changes.push({ field, label: column.label, old, new: value });
      ops.push({
        op: 'setValues',
        sheet: sheetName,
        row: existing.excelRow,
        col: col + 1,
        values: [[value]],
      });
    }
    if (changes.length === 0) {
      rowsOut.push({
        action: 'skip',
        sourceRows: rec.sourceRows,
        key: keyText,
        reason: 'row/same',
        message: `${where}: sama dengan baris ${existing.excelRow} sheet ${sheetName}, tidak ada yang berubah.`,
      });
      continue;
    }
    const sumber = writable.find(([f]) => f === 'sumber');
    if (sumber !== undefined)
      ops.push({
        op: 'setValues',
        sheet: sheetName,
        row: existing.excelRow,
        col: sumber[2] + 1,
        values: [[sumber[1]]],
      });
    rowsOut.push({
      action: 'change',
      sourceRows: rec.sourceRows,
      key: keyText,
      values,
      targetRow: existing.excelRow,
      changes,
    });
    const replaced = changes.filter((c) => !isEmptyCell(c.old));
    if (replaced.length > 0)
      notes.push(
        `${sheetName} baris ${existing.excelRow}: ${replaced.map((c) => `${c.label} ${formatRawForMessage(c.old)} → ${formatRawForMessage(c.new)}`).join('; ')}.`,
      );
  }
  // The plan cannot insert rows: new PK indicators that do not fit in the empty rows above the
  // program table are refused, every one of them, and the program table is never written over.
  const adding = nextRow - firstNewRow;
  if (programHeader !== null && adding > 0 && nextRow > programHeader) {
    const room = programHeader - firstNewRow;
    const message = `PK punya tabel program tepat di bawah indikator (judulnya di baris ${programHeader}): ${adding} baris indikator baru tidak muat, karena ${room === 0 ? 'tidak ada baris kosong' : `hanya ada ${room} baris kosong`} di atasnya, dan impor tidak menimpa tabel program. Sisakan ${adding} baris kosong antara baris indikator terakhir (baris ${firstNewRow - 1}) dan tabel program, atau pindahkan tabel program ke bawah, lalu impor lagi.`;
    problems.push({ code: 'pk/program-table', row: 0, column: '', message });
    notes.push(message);
    rowsOut.forEach((r, i) => {
      if (!added.has(r)) return;
      rowsOut[i] = {
        action: 'skip',
        sourceRows: r.sourceRows,
        key: r.key,
        reason: 'table/no-room',
        message: `Baris ${r.sourceRows.join(', ')}: tidak ditambahkan, karena baris indikator baru tidak muat di atas tabel program PK.`,
      };
    });
    const refused = new Set(added.values());
    const kept = ops.filter((op) => !refused.has(op));
    ops.length = 0;
    ops.push(...kept);
    nextRow = firstNewRow;
  }
  appendAt.set(sheetName, nextRow);
  if (missingKeys > 0) {
    decisions.push({
      code: 'key/missing',
      question: `${missingKeys} baris baru dari ${tableName(table)} tidak punya ${keyColumn?.label ?? 'kode'}: kode apa yang dipakai?`,
      inferred: null,
      chosen: `ditambahkan dengan ${keyColumn?.label ?? 'kode'} kosong (isi sebelum lakip validate)`,
      evidence: `tabel sumber tidak punya kolom ${keyColumn?.label ?? 'kode'} dan barisnya tidak cocok dengan baris mana pun di ${sheetName}`,
    });
  }
  return done(sheetName);
}

/** The preview of importing `source` into `tracker`, with the plan that applies it. */
export function planImport(
  source: WorkbookSnapshot,
  tracker: WorkbookSnapshot,
  options: ImportOptions = {},
): ImportPreview {
  const tables: TablePreview[] = [];
  const ops: WriteOp[] = [];
  const notes: string[] = [];
  const claimed = new Map<string, number>();
  const appendAt = new Map<string, number>();
  const memory = readMemory(tracker);
  const learnt: RememberedMapping[] = [];
  for (const sheet of source.sheets) {
    if (options.sheet !== undefined && keyOf(sheet.name) !== keyOf(options.sheet)) continue;
    for (const table of detectTables(sheet)) {
      const given = correctionFor(options, table);
      const known = given === undefined ? memory.get(layoutSignature(table)) : undefined;
      const correction = given ?? (known === undefined ? undefined : asCorrection(table, known));
      const proposal = proposeMapping(sheet, table, correction);
      const planned = planTable(
        source,
        tracker,
        proposal,
        options,
        { value: correction, remembered: known !== undefined },
        claimed,
        appendAt,
      );
      tables.push(planned.preview);
      ops.push(...planned.ops);
      notes.push(...planned.notes);
      if (planned.learnt !== null) learnt.push(planned.learnt);
    }
  }
  // The tracker remembers each layout it imported; nothing is written when it already knew it.
  const remember = memoryOps(tracker, learnt);
  if (remember.length > 0) {
    ops.push(...remember);
    notes.push(`Pemetaan kolom diingat di sheet tersembunyi ${MEMORY_SHEET} untuk impor berikutnya.`);
  }
  const add = tables.reduce((s, t) => s + t.rows.filter((r) => r.action === 'add').length, 0);
  const change = tables.reduce((s, t) => s + t.rows.filter((r) => r.action === 'change').length, 0);
  notes.unshift(
    tables.length === 0
      ? 'Tidak ada tabel yang dikenali di berkas sumber.'
      : `Impor: ${add} baris ditambahkan, ${change} baris diubah.`,
  );
  return { source: options.sourceName ?? '', tables, plan: { ops, notes } };
}

/** The `--json` shape of issue #12 (FIELD is the tracker header label). */
export function importJson(preview: ImportPreview): unknown {
  return {
    source: preview.source,
    tables: preview.tables.map((t) => ({
      sheet: t.proposal.table.sheet,
      range: t.proposal.table.range,
      headerRows: [...t.proposal.table.headerRows],
      target: t.proposal.target === null ? null : (schemaById(t.proposal.target) as TableSheetSchema).name,
      columns: t.proposal.columns.map((c) => ({
        column: c.column.letter,
        label: c.column.label,
        field: c.fieldLabel,
        confidence: c.confidence,
      })),
      rows: t.counts,
      problems: t.problems.map((p) => ({ code: p.code, row: p.row, column: p.column, message: p.message })),
    })),
  };
}

export interface ImportFieldChoice {
  /** What a correction names (a column key of the target sheet). */
  readonly field: string;
  /** The tracker's header label. */
  readonly label: string;
}

export interface ImportTargetChoice {
  readonly target: SheetId;
  /** The tracker sheet's name. */
  readonly name: string;
  readonly fields: readonly ImportFieldChoice[];
}

/** The tracker sheets an import may write into, each with its fields (for the pane's dropdowns). */
export function importTargetChoices(): readonly ImportTargetChoice[] {
  return IMPORT_TARGETS.map((target) => {
    const schema = schemaById(target) as TableSheetSchema;
    return {
      target,
      name: schema.name,
      fields: schema.columns.map((c) => ({ field: c.key, label: c.label })),
    };
  });
}

/** Whether a workbook can take an import: it is a tracker, by the one rule every operation uses. */
export function canImportInto(tracker: WorkbookSnapshot): boolean {
  return isTrackerKind(classifyWorkbook(tracker));
}
