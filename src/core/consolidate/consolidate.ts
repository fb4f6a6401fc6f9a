/**
 * SOP step 3: merging the filled data formats into the tracker's Data Kinerja sheet, by Kode
 * Indikator. Pure: the tracker and the sources as snapshots in, a write plan and a report out.
 *
 * How each case is decided:
 * - A source is a format file (recognised by its marker, format-marker.ts) or a sheet
 *   `Data Kinerja KODE` inside the tracker. An unreadable file, a workbook that is not a
 *   format, a format for a bagian the tracker does not know or for another Tahun Laporan, or
 *   one without a readable Data Kinerja table is skipped with one sentence.
 * - A row is taken only when its indicator is in the PK (else `ref/unknown`) and the PK names
 *   the source's bagian as its Penanggung Jawab (else `ref/mismatch`): a bagian never writes
 *   another bagian's row. A repeated Kode Indikator in one source: the first row counts, the
 *   others are `row/duplicate-key`.
 * - Only the bagian's columns are taken (Realisasi TW I–IV, Pembilang and Penyebut TW I–IV
 *   of A/B indicators, Faktor Pendukung, Faktor Penghambat, Upaya Perbaikan, Bukti Dukung,
 *   Status Data); a column the tracker's Data Kinerja lacks (Pembilang TW I …) is appended. Bagian, Kode Indikator,
 *   Indikator, Satuan and Target are the PK's: never taken from a format; a format that
 *   changed them is reported (`ref/mismatch`) and the PK's value stays.
 * - A filled cell replaces the tracker's cell; an empty cell in the format keeps the tracker's
 *   cell (empty means "not reported in this file", as for quarters). So a value the Sekcam
 *   typed is only ever replaced by a value the bagian sent, each replacement is listed in
 *   `changes`, and nothing is ever emptied or deleted.
 * - A cell the file holds but cannot be read as its type (text in a realisasi, an unknown
 *   Status Data, an Excel error) is not taken: reported with its code at the file's cell.
 * - Two sources giving different values for the same indicator and column: a conflict with
 *   both values; the tracker's cell is left as it was (neither wins). Equal values agree.
 * - An indicator with no Data Kinerja row gets a row appended after the last used row of the
 *   sheet, its PK columns filled from the PK; an existing row is rewritten in place, cell by
 *   cell, writing only cells whose value changes. Users' own columns, other rows, other
 *   sheets: never written.
 * - Sumber (the source names, `; `-separated) and Diimpor (`importedAt`) are written on a row
 *   when one of its cells changes or its sources change; so consolidating the same files
 *   twice plans nothing the second time.
 * - Text starting with `= + - @` is written as literal text (text number format) and reported
 *   as `cell/formula-text` at the tracker's cell.
 */
