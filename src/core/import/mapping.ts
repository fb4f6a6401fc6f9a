/**
 * Proposes, for a detected table, the tracker sheet it fills and the tracker column each of its
 * columns fills, with a confidence and the evidence (how many cells of the column are numbers,
 * texts, dashes). The user's corrections (`TableCorrection`) win over every guess.
 */
import { schemaById } from '../schema/registry';
import type { ColumnSchema, SheetId, TableSheetSchema } from '../schema/types';
import { cellAt, type SheetSnapshot } from '../snapshot';
import type { DetectedColumn, DetectedTable } from './detect';
import { conceptById, headerMeaning, type HeaderMeaning, type Quarter } from './header';
import { IMPORT_TARGETS, MATCH_KEYS, type ConceptId } from './synonyms';
import { splitCodeAndName } from './codes';
import { readValue } from './values';

export interface ColumnEvidence {
  readonly numbers: number;
  readonly texts: number;
  /** "-", "n/a" and the like. */
  readonly blanks: number;
  readonly empty: number;
  /** Texts that start with a program code ("1.01.02 PROGRAM …"). */
  readonly codes: number;
}

export interface ColumnProposal {
  readonly column: DetectedColumn;
  readonly meaning: HeaderMeaning;
  /** The tracker column key (`realisasiTw1`), or null when the column is not imported. */
  readonly field: string | null;
  /** The tracker header label (`Realisasi TW I`), or null. */
  readonly fieldLabel: string | null;
  readonly confidence: number;
  readonly evidence: ColumnEvidence;
  /** For a month column: the month (1–12) whose value goes into the quarter's field. */
  readonly month?: number;
  /** A long table: this column says the quarter of each row. */
  readonly isQuarterColumn?: true;
  /** A long table: the field's quarter comes from the quarter column (`field` is the key prefix). */
  readonly quarterFromColumn?: true;
  /** Why a column with a known meaning is not imported (Indonesian). */
  readonly note?: string;
}

export interface TableProposal {
  readonly table: DetectedTable;
  readonly target: SheetId | null;
  readonly columns: readonly ColumnProposal[];
  /** Every target tried, best first, with its score. */
  readonly scores: readonly { readonly target: SheetId; readonly score: number }[];
  /** The user chose the target (a correction). */
  readonly corrected: boolean;
}

/** How a table's quarterly (or monthly) values are counted. */
export type QuarterMode = 'kumulatif' | 'per-triwulan';

/** A user's correction of one table (what `--peta` and the pane's dropdowns give, or the tracker remembers). */
export interface TableCorrection {
  readonly sheet: string;
  /** Picks the table by its first header row when a sheet has several. */
  readonly headerRow?: number;
  readonly target?: SheetId | null;
  /** Column letter → tracker column key or header label; null: do not import. */
  readonly columns?: Readonly<Record<string, string | null>>;
  readonly quarterMode?: QuarterMode;
}

const NUMERIC_TYPES = new Set(['bilangan', 'persen', 'rupiah', 'tahun']);

export function columnEvidence(sheet: SheetSnapshot, table: DetectedTable, col: number): ColumnEvidence {
  let numbers = 0;
  let texts = 0;
  let blanks = 0;
  let empty = 0;
  let codes = 0;
  for (const r of table.dataRows) {
    const raw = cellAt(sheet, r - 1, col);
    if (typeof raw === 'string' && splitCodeAndName(raw) !== null) {
      codes++;
      texts++;
      continue;
    }
    const read = readValue(cellAt(sheet, r - 1, col), 'bilangan');
    if (read.outcome === 'empty') empty++;
    else if (read.outcome === 'ok' || read.outcome === 'unit-split') numbers++;
    else if (read.outcome === 'dash' || read.outcome === 'not-available') blanks++;
    else texts++;
  }
  return { numbers, texts, blanks, empty, codes };
}

function quarterLabel(q: Quarter): string {
  return ['I', 'II', 'III', 'IV'][q - 1] as string;
}

function columnOf(schema: TableSheetSchema, key: string): ColumnSchema | undefined {
  return schema.columns.find((c) => c.key === key);
}

