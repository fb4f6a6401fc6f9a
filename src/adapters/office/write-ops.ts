/**
 * One small function per kind of step, queueing Office.js calls (nothing here syncs). The
 * worksheets are the objects learnt in the first sync, or those this plan added.
 */
import type { Area, CellStyle } from '../../core/plan/plan';
import { normaliseSheetName } from '../../core/snapshot';
import type { Piece } from './payload';
import { EXCEL_API, type Supports } from './requirements';
import { inlineListSource, type OtherOp, type WriteStep } from './write-steps';

export interface SheetState {
  readonly ws: Excel.Worksheet;
  /** Protected now (as learnt in the first sync, then as this plan changed it). */
  protected: boolean;
  /** Has an AutoFilter now. */
  autoFilter: boolean;
}

/** The worksheets of the workbook by name (Excel compares sheet names ignoring case). */
export class SheetRegistry {
  private readonly byName = new Map<string, SheetState>();

  constructor(sheets: readonly (SheetState & { readonly name: string })[]) {
    for (const s of sheets)
      this.byName.set(normaliseSheetName(s.name), {
        ws: s.ws,
        protected: s.protected,
        autoFilter: s.autoFilter,
      });
  }

  get(name: string): SheetState | undefined {
    return this.byName.get(normaliseSheetName(name));
  }

  add(worksheets: Excel.WorksheetCollection, name: string): SheetState {
    const state: SheetState = { ws: worksheets.add(name), protected: false, autoFilter: false };
    this.byName.set(normaliseSheetName(name), state);
    return state;
  }
}

export interface WriteContext {
  readonly worksheets: Excel.WorksheetCollection;
  readonly sheets: SheetRegistry;
  readonly supports: Supports;
}

/**
 * Excel column widths are in characters of the default font's widest digit (7 px in Calibri
 * 11) and the plan's widths are the file's `<col width>` (what exceljs writes), which already
 * includes Excel's 5 px cell padding: a width of w spans about 7·w pixels, and a pixel is
 * 0.75 pt at 96 dpi. So 9.14 (Excel's default 8.43 characters plus padding) → 64 px → 48 pt.
 */
export function columnWidthPoints(width: number): number {
  return Math.round(7 * Math.max(0, width)) * 0.75;
}

/** A worksheet that is about to be written to, unprotected first if this plan may do so. */
function writable(w: WriteContext, sheet: string): Excel.Worksheet {
  const state = w.sheets.get(sheet);
  if (state === undefined) throw new Error(`write-ops: sheet "${sheet}" was neither found nor added`);
  if (state.protected) {
    state.ws.protection.unprotect();
    state.protected = false;
  }
  return state.ws;
}

