/**
 * The rekap as a chapter of a Word document, in the style of the LAKIP document
 * (`lakip-docx.ts`: its fonts, sizes, fills and page layout, `DOCX_LAYOUT`): a sentence per
 * indicator naming its best and lowest unit, then a table per rekap sheet with its caption,
 * a header row repeated on every page, kategori as the cell's shading, and the sheet's notes.
 * A4 landscape throughout (a column per unit makes the capaian table wide).
 */
import {
  AlignmentType,
  Document,
  Footer,
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
} from 'docx';
import { displayCell } from '../../core/lakip/display';
import type { SummaryColumn } from '../../core/lakip/tables';
import type { Rekap } from '../../core/operations/rekap';
import type { RekapTable } from '../../core/rekap/sheets';
import { alignmentOf, caption, cell, DOCX_LAYOUT, fitColumnWidths, run } from './docx-parts';

const L = DOCX_LAYOUT;

function body(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 300 },
  });
}

function renderTable(table: RekapTable, textWidth: number): Table {
  const twips = fitColumnWidths(
    table.columns.map((c) => c.width),
    table.columns.map((c) => c.label),
    textWidth,
  );
  const span = (from: number, n: number): number => twips.slice(from, from + n).reduce((a, b) => a + b, 0);
  const header: TableRow[] = [];
  if (table.groups !== undefined) {
    const cells: TableCell[] = [];
    for (let i = 0; i < table.columns.length;) {
      const g = table.groups.find((x) => x.col === i);
      const n = g?.span ?? 1;
      cells.push(
        cell(g?.label ?? '', span(i, n), {
          bold: true,
          fill: L.headerFill,
          align: AlignmentType.CENTER,
          span: n,
          keepNext: true,
        }),
      );
      i += n;
    }
    header.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  }
  header.push(
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((c, i) =>
        cell(c.label, twips[i] ?? 0, {
          bold: true,
          fill: L.headerFill,
          align: AlignmentType.CENTER,
          keepNext: true,
        }),
      ),
    }),
  );
  const rows = table.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) =>
          cell(displayCell(c, r.cells[i]), twips[i] ?? 0, {
            fill: r.fills?.[i] ?? null,
            align: alignmentOf(c, i),
          }),
        ),
      }),
  );
  if (table.total !== undefined) {
    const total = table.total;
    const firstFigure = total.cells.findIndex((v, i) => i > 0 && v !== null);
    const n = firstFigure > 1 ? firstFigure : 1;
    const cells = [
      cell(String(total.cells[0] ?? ''), span(0, n), {
        bold: true,
        fill: L.totalFill,
        align: AlignmentType.CENTER,
        span: n,
      }),
    ];
    for (let i = n; i < table.columns.length; i++) {
      const c = table.columns[i] as SummaryColumn;
      cells.push(
        cell(displayCell(c, total.cells[i]), twips[i] ?? 0, {
          bold: true,
          fill: L.totalFill,
          align: alignmentOf(c, i),
        }),
      );
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    rows: [...header, ...rows],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
  });
}

function notes(items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [];
  return [
    new Paragraph({
      children: [run('Keterangan:', { italics: true, bold: true, size: L.noteSize })],
      keepNext: true,
      spacing: { before: 80 },
    }),
    ...items.map(
      (n) =>
        new Paragraph({
          children: [run(`– ${n}`, { italics: true, size: L.noteSize })],
          indent: { left: 200 },
        }),
    ),
  ];
}

function rekapDocument(rekap: Rekap): Document {
  const textWidth = L.pageHeight - 2 * L.margin;
  const title = [
    'Rekap Kinerja Unit Kerja',
    rekap.kabupaten !== '' ? `Kabupaten ${rekap.kabupaten}` : '',
    rekap.tahun !== null ? `Tahun ${rekap.tahun}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [run('REKAP KINERJA UNIT KERJA', { bold: true, size: L.heading1Size })],
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
    }),
    body(
      `Rekap ini menghimpun Laporan Kinerja ${rekap.units.length} unit kerja${rekap.kabupaten !== '' ? ` Kabupaten ${rekap.kabupaten}` : ''}${rekap.tahun !== null ? ` Tahun ${rekap.tahun}` : ''}: ${rekap.units.map((u) => u.unit).join(', ')}. Angka setiap unit dihitung oleh LAKIP Tracker dari trackernya sendiri.`,
    ),
    ...rekap.sentences.map(body),
  ];
  rekap.tables.forEach((t, i) => {
    children.push(
      new Paragraph({
        children: [run(`${String.fromCharCode(65 + i)}. ${t.caption}`, { bold: true, size: L.heading2Size })],
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        pageBreakBefore: i > 0,
        spacing: { before: 200, after: 160 },
      }),
      caption(`Tabel ${i + 1} ${t.caption}`),
      renderTable(t, textWidth),
      ...notes(t.notes),
    );
  });
  return new Document({
    creator: 'LAKIP Tracker',
    title,
    styles: { default: { document: { run: { font: L.font, size: L.bodySize } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: L.pageWidth, height: L.pageHeight, orientation: PageOrientation.LANDSCAPE },
            margin: { top: L.margin, bottom: L.margin, left: L.margin, right: L.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${title} — halaman `, font: L.font, size: L.noteSize }),
                  new TextRun({ children: [PageNumber.CURRENT], font: L.font, size: L.noteSize }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx of the rekap (Node: the CLI). */
export async function buildRekapDocx(rekap: Rekap): Promise<Buffer> {
  return Packer.toBuffer(rekapDocument(rekap));
}

/** The same .docx as bytes, in any JavaScript runtime (the task pane). */
export async function buildRekapDocxBytes(rekap: Rekap): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(rekapDocument(rekap)));
}