import { isFormulaLikeText } from '../parse/formula-text';
import { cellAddress, columnLetter } from '../address';
import type { Finding, FindingCode, FindingExtraArg, FindingOf } from '../findings/finding';
import { defaultSeverity, makeFinding } from '../findings/finding';
import { formatNumber } from '../format/indonesian';
import { FORMAT, inputFormat } from '../layout/formats';
import { STYLE } from '../layout/styles';
import type { PlanValue, WriteOp, WritePlan } from '../plan/plan';
import type { ParseResult } from '../parse/cell';
import { readTable, valueOf, type TableRead, type TableRow } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS, type ColumnKey } from '../schema/registry';
import type { ColumnSchema } from '../schema/types';
import { isEmptyCell, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import type { TrackerModel } from '../model/tracker-model';
import { keyOf, rowKey } from '../read/keys';
import { isBagianSheetName, readFormatMarker } from './format-marker';
import { buildSopStep3Plan } from './sop-step';
import { mergeSummary } from './merge-summary';
import {
  BAGIAN_COLUMNS,
  findFormatBagian,
  formatBagianOf,
  readTrackerFacts,
  type BagianColumn,
  type BagianInfo,
  type PkIndicator,
  type TrackerFacts,
} from './tracker-facts';

/** A filled format as read, or a file that could not be opened (its one-sentence reason). */
export type ConsolidationSource =
  | { readonly name: string; readonly snapshot: WorkbookSnapshot }
  | { readonly name: string; readonly unreadable: string };

export interface ConsolidateOptions {
  /** Also merge the tracker's own `Data Kinerja KODE` sheets (default true). */
  readonly bagianSheets?: boolean;
  /** The tracker's file name as the user gave it, for the sentence about arguments in the wrong order. */
  readonly trackerName?: string;
  /** The tracker model the user action already built from this snapshot (the tracker is read once). */
  readonly model?: TrackerModel;
}

/**
 * Why a source was skipped, as a coded value; `describe.ts` says it in Indonesian
 * (`describeSkip`).
 */
export type SkipReason =
  /** The tracker itself cannot be used; nothing was read. */
  | { readonly reason: 'tracker-unusable'; readonly problem: TrackerProblem }
  /** The file could not be opened; `message` is the reader's one sentence. */
  | { readonly reason: 'unreadable'; readonly message: string }
  /** Not a data format made by LAKIP Tracker (no marker in Pengaturan). */
  | { readonly reason: 'not-a-format' }
  /** A format for a bagian the tracker's Bagian sheet does not have. */
  | { readonly reason: 'unknown-bagian'; readonly bagian: string }
  /** A format of another Tahun Laporan. */
  | {
      readonly reason: 'other-year';
      readonly formatYear: number;
      readonly trackerYear: number;
      readonly bagianNama: string;
    }
  /** A format without its Data Kinerja sheet. */
  | { readonly reason: 'no-data-sheet'; readonly sheet: string; readonly bagianNama: string }
  /** The format's data sheet has no header row with Kode Indikator. */
  | { readonly reason: 'no-header'; readonly sheet: string };

/** Why the tracker cannot take a consolidation, as a coded value (`describeTrackerProblem`). */
export type TrackerProblem =
  /** The workbook open in the pane is a bagian's format. */
  | { readonly problem: 'is-format'; readonly bagian: string }
  /** The first file is a format and a later one the tracker: the arguments are swapped. */
  | {
      readonly problem: 'swapped';
      readonly trackerName: string;
      readonly bagian: string;
      readonly tracker: string;
      readonly formats: readonly string[];
    }
  /** The first file is a format and no tracker was given. */
  | {
      readonly problem: 'format-given';
      readonly trackerName: string;
      readonly bagian: string;
      readonly tahunLaporan: number | null;
    }
  | { readonly problem: 'no-pk' }
  | { readonly problem: 'pk-columns'; readonly sheet: string }
  | { readonly problem: 'no-data-kinerja' }
  | { readonly problem: 'data-no-header'; readonly sheet: string }
  | { readonly problem: 'data-duplicate-columns'; readonly sheet: string };

export interface SourceReport {
  /** The file name, or `sheet Data Kinerja KODE` for a sheet of the tracker. */
  readonly name: string;
  readonly kind: 'file' | 'sheet';
  /** The Kode Bagian the source is for, when known. */
  readonly bagian: string | null;
  readonly status: 'merged' | 'skipped';
  /** Why the source was skipped (coded; `describeSkip` says it). */
  readonly skip?: SkipReason;
  /** Data rows read from the source. */
  readonly rows: number;
  /** Rows taken: added + replaced + unchanged. */
  readonly merged: number;
  /** Rows appended to Data Kinerja (the indicator had no row). */
  readonly added: number;
  /** Existing rows where at least one cell took this source's value. */
  readonly replaced: number;
  /** Rows taken whose values the tracker already had. */
  readonly unchanged: number;
  /** Rows with no value filled in the bagian's columns (nothing to take). */
  readonly empty: number;
  /** Rows not taken: indicator not in the PK, another bagian's indicator, a repeated code. */
  readonly rejected: number;
  /** Cells empty in the source where the tracker has a value, which was kept. */
  readonly kept: number;
  /** Cells of this source in a conflict. */
  readonly conflicts: number;
  /** Pembilang and Penyebut cells taken from the source (A/B indicators' numbers). */
  readonly ratioCells: number;
  /** Kode Indikator of the bagian's PK indicators that the source has no row for. */
  readonly missingIndicators: readonly string[];
}

export interface Conflict {
  readonly kodeIndikator: string;
  /** The column's header label. */
  readonly column: string;
  readonly columnKey: BagianColumn;
  /** Each source's value, in source order. */
  readonly values: readonly { readonly source: string; readonly value: PlanValue }[];
  /** The tracker's cell, left as it was (null when the row is new). */
  readonly trackerCell: string | null;
  readonly trackerValue: CellValue;
}

/** A tracker cell that held a value and receives another one. */
export interface CellChange {
  readonly cell: string;
  readonly kodeIndikator: string;
  readonly column: string;
  readonly before: CellValue;
  readonly after: PlanValue;
  readonly sources: readonly string[];
}

export interface ConsolidationResult {
  /** Set when the tracker itself cannot be used (no PK, no Data Kinerja table): nothing is planned. */
  readonly trackerError: TrackerProblem | null;
  /** Writes only into Data Kinerja (and its header, for missing columns such as Sumber and Diimpor). */
  readonly plan: WritePlan;
  readonly perSource: readonly SourceReport[];
  readonly conflicts: readonly Conflict[];
  readonly changes: readonly CellChange[];
  /** What the plan does to Data Kinerja, in one sentence (`mergeSummary`; also the plan's note). */
  readonly summary: string;
  /** cell/formula-text at tracker cells; ref/unknown, ref/mismatch, row/duplicate-key and cell problems at source cells. */
  readonly findings: readonly Finding[];
  /** Every PK indicator has a Data Kinerja row imported from its bagian (Sumber filled) once the plan is applied. */
  readonly allBagianIn: boolean;
  /** Bagian (Kode, or the Penanggung Jawab as written) with an indicator not imported yet. */
  readonly missingBagian: readonly string[];
  /** When every bagian is in and SOP step 3 is not Selesai yet: the plan that marks it (to offer, not applied). */
  readonly sopStep3Plan?: WritePlan;
}

/** Diimpor shows date and time. */
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

const COLUMN: ReadonlyMap<string, ColumnSchema> = new Map(SCHEMAS.dataKinerja.columns.map((c) => [c.key, c]));
function columnOf(key: string): ColumnSchema {
  const c = COLUMN.get(key);
  if (c === undefined) throw new Error(`consolidate: no Data Kinerja column ${key}`);
  return c;
}

/** One source cell taken (or refused). */
interface TakenCell {
  readonly value: PlanValue;
}

interface IntakeRow {
  readonly source: SourceState;
  readonly indicator: PkIndicator;
  /** Non-empty, readable values of the bagian's columns. */
  readonly cells: ReadonlyMap<BagianColumn, TakenCell>;
  /** Bagian columns the source has but left empty. */
  readonly emptyColumns: readonly BagianColumn[];
}

interface SourceState {
  readonly name: string;
  readonly kind: 'file' | 'sheet';
  bagian: BagianInfo | null;
  status: 'merged' | 'skipped';
  skip?: SkipReason;
  rows: number;
  added: number;
  replaced: number;
  unchanged: number;
  empty: number;
  rejected: number;
  kept: number;
  conflicts: number;
  ratioCells: number;
  missingIndicators: string[];
  readonly intake: Map<string, IntakeRow>;
}

function newState(name: string, kind: 'file' | 'sheet'): SourceState {
  return {
    name,
    kind,
    bagian: null,
    status: 'merged',
    rows: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    empty: 0,
    rejected: 0,
    kept: 0,
    conflicts: 0,
    ratioCells: 0,
    missingIndicators: [],
    intake: new Map(),
  };
}

function skip(state: SourceState, reason: SkipReason): void {
  state.status = 'skipped';
  state.skip = reason;
}

/**
 * Merge the sources into the tracker. `importedAt` is an ISO date-time (`2018-01-15T09:30:00`),
 * written in Diimpor; the core never reads the clock.
 */
export function consolidate(
  tracker: WorkbookSnapshot,
  sources: readonly ConsolidationSource[],
  importedAt: string,
  options: ConsolidateOptions = {},
): ConsolidationResult {
  const facts = readTrackerFacts(tracker, options.model);
  const trackerError = swappedOrder(tracker, sources, options.trackerName) ?? checkTracker(facts);
  const states: SourceState[] = [];
  const findings: Finding[] = [];
  if (trackerError !== null) {
    return {
      trackerError,
      plan: { ops: [], notes: [] },
      perSource: sources.map((s) =>
        report({
          ...newState(s.name, 'file'),
          status: 'skipped',
          skip: { reason: 'tracker-unusable', problem: trackerError },
        }),
      ),
      conflicts: [],
      changes: [],
      summary: '',
      findings: [],
      allBagianIn: false,
      missingBagian: [],
    };
  }
  const data = facts.dataKinerja as TableRead;

  for (const source of sources) {
    const state = newState(source.name, 'file');
    states.push(state);
    if ('unreadable' in source) {
      skip(state, { reason: 'unreadable', message: source.unreadable });
      continue;
    }
    const sheet = formatSheet(facts, source.snapshot, state);
    if (sheet !== undefined) intake(facts, state, sheet, `[${source.name}]${sheet.name}`, findings);
  }
  if (options.bagianSheets !== false) {
    for (const sheet of tracker.sheets) {
      const bagian = formatBagianOf(facts).find((b) => isBagianSheetName(sheet.name, b.kode));
      if (bagian === undefined) continue;
      const state = newState(`sheet ${sheet.name}`, 'sheet');
      state.bagian = bagian;
      states.push(state);
      intake(facts, state, sheet, sheet.name, findings);
    }
  }

  const merge = mergeIntake(facts, data, states, importedAt, findings);
  const { allBagianIn, missingBagian } = coverage(facts, merge.sumberAfter);
  const sopStep3Plan = allBagianIn
    ? buildSopStep3Plan(tracker, importedAt, sumberNames(facts, merge.sumberAfter))
    : undefined;
  return {
    trackerError: null,
    plan: merge.plan,
    perSource: states.map(report),
    conflicts: merge.conflicts,
    changes: merge.changes,
    summary: merge.summary,
    findings,
    allBagianIn,
    missingBagian,
    ...(sopStep3Plan !== undefined ? { sopStep3Plan } : {}),
  };
}

function report(s: SourceState): SourceReport {
  return {
    name: s.name,
    kind: s.kind,
    bagian: s.bagian?.kode ?? null,
    status: s.status,
    ...(s.skip !== undefined ? { skip: s.skip } : {}),
    rows: s.rows,
    merged: s.added + s.replaced + s.unchanged,
    added: s.added,
    replaced: s.replaced,
    unchanged: s.unchanged,
    empty: s.empty,
    rejected: s.rejected,
    kept: s.kept,
    conflicts: s.conflicts,
    ratioCells: s.ratioCells,
    missingIndicators: s.missingIndicators,
  };
}

/* ------------------------------------------------------------------ the tracker */

/** A tracker: the PK sheet is there and it is not a bagian's format. */
function looksLikeTracker(snapshot: WorkbookSnapshot): boolean {
  return readFormatMarker(snapshot) === null && findSchemaSheet(snapshot, SCHEMAS.pk) !== undefined;
}

/**
 * The "tracker" given is a bagian's data format: the arguments are in the wrong order when a
 * later one is a tracker (`consolidate FORMAT TRACKER`). Never advise `lakip init` on a format:
 * it would turn the bagian's file into a 20-sheet tracker.
 */
function swappedOrder(
  tracker: WorkbookSnapshot,
  sources: readonly ConsolidationSource[],
  trackerName: string | undefined,
): TrackerProblem | null {
  const marker = readFormatMarker(tracker);
  if (marker === null) return null;
  if (trackerName === undefined) return { problem: 'is-format', bagian: marker.bagian };
  const real = sources.find((s) => 'snapshot' in s && looksLikeTracker(s.snapshot));
  if (real !== undefined) {
    return {
      problem: 'swapped',
      trackerName,
      bagian: marker.bagian,
      tracker: real.name,
      formats: [trackerName, ...sources.filter((s) => s !== real).map((s) => s.name)],
    };
  }
  return {
    problem: 'format-given',
    trackerName,
    bagian: marker.bagian,
    tahunLaporan: marker.tahunLaporan ?? null,
  };
}

function checkTracker(facts: TrackerFacts): TrackerProblem | null {
  if (facts.pk === undefined) return { problem: 'no-pk' };
  if (!facts.pk.columnIndex.has('kodeIndikator') || !facts.pk.columnIndex.has('penanggungJawab'))
    return { problem: 'pk-columns', sheet: facts.pk.sheetName };
  const data = facts.dataKinerja;
  if (data === undefined) return { problem: 'no-data-kinerja' };
  if (data.headerRow === null || !data.columnIndex.has('kodeIndikator'))
    return { problem: 'data-no-header', sheet: data.sheetName };
  if (
    data.duplicateColumns.some(
      (d) => d.column.key === 'kodeIndikator' || (BAGIAN_COLUMNS as readonly string[]).includes(d.column.key),
    )
  )
    return { problem: 'data-duplicate-columns', sheet: data.sheetName };
  return null;
}

/* ------------------------------------------------------------------ reading a source */

function formatSheet(
  facts: TrackerFacts,
  snapshot: WorkbookSnapshot,
  state: SourceState,
): SheetSnapshot | undefined {
  const marker = readFormatMarker(snapshot);
  if (marker === null) {
    skip(state, { reason: 'not-a-format' });
    return undefined;
  }
  const bagian = findFormatBagian(facts, marker.bagian);
  if (bagian === undefined) {
    skip(state, { reason: 'unknown-bagian', bagian: marker.bagian });
    return undefined;
  }
  state.bagian = bagian;
  const tahun = facts.settings.tahunLaporan;
  if (marker.tahunLaporan !== undefined && tahun !== null && marker.tahunLaporan !== tahun) {
    skip(state, {
      reason: 'other-year',
      formatYear: marker.tahunLaporan,
      trackerYear: tahun,
      bagianNama: bagian.nama,
    });
    return undefined;
  }
  const sheet = findSchemaSheet(snapshot, SCHEMAS.dataKinerja);
  if (sheet === undefined) {
    skip(state, { reason: 'no-data-sheet', sheet: SCHEMAS.dataKinerja.name, bagianNama: bagian.nama });
    return undefined;
  }
  return sheet;
}

/** Where a finding about a source cell is: `[file.xlsx]Data Kinerja` for a file, the sheet name for a tracker sheet. */
function sourceFinding<C extends FindingCode>(
  code: C,
  place: string,
  read: TableRead,
  row: TableRow,
  key: string,
  ...[extra]: FindingExtraArg<C>
): FindingOf<C> {
  const col = read.columnIndex.get(key);
  const raw = row.raw.get(key);
  return makeFinding<C>(
    {
      code,
      severity: defaultSeverity(code),
      sheet: place,
      row: row.excelRow,
      column: COLUMN.get(key)?.label ?? key,
      ...(col !== undefined ? { cell: cellAddress(row.excelRow, col + 1) } : {}),
      ...(raw !== undefined ? { value: raw } : {}),
    },
    extra,
  );
}

function intake(
  facts: TrackerFacts,
  state: SourceState,
  sheet: SheetSnapshot,
  place: string,
  findings: Finding[],
): void {
  const read = readTable(sheet, SCHEMAS.dataKinerja);
  if (read.headerRow === null || !read.columnIndex.has('kodeIndikator')) {
    skip(state, { reason: 'no-header', sheet: sheet.name });
    return;
  }
  const bagian = state.bagian as BagianInfo;
  const ownKey = keyOf(bagian.kode);
  const present = BAGIAN_COLUMNS.filter((c) => read.columnIndex.has(c));
  const duplicated = new Set(read.duplicateColumns.map((d) => d.column.key));
  const firstRowOf = new Map<string, number>();

  for (const row of read.rows) {
    state.rows++;
    // Matched to the PK as every part of the core matches codes (read/keys.ts).
    const written = rowKey(row, ['kodeIndikator']);
    const key = written === undefined ? undefined : keyOf(written);
    if (key === undefined) {
      const filled = present.some((c) => row.values.get(c)?.kind !== 'empty');
      if (filled) {
        state.rejected++;
        findings.push(
          row.values.get('kodeIndikator')?.kind === 'empty'
            ? sourceFinding('cell/required', place, read, row, 'kodeIndikator')
            : sourceFinding('cell/type', place, read, row, 'kodeIndikator'),
        );
      } else state.empty++;
      continue;
    }
    const indicator = facts.indicatorByKey.get(key);
    if (indicator === undefined) {
      state.rejected++;
      findings.push(
        sourceFinding('ref/unknown', place, read, row, 'kodeIndikator', {
          detail: { targets: [{ sheet: facts.pk?.sheetName ?? 'PK', column: 'Kode Indikator' }] },
        }),
      );
      continue;
    }
    if (indicator.ownerKey !== ownKey) {
      state.rejected++;
      const pk = facts.pk as TableRead;
      const pjCol = pk.columnIndex.get('penanggungJawab') as number;
      findings.push(
        sourceFinding('ref/mismatch', place, read, row, 'kodeIndikator', {
          value: bagian.kode,
          expected: indicator.penanggungJawab ?? '(kosong)',
          detail: {
            field: 'Penanggung Jawab',
            otherSheet: pk.sheetName,
            otherCell: cellAddress(indicator.row.excelRow, pjCol + 1),
            kodeIndikator: indicator.kode,
          },
        }),
      );
      continue;
    }
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      state.rejected++;
      findings.push(
        sourceFinding('row/duplicate-key', place, read, row, 'kodeIndikator', {
          detail: { firstRow: first, columns: ['Kode Indikator'], key: [indicator.kode] },
        }),
      );
      continue;
    }
    firstRowOf.set(key, row.excelRow);
    pkColumnsAgree(facts, indicator, read, row, place, findings);

    const cells = new Map<BagianColumn, TakenCell>();
    const emptyColumns: BagianColumn[] = [];
    for (const c of present) {
      if (duplicated.has(c)) continue;
      const parsed = row.values.get(c) ?? { kind: 'empty' };
      if (parsed.kind === 'empty') {
        emptyColumns.push(c);
        continue;
      }
      if (parsed.kind === 'invalid') {
        // One of the parse codes, none of which has a detail: the finding is one of their shapes.
        findings.push(
          sourceFinding(parsed.code, place, read, row, c, { expected: parsed.expected }) as Finding,
        );
        continue;
      }
      cells.set(c, { value: takenValue(columnOf(c), row.raw.get(c) ?? null, parsed) });
    }
    if (cells.size === 0) {
      state.empty++;
      continue;
    }
    for (const c of cells.keys())
      if (c.startsWith('pembilangTw') || c.startsWith('penyebutTw')) state.ratioCells++;
    state.intake.set(key, { source: state, indicator, cells, emptyColumns });
  }
  const own = facts.indicators.filter((i) => i.ownerKey === ownKey);
  state.missingIndicators = own.filter((i) => !firstRowOf.has(i.key)).map((i) => i.kode);
}