function areaRange(ws: Excel.Worksheet, a: Omit<Area, 'sheet'>): Excel.Range {
  return ws.getRangeByIndexes(a.row - 1, a.col - 1, a.rows, a.cols);
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** The outline, plus the inside lines a range of more than one row or column has. */
function borderEdges(rows: number, cols: number): BorderEdge[] {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  return edges;
}

function queueStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border === 'thin') {
    for (const edge of borderEdges(rows, cols)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** Contiguous columns of equal width, so that each run is one range. */
function widthRuns(
  widths: readonly { readonly col: number; readonly width: number }[],
): { col: number; count: number; width: number }[] {
  const sorted = [...widths].sort((a, b) => a.col - b.col);
  const runs: { col: number; count: number; width: number }[] = [];
  for (const { col, width } of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.col + last.count === col && last.width === width) last.count++;
    else runs.push({ col, count: 1, width });
  }
  return runs;
}

function queueOp(w: WriteContext, op: OtherOp): void {
  switch (op.op) {
    case 'ensureSheet': {
      const state = w.sheets.get(op.sheet) ?? w.sheets.add(w.worksheets, op.sheet);
      if (op.tabColor !== undefined) state.ws.tabColor = `#${op.tabColor}`;
      if (op.hidden !== undefined) state.ws.visibility = op.hidden ? 'Hidden' : 'Visible';
      return;
    }
    case 'clearSheet': {
      // Cleared in place rather than deleted and re-added: formulas, charts and names in other
      // sheets that point here keep working, and the tab keeps its place and colour.
      const state = w.sheets.get(op.sheet);
      if (state === undefined) return;
      const ws = writable(w, op.sheet);
      ws.freezePanes.unfreeze();
      if (state.autoFilter && w.supports(EXCEL_API.autoFilter)) {
        ws.autoFilter.remove();
        state.autoFilter = false;
      }
      const all = ws.getRange();
      if (w.supports(EXCEL_API.dataValidation)) all.dataValidation.clear();
      all.unmerge();
      all.clear('All');
      return;
    }
    case 'setStyle':
      queueStyle(areaRange(writable(w, op.sheet), op), op.style, op.rows, op.cols);
      return;
    case 'mergeCells':
      areaRange(writable(w, op.sheet), op).merge(false);
      return;
    case 'setColumnWidths': {
      const ws = writable(w, op.sheet);
      for (const run of widthRuns(op.widths)) {
        ws.getRangeByIndexes(0, run.col - 1, 1, run.count).format.columnWidth = columnWidthPoints(run.width);
      }
      return;
    }
    case 'setRowHeight':
      writable(w, op.sheet).getRangeByIndexes(op.row - 1, 0, 1, 1).format.rowHeight = op.height;
      return;
    case 'freezePanes': {
      const ws = writable(w, op.sheet);
      const panes = ws.freezePanes;
      if (op.rows > 0 && op.cols > 0) panes.freezeAt(ws.getRangeByIndexes(0, 0, op.rows, op.cols));
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else if (op.cols > 0) panes.freezeColumns(op.cols);
      else panes.unfreeze();
      return;
    }
    case 'listValidation': {
      const source =
        'values' in op.source
          ? inlineListSource(op.source.values)
          : op.source.range.startsWith('=')
            ? op.source.range
            : `=${op.source.range}`;
      if (source === null) return; // left out, and said, by selectSupportedOps
      const validation = areaRange(writable(w, op.sheet), op).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.ignoreBlanks = op.allowBlank;
      if (op.error !== undefined) {
        validation.errorAlert = {
          showAlert: true,
          style: 'Stop',
          title: 'Isian tidak sesuai',
          message: op.error,
        };
      }
      return;
    }
    case 'autoFilter': {
      const ws = writable(w, op.sheet);
      const state = w.sheets.get(op.sheet);
      if (state?.autoFilter === true) ws.autoFilter.remove();
      ws.autoFilter.apply(areaRange(ws, op));
      if (state !== undefined) state.autoFilter = true;
      return;
    }
    case 'pageSetup': {
      const layout = writable(w, op.sheet).pageLayout;
      layout.orientation = op.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = op.paperSize;
      // One page wide, as many tall as needed (0 = automatic, as in the file's fitToHeight).
      if (op.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.printTitleRows !== undefined)
        layout.setPrintTitleRows(`$${op.printTitleRows.from}:$${op.printTitleRows.to}`);
      if (op.rowBreaks !== undefined) {
        // Only a sheet the project rebuilds names its breaks: the last export's go first.
        const breaks = writable(w, op.sheet).horizontalPageBreaks;
        breaks.removePageBreaks();
        for (const row of op.rowBreaks) breaks.add(`A${row}`);
      }
      return;
    }
    case 'protectSheet': {
      const ws = writable(w, op.sheet);
      for (const area of op.unlocked) areaRange(ws, area).format.protection.locked = false;
      ws.protection.protect({ allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true });
      const state = w.sheets.get(op.sheet);
      if (state !== undefined) state.protected = true;
      return;
    }
  }
}

function anyNonNull(rows: readonly (readonly unknown[])[]): boolean {
  return rows.some((row) => row.some((v) => v !== null));
}

/** Queues one piece of a step: all of a small op, or some rows of a `setValues` / `setNumberFormat`. */
export function queuePiece(w: WriteContext, piece: Piece<WriteStep>): void {
  const step = piece.item;
  const from = piece.fromRow;
  const count = piece.rowCount;
  if (step.kind === 'op') {
    queueOp(w, step.op);
    return;
  }
  const ws = writable(w, step.op.sheet);
  if (step.kind === 'numberFormat') {
    const { op } = step;
    const range = ws.getRangeByIndexes(op.row - 1 + from, op.col - 1, count, op.cols);
    range.numberFormat = Array.from({ length: count }, () => new Array<string>(op.cols).fill(op.format));
    return;
  }
  const { op, grid } = step;
  const range = ws.getRangeByIndexes(op.row - 1 + from, op.col - 1, count, grid.cols);
  const before = grid.before.slice(from, from + count);
  const values = grid.values.slice(from, from + count);
  const formulas = grid.formulas.slice(from, from + count);
  const after = grid.after.slice(from, from + count);
  // Text formats first, in the same batch: a string then lands as literal text, never a formula.
  if (grid.hasBefore && anyNonNull(before)) range.numberFormat = before;
  if (anyNonNull(values)) range.values = values;
  if (grid.hasFormulas && anyNonNull(formulas)) range.formulas = formulas;
  if (grid.hasAfter && anyNonNull(after)) range.numberFormat = after;
  for (const link of grid.links) {
    if (link.row < from || link.row >= from + count) continue;
    ws.getRangeByIndexes(op.row - 1 + link.row, op.col - 1 + link.col, 1, 1).hyperlink = {
      documentReference: link.documentReference,
      textToDisplay: link.textToDisplay,
    };
  }
}
