/**
 * `lakip validate` on a data format: the Data Kinerja checks of the validator, run on the
 * format's own rows only. The format has no PK; a PK is made from its own grey columns (Kode
 * Indikator, Indikator, Satuan, Target, Polaritas, Metode Agregasi, Isian Realisasi, and Pembilang
 * and Penyebut when it has them), so capaian, calc/undefined, the A/B rule and analysis/missing
 * work as in the tracker. Findings on any other sheet are dropped: a
 * format is not a tracker, its missing sheets are not the bagian's business.
 */
import type { Finding, FindingCode } from '../findings/finding';
import { FORMAT_PK_COLUMNS } from './format-blockers';
import { readTable } from '../read/read-table';
import { findSchemaSheet, readTracker } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import { isEmptyCell, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { CHECKS } from '../validate/checks';
import { TOTAL_LABEL } from '../validate/completeness';
import { contextOf } from '../validate/context';
import { isRequiredCell, maybeRequiredColumns } from '../validate/required';
import { sortFindings, type ValidationResult } from '../validate/validate';

/** The validator's checks that concern the rows of Data Kinerja (by file name in validate/checks). */
export const FORMAT_CHECKS: readonly string[] = [
  'column-missing',
  'column-duplicate',
  'cell-required',
  'cell-type',
  'cell-number-as-text',
  'cell-choice',
  'cell-range',
  'cell-formula-error',
  'cell-formula-text',
  'row-duplicate-key',
  'calc-undefined',
  'calc-ratio',
  'analysis-missing',
];

/** The grey columns of a format (copied from the PK, locked), by their Data Kinerja labels. */
const LOCKED_LABELS: ReadonlySet<string> = new Set(
  ['bagian', 'kodeIndikator', 'indikator', 'satuan', 'target'].map(
    (k) => SCHEMAS.dataKinerja.columns.find((c) => c.key === k)?.label ?? k,
  ),
);

/** A finding of a format is advised to the bagian (messages.ts): locked cells are the Sekcam's to fix. */
function forBagian(f: Finding): Finding {
  const locked = f.column !== undefined && LOCKED_LABELS.has(f.column);
  return { ...f, bagianFormat: locked ? 'locked' : 'bagian' };
}

/**
 * The PK columns a format carries, by PK key: those it copies (`FORMAT_PK_COLUMNS`) but
 * Penanggung Jawab, which picks the bagian and is not a column of its rows.
 */
const PK_FROM_FORMAT = FORMAT_PK_COLUMNS.filter((k) => k !== 'penanggungJawab');

function pkOfFormat(data: SheetSnapshot): SheetSnapshot {
  const pkColumns = PK_FROM_FORMAT.map((k) => SCHEMAS.pk.columns.find((c) => c.key === k)).filter(
    (c) => c !== undefined,
  );
  const read = readTable(data, { ...SCHEMAS.pk, columns: pkColumns });
  const header: CellValue[] = pkColumns.map((c) => c.label);
  const rows = read.rows.map((r) => pkColumns.map((c) => r.raw.get(c.key) ?? null));
  return { name: SCHEMAS.pk.name, rows: [header, ...rows] };
}

/**
 * Validate a format file's Data Kinerja rows. Works on any workbook with a Data Kinerja sheet;
 * `isFormatFile` says whether it is a format. Without a Data Kinerja sheet the result has one
 * sheet/missing finding.
 */
export function validateFormatFile(snapshot: WorkbookSnapshot): ValidationResult {
  const data = findSchemaSheet(snapshot, SCHEMAS.dataKinerja);
  const pengaturan = findSchemaSheet(snapshot, SCHEMAS.pengaturan);
  if (data === undefined) {
    const finding: Finding = { code: 'sheet/missing', severity: 'error', sheet: SCHEMAS.dataKinerja.name };
    return {
      findings: [finding],
      counts: { 'sheet/missing': 1 },
      errors: 1,
      warnings: 0,
      completeness: completenessOf(undefined, SCHEMAS.dataKinerja.name, 4),
    };
  }
  const sheets: SheetSnapshot[] = [data, pkOfFormat(data)];
  if (pengaturan !== undefined) sheets.unshift(pengaturan);
  const tracker = readTracker({ sheets });
  const ctx = contextOf(tracker);
  const wanted = new Set(FORMAT_CHECKS);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (!wanted.has(check.name)) continue;
    for (const f of check.run(ctx)) if (f.sheet === data.name) findings.push(forBagian(f));
  }
  const sorted = sortFindings(findings, new Map([[data.name.trim().toLowerCase(), 0]]));
  const counts: Partial<Record<FindingCode, number>> = {};
  let errors = 0;
  for (const f of sorted) {
    counts[f.code] = (counts[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors++;
  }
  const tw = ctx.settings.triwulanBerjalan;
  return {
    findings: sorted,
    counts,
    errors,
    warnings: sorted.length - errors,
    completeness: completenessOf(data, data.name, tw),
  };
}

/** The share of the format's required cells that are filled (one sheet: Data Kinerja). */
function completenessOf(
  sheet: SheetSnapshot | undefined,
  name: string,
  triwulanBerjalan: number,
): ValidationResult['completeness'] {
  let required = 0;
  let filled = 0;
  if (sheet !== undefined) {
    const read = readTable(sheet, SCHEMAS.dataKinerja);
    const columns = maybeRequiredColumns('dataKinerja', SCHEMAS.dataKinerja.columns, triwulanBerjalan);
    for (const row of read.rows) {
      for (const c of columns) {
        if (!isRequiredCell('dataKinerja', c, row, triwulanBerjalan)) continue;
        required++;
        if (read.columnIndex.has(c.key) && !isEmptyCell(row.raw.get(c.key))) filled++;
      }
    }
    if (read.rows.length === 0) required = columns.length;
  }
  const entry = { sheet: name, required, filled, ratio: required === 0 ? 1 : filled / required };
  return { total: { ...entry, sheet: TOTAL_LABEL }, sheets: [entry] };
}
