/**
 * The mapping memory (issue #12): the tracker remembers, per source layout, which sheet a table
 * went to, which field each column filled and whether its periods were cumulative — so the next
 * import of a file with the same layout (next quarter, next year) needs no choices. Kept in a
 * hidden sheet of the tracker, one row per layout: the layout's signature, the target sheet,
 * the columns as JSON, how the periods are counted, and the file it was first learnt from.
 *
 * A layout's signature is its column letters and header labels, normalised (case, spacing,
 * snake_case and the year in "Target Tahun 2026" do not matter), without the sheet name: next
 * year's "PK 2027" is the same layout as "PK 2026".
 */
import type { WriteOp } from '../plan/plan';
import { schemaById, SCHEMAS } from '../schema/registry';
import type { SheetId } from '../schema/types';
import { findSheet, type WorkbookSnapshot } from '../snapshot';
import type { DetectedTable } from './detect';
import { normaliseHeader } from './header';
import type { QuarterMode, TableCorrection } from './mapping';

export const MEMORY_SHEET = 'Peta Impor';
export const MEMORY_HEADER = [
  'Tata Letak',
  'Sheet Tujuan',
  'Kolom',
  'Hitungan Periode',
  'Dipelajari dari',
] as const;

export interface RememberedMapping {
  readonly signature: string;
  readonly target: SheetId | null;
  /** Column letter → tracker column key, or null (not imported). */
  readonly columns: Readonly<Record<string, string | null>>;
  readonly quarterMode?: QuarterMode;
  readonly learntFrom: string;
}

export function layoutSignature(table: DetectedTable): string {
  return table.columns.map((c) => `${c.letter}=${c.path.map(normaliseHeader).join('/')}`).join('|');
}

function sheetIdByName(name: string): SheetId | null | undefined {
  if (name.trim() === '' || name.trim() === '-') return null;
  const found = Object.values(SCHEMAS).find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  return found?.id;
}

function parseColumns(text: string): Record<string, string | null> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const out: Record<string, string | null> = {};
    for (const [k, f] of Object.entries(v as Record<string, unknown>)) {
      if (!/^[A-Z]{1,3}$/.test(k)) return undefined;
      if (f !== null && typeof f !== 'string') return undefined;
      out[k] = f;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Every layout the tracker remembers, by signature; rows that cannot be read are left out. */
export function readMemory(
  tracker: WorkbookSnapshot,
): Map<string, RememberedMapping & { readonly row: number }> {
  const out = new Map<string, RememberedMapping & { readonly row: number }>();
  const sheet = findSheet(tracker, MEMORY_SHEET);
  if (sheet === undefined) return out;
  sheet.rows.forEach((row, r) => {
    if (r === 0) return;
    const [signature, target, columns, mode, learnt] = row;
    if (typeof signature !== 'string' || typeof columns !== 'string') return;
    const id = sheetIdByName(typeof target === 'string' ? target : '');
    const cols = parseColumns(columns);
    if (id === undefined || cols === undefined) return;
    out.set(signature, {
      signature,
      target: id,
      columns: cols,
      ...(mode === 'kumulatif' || mode === 'per-triwulan' ? { quarterMode: mode } : {}),
      learntFrom: typeof learnt === 'string' ? learnt : '',
      row: r + 1,
    });
  });
  return out;
}

/** A remembered layout as a correction of the table. */
export function asCorrection(table: DetectedTable, m: RememberedMapping): TableCorrection {
  return {
    sheet: table.sheet,
    headerRow: table.headerRows[0],
    target: m.target,
    columns: m.columns,
    ...(m.quarterMode !== undefined ? { quarterMode: m.quarterMode } : {}),
  };
}

function rowOf(m: RememberedMapping): (string | null)[] {
  const target = m.target === null ? '-' : schemaById(m.target).name;
  return [m.signature, target, JSON.stringify(m.columns), m.quarterMode ?? null, m.learntFrom];
}

/** The writes that make the tracker remember `learnt` (nothing for a layout remembered the same). */
export function memoryOps(tracker: WorkbookSnapshot, learnt: readonly RememberedMapping[]): WriteOp[] {
  const known = readMemory(tracker);
  const sheet = findSheet(tracker, MEMORY_SHEET);
  const ops: WriteOp[] = [];
  let next = Math.max(sheet?.rows.length ?? 0, 1) + 1;
  const seen = new Set<string>();
  for (const m of learnt) {
    if (seen.has(m.signature)) continue;
    seen.add(m.signature);
    const before = known.get(m.signature);
    const same =
      before !== undefined &&
      before.target === m.target &&
      JSON.stringify(before.columns) === JSON.stringify(m.columns) &&
      before.quarterMode === m.quarterMode;
    if (same) continue;
    if (ops.length === 0) {
      ops.push({ op: 'ensureSheet', sheet: MEMORY_SHEET, hidden: true });
      if (sheet === undefined)
        ops.push({ op: 'setValues', sheet: MEMORY_SHEET, row: 1, col: 1, values: [[...MEMORY_HEADER]] });
    }
    // A layout learnt again keeps its row and its first file.
    const row = before === undefined ? next++ : before.row;
    const entry = before === undefined ? m : { ...m, learntFrom: before.learntFrom };
    ops.push({ op: 'setValues', sheet: MEMORY_SHEET, row, col: 1, values: [rowOf(entry)] });
  }
  return ops;
}