/** The value written for a readable source cell: numbers as numbers, choices canonical, text as typed (trimmed). */
function takenValue(
  column: ColumnSchema,
  raw: CellValue,
  parsed: Extract<ParseResult, { kind: 'ok' } | { kind: 'not-available' }>,
): PlanValue {
  // `n/a` / `tidak tersedia` (a realisasi that does not exist) is carried over as typed.
  if (parsed.kind === 'not-available') return parsed.text;
  if (column.type === 'teks' && typeof raw === 'string') return raw.trim();
  return parsed.value;
}

/** Indikator, Satuan and Target are the PK's: a format that changed them is told so (and never taken). */
function pkColumnsAgree(
  facts: TrackerFacts,
  indicator: PkIndicator,
  read: TableRead,
  row: TableRow,
  place: string,
  findings: Finding[],
): void {
  const pk = facts.pk as TableRead;
  const pairs: readonly (readonly [string, ColumnKey<'pk'>])[] = [
    ['indikator', 'indikator'],
    ['satuan', 'satuan'],
    ['target', 'target'],
  ];
  for (const [mine, theirs] of pairs) {
    const a = valueOf(row, mine);
    const b = valueOf(indicator.row, theirs);
    if (a === undefined || b === undefined || same(a, b)) continue;
    const col = pk.columnIndex.get(theirs);
    findings.push(
      sourceFinding('ref/mismatch', place, read, row, mine, {
        expected: typeof b === 'number' ? formatNumber(b) : String(b),
        detail: {
          field: COLUMN.get(mine)?.label ?? mine,
          otherSheet: pk.sheetName,
          otherCell:
            col === undefined
              ? cellAddress(indicator.row.excelRow, 1)
              : cellAddress(indicator.row.excelRow, col + 1),
        },
      }),
    );
  }
}

