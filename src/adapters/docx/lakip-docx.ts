/**
 * The LAKIP tables as a Word document in the layout of the Laporan Kinerja (PermenPAN-RB
 * 53/2014): BAB II Perencanaan Kinerja and BAB III Akuntabilitas Kinerja, with the SOP's
 * progress as a Lampiran. Each table comes with a generated paragraph, an Indonesian caption
 * above it, a header row repeated on every page, and a landscape page when it is wide. What
 * goes where is the data below (`LAKIP_OUTLINE`, `DOCX_LAYOUT`); this file only renders it.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  type TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { displayCell } from '../../core/lakip/display';
import { draftText, type DraftInfo } from '../../core/lakip/export-plan';
import { narrativeFor } from '../../core/lakip/narrative';
import { ownKeteranganColumn } from '../../core/lakip/tables';
import type {
  LakipResult,
  SummaryColumn,
  SummaryRow,
  SummarySection,
  SummaryTable,
  SummaryTableId,
} from '../../core/lakip/tables';
import { alignmentOf, caption, cell, DOCX_LAYOUT, fitColumnWidths, run } from './docx-parts';

export { DOCX_LAYOUT } from './docx-parts';

const L = DOCX_LAYOUT;

type OutlineItem =
  | { readonly kind: 'heading1' | 'heading2'; readonly text: string }
  | { readonly kind: 'table'; readonly id: SummaryTableId };

/** The chapters of the Laporan Kinerja and where each table goes. */
export const LAKIP_OUTLINE: readonly OutlineItem[] = [
  { kind: 'heading1', text: 'BAB II PERENCANAAN KINERJA' },
  { kind: 'table', id: 'perjanjianKinerja' },
  { kind: 'heading1', text: 'BAB III AKUNTABILITAS KINERJA' },
  { kind: 'heading2', text: 'A. Capaian Kinerja Organisasi' },
  { kind: 'table', id: 'capaian' },
  { kind: 'table', id: 'perbandingan' },
  { kind: 'table', id: 'analisis' },
  { kind: 'table', id: 'efisiensi' },
  { kind: 'heading2', text: 'B. Realisasi Anggaran' },
  { kind: 'table', id: 'anggaran' },
  { kind: 'heading1', text: 'LAMPIRAN' },
  { kind: 'table', id: 'sop' },
];

/** A paragraph that introduces a table: kept on the page of the table's caption. */
function body(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.JUSTIFIED,
    keepNext: true,
    spacing: { after: 120, line: 300 },
  });
}

function heading(text: string, level: 1 | 2, newPage: boolean): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: true, size: level === 1 ? L.heading1Size : L.heading2Size })],
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    pageBreakBefore: newPage,
    spacing: { before: level === 1 ? 240 : 200, after: 160 },
  });
}

/** The total width of a table in Excel character units (with Keterangan when it has one). */
function tableWidth(table: SummaryTable): number {
  return Math.max(
    ...table.sections.map(
      (s) => s.columns.reduce((a, c) => a + c.width, 0) + (hasKeterangan(s) ? L.keteranganWidth : 0),
    ),
  );
}

function isLandscape(table: SummaryTable): boolean {
  return tableWidth(table) > L.landscapeAbove;
}

/** True when the section needs a Keterangan column added (it has no Keterangan of its own). */
function hasKeterangan(section: SummarySection): boolean {
  if (ownKeteranganColumn(section) >= 0) return false;
  return [...section.rows, ...(section.total ? [section.total] : [])].some(
    (r) => r.mark !== undefined || r.note !== undefined,
  );
}

/** A short neutral mark for a figure that is missing, then what a reader should know; never the Sekcam's to-do. */
function keterangan(row: SummaryRow): string {
  return [row.mark !== undefined ? L.uncomputedText : undefined, row.note]
    .filter((s): s is string => s !== undefined)
    .join('; ');
}