/** Resolves a field a user wrote: a column key or a header label of the target sheet. */
export function resolveField(schema: TableSheetSchema, field: string): ColumnSchema | undefined {
  const wanted = field.trim().toLowerCase();
  return schema.columns.find((c) => c.key.toLowerCase() === wanted || c.label.toLowerCase() === wanted);
}

/** In a long table, the quarterly twin of a concept a header names without a quarter. */
const LONG_TABLE_QUARTERLY: Partial<Readonly<Record<ConceptId, ConceptId>>> = {
  realisasi: 'realisasiTw',
  pembilang: 'pembilangTw',
  penyebut: 'penyebutTw',
};

interface Guess {
  field: string | null;
  confidence: number;
  month?: number;
  quarterFromColumn?: true;
  note?: string;
}

function guessField(
  target: SheetId,
  schema: TableSheetSchema,
  meaning: HeaderMeaning,
  evidence: ColumnEvidence,
  longTable: boolean,
): Guess {
  let concept: ConceptId | null = meaning.concept;
  if (concept === null) return { field: null, confidence: 0 };
  // A long table (one row per quarter, a Triwulan column): Realisasi, Pembilang, Penyebut are quarterly.
  const quarterly = longTable && meaning.quarter === undefined && meaning.month === undefined;
  if (quarterly) concept = LONG_TABLE_QUARTERLY[concept] ?? concept;
  const c = conceptById(concept);
  const prefix = c.fields[target];
  if (prefix === undefined) return { field: null, confidence: 0 };
  let field = prefix;
  const extra: { month?: number; quarterFromColumn?: true } = {};
  if (c.perQuarter === true) {
    const q =
      meaning.quarter ??
      (meaning.month !== undefined ? (Math.ceil(meaning.month / 3) as Quarter) : undefined);
    if (q === undefined) {
      if (!longTable) return { field: null, confidence: 0 };
      extra.quarterFromColumn = true;
    } else field = `${prefix}${q}`;
    if (meaning.month !== undefined) extra.month = meaning.month;
  }
  const column = columnOf(schema, extra.quarterFromColumn === true ? `${prefix}1` : field);
  if (column === undefined) return { field: null, confidence: 0 };
  let confidence = meaning.confidence;
  const filled = evidence.numbers + evidence.texts;
  if (filled > 0) {
    if (NUMERIC_TYPES.has(column.type) && evidence.texts > evidence.numbers) confidence *= 0.5;
    if (column.type === 'teks' && evidence.numbers > evidence.texts) confidence *= 0.6;
  }
  return { field, confidence: Math.round(confidence * 100) / 100, ...extra };
}

function fieldLabel(schema: TableSheetSchema, field: string | null, fromColumn: boolean): string | null {
  if (field === null) return null;
  if (fromColumn) {
    const first = columnOf(schema, `${field}1`);
    return first === undefined ? null : first.label.replace(/ TW I\b/, ' TW (menurut kolom triwulan)');
  }
  return columnOf(schema, field)?.label ?? null;
}

