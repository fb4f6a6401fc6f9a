/**
 * One worksheet's XML, patched in place. The text is split into its top-level elements by
 * offsets; inside `<sheetData>` the rows are indexed once (one linear pass), untouched rows
 * are copied as one slice per run, and only the rows holding a changed cell are rebuilt (the
 * other cells of such a row verbatim). New top-level elements go where the CT_Worksheet
 * sequence puts them; elements the patch does not manage (extLst, conditional formats, print
 * settings, breaks, drawings, tables …) are copied byte for byte.
 */
import { cellAddress, columnNumber } from '../../../core/address';
import { LakipError } from '../../../core/errors';
import { shiftFormula } from './formula-shift';
import {
  attribute,
  attributes,
  childElements,
  decodeXml,
  escapeText,
  escapeAttr,
  mainPrefix,
  openForm,
  qualify,
  readElement,
  readTag,
  rootElement,
  setAttributes,
  tagEnd,
  type Element,
} from './xml';

/** The CT_Worksheet sequence. */
export const SHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

const RANK = new Map<string, number>(SHEET_ORDER.map((n, i) => [n, i]));

/** What clearSheet keeps: the sheet's tab and page frame, and what is not about cells. */
const KEPT_ON_CLEAR = new Set([
  'sheetPr',
  'sheetFormatPr',
  'pageMargins',
  'headerFooter',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/** extLst entries about cells: x14 conditional formats and data validations. */
const CELL_EXTS = ['{78C0D931-6437-407d-A8EE-F0AAD7539E65}', '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}'];

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The cells of `a` outside `b`, as at most four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** `A1`, `$A$1:$B$9`, `A:C`, `2:4` as a rectangle; undefined otherwise. */
export function parseRange(ref: string): Rect | undefined {
  const m = /^\$?([A-Z]{0,3})\$?(\d{0,7})(?::\$?([A-Z]{0,3})\$?(\d{0,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = m;
  if ((c1 === '') !== (c2 === '') || (r1 === '') !== (r2 === '') || (c1 === '' && r1 === ''))
    return undefined;
  if (m[3] === undefined && (c1 === '' || r1 === '')) return undefined;
  const a = { col: c1 === '' ? 1 : columnNumber(c1), row: r1 === '' ? 1 : Number(r1) };
  const b = { col: c2 === '' ? MAX_COL : columnNumber(c2), row: r2 === '' ? MAX_ROW : Number(r2) };
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function formatRect(r: Rect): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

/** 1-based column of an A1 reference (`AB12` → 28); 0 when it has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// Cells and rows

/** A cell's value as it will be written: its type attribute and its content. */
export interface CellContent {
  readonly t: string | null;
  /** The children (`<v>…</v>`, `<f>…</f><v>…</v>`, `<is>…</is>`), '' for none. */
  readonly body: string;
}

interface CellState {
  readonly col: number;
  /** The original element, or undefined for a new cell. */
  readonly raw: string | undefined;
  /** Length of the raw start tag. */
  readonly rawTagEnd: number;
  s: number;
  sChanged: boolean;
  /** The new content; undefined keeps the original one. */
  content: CellContent | undefined;
}

interface RowState {
  readonly num: number;
  /** The original start tag, or undefined for a new row. */
  readonly startTag: string | undefined;
  readonly cells: CellState[];
  /** Children of the row other than cells (kept, after the cells). */
  readonly tail: string;
  readonly attrs: Record<string, string | null>;
}

export interface SheetContext {
  /** Part name, for messages. */
  readonly part: string;
  /** The sheet name as the workbook has it, for messages. */
  readonly sheet: string;
}

export class SheetDoc {
  readonly ctx: SheetContext;
  private readonly xml: string;
  private readonly root: Element;
  readonly p: string;
  /** Top-level children in document order. */
  private readonly kids: Element[] = [];
  private readonly overrides = new Map<string, string | null>();
  // sheetData
  private readonly sheetData: Element | undefined;
  private readonly rowNums: number[] = [];
  private readonly rowStarts: number[] = [];
  private readonly rowEnds: number[] = [];
  private readonly rowIndex = new Map<number, number>();
  private rowsWithoutR = false;
  private readonly rows = new Map<number, RowState>();
  private cellsChanged = false;
  private bounds: { top: number; left: number; bottom: number; right: number } | undefined;
  // merges
  private merges: Rect[] | undefined;
  private mergesChanged = false;
  private mergeBuckets: Map<number, Rect[]> | undefined;
  private tallMerges: Rect[] = [];
  // hyperlinks
  private links: { ref: string; raw: string | undefined; location?: string }[] | undefined;
  private linkRefs: Set<string> | undefined;
  private linksChanged = false;
  // validations
  private validations: { rects: Rect[]; raw: string; changed: boolean }[] | undefined;
  private validationsTag: string | undefined;
  private validationsChanged = false;
  // columns
  private colStyles: { min: number; max: number; style: number }[] | undefined;

  constructor(xml: string, ctx: SheetContext) {
    this.ctx = ctx;
    this.xml = xml;
    this.root = rootElement(xml);
    this.p = mainPrefix(xml, this.root, ctx.part);
    let sheetData: Element | undefined;
    let i = this.root.contentStart;
    const dataTag = qualify(this.p, 'sheetData');
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0 || lt >= this.root.contentEnd) break;
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 || c === 63) {
        i = skipOne(xml, lt);
        continue;
      }
      let el: Element;
      if (xml.startsWith(dataTag, lt + 1) && !isNameCharAt(xml, lt + 1 + dataTag.length)) {
        // the big one: find its end tag directly instead of walking every cell
        const tag = readTag(xml, lt);
        if (tag.selfClosing) el = { ...tag, close: tag.end, contentStart: tag.end, contentEnd: tag.end };
        else {
          const endTag = `</${dataTag}>`;
          const close = xml.indexOf(endTag, tag.end);
          if (close < 0) throw this.damaged('sheetData tidak ditutup');
          el = { ...tag, close: close + endTag.length, contentStart: tag.end, contentEnd: close };
        }
        sheetData = el;
      } else {
        el = readElement(xml, lt);
      }
      this.kids.push(el);
      i = el.close;
    }
    this.sheetData = sheetData;
    if (sheetData) this.indexRows(sheetData);
  }

  private damaged(what: string): LakipError {
    return new LakipError(
      'file/damaged',
      `Sheet "${this.ctx.sheet}" dalam file ini rusak (${what}) sehingga tidak dapat disimpan; buka di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
    );
  }

  private indexRows(data: Element): void {
    const xml = this.xml;
    const rowTag = qualify(this.p, 'row');
    const rowClose = `</${rowTag}>`;
    let i = data.contentStart;
    let last = 0;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0 || lt >= data.contentEnd) return;
      if (!xml.startsWith(rowTag, lt + 1) || isNameCharAt(xml, lt + 1 + rowTag.length)) {
        const c = xml.charCodeAt(lt + 1);
        if (c === 33 || c === 63) {
          i = skipOne(xml, lt);
          continue;
        }
        throw this.damaged(`elemen tak dikenal di sheetData`);
      }
      const end = tagEnd(xml, lt + 1 + rowTag.length);
      const selfClosing = xml.charCodeAt(end - 2) === 47;
      const r = attribute(xml.slice(lt, end), 'r');
      let num: number;
      if (r === undefined) {
        num = last + 1;
        this.rowsWithoutR = true;
      } else {
        num = Number.parseInt(r, 10);
        if (!(num > last && num <= MAX_ROW)) throw this.damaged(`nomor baris ${r} tidak urut`);
      }
      let close = end;
      if (!selfClosing) {
        const at = xml.indexOf(rowClose, end);
        if (at < 0) throw this.damaged(`baris ${num} tidak ditutup`);
        close = at + rowClose.length;
      }
      this.rowIndex.set(num, this.rowNums.length);
      this.rowNums.push(num);
      this.rowStarts.push(lt);
      this.rowEnds.push(close);
      last = num;
      i = close;
    }
  }

  private kid(local: string): Element | undefined {
    return this.kids.find((k) => k.prefix === this.p && k.local === local);
  }

  /** The element's current text (after earlier edits), or undefined when absent. */
  current(local: string): string | undefined {
    if (this.overrides.has(local)) return this.overrides.get(local) ?? undefined;
    const k = this.kid(local);
    return k ? this.xml.slice(k.start, k.close) : undefined;
  }

  /** Replaces (or with null removes) a top-level element; a new one goes where the schema says. */
  replace(local: string, text: string | null): void {
    this.overrides.set(local, text);
  }

  q(local: string): string {
    return qualify(this.p, local);
  }

  // -------------------------------------------------------------------------------------
  // Rows and cells

  private row(num: number, create: boolean): RowState | undefined {
    const known = this.rows.get(num);
    if (known) return known;
    const at = this.rowIndex.get(num);
    if (at === undefined) {
      if (!create) return undefined;
      const row: RowState = { num, startTag: undefined, cells: [], tail: '', attrs: {} };
      this.rows.set(num, row);
      return row;
    }
    const row = this.parseRow(num, this.rowStarts[at] ?? 0, this.rowEnds[at] ?? 0);
    this.rows.set(num, row);
    return row;
  }

  private parseRow(num: number, start: number, end: number): RowState {
    const xml = this.xml;
    const tagClose = tagEnd(xml, start + 1);
    const startTag = xml.slice(start, tagClose);
    const cells: CellState[] = [];
    const tail: string[] = [];
    if (xml.charCodeAt(tagClose - 2) !== 47) {
      const cTag = this.q('c');
      const cClose = `</${cTag}>`;
      const contentEnd = end - `</${this.q('row')}>`.length;
      let i = tagClose;
      let col = 0;
      for (;;) {
        const lt = xml.indexOf('<', i);
        if (lt < 0 || lt >= contentEnd) break;
        if (xml.startsWith(cTag, lt + 1) && !isNameCharAt(xml, lt + 1 + cTag.length)) {
          const te = tagEnd(xml, lt + 1);
          const tag = xml.slice(lt, te);
          let close = te;
          if (xml.charCodeAt(te - 2) !== 47) {
            const at = xml.indexOf(cClose, te);
            if (at < 0 || at >= end) throw this.damaged(`sel di baris ${num} tidak ditutup`);
            close = at + cClose.length;
          }
          const r = attribute(tag, 'r');
          col = r === undefined ? col + 1 : columnOf(r);
          const s = attribute(tag, 's');
          cells.push({
            col,
            raw: xml.slice(lt, close),
            rawTagEnd: te - lt,
            s: s === undefined ? 0 : Number.parseInt(s, 10) || 0,
            sChanged: r === undefined,
            content: undefined,
          });
          i = close;
        } else {
          const c = xml.charCodeAt(lt + 1);
          if (c === 33 || c === 63) {
            i = skipOne(xml, lt);
            continue;
          }
          const el = readElement(xml, lt);
          tail.push(xml.slice(el.start, el.close));
          i = el.close;
        }
      }
    }
    return { num, startTag, cells, tail: tail.join(''), attrs: {} };
  }

  /** The style a new cell of this row and column starts with, as exceljs gives it. */
  private baseStyle(row: RowState, col: number): number {
    const tag = row.startTag;
    if (tag !== undefined) {
      const custom = attribute(tag, 'customFormat');
      const s = attribute(tag, 's');
      if ((custom === '1' || custom === 'true') && s !== undefined) return Number.parseInt(s, 10) || 0;
    }
    return this.columnStyle(col);
  }

  private columnStyle(col: number): number {
    if (this.colStyles === undefined) {
      this.colStyles = [];
      const text = this.current('cols');
      if (text !== undefined) {
        const el = rootElement(text);
        for (const k of childElements(text, el.contentStart, el.contentEnd)) {
          const a = attributes(text.slice(k.start, k.end));
          const style = a.get('style');
          if (style === undefined) continue;
          this.colStyles.push({
            min: Number(a.get('min')),
            max: Number(a.get('max')),
            style: Number.parseInt(style, 10) || 0,
          });
        }
      }
    }
    return this.colStyles.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
  }

  private findCell(row: RowState, col: number, create: boolean): CellState | undefined {
    const cells = row.cells;
    let lo = 0;
    let hi = cells.length;
    // cells are in column order; new ones are usually appended
    const lastCell = cells[hi - 1];
    if (lastCell !== undefined && lastCell.col < col) lo = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid] as CellState;
      if (c.col < col) lo = mid + 1;
      else hi = mid;
    }
    const found = cells[lo];
    if (found !== undefined && found.col === col) return found;
    if (!create) return undefined;
    const cell: CellState = {
      col,
      raw: undefined,
      rawTagEnd: 0,
      s: this.baseStyle(row, col),
      sChanged: true,
      content: { t: null, body: '' },
    };
    cells.splice(lo, 0, cell);
    return cell;
  }

  private touch(row: number, col: number): CellState {
    const r = this.row(row, true) as RowState;
    const cell = this.findCell(r, col, true) as CellState;
    this.cellsChanged = true;
    const b = this.bounds;
    if (b === undefined) this.bounds = { top: row, left: col, bottom: row, right: col };
    else {
      if (row < b.top) b.top = row;
      if (row > b.bottom) b.bottom = row;
      if (col < b.left) b.left = col;
      if (col > b.right) b.right = col;
    }
    return cell;
  }

  /** The cell's style index (its own, or what a new cell there would get). */
  styleAt(row: number, col: number): number {
    const r = this.row(row, false);
    if (r === undefined) {
      return this.baseStyle({ num: row, startTag: undefined, cells: [], tail: '', attrs: {} }, col);
    }
    return this.findCell(r, col, false)?.s ?? this.baseStyle(r, col);
  }

  /** The style a new cell there would get: its row's or its column's. */
  baseStyleAt(row: number, col: number): number {
    const r = this.row(row, false) ?? { num: row, startTag: undefined, cells: [], tail: '', attrs: {} };
    return this.baseStyle(r, col);
  }

  setStyle(row: number, col: number, xf: number): void {
    const cell = this.touch(row, col);
    if (cell.s === xf && cell.raw !== undefined) return;
    cell.s = xf;
    cell.sChanged = true;
  }

  /** The cell's `<f>` start tag when it is the master of a shared formula. */
  private sharedMaster(cell: CellState): string | undefined {
    const raw = cell.raw;
    if (raw === undefined || cell.content !== undefined || !raw.includes('shared')) return undefined;
    const f = /<(?:\w+:)?f\b[^>]*>/.exec(raw.slice(cell.rawTagEnd));
    if (!f) return undefined;
    const a = attributes(f[0]);
    return a.get('t') === 'shared' && a.has('ref') && !f[0].endsWith('/>') ? f[0] : undefined;
  }

  /**
   * Before a shared formula's master cell is overwritten, every other cell of the group gets
   * its own formula (the master's, moved as Excel fills it), so none loses its formula.
   */
  private unshare(row: number, col: number, cell: CellState, fTag: string): void {
    const raw = cell.raw ?? '';
    const a = attributes(fTag);
    const si = a.get('si');
    const area = parseRange(a.get('ref') ?? '');
    const fStart = raw.indexOf(fTag, cell.rawTagEnd) + fTag.length;
    const fEnd = raw.indexOf('</', fStart);
    if (si === undefined || area === undefined || fEnd < 0) return;
    const formula = decodeXml(raw.slice(fStart, fEnd));
    const fName = this.q('f');
    const dependent = new RegExp(`<${fName}\\b([^>]*?)(?:/>|></${fName}>)`);
    for (let r = area.top; r <= area.bottom; r++) {
      const state = this.row(r, false);
      if (state === undefined) continue;
      for (const c of state.cells) {
        if (c.col < area.left || c.col > area.right || (r === row && c.col === col)) continue;
        if (c.raw === undefined || c.content !== undefined || c.raw.endsWith('/>')) continue;
        const body = c.raw.slice(c.rawTagEnd, c.raw.length - `</${this.q('c')}>`.length);
        const m = dependent.exec(body);
        if (!m) continue;
        const fa = attributes(`<f${m[1] ?? ''}>`);
        if (fa.get('t') !== 'shared' || fa.get('si') !== si) continue;
        const own = `<${fName}>${escapeText(shiftFormula(formula, r - row, c.col - col))}</${fName}>`;
        c.content = {
          t: attribute(c.raw.slice(0, c.rawTagEnd), 't') ?? null,
          body: body.slice(0, m.index) + own + body.slice(m.index + m[0].length),
        };
      }
    }
  }

  setContent(row: number, col: number, content: CellContent): void {
    const cell = this.touch(row, col);
    const master = this.sharedMaster(cell);
    if (master !== undefined) this.unshare(row, col, cell, master);
    cell.content = content;
    this.dropLink(row, col);
  }

  setRowAttributes(row: number, attrs: Record<string, string | null>): void {
    const r = this.row(row, true) as RowState;
    Object.assign(r.attrs, attrs);
    this.cellsChanged = true;
  }

  /** The cells with content changed, for the caller's bookkeeping. */
  get changedCells(): boolean {
    return this.cellsChanged;
  }

  // -------------------------------------------------------------------------------------
  // Merges

  private loadMerges(): Rect[] {
    if (this.merges === undefined) {
      this.merges = [];
      const text = this.current('mergeCells');
      if (text !== undefined) {
        const el = rootElement(text);
        for (const k of childElements(text, el.contentStart, el.contentEnd)) {
          const ref = attribute(text.slice(k.start, k.end), 'ref');
          const rect = ref === undefined ? undefined : parseRange(ref);
          if (rect) this.merges.push(rect);
        }
      }
    }
    return this.merges;
  }

  mergeList(): readonly Rect[] {
    return this.loadMerges();
  }

  /** Merges up to this many rows tall are indexed by row; taller ones are scanned. */
  private static readonly BUCKET_ROWS = 2000;

  private buckets(): Map<number, Rect[]> {
    if (this.mergeBuckets === undefined) {
      const buckets = new Map<number, Rect[]>();
      this.mergeBuckets = buckets;
      this.tallMerges = [];
      for (const m of this.loadMerges()) this.index(m);
    }
    return this.mergeBuckets;
  }

  private index(m: Rect): void {
    const buckets = this.mergeBuckets;
    if (buckets === undefined) return;
    if (m.bottom - m.top > SheetDoc.BUCKET_ROWS) {
      this.tallMerges.push(m);
      return;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = buckets.get(r);
      if (list) list.push(m);
      else buckets.set(r, [m]);
    }
  }

  /** The merge whose top-left cell this is, or that covers this cell. */
  mergeAt(row: number, col: number): Rect | undefined {
    if (this.loadMerges().length === 0) return undefined;
    const inside = (m: Rect): boolean => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right;
    return this.buckets().get(row)?.find(inside) ?? this.tallMerges.find(inside);
  }

  /** The merges that share a cell with `rect`, through the row index (no scan of every merge). */
  overlappingMerges(rect: Rect): Rect[] {
    const merges = this.loadMerges();
    if (merges.length === 0) return [];
    if (rect.bottom - rect.top > SheetDoc.BUCKET_ROWS) return merges.filter((m) => intersects(m, rect));
    const buckets = this.buckets();
    const found = new Set<Rect>();
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (const m of buckets.get(r) ?? []) if (intersects(m, rect)) found.add(m);
    }
    for (const m of this.tallMerges) if (intersects(m, rect)) found.add(m);
    return [...found];
  }

  /** Replaces the merges `removed` (from `overlappingMerges`) by `added`, keeping the index. */
  updateMerges(removed: readonly Rect[], added: Rect): void {
    if (removed.length > 0) {
      const gone = new Set(removed);
      this.merges = this.loadMerges().filter((m) => !gone.has(m));
      this.mergeBuckets = undefined;
    }
    this.loadMerges().push(added);
    this.index(added);
    this.mergesChanged = true;
  }

  setMerges(merges: Rect[]): void {
    this.merges = merges;
    this.mergesChanged = true;
    this.mergeBuckets = undefined;
  }

  // -------------------------------------------------------------------------------------
  // Hyperlinks

  private loadLinks(): { ref: string; raw: string | undefined; location?: string }[] {
    if (this.links === undefined) {
      this.links = [];
      this.linkRefs = new Set();
      const text = this.current('hyperlinks');
      if (text !== undefined) {
        const el = rootElement(text);
        for (const k of childElements(text, el.contentStart, el.contentEnd)) {
          const ref = (attribute(text.slice(k.start, k.end), 'ref') ?? '').replace(/\$/g, '').toUpperCase();
          this.links.push({ ref, raw: text.slice(k.start, k.close) });
          this.linkRefs.add(ref);
        }
      }
    }
    return this.links;
  }

  private dropLink(row: number, col: number): void {
    const links = this.loadLinks();
    const ref = cellAddress(row, col);
    if (!this.linkRefs?.has(ref)) return;
    this.links = links.filter((l) => l.ref !== ref);
    this.linkRefs.delete(ref);
    this.linksChanged = true;
  }

  /** An internal link (`location`, no relationship) on one cell. */
  addInternalLink(row: number, col: number, location: string): void {
    this.dropLink(row, col);
    const ref = cellAddress(row, col);
    this.loadLinks().push({ ref, raw: undefined, location });
    this.linkRefs?.add(ref);
    this.linksChanged = true;
  }

  // -------------------------------------------------------------------------------------
  // Data validations

  private loadValidations(): { rects: Rect[]; raw: string; changed: boolean }[] {
    if (this.validations === undefined) {
      this.validations = [];
      const text = this.current('dataValidations');
      if (text !== undefined) {
        const el = rootElement(text);
        this.validationsTag = text.slice(0, el.end);
        for (const k of childElements(text, el.contentStart, el.contentEnd)) {
          const sqref = attribute(text.slice(k.start, k.end), 'sqref') ?? '';
          const rects = sqref
            .split(/\s+/)
            .filter((s) => s !== '')
            .map((s) => parseRange(s));
          this.validations.push({
            // a reference not understood: the validation is kept as it is, never cut
            rects:
              rects.filter((r): r is Rect => r !== undefined).length === rects.length
                ? rects.filter((r): r is Rect => r !== undefined)
                : [],
            raw: text.slice(k.start, k.close),
            changed: false,
          });
        }
      }
    }
    return this.validations;
  }

  /**
   * Puts a validation (its element text with `sqref` of the area) on the area: existing
   * validations keep their cells outside it.
   */
  setValidation(area: Rect, element: string): void {
    const list = this.loadValidations();
    const next: { rects: Rect[]; raw: string; changed: boolean }[] = [];
    for (const v of list) {
      if (!v.rects.some((r) => intersects(r, area))) {
        next.push(v);
        continue;
      }
      const rest = v.rects.flatMap((r) => subtract(r, area));
      if (rest.length === 0) continue;
      const el = rootElement(v.raw);
      const tag = setAttributes(v.raw.slice(0, el.end), { sqref: rest.map(formatRect).join(' ') });
      next.push({ rects: rest, raw: tag + v.raw.slice(el.end), changed: true });
    }
    next.push({ rects: [area], raw: element, changed: true });
    this.validations = next;
    this.validationsChanged = true;
  }

  // -------------------------------------------------------------------------------------
  // Columns

  /** Sets a column's width (`customWidth`), splitting a `<col>` range that spans it. */
  setColumnWidth(col: number, width: number): void {
    const text = this.current('cols');
    const q = this.q('col');
    const items: { min: number; max: number; tag: string }[] = [];
    if (text !== undefined) {
      const el = rootElement(text);
      for (const k of childElements(text, el.contentStart, el.contentEnd)) {
        const tag = text.slice(k.start, k.close);
        const a = attributes(text.slice(k.start, k.end));
        items.push({ min: Number(a.get('min')), max: Number(a.get('max')), tag });
      }
    }
    const out: { min: number; max: number; tag: string }[] = [];
    let placed = false;
    const widthAttrs = { width: String(width), customWidth: '1' };
    for (const it of items) {
      if (it.max < col || it.min > col) {
        if (!placed && it.min > col) {
          out.push({
            min: col,
            max: col,
            tag: `<${q} min="${col}" max="${col}" width="${width}" customWidth="1"/>`,
          });
          placed = true;
        }
        out.push(it);
        continue;
      }
      const ranged = (min: number, max: number, extra: Record<string, string | null> = {}): string =>
        rebuildTag(it.tag, { min: String(min), max: String(max), ...extra });
      if (it.min < col) out.push({ min: it.min, max: col - 1, tag: ranged(it.min, col - 1) });
      out.push({ min: col, max: col, tag: ranged(col, col, widthAttrs) });
      if (it.max > col) out.push({ min: col + 1, max: it.max, tag: ranged(col + 1, it.max) });
      placed = true;
    }
    if (!placed)
      out.push({
        min: col,
        max: col,
        tag: `<${q} min="${col}" max="${col}" width="${width}" customWidth="1"/>`,
      });
    const open = text === undefined ? `<${this.q('cols')}>` : openForm(text.slice(0, rootElement(text).end));
    this.replace('cols', `${open}${out.map((o) => o.tag).join('')}</${this.q('cols')}>`);
    this.colStyles = undefined;
  }

  // -------------------------------------------------------------------------------------
  // Clearing

  /** The text of this sheet emptied as clearSheet asks: cells, merges, validations, links, formats and views go. */
  clearedText(): string {
    const text = this.toText();
    const fresh = new SheetDoc(text, this.ctx);
    const out: string[] = [text.slice(0, fresh.root.end)];
    const dataAt = RANK.get('sheetData') ?? 0;
    const dimAt = RANK.get('dimension') ?? 0;
    let dataDone = false;
    let dimDone = false;
    const before = (rank: number): void => {
      if (!dimDone && rank > dimAt) {
        out.push(`<${fresh.q('dimension')} ref="A1"/>`);
        dimDone = true;
      }
      if (!dataDone && rank > dataAt) {
        out.push(`<${fresh.q('sheetData')}/>`);
        dataDone = true;
      }
    };
    for (const k of fresh.kids) {
      const known = k.prefix === fresh.p;
      const rank = known ? (RANK.get(k.local) ?? -1) : -1;
      if (rank >= 0) before(rank);
      if (known && !KEPT_ON_CLEAR.has(k.local)) continue;
      let kept = text.slice(k.start, k.close);
      if (known && k.local === 'extLst') kept = withoutCellExts(kept);
      // fit-to-page belongs to the page setup, which goes
      if (known && k.local === 'sheetPr') kept = withoutChild(kept, 'pageSetUpPr');
      if (kept !== '') out.push(kept);
    }
    before(Number.MAX_SAFE_INTEGER);
    out.push(text.slice(fresh.root.contentEnd));
    return out.join('');
  }

  // -------------------------------------------------------------------------------------
  // Writing

  /** The sheet's new text. */
  toText(): string {
    const edits = new Map(this.overrides);
    if (this.mergesChanged) {
      const merges = this.merges ?? [];
      edits.set(
        'mergeCells',
        merges.length === 0
          ? null
          : `<${this.q('mergeCells')} count="${merges.length}">${merges.map((m) => `<${this.q('mergeCell')} ref="${formatRect(m)}"/>`).join('')}</${this.q('mergeCells')}>`,
      );
    }
    if (this.linksChanged) {
      const links = this.links ?? [];
      edits.set(
        'hyperlinks',
        links.length === 0
          ? null
          : `<${this.q('hyperlinks')}>${links
              .map(
                (l) =>
                  l.raw ??
                  `<${this.q('hyperlink')} ref="${l.ref}" location="${escapeAttr(l.location ?? '')}"/>`,
              )
              .join('')}</${this.q('hyperlinks')}>`,
      );
    }
    if (this.validationsChanged) {
      const list = this.validations ?? [];
      const open = setAttributes(openForm(this.validationsTag ?? `<${this.q('dataValidations')}>`), {
        count: String(list.length),
      });
      edits.set(
        'dataValidations',
        list.length === 0 ? null : `${open}${list.map((v) => v.raw).join('')}</${this.q('dataValidations')}>`,
      );
    }
    // The used range grows with what was written. A sheet without <dimension> gets none: one
    // computed from the written cells alone would be too small.
    const oldDim = this.current('dimension');
    if (this.cellsChanged && this.bounds !== undefined && oldDim !== undefined) {
      const oldRef = attribute(oldDim, 'ref');
      const oldRect = oldRef === undefined ? undefined : parseRange(oldRef);
      const b = this.bounds;
      const grown = oldRect
        ? {
            top: Math.min(b.top, oldRect.top),
            left: Math.min(b.left, oldRect.left),
            bottom: Math.max(b.bottom, oldRect.bottom),
            right: Math.max(b.right, oldRect.right),
          }
        : b;
      const same =
        oldRect !== undefined &&
        grown.top === oldRect.top &&
        grown.left === oldRect.left &&
        grown.bottom === oldRect.bottom &&
        grown.right === oldRect.right;
      if (!same) {
        const el = rootElement(oldDim);
        edits.set(
          'dimension',
          setAttributes(oldDim.slice(0, el.end), { ref: formatRect(grown) }) + oldDim.slice(el.end),
        );
      }
    }
    if (this.cellsChanged && this.sheetData === undefined && !edits.has('sheetData')) {
      edits.set('sheetData', '');
    }
    const xml = this.xml;
    const out: string[] = [xml.slice(0, this.root.end)];
    let at = this.root.contentStart;
    const done = new Set<string>();
    const existing = new Set(this.kids.filter((k) => k.prefix === this.p).map((k) => k.local));
    const insertBefore = (rank: number): void => {
      for (const [local, text] of edits) {
        if (done.has(local) || existing.has(local) || text === null) continue;
        if ((RANK.get(local) ?? Number.MAX_SAFE_INTEGER) < rank) {
          out.push(local === 'sheetData' ? this.sheetDataText() : text);
          done.add(local);
        }
      }
    };
    for (const k of this.kids) {
      out.push(xml.slice(at, k.start));
      at = k.close;
      const known = k.prefix === this.p;
      const rank = known ? (RANK.get(k.local) ?? -1) : -1;
      if (rank >= 0) insertBefore(rank);
      if (known && k === this.sheetData) {
        out.push(this.sheetDataText());
        continue;
      }
      if (known && edits.has(k.local)) {
        if (!done.has(k.local)) out.push(edits.get(k.local) ?? '');
        done.add(k.local);
        continue;
      }
      out.push(xml.slice(k.start, k.close));
    }
    out.push(xml.slice(at, this.root.contentEnd));
    insertBefore(Number.MAX_SAFE_INTEGER);
    out.push(xml.slice(this.root.contentEnd));
    return out.join('');
  }

  private sheetDataText(): string {
    const xml = this.xml;
    const data = this.sheetData;
    const name = this.q('sheetData');
    if (!this.cellsChanged && !this.rowsWithoutR)
      return data ? xml.slice(data.start, data.close) : `<${name}/>`;
    const newRows = [...this.rows.values()]
      .filter((r) => r.startTag === undefined)
      .sort((a, b) => a.num - b.num);
    const out: string[] = [data ? openForm(xml.slice(data.start, data.end)) : `<${name}>`];
    let n = 0; // next new row
    let runStart = -1; // start offset of a run of untouched rows
    let runEnd = -1;
    const flushRun = (): void => {
      if (runStart >= 0) out.push(xml.slice(runStart, runEnd));
      runStart = -1;
    };
    for (let i = 0; i < this.rowNums.length; i++) {
      const num = this.rowNums[i] as number;
      while (n < newRows.length && (newRows[n] as RowState).num < num) {
        flushRun();
        out.push(this.rowText(newRows[n] as RowState));
        n++;
      }
      const start = this.rowStarts[i] as number;
      const end = this.rowEnds[i] as number;
      const state = this.rows.get(num);
      const changed = state !== undefined && rowChanged(state);
      if (
        !changed &&
        !(this.rowsWithoutR && attribute(xml.slice(start, tagEnd(xml, start + 1)), 'r') === undefined)
      ) {
        if (runStart < 0) runStart = start;
        runEnd = end;
        continue;
      }
      flushRun();
      out.push(state && changed ? this.rowText(state) : withRowNumber(xml.slice(start, end), num));
    }
    flushRun();
    while (n < newRows.length) out.push(this.rowText(newRows[n++] as RowState));
    out.push(`</${name}>`);
    return out.join('');
  }

  private rowText(row: RowState): string {
    const rowTag = this.q('row');
    const cells = row.cells;
    let attrs: Record<string, string | null> = { ...row.attrs };
    if (row.startTag === undefined || attribute(row.startTag, 'r') === undefined)
      attrs = { r: String(row.num), ...attrs };
    const spans = row.startTag === undefined ? undefined : attribute(row.startTag, 'spans');
    if (spans !== undefined && cells.length > 0) {
      const [lo, hi] = spans.split(':').map(Number);
      const first = (cells[0] as CellState).col;
      const lastCol = (cells[cells.length - 1] as CellState).col;
      if (lo === undefined || hi === undefined || first < lo || lastCol > hi) {
        attrs.spans = `${Math.min(first, lo ?? first)}:${Math.max(lastCol, hi ?? lastCol)}`;
      }
    }
    const startTag = row.startTag === undefined ? `<${rowTag}>` : row.startTag;
    const tag = Object.keys(attrs).length > 0 ? setAttributes(startTag, attrs) : startTag;
    const body = cells.map((c) => this.cellText(row.num, c)).join('') + row.tail;
    if (body === '') return tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>');
    return `${openForm(tag)}${body}</${rowTag}>`;
  }

  private cellText(row: number, c: CellState): string {
    const cTag = this.q('c');
    if (c.content === undefined && c.raw !== undefined) {
      if (!c.sChanged) return c.raw;
      const tag = c.raw.slice(0, c.rawTagEnd);
      const changes: Record<string, string | null> = { s: c.s === 0 ? null : String(c.s) };
      if (attribute(tag, 'r') === undefined) changes.r = cellAddress(row, c.col);
      return setAttributes(tag, changes) + c.raw.slice(c.rawTagEnd);
    }
    const content = c.content ?? { t: null, body: '' };
    const s = c.s === 0 ? '' : ` s="${c.s}"`;
    const t = content.t === null ? '' : ` t="${content.t}"`;
    const head = `<${cTag} r="${cellAddress(row, c.col)}"${s}${t}`;
    return content.body === '' ? `${head}/>` : `${head}>${content.body}</${cTag}>`;
  }
}

function rowChanged(row: RowState): boolean {
  return Object.keys(row.attrs).length > 0 || row.cells.some((c) => c.content !== undefined || c.sChanged);
}

function withRowNumber(text: string, num: number): string {
  const end = tagEnd(text, 1);
  const tag = text.slice(0, end);
  return attribute(tag, 'r') === undefined ? setAttributes(tag, { r: String(num) }) + text.slice(end) : text;
}

function rebuildTag(text: string, changes: Record<string, string | null>): string {
  const el = rootElement(text);
  return setAttributes(text.slice(0, el.end), changes) + text.slice(el.end);
}

function isNameCharAt(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  return c > 32 && c !== 47 && c !== 62;
}

/** Skips one comment or processing instruction at `lt`. */
function skipOne(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return xml.indexOf('-->', lt) + 3;
  if (xml.startsWith('<?', lt)) return xml.indexOf('?>', lt) + 2;
  if (xml.startsWith('<![CDATA[', lt)) return xml.indexOf(']]>', lt) + 3;
  return tagEnd(xml, lt + 1);
}

/** An element without its children named `local`. */
function withoutChild(text: string, local: string): string {
  const el = rootElement(text);
  const drop = childElements(text, el.contentStart, el.contentEnd).filter((k) => k.local === local);
  if (drop.length === 0) return text;
  const out: string[] = [];
  let at = 0;
  for (const k of drop) {
    out.push(text.slice(at, k.start));
    at = k.close;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** An extLst without the x14 conditional formats and data validations ('' when nothing is left). */
function withoutCellExts(text: string): string {
  const el = rootElement(text);
  const kids = childElements(text, el.contentStart, el.contentEnd);
  const drop = kids.filter((k) => CELL_EXTS.includes(attribute(text.slice(k.start, k.end), 'uri') ?? ''));
  if (drop.length === 0) return text;
  if (drop.length === kids.length) return '';
  const out: string[] = [];
  let at = 0;
  for (const k of drop) {
    out.push(text.slice(at, k.start));
    at = k.close;
  }
  out.push(text.slice(at));
  return out.join('');
}