function renderSection(section: SummarySection, textWidth: number): Table {
  const withKet = hasKeterangan(section);
  const ownKet = ownKeteranganColumn(section);
  const widths = [...section.columns.map((c) => c.width), ...(withKet ? [L.keteranganWidth] : [])];
  const labels = [...section.columns.map((c) => c.label), ...(withKet ? [L.keteranganLabel] : [])];
  const twips = fitColumnWidths(widths, labels, textWidth);

  // Word keeps a table on one page when every row but the last is "keep with next".
  const rowCount = section.rows.length + (section.total ? 1 : 0);
  const together = rowCount <= L.keepTogetherRows;
  let rowIndex = 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) =>
      cell(label, twips[i] ?? 0, {
        bold: true,
        fill: L.headerFill,
        align: AlignmentType.CENTER,
        keepNext: true,
      }),
    ),
  });
  const dataRow = (row: SummaryRow, total: boolean): TableRow => {
    rowIndex++;
    const keepNext = rowIndex < rowCount && (together || rowIndex > rowCount - L.keepLastRows);
    // A group's subtotal or average reads like a Jumlah (bold, shaded); its title bold only.
    const summing = row.group !== undefined && row.group.kind !== 'title';
    const bold = total || row.group !== undefined;
    const fill =
      total || (summing && row.mark === undefined)
        ? L.totalFill
        : row.mark !== undefined
          ? L.markedFill
          : undefined;
    const cells: TableCell[] = [];
    // The Jumlah label spans the empty cells up to the first figure.
    const firstFigure = total ? row.cells.findIndex((v, i) => i > 0 && v !== null) : 1;
    const span = total && firstFigure > 1 ? firstFigure : 1;
    for (let i = 0; i < section.columns.length; i++) {
      const column = section.columns[i] as SummaryColumn;
      if (i > 0 && i < span) continue;
      const width = twips.slice(i, i + (i === 0 ? span : 1)).reduce((a, b) => a + b, 0);
      // A table's own Keterangan (the PK's APBD …) carries the row's reasons too.
      const text =
        i === ownKet
          ? [displayCell(column, row.cells[i]), keterangan(row)].filter((t) => t !== '').join('; ')
          : displayCell(column, row.cells[i]);
      const align = total && i === 0 ? AlignmentType.CENTER : alignmentOf(column, i);
      cells.push(
        cell(text, width, {
          bold,
          ...(fill ? { fill } : {}),
          align,
          span: i === 0 ? span : 1,
          keepNext,
        }),
      );
    }
    if (withKet)
      cells.push(
        cell(keterangan(row), twips[twips.length - 1] ?? 0, { ...(fill ? { fill } : {}), keepNext }),
      );
    return new TableRow({ cantSplit: true, children: cells });
  };
  return new Table({
    rows: [
      header,
      ...section.rows.map((r) => dataRow(r, false)),
      ...(section.total ? [dataRow(section.total, true)] : []),
    ],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
  });
}

function renderTable(result: LakipResult, table: SummaryTable, textWidth: number): (Paragraph | Table)[] {
  const narrative = narrativeFor(result, table.id);
  const out: (Paragraph | Table)[] = narrative.map(body);
  out.push(caption(table.caption));
  table.sections.forEach((section, i) => {
    if (section.title !== undefined && table.sections.length > 1) {
      out.push(
        new Paragraph({
          children: [
            run(`${String.fromCharCode(97 + i)}. ${section.title}`, { bold: true, size: L.tableSize + 2 }),
          ],
          keepNext: true,
          spacing: { before: 120, after: 60 },
        }),
      );
    }
    out.push(renderSection(section, textWidth));
  });
  // A note the paragraph above the table already says (the SOP's warning) is not repeated.
  const notes = table.notes.filter((n) => !narrative.includes(n));
  if (notes.length > 0) {
    out.push(
      new Paragraph({
        children: [run('Keterangan:', { italics: true, bold: true, size: L.noteSize })],
        keepNext: true,
        spacing: { before: 80 },
      }),
      ...notes.map(
        (n, i) =>
          new Paragraph({
            children: [run(`– ${n}`, { italics: true, size: L.noteSize })],
            indent: { left: 200 },
            keepNext: i < notes.length - 1,
          }),
      ),
    );
  }
  return out;
}

/** Air between two tables (never after the last one: an empty paragraph there can make a blank page). */
function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

