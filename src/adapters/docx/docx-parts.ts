/**
 * What the Word documents (`lakip-docx.ts`, `rekap-docx.ts`) are made of: the layout as data
 * and the few paragraph and cell builders both use, so the LAKIP report and the rekap chapter
 * look alike and are changed in one place.
 */
import { AlignmentType, Paragraph, ShadingType, TableCell, TextRun, VerticalAlign, WidthType } from 'docx';
import type { SummaryColumn } from '../../core/lakip/tables';

/** Formatting decisions, as data. Sizes are in half-points, lengths in twips (1 cm = 567). */
export const DOCX_LAYOUT = {
  font: 'Arial',
  bodySize: 22,
  tableSize: 17,
  noteSize: 16,
  heading1Size: 26,
  heading2Size: 23,
  /** A4 portrait in twips; a landscape section swaps them. */
  pageWidth: 11906,
  pageHeight: 16838,
  margin: 1134,
  /** A table whose columns (Excel character units) add up to more than this gets a landscape page. */
  landscapeAbove: 112,
  headerFill: 'D9E2F3',
  totalFill: 'F2F2F2',
  markedFill: 'FFE699',
  keteranganLabel: 'Keterangan',
  keteranganWidth: 30,
  cellMargin: 60,
  /** The width of an average bold character of the table's font, in ems (Arial Bold ≈ 0,62), for header words. */
  boldCharEm: 0.62,
  /** No column is widened for its header beyond this share of the table. */
  headerWordShareMax: 0.3,
  /** Headings and captions are black, as in printed government reports. */
  textColor: '000000',
  /** A section with at most this many rows is kept on one page when it fits. */
  keepTogetherRows: 12,
  /** A longer one keeps its last rows together, so no page holds a lone last row. */
  keepLastRows: 3,
  /** What a row whose figure could not be computed says in the report (the reasons are the Sekcam's: CLI, Temuan). */
  uncomputedText: 'belum dapat dihitung',
  draftColor: 'C00000',
} as const;

const L = DOCX_LAYOUT;

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export function run(text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: L.font,
    size: opts.size ?? L.bodySize,
    bold: opts.bold ?? false,
    italics: opts.italics ?? false,
    color: L.textColor,
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: true, size: L.bodySize - 2 })],
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 100 },
  });
}

/** How a column's figures sit in their cells: numbers right, text left, dates and the No centred. */
export function alignmentOf(column: SummaryColumn, index: number): Align {
  if (index === 0 && column.kind === 'integer') return AlignmentType.CENTER;
  if (column.kind === 'text') return AlignmentType.LEFT;
  if (column.kind === 'date') return AlignmentType.CENTER;
  return AlignmentType.RIGHT;
}

/** A table cell of one paragraph in the table's size, optionally bold, shaded, spanning columns. */
export function cell(
  text: string,
  width: number,
  opts: { bold?: boolean; fill?: string | null; align?: Align; span?: number; keepNext?: boolean } = {},
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(text, { bold: opts.bold ?? false, size: L.tableSize })],
        alignment: opts.align ?? AlignmentType.LEFT,
        keepNext: opts.keepNext ?? false,
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: L.cellMargin, bottom: L.cellMargin, left: L.cellMargin, right: L.cellMargin },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    ...(opts.span !== undefined && opts.span > 1 ? { columnSpan: opts.span } : {}),
  });
}

/** Twips the longest word of a header needs in bold at the table's size, with the cell's margins. */
export function headerWordTwips(label: string): number {
  const longest = Math.max(0, ...label.split(/\s+/).map((w) => [...w].length));
  // Sizes are half-points: size ÷ 2 points × 20 twips per point.
  return Math.ceil(longest * (L.tableSize / 2) * 20 * L.boldCharEm) + 2 * L.cellMargin;
}

/**
 * Column widths in twips: `widths` (Excel character units) scaled to `total`, then each column
 * too narrow for the longest word of its header (Word would break "Realisasi" into "Realisas i")
 * widened to it, the room taken from the columns that have more than their header needs, in
 * proportion to what they have over. When the others cannot give enough, the scaled widths stay.
 */
export function fitColumnWidths(
  widths: readonly number[],
  labels: readonly string[],
  total: number,
): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const base = widths.map((w) => (sum === 0 ? 0 : Math.floor((total * w) / sum)));
  const need = base.map((_, i) =>
    Math.min(headerWordTwips(labels[i] ?? ''), Math.floor(total * L.headerWordShareMax)),
  );
  const deficit = base.reduce((a, b, i) => a + Math.max(0, (need[i] ?? 0) - b), 0);
  if (deficit === 0) return base;
  const slack = base.map((b, i) => Math.max(0, b - (need[i] ?? 0)));
  const room = slack.reduce((a, b) => a + b, 0);
  if (room < deficit) return base;
  return base.map((b, i) => {
    const n = need[i] ?? 0;
    if (b < n) return n;
    return b - Math.ceil(((slack[i] ?? 0) * deficit) / room);
  });
}
