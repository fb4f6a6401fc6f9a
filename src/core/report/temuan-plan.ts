/**
 * The Temuan sheet: the validation report inside the workbook, one row per finding with a
 * link to the cell at fault. The sheet is the project's own and is rebuilt on every run; the
 * plan touches no other sheet.
 */
import { FORMAT } from '../layout/formats';
import { ROW_HEIGHT, rowHeightFor } from '../layout/row-height';
import { LAYOUT, STYLE, TAB } from '../layout/styles';
import { findingCategory } from '../findings/categories';
import type { Finding } from '../findings/finding';
import { describeFinding, severityLabel } from '../findings/messages';
import { FINDINGS_LIMIT } from './validation-json';
import { formatNumber, formatPercent } from '../format/indonesian';
import { isLinkValue, type CellStyle, type PlanValue, type WriteOp, type WritePlan } from '../plan/plan';
import { TEMUAN_SHEET } from '../schema/registry';
import type { ValidationResult } from '../validate/validate';

/** Kategori (Indonesian, per code group) stands beside the stable Kode, which tools and tests key on. */
export const TEMUAN_HEADER = [
  'No',
  'Tingkat',
  'Kategori',
  'Kode',
  'Sheet',
  'Sel',
  'Kolom',
  'Pesan',
  'Saran',
] as const;
const WIDTHS = [6, 12, 22, 21, 20, 10, 22, 70, 60] as const;

/** Excel's "Bad" and "Neutral" cell styles: red for Galat, amber for Peringatan. */
export const SEVERITY_STYLE = {
  error: { fill: 'FFC7CE', fontColor: '9C0006' },
  warning: { fill: 'FFEB9C', fontColor: '9C5700' },
} as const satisfies Record<Finding['severity'], CellStyle>;

/** The Sel cell: a link to the cell at fault, to its row, or to the sheet; plain text for a missing sheet. */
function selOf(f: Finding): PlanValue {
  if (f.code === 'sheet/missing') return '—';
  if (f.cell !== undefined) return { kind: 'link', text: f.cell, sheet: f.sheet, cell: f.cell };
  if (f.row !== undefined) return { kind: 'link', text: `baris ${f.row}`, sheet: f.sheet, cell: `A${f.row}` };
  return { kind: 'link', text: 'buka sheet', sheet: f.sheet, cell: 'A1' };
}

function summaryLine(result: ValidationResult, listed: number): string {
  const total = result.findings.length;
  const c = result.completeness.total;
  const counts =
    total === 0
      ? 'Tidak ada temuan'
      : `${formatNumber(result.errors)} galat, ${formatNumber(result.warnings)} peringatan (${formatNumber(total)} temuan)`;
  const shown = listed < total ? ` Ditampilkan ${formatNumber(listed)} temuan pertama.` : '';
  return `${counts}. Kelengkapan isian wajib: ${formatPercent(c.ratio * 100)} (${formatNumber(c.filled)} dari ${formatNumber(c.required)} sel).${shown}`;
}

/** Rows of equal severity next to each other, for one style op per run. */
function severityRuns(
  findings: readonly Finding[],
): { start: number; length: number; severity: Finding['severity'] }[] {
  const runs: { start: number; length: number; severity: Finding['severity'] }[] = [];
  findings.forEach((f, i) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.severity === f.severity) last.length++;
    else runs.push({ start: i, length: 1, severity: f.severity });
  });
  return runs;
}