/* ------------------------------------------------------------------ merging */

function same(a: PlanValue, b: PlanValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** A write into one cell of Data Kinerja. */
interface CellWrite {
  readonly key: string;
  readonly value: PlanValue;
}

interface RowPlan {
  /** Excel row: an existing row, or 0 for a row to append. */
  readonly existing: TableRow | undefined;
  readonly indicator: PkIndicator;
  readonly writes: CellWrite[];
}

interface MergeOutcome {
  readonly plan: WritePlan;
  readonly conflicts: Conflict[];
  readonly changes: CellChange[];
  /** Indicator key → its Sumber once the plan is applied (existing or written). */
  readonly sumberAfter: ReadonlyMap<string, string>;
  readonly summary: string;
}

function mergeIntake(
  facts: TrackerFacts,
  data: TableRead,
  states: readonly SourceState[],
  importedAt: string,
  findings: Finding[],
): MergeOutcome {
  const existingRows = new Map<string, TableRow>();
  for (const row of data.rows) {
    const written = rowKey(row, ['kodeIndikator']);
    const key = written === undefined ? undefined : keyOf(written);
    if (key !== undefined && !existingRows.has(key)) existingRows.set(key, row);
  }
  const sumberAfter = new Map<string, string>();
  for (const [key, row] of existingRows) {
    const s = valueOf(row, 'sumber');
    if (typeof s === 'string' && s.trim() !== '') sumberAfter.set(key, s.trim());
  }

  // Existing rows in sheet order, then new rows in PK order.
  const keys = new Set<string>();
  for (const s of states) for (const k of s.intake.keys()) keys.add(k);
  const ordered = [
    ...[...existingRows.entries()].filter(([k]) => keys.has(k)).map(([k]) => k),
    ...facts.indicators.filter((i) => keys.has(i.key) && !existingRows.has(i.key)).map((i) => i.key),
  ];

  const conflicts: Conflict[] = [];
  const changes: CellChange[] = [];
  const rowPlans: RowPlan[] = [];
  const formulaTexts: { plan: RowPlan; key: string; value: string; sources: string[] }[] = [];

  for (const key of ordered) {
    const contributions = states.flatMap((s) => {
      const r = s.intake.get(key);
      return r === undefined ? [] : [r];
    });
    const first = contributions[0];
    if (first === undefined) continue;
    const existing = existingRows.get(key);
    const rowPlan: RowPlan = { existing, indicator: first.indicator, writes: [] };
    const contributors = new Set<SourceState>();
    const writers = new Set<SourceState>();

    for (const column of BAGIAN_COLUMNS) {
      const given = contributions.flatMap((r) => {
        const cell = r.cells.get(column);
        return cell === undefined ? [] : [{ source: r.source, value: cell.value }];
      });
      const current = existing?.values.get(column);
      const currentFilled = current !== undefined && current.kind !== 'empty';
      if (given.length === 0) {
        if (currentFilled)
          for (const r of contributions) if (r.emptyColumns.includes(column)) r.source.kept++;
        continue;
      }
      const distinct = given.filter((g, i) => given.findIndex((h) => same(h.value, g.value)) === i);
      if (distinct.length > 1) {
        const col = existing === undefined ? undefined : data.columnIndex.get(column);
        conflicts.push({
          kodeIndikator: first.indicator.kode,
          column: columnOf(column).label,
          columnKey: column,
          values: given.map((g) => ({ source: g.source.name, value: g.value })),
          trackerCell:
            existing === undefined || col === undefined ? null : cellAddress(existing.excelRow, col + 1),
          trackerValue: existing?.raw.get(column) ?? null,
        });
        for (const g of given) g.source.conflicts++;
        continue;
      }
      const value = (distinct[0] as { value: PlanValue }).value;
      for (const g of given) contributors.add(g.source);
      if (typeof value === 'string' && isFormulaLikeText(value))
        formulaTexts.push({ plan: rowPlan, key: column, value, sources: given.map((g) => g.source.name) });
      if (current?.kind === 'ok' && same(current.value, value)) continue;
      rowPlan.writes.push({ key: column, value });
      for (const g of given) writers.add(g.source);
      if (existing !== undefined && current !== undefined && current.kind !== 'empty') {
        const col = data.columnIndex.get(column) as number;
        changes.push({
          cell: cellAddress(existing.excelRow, col + 1),
          kodeIndikator: first.indicator.kode,
          column: columnOf(column).label,
          before: existing.raw.get(column) ?? null,
          after: value,
          sources: given.map((g) => g.source.name),
        });
      }
    }

    // Each name once: the same file given twice is one source of the row.
    const sumber = [...new Set(states.filter((s) => contributors.has(s)).map((s) => s.name))].join('; ');
    const currentSumber = sumberAfter.get(key) ?? '';
    const newRow = existing === undefined;
    if (rowPlan.writes.length > 0 || (contributors.size > 0 && sumber !== currentSumber)) {
      if (contributors.size > 0) {
        rowPlan.writes.push(
          { key: 'sumber', value: sumber },
          { key: 'diimpor', value: { kind: 'date', iso: importedAt } },
        );
        sumberAfter.set(key, sumber);
      }
      rowPlans.push(rowPlan);
    }
    for (const r of contributions) {
      if (!contributors.has(r.source)) continue;
      if (newRow) r.source.added++;
      else if (writers.has(r.source)) r.source.replaced++;
      else r.source.unchanged++;
    }
  }

  const plan = layOut(facts, data, rowPlans, changes.length);
  for (const f of formulaTexts) {
    const at = plan.positions.get(f.plan);
    const col = plan.columns.get(f.key);
    if (at === undefined || col === undefined) {
      // The value was already in the tracker: report it at the existing cell.
      const row = f.plan.existing;
      const c = data.columnIndex.get(f.key);
      if (row === undefined || c === undefined) continue;
      findings.push(formulaFinding(data.sheetName, row.excelRow, c + 1, f.key, f.value, f.sources));
      continue;
    }
    findings.push(formulaFinding(data.sheetName, at, col, f.key, f.value, f.sources));
  }
  return { plan: plan.plan, conflicts, changes, sumberAfter, summary: plan.summary };
}

function formulaFinding(
  sheet: string,
  row: number,
  col: number,
  key: string,
  value: string,
  sources: readonly string[],
): Finding {
  return {
    code: 'cell/formula-text',
    severity: defaultSeverity('cell/formula-text'),
    sheet,
    row,
    column: columnOf(key).label,
    cell: cellAddress(row, col),
    value,
    detail: { sources },
  };
}

/* ------------------------------------------------------------------ the plan */

interface LaidOut {
  readonly plan: WritePlan;
  /** Row plan → its Excel row. */
  readonly positions: ReadonlyMap<RowPlan, number>;
  /** Column key → 1-based column (existing or appended). */
  readonly columns: ReadonlyMap<string, number>;
  /** The note on the rows (`mergeSummary`). */
  readonly summary: string;
}

function numberFormatOf(key: string, value: PlanValue): string | null {
  if (key === 'diimpor') return DATE_TIME_FORMAT;
  if (typeof value === 'string') return FORMAT.text;
  return null;
}

function layOut(
  facts: TrackerFacts,
  data: TableRead,
  rowPlans: readonly RowPlan[],
  replacedCells: number,
): LaidOut {
  const sheet = data.sheetName;
  const headerRow = data.headerRow as number;
  const ops: WriteOp[] = [];
  const notes: string[] = [];
  const positions = new Map<RowPlan, number>();
  const columns = new Map<string, number>();
  for (const [key, c] of data.columnIndex) columns.set(key, c + 1);
  // Nothing to write: no note (the front ends say so), the sentence for whoever asks.
  if (rowPlans.length === 0)
    return {
      plan: { ops, notes },
      positions,
      columns,
      summary: mergeSummary(sheet, { added: 0, updated: 0, replacedCells: 0 }),
    };

  // New rows carry the PK's columns too.
  const appended = rowPlans.filter((p) => p.existing === undefined);
  for (const p of appended) {
    const i = p.indicator;
    const pkWrites: CellWrite[] = [
      {
        key: 'bagian',
        value: facts.resolveBagian(i.penanggungJawab ?? '')?.kode ?? i.penanggungJawab ?? null,
      },
      { key: 'kodeIndikator', value: i.kode },
      { key: 'indikator', value: i.indikator ?? null },
      { key: 'satuan', value: i.satuan ?? null },
      { key: 'target', value: i.target ?? null },
    ];
    p.writes.unshift(...pkWrites.filter((w) => w.value !== null));
  }

  // Columns the sheet lacks (Sumber and Diimpor on an older tracker): appended after the last header cell.
  const needed = new Set<string>();
  for (const p of rowPlans) for (const w of p.writes) if (!columns.has(w.key)) needed.add(w.key);
  const missing = SCHEMAS.dataKinerja.columns.filter((c) => needed.has(c.key));
  if (missing.length > 0) {
    const firstCol = appendColumn(facts, data);
    missing.forEach((c, i) => columns.set(c.key, firstCol + i));
    const lastUsed = Math.max(headerRow, lastUsedRow(facts, data));
    ops.push(
      {
        op: 'setValues',
        sheet,
        row: headerRow,
        col: firstCol,
        values: [missing.map((c) => (c.required === true ? `${c.label} *` : c.label))],
        numberFormats: [missing.map(() => FORMAT.text)],
      },
      {
        op: 'setStyle',
        sheet,
        row: headerRow,
        col: firstCol,
        rows: 1,
        cols: missing.length,
        style: STYLE.header,
      },
      {
        op: 'setColumnWidths',
        sheet,
        widths: missing.map((c, i) => ({ col: firstCol + i, width: c.width ?? 14 })),
      },
    );
    missing.forEach((c, i) => {
      ops.push({
        op: 'setNumberFormat',
        sheet,
        row: headerRow + 1,
        col: firstCol + i,
        rows: Math.max(1, lastUsed - headerRow + appended.length),
        cols: 1,
        format: c.key === 'diimpor' ? DATE_TIME_FORMAT : inputFormat(c.type),
      });
    });
    notes.push(
      `Sheet ${sheet}: ditambahkan kolom ${missing.map((c) => c.label).join(', ')} di ${columnLetter(firstCol)}${headerRow} (setelah kolom terakhir).`,
    );
  }

  let next = lastUsedRow(facts, data) + 1;
  for (const p of rowPlans) positions.set(p, p.existing?.excelRow ?? next++);

  for (const p of rowPlans) {
    const row = positions.get(p) as number;
    const cells = p.writes
      .map((w) => ({ col: columns.get(w.key) as number, key: w.key, value: w.value }))
      .sort((a, b) => a.col - b.col);
    // One setValues per run of adjacent columns, so no cell between them is written.
    let run: typeof cells = [];
    const flush = (): void => {
      const start = run[0];
      if (start === undefined) return;
      ops.push({
        op: 'setValues',
        sheet,
        row,
        col: start.col,
        values: [run.map((c) => c.value)],
        numberFormats: [run.map((c) => numberFormatOf(c.key, c.value))],
      });
      run = [];
    };
    for (const c of cells) {
      const last = run[run.length - 1];
      if (last !== undefined && c.col !== last.col + 1) flush();
      run.push(c);
    }
    flush();
    if (p.existing === undefined && cells.length > 0) {
      const from = Math.min(...cells.map((c) => c.col));
      const to = Math.max(...cells.map((c) => c.col));
      ops.push({ op: 'setStyle', sheet, row, col: from, rows: 1, cols: to - from + 1, style: STYLE.body });
    }
  }
  const added = rowPlans.filter((p) => p.existing === undefined).length;
  const summary = mergeSummary(sheet, { added, updated: rowPlans.length - added, replacedCells });
  notes.push(summary);
  return { plan: { ops, notes }, positions, columns, summary };
}

/**
 * Where missing columns are appended (1-based): after every filled cell of the header row and
 * the rows below it (numbers, dates and a user's own columns without a header included), so a
 * new column never lands on a typed cell — as init does.
 */
function appendColumn(facts: TrackerFacts, data: TableRead): number {
  const sheet = findSchemaSheet(facts.read.snapshot, SCHEMAS.dataKinerja);
  let last = data.lastHeaderCol;
  const rows = sheet?.rows ?? [];
  for (let r = (data.headerRow ?? 1) - 1; r < rows.length; r++) {
    (rows[r] ?? []).forEach((v, c) => {
      if (c > last && !isEmptyCell(v)) last = c;
    });
  }
  return last + 2;
}

/** The last row of the Data Kinerja sheet holding anything at all (a data row or a user's note). */
function lastUsedRow(facts: TrackerFacts, data: TableRead): number {
  const sheet = findSchemaSheet(facts.read.snapshot, SCHEMAS.dataKinerja);
  let last = data.headerRow ?? 0;
  sheet?.rows.forEach((row, r) => {
    if (row.some((c) => !isEmptyCell(c))) last = Math.max(last, r + 1);
  });
  return last;
}

/* ------------------------------------------------------------------ every bagian in? */

function coverage(
  facts: TrackerFacts,
  sumberAfter: ReadonlyMap<string, string>,
): { allBagianIn: boolean; missingBagian: string[] } {
  const missing: string[] = [];
  for (const i of facts.indicators) {
    if (sumberAfter.has(i.key)) continue;
    const who =
      facts.resolveBagian(i.penanggungJawab ?? '')?.kode ?? i.penanggungJawab ?? '(tanpa Penanggung Jawab)';
    if (!missing.includes(who)) missing.push(who);
  }
  return { allBagianIn: facts.indicators.length > 0 && missing.length === 0, missingBagian: missing };
}

/** Every source named in Sumber after the merge, once each in PK order, for the SOP step's soft-copy evidence. */
function sumberNames(facts: TrackerFacts, sumberAfter: ReadonlyMap<string, string>): string[] {
  const names: string[] = [];
  for (const i of facts.indicators) {
    for (const n of (sumberAfter.get(i.key) ?? '').split(';').map((x) => x.trim())) {
      if (n !== '' && !names.includes(n)) names.push(n);
    }
  }
  return names;
}