function footer(result: LakipResult): Footer {
  const who = ['LKjIP', result.unit, result.tahun !== null ? `Tahun ${result.tahun}` : '']
    .filter((s) => s !== '')
    .join(' ');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${who} — halaman `, font: L.font, size: L.noteSize }),
          new TextRun({ children: [PageNumber.CURRENT], font: L.font, size: L.noteSize }),
        ],
      }),
    ],
  });
}

/** The DRAF mark at the top of every page while the tracker has galat. */
function draftHeader(draft: DraftInfo): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: draftText(draft),
            font: L.font,
            size: L.noteSize,
            bold: true,
            color: L.draftColor,
          }),
        ],
      }),
    ],
  });
}

function titleBlock(result: LakipResult, draft: DraftInfo | undefined): Paragraph[] {
  const lines = [
    'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)',
    result.unit.toUpperCase(),
    result.kabupaten !== '' ? `KABUPATEN ${result.kabupaten.toUpperCase()}` : '',
    result.tahun !== null ? `TAHUN ${result.tahun}` : '',
  ].filter((s) => s !== '');
  const mark =
    draft === undefined
      ? []
      : [
          new Paragraph({
            children: [
              new TextRun({
                text: 'DRAF',
                font: L.font,
                size: L.heading1Size + 10,
                bold: true,
                color: L.draftColor,
              }),
            ],
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
          }),
        ];
  return [
    ...mark,
    ...lines.map(
      (t, i) =>
        new Paragraph({
          children: [run(t, { bold: true, size: i === 0 ? L.heading1Size + 2 : L.heading1Size })],
          alignment: AlignmentType.CENTER,
          spacing: { after: 60 },
        }),
    ),
    new Paragraph({
      children: [
        run(
          'Tabel-tabel BAB II dan BAB III berikut dihitung otomatis oleh LAKIP Tracker dari tracker pengumpulan data kinerja. Periksa angka dan lengkapi uraiannya sebelum disalin ke Laporan Kinerja.',
          { italics: true, size: L.noteSize },
        ),
      ],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 240 },
    }),
  ];
}

/** Groups the outline into pages of one orientation; headings go with the table after them. */
function sectionsOf(result: LakipResult, draft: DraftInfo | undefined): ISectionOptions[] {
  const tables = new Map(result.tables.map((t) => [t.id, t]));
  const orientationAt = (i: number): boolean => {
    for (let k = i; k < LAKIP_OUTLINE.length; k++) {
      const item = LAKIP_OUTLINE[k];
      if (item?.kind === 'table') {
        const t = tables.get(item.id);
        return t ? isLandscape(t) : false;
      }
    }
    return false;
  };
  const groups: { landscape: boolean; items: OutlineItem[] }[] = [];
  LAKIP_OUTLINE.forEach((item, i) => {
    if (item.kind === 'table' && !tables.has(item.id)) return;
    const landscape = orientationAt(i);
    const last = groups[groups.length - 1];
    if (last && last.landscape === landscape) last.items.push(item);
    else groups.push({ landscape, items: [item] });
  });

  return groups.map((g, gi) => {
    const textWidth = (g.landscape ? L.pageHeight : L.pageWidth) - 2 * L.margin;
    const children: (Paragraph | Table)[] = gi === 0 ? titleBlock(result, draft) : [];
    let hasTable = false;
    for (const item of g.items) {
      if (hasTable) children.push(spacer());
      if (item.kind === 'table') {
        const t = tables.get(item.id);
        if (t) children.push(...renderTable(result, t, textWidth));
        hasTable = true;
      } else {
        // A chapter starts on a new page; a new section already does.
        const newPage = item.kind === 'heading1' && hasTable;
        children.push(heading(item.text, item.kind === 'heading1' ? 1 : 2, newPage));
      }
    }
    return {
      properties: {
        page: {
          size: {
            width: L.pageWidth,
            height: L.pageHeight,
            orientation: g.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: L.margin, bottom: L.margin, left: L.margin, right: L.margin },
        },
      },
      footers: { default: footer(result) },
      ...(draft !== undefined ? { headers: { default: draftHeader(draft) } } : {}),
      children,
    };
  });
}

export interface LakipDocxOptions {
  /** The tracker still has galat: a DRAF mark on the title page and in every page header. */
  readonly draft?: DraftInfo;
}

/** The document itself, before it is packed into a file. */
function lakipDocument(result: LakipResult, options: LakipDocxOptions): Document {
  return new Document({
    creator: 'LAKIP Tracker',
    title: ['Laporan Kinerja', result.unit, result.tahun !== null ? `Tahun ${result.tahun}` : '']
      .filter((s) => s !== '')
      .join(' '),
    styles: {
      default: { document: { run: { font: L.font, size: L.bodySize } } },
    },
    sections: sectionsOf(result, options.draft),
  });
}

/** The .docx of the LAKIP tables, ready to open in Word or LibreOffice (Node: the CLI). */
export async function buildLakipDocx(result: LakipResult, options: LakipDocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(lakipDocument(result, options));
}

/** The same .docx as bytes, in any JavaScript runtime (the task pane builds it in the browser). */
export async function buildLakipDocxBytes(
  result: LakipResult,
  options: LakipDocxOptions = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(lakipDocument(result, options)));
}