export function buildTemuanPlan(
  result: ValidationResult,
  unit: string,
  tahun: number | null,
  limit = FINDINGS_LIMIT,
): WritePlan {
  const sheet = TEMUAN_SHEET;
  const { titleRow, subtitleRow, instructionRow, headerRow, firstDataRow } = LAYOUT;
  const cols = TEMUAN_HEADER.length;
  const listed = result.findings.slice(0, Math.max(0, limit));
  const style = (row: number, col: number, rows: number, width: number, s: CellStyle): WriteOp => ({
    op: 'setStyle',
    sheet,
    row,
    col,
    rows,
    cols: width,
    style: s,
  });
  const who = [unit.trim(), tahun === null ? '' : `Tahun Laporan ${tahun}`]
    .filter((s) => s !== '')
    .join(' · ');

  const ops: WriteOp[] = [
    { op: 'ensureSheet', sheet, tabColor: TAB.report },
    { op: 'clearSheet', sheet },
    { op: 'setValues', sheet, row: titleRow, col: 1, values: [['Temuan Validasi Tracker']] },
    style(titleRow, 1, 1, 1, STYLE.title),
    {
      op: 'setValues',
      sheet,
      row: subtitleRow,
      col: 1,
      values: [[who === '' ? 'Unit kerja belum diisi di sheet Pengaturan' : who]],
    },
    style(subtitleRow, 1, 1, 1, STYLE.subtitle),
    { op: 'setValues', sheet, row: instructionRow, col: 1, values: [[summaryLine(result, listed.length)]] },
    style(instructionRow, 1, 1, 1, { bold: true }),
    {
      op: 'setValues',
      sheet,
      row: instructionRow + 1,
      col: 1,
      values: [
        [
          'Klik alamat di kolom Sel untuk menuju sel yang bermasalah. Sheet ini dibuat ulang setiap kali validasi dijalankan; jangan mengetik di sini.',
        ],
      ],
    },
    style(instructionRow + 1, 1, 1, 1, { italic: true, fontColor: '595959' }),
    { op: 'setValues', sheet, row: headerRow, col: 1, values: [[...TEMUAN_HEADER]] },
    style(headerRow, 1, 1, cols, STYLE.header),
  ];

  const body: PlanValue[][] = listed.map((f, i) => {
    const { message, saran } = describeFinding(f);
    return [
      i + 1,
      severityLabel(f.severity),
      findingCategory(f.code),
      f.code,
      f.sheet,
      selOf(f),
      f.column ?? null,
      message,
      saran,
    ];
  });
  if (body.length === 0)
    body.push([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'Tidak ada temuan: semua isian wajib terisi dan sesuai aturan.',
      null,
    ]);
  const hidden = result.findings.length - listed.length;
  if (hidden > 0) {
    body.push([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      `… dan ${formatNumber(hidden)} temuan lain tidak ditampilkan. Perbaiki temuan di atas lalu jalankan validasi lagi.`,
      null,
    ]);
  }
  ops.push(
    {
      op: 'setValues',
      sheet,
      row: firstDataRow,
      col: 1,
      values: body,
      numberFormats: body.map(() => [
        FORMAT.integer,
        null,
        FORMAT.text,
        FORMAT.text,
        FORMAT.text,
        null,
        FORMAT.text,
        FORMAT.text,
        FORMAT.text,
      ]),
    },
    style(firstDataRow, 1, body.length, cols, STYLE.body),
  );
  // Wrapped Pesan and Saran need their rows' heights: no viewer grows a row when it opens or prints a file.
  const shown = (v: PlanValue): unknown => (isLinkValue(v) ? v.text : v);
  const headerHeight = rowHeightFor([...TEMUAN_HEADER], WIDTHS);
  if (headerHeight > ROW_HEIGHT.min)
    ops.push({ op: 'setRowHeight', sheet, row: headerRow, height: headerHeight });
  body.forEach((line, i) => {
    const height = rowHeightFor(line.map(shown), WIDTHS);
    if (height > ROW_HEIGHT.min) ops.push({ op: 'setRowHeight', sheet, row: firstDataRow + i, height });
  });
  for (const run of severityRuns(listed)) {
    ops.push(style(firstDataRow + run.start, 1, run.length, cols, SEVERITY_STYLE[run.severity]));
  }
  ops.push(
    { op: 'setColumnWidths', sheet, widths: WIDTHS.map((width, i) => ({ col: i + 1, width })) },
    { op: 'freezePanes', sheet, rows: headerRow, cols: 0 },
    { op: 'autoFilter', sheet, row: headerRow, col: 1, rows: 1 + listed.length, cols },
    {
      op: 'pageSetup',
      sheet,
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      printTitleRows: { from: headerRow, to: headerRow },
    },
  );
  return {
    ops,
    notes: [`Sheet ${sheet} dibuat ulang: ${summaryLine(result, listed.length)}`],
  };
}
