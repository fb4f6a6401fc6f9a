/**
 * The PK sheet as it is signed holds two tables: the indicators (the PK schema's header) and,
 * optionally, below them the programs with their anggaran (`schema/sheets/pk-program.ts`): a
 * second header row holding `Program/Kegiatan` and `Anggaran (Rp)`. The indicator table ends
 * at that row, so the program rows are never read as broken indicator rows; they are read as a
 * table of their own. A PK without the second header is read as before.
 */
import { pkProgram, type PkProgramKey } from '../schema/sheets/pk-program';
import type { TableSheetSchema } from '../schema/types';
import type { SheetSnapshot } from '../snapshot';
import { normaliseLabel } from './labels';
import { findHeaderRow, readTable, type TableRead } from './read-table';

export interface PkSheetRead {
  /** The indicator rows (up to the program table's header). */
  readonly indicators: TableRead;
  /** The program table below the indicators, when the sheet has one. */
  readonly programs: TableRead<PkProgramKey> | undefined;
}

/** The label of a program-table column, as compared. */
function labelsOf(key: PkProgramKey): ReadonlySet<string> {
  const c = pkProgram.columns.find((x) => x.key === key);
  return new Set(c === undefined ? [] : [normaliseLabel(c.label)]);
}

const PROGRAM_LABELS = labelsOf('program');
const ANGGARAN_LABELS = labelsOf('anggaran');

/**
 * The 0-based row of the program table's header below the indicators' header: the first row
 * after it holding both `Program/Kegiatan` and `Anggaran (Rp)` as cells. Undefined when none.
 */
export function findProgramHeader(sheet: SheetSnapshot, indicatorHeader: number): number | undefined {
  for (let r = indicatorHeader + 1; r < sheet.rows.length; r++) {
    let program = false;
    let anggaran = false;
    for (const cell of sheet.rows[r] ?? []) {
      if (typeof cell !== 'string') continue;
      const label = normaliseLabel(cell);
      if (PROGRAM_LABELS.has(label)) program = true;
      else if (ANGGARAN_LABELS.has(label)) anggaran = true;
    }
    if (program && anggaran) return r;
  }
  return undefined;
}

/** Reads the PK sheet: its indicators and, when there is one, its program table. */
export function readPkSheet(sheet: SheetSnapshot, schema: TableSheetSchema): PkSheetRead {
  const header = findHeaderRow(sheet, schema);
  const second = header === null ? undefined : findProgramHeader(sheet, header);
  if (second === undefined) return { indicators: readTable(sheet, schema), programs: undefined };
  return {
    indicators: readTable(sheet, schema, { end: second }),
    // The rows were read by the program table's own schema, so their keys are its keys.
    programs: readTable(sheet, pkProgram, { start: second }) as TableRead<PkProgramKey>,
  };
}