function proposeFor(
  target: SheetId,
  table: DetectedTable,
  meanings: readonly HeaderMeaning[],
  evidence: readonly ColumnEvidence[],
  longTable: boolean,
): { columns: ColumnProposal[]; score: number } {
  const schema = schemaById(target) as TableSheetSchema;
  const taken = new Map<string, number>();
  const columns: ColumnProposal[] = table.columns.map((column, i) => {
    const meaning = meanings[i] as HeaderMeaning;
    const ev = evidence[i] as ColumnEvidence;
    const isQuarterColumn = longTable && meaning.concept === 'triwulan';
    const g = isQuarterColumn
      ? { field: null, confidence: 0.9 }
      : guessField(target, schema, meaning, ev, longTable);
    const proposal: ColumnProposal = {
      column,
      meaning,
      field: g.field,
      fieldLabel: fieldLabel(schema, g.field, g.quarterFromColumn === true),
      confidence: g.confidence,
      evidence: ev,
      ...(g.month !== undefined ? { month: g.month } : {}),
      ...(isQuarterColumn ? { isQuarterColumn: true as const } : {}),
      ...(g.quarterFromColumn === true ? { quarterFromColumn: true as const } : {}),
    };
    if (g.field === null && !isQuarterColumn && meaning.concept !== null && meaning.concept !== 'no')
      return { ...proposal, note: `sheet ${schema.name} tidak punya kolom untuk ini` };
    return proposal;
  });
  // One source column per tracker column (months of one quarter share it by design).
  columns.forEach((p, i) => {
    if (p.field === null || p.month !== undefined || p.column.codePart === true) return;
    const before = taken.get(p.field);
    if (before === undefined) {
      taken.set(p.field, i);
      return;
    }
    const other = columns[before] as ColumnProposal;
    const loser = other.confidence >= p.confidence ? i : before;
    const lost = columns[loser] as ColumnProposal;
    columns[loser] = {
      ...lost,
      field: null,
      fieldLabel: null,
      confidence: 0,
      note: `kolom ${(columns[loser === i ? before : i] as ColumnProposal).column.letter} sudah mengisi ${lost.fieldLabel ?? lost.field ?? ''}`,
    };
    if (loser === before) taken.set(p.field, i);
  });
  let score = columns.reduce((s, p) => s + (p.field === null ? 0 : p.confidence), 0);
  const match = MATCH_KEYS[target];
  if (match !== undefined && columns.some((p) => p.field === match.key || p.field === match.name))
    score += 0.5;
  // Codes typed with the names ("1.01.02 PROGRAM …") give a program sheet its key.
  if (
    match !== undefined &&
    (match.key === 'kodeProgram' || match.key === 'kode') &&
    !columns.some((p) => p.field === match.key) &&
    columns.some(
      (p) =>
        (p.field === 'program' || p.field === 'sasaran') &&
        p.evidence.codes * 2 >= p.evidence.texts &&
        p.evidence.codes > 0,
    )
  )
    score += 0.9;
  return { columns, score: Math.round(score * 100) / 100 };
}

/** The proposal for one table: the best target and each column's field; corrections applied. */
export function proposeMapping(
  sheet: SheetSnapshot,
  table: DetectedTable,
  correction?: TableCorrection,
): TableProposal {
  const meanings = table.columns.map((c) => headerMeaning(c.path));
  const evidence = table.columns.map((c) => columnEvidence(sheet, table, c.col));
  const longTable = meanings.some((m) => m.concept === 'triwulan');
  const tried = IMPORT_TARGETS.map((target) => ({
    target,
    ...proposeFor(target, table, meanings, evidence, longTable),
  }));
  const scores = tried
    .map((t) => ({ target: t.target, score: t.score }))
    .sort((a, b) => b.score - a.score || IMPORT_TARGETS.indexOf(a.target) - IMPORT_TARGETS.indexOf(b.target));
  let target: SheetId | null = (scores[0]?.score ?? 0) >= 1.5 ? (scores[0]?.target ?? null) : null;
  if (correction?.target !== undefined) target = correction.target;
  if (target === null) {
    return {
      table,
      target: null,
      scores,
      corrected: correction?.target !== undefined,
      columns: table.columns.map((column, i) => ({
        column,
        meaning: meanings[i] as HeaderMeaning,
        field: null,
        fieldLabel: null,
        confidence: 0,
        evidence: evidence[i] as ColumnEvidence,
      })),
    };
  }
  const chosen = tried.find((t) => t.target === target) ?? { columns: [] as ColumnProposal[] };
  const schema = schemaById(target) as TableSheetSchema;
  const columns = chosen.columns.map((p): ColumnProposal => {
    const fix = correction?.columns?.[p.column.letter];
    // The field as proposed (as `--json` printed it): the proposal stays, months and quarter column included.
    if (fix === undefined || fix === p.fieldLabel || fix === p.field) return p;
    if (fix === null) return { ...p, field: null, fieldLabel: null, confidence: 1, note: 'koreksi pengguna' };
    const resolved = resolveField(schema, fix);
    if (resolved === undefined)
      return {
        ...p,
        field: null,
        fieldLabel: null,
        confidence: 0,
        note: `kolom "${fix}" tidak ada di sheet ${schema.name}`,
      };
    const { month: _m, quarterFromColumn: _q, ...rest } = p;
    return { ...rest, field: resolved.key, fieldLabel: resolved.label, confidence: 1 };
  });
  return { table, target, scores, columns, corrected: correction?.target !== undefined };
}

export { quarterLabel };
