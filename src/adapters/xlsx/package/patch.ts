/**
 * The XML half of the patching writer: applies a WritePlan to an .xlsx package as it is,
 * with exactly the semantics of the exceljs applier (../apply.ts), and says which parts
 * changed. Everything the plan does not name stays byte for byte: parts not written are not
 * in `changes.set`, and in a sheet written into only the touched rows and elements change.
 * No Node API: the CLI and the task pane's browser mode share it.
 */
import { cellAddress } from '../../../core/address';
import { LakipError } from '../../../core/errors';
import { isDateFormat, isPercentFormat } from '../../../core/number-format';
import { isFormulaLikeText } from '../../../core/parse/formula-text';
import type { Area, CellStyle, PlanValue, WriteOp, WritePlan } from '../../../core/plan/plan';
import { normaliseSheetName } from '../../../core/snapshot';
import { blankSheetXml, blankStylesXml } from './blank';
import { SheetDoc, formatRect, type CellContent, type Rect } from './sheet-xml';
import { StyleBook, type AlignmentChange, type FontChange, type StyleChange } from './styles';
import type { PackageReader, PatchResult } from './types';
import { WorkbookParts, readText, type BookSheet } from './workbook-parts';
import {
  attribute,
  childElements,
  editChildren,
  encodePart,
  escapeAttr,
  escapeText,
  openForm,
  rootElement,
  setAttributes,
} from './xml';

/** As the exceljs applier (../apply.ts). */
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const DEFAULT_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
const DEFAULT_PERCENT_FORMAT = '0.00%';
const DEFAULT_LIST_ERROR = 'Pilih salah satu nilai dari daftar.';
const LINK_COLOR = 'FF0563C1';
const TEXT_FORMAT = '@';
const LINK_STYLE: StyleChange = { font: { color: LINK_COLOR, underline: true } };
const UNLOCKED: StyleChange = { locked: false };
const A4 = '9';

const SHEET_PR_ORDER = ['tabColor', 'outlinePr', 'pageSetUpPr'];
const SHEET_VIEW_ORDER = ['pane', 'selection', 'pivotSelection', 'extLst'];

function bug(what: string): LakipError {
  return new LakipError(
    'internal',
    `Rencana penulisan tidak dapat diterapkan (${what}); ini kesalahan program, laporkan ke pengembang.`,
  );
}

/**
 * Applies every operation of the plan, in order, to the package. Throws LakipError
 * `internal` for a plan that names a sheet no earlier `ensureSheet` made (or that cannot make
 * a valid file), and `file/damaged` / `file/not-xlsx` for a part it cannot edit safely.
 */
export function patchPackage(pkg: PackageReader, plan: WritePlan): PatchResult {
  const patcher = new Patcher(pkg);
  for (const op of plan.ops) patcher.apply(op);
  return patcher.result();
}

class Patcher {
  private readonly pkg: PackageReader;
  private readonly book: WorkbookParts;
  private styleBook: { name: string; book: StyleBook } | undefined;
  private readonly docs = new Map<BookSheet, SheetDoc>();
  private readonly dirty = new Set<BookSheet>();
  private readonly created: string[] = [];
  private contentChanged = false;
  /** One change object per number format, so the style book's cache works by identity. */
  private readonly formatChanges = new Map<string, StyleChange>();

  constructor(pkg: PackageReader) {
    this.pkg = pkg;
    this.book = new WorkbookParts(pkg);
  }

  private get styles(): StyleBook {
    if (this.styleBook === undefined) {
      const { name, xml } = this.book.stylesPart(blankStylesXml);
      this.styleBook = { name, book: new StyleBook(xml, name) };
    }
    return this.styleBook.book;
  }

  private find(name: string): BookSheet | undefined {
    return this.book.find(normaliseSheetName(name), normaliseSheetName);
  }

  private sheet(name: string): { info: BookSheet; doc: SheetDoc } {
    const info = this.find(name);
    if (info === undefined) throw bug(`sheet "${name}" tidak ada`);
    return { info, doc: this.doc(info) };
  }

  private doc(info: BookSheet): SheetDoc {
    const known = this.docs.get(info);
    if (known) return known;
    if (info.part === undefined)
      throw bug(`sheet "${info.name}" bukan lembar kerja (misalnya lembar grafik)`);
    const xml = info.created ? blankSheetXml() : readText(this.pkg, info.part);
    if (xml === undefined) {
      throw new LakipError(
        'file/damaged',
        `Sheet "${info.name}" tidak ada isinya dalam file ini (bagian ${info.part} hilang); buka di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
      );
    }
    const doc = new SheetDoc(xml, { part: info.part, sheet: info.name });
    this.docs.set(info, doc);
    return doc;
  }

  apply(op: WriteOp): void {
    switch (op.op) {
      case 'ensureSheet':
        return this.ensureSheet(op.sheet, op.tabColor, op.hidden);
      case 'clearSheet':
        return this.clearSheet(op.sheet);
      case 'setValues':
        return this.setValues(op.sheet, op.row, op.col, op.values, op.numberFormats);
      case 'setNumberFormat':
        return this.forEachCell(op, (doc, r, c) => this.restyle(doc, r, c, this.numFmt(op.format)));
      case 'setStyle':
        return this.setStyle(op, op.style);
      case 'mergeCells':
        return this.mergeCells(op);
      case 'setColumnWidths': {
        const { info, doc } = this.sheet(op.sheet);
        for (const { col, width } of op.widths) doc.setColumnWidth(col, width);
        if (op.widths.length > 0) this.dirty.add(info);
        return;
      }
      case 'setRowHeight': {
        const { info, doc } = this.sheet(op.sheet);
        doc.setRowAttributes(op.row, { ht: String(op.height), customHeight: '1' });
        this.dirty.add(info);
        return;
      }
      case 'freezePanes':
        return this.freezePanes(op.sheet, op.rows, op.cols);
      case 'listValidation':
        return this.listValidation(op, op.source, op.allowBlank, op.error);
      case 'autoFilter':
        return this.autoFilter(op);
      case 'pageSetup':
        this.pageSetup(op.sheet, op.orientation, op.fitToWidth, op.printTitleRows);
        if (op.rowBreaks !== undefined && op.rowBreaks.length > 0) this.rowBreaks(op.sheet, op.rowBreaks);
        return;
      case 'protectSheet':
        return this.protectSheet(op.sheet, op.unlocked);
      default:
        throw bug(`isi rencana tidak dikenal: ${JSON.stringify(op)}`);
    }
  }

  // -------------------------------------------------------------------------------------
  // Sheets

  private ensureSheet(name: string, tabColor: string | undefined, hidden: boolean | undefined): void {
    let info = this.find(name);
    if (info === undefined) {
      checkSheetName(name);
      info = this.book.addSheet(name);
      this.created.push(name);
      this.dirty.add(info);
    }
    if (tabColor !== undefined) {
      const doc = this.doc(info);
      const rgb = argb(tabColor);
      const pr = doc.current('sheetPr');
      const prEl = pr === undefined ? undefined : rootElement(pr);
      const current =
        pr === undefined || prEl === undefined
          ? undefined
          : childElements(pr, prEl.contentStart, prEl.contentEnd).find((k) => k.local === 'tabColor');
      const same =
        current !== undefined &&
        pr !== undefined &&
        attribute(pr.slice(current.start, current.end), 'rgb')?.toUpperCase() === rgb;
      if (!same) {
        this.editSheetPr(doc, new Map([['tabColor', `<${doc.q('tabColor')} rgb="${rgb}"/>`]]));
        this.dirty.add(info);
      }
    }
    if (hidden !== undefined) this.book.setState(info, hidden ? 'hidden' : 'visible');
  }

  private editSheetPr(doc: SheetDoc, edits: ReadonlyMap<string, string | null>): void {
    const pr = doc.current('sheetPr') ?? `<${doc.q('sheetPr')}/>`;
    doc.replace('sheetPr', editChildren(pr, rootElement(pr), doc.p, SHEET_PR_ORDER, edits));
  }

  private clearSheet(name: string): void {
    const { info, doc } = this.sheet(name);
    const fresh = new SheetDoc(doc.clearedText(), { part: info.part ?? '', sheet: info.name });
    this.docs.set(info, fresh);
    this.dirty.add(info);
    this.contentChanged = true;
    for (const n of ['_xlnm.Print_Titles', '_xlnm.Print_Area', '_xlnm._FilterDatabase']) {
      this.book.setDefinedName(n, info.index, null);
    }
  }

  // -------------------------------------------------------------------------------------
  // Values

  private setValues(
    sheet: string,
    row: number,
    col: number,
    values: readonly (readonly PlanValue[])[],
    formats: readonly (readonly (string | null)[])[] | undefined,
  ): void {
    const { info, doc } = this.sheet(sheet);
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const at = { row: row + r, col: col + c };
        // A cell covered by a merge shows nothing; exceljs ignores what is written there.
        const merge = doc.mergeAt(at.row, at.col);
        if (merge !== undefined && (merge.top !== at.row || merge.left !== at.col)) return;
        this.writeValue(doc, at.row, at.col, value, formats?.[r]?.[c] ?? null);
        this.dirty.add(info);
      });
    });
  }

  private writeValue(doc: SheetDoc, row: number, col: number, value: PlanValue, format: string | null): void {
    this.contentChanged = true;
    if (format !== null) this.restyle(doc, row, col, this.numFmt(format));
    const address = (): string => `${cellAddress(row, col)} (sheet "${doc.ctx.sheet}")`;
    const finite = (n: number): string => {
      if (!Number.isFinite(n)) throw bug(`nilai ${String(n)} di ${address()}`);
      return String(n);
    };
    const v = (text: string): string => `<${doc.q('v')}>${text}</${doc.q('v')}>`;
    if (value === null) return doc.setContent(row, col, { t: null, body: '' });
    if (typeof value === 'string') {
      doc.setContent(row, col, inlineString(doc, value));
      // Literal text Excel would take for a formula when the cell is edited: text format.
      if (isFormulaLikeText(value) && this.numberFormat(doc, row, col) !== TEXT_FORMAT) {
        this.restyle(doc, row, col, this.numFmt(TEXT_FORMAT));
      }
      return;
    }
    if (typeof value === 'boolean') return doc.setContent(row, col, { t: 'b', body: v(value ? '1' : '0') });
    if (typeof value === 'number') return doc.setContent(row, col, { t: null, body: v(finite(value)) });
    switch (value.kind) {
      case 'date': {
        const date = parseIso(value.iso);
        if (date === undefined) throw bug(`tanggal "${value.iso}" di ${address()} tidak sah`);
        const serial = 25569 + date.getTime() / 86400000 - (this.book.date1904 ? 1462 : 0);
        doc.setContent(row, col, { t: null, body: v(finite(serial)) });
        if (format === null && !isDateFormat(this.numberFormat(doc, row, col))) {
          this.restyle(
            doc,
            row,
            col,
            this.numFmt(value.iso.includes('T') ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT),
          );
        }
        return;
      }
      case 'percent':
        doc.setContent(row, col, { t: null, body: v(finite(value.value)) });
        if (format === null && !isPercentFormat(this.numberFormat(doc, row, col))) {
          this.restyle(doc, row, col, this.numFmt(DEFAULT_PERCENT_FORMAT));
        }
        return;
      case 'error':
        return doc.setContent(row, col, { t: 'e', body: v(escapeText(value.code)) });
      case 'formula': {
        const f = `<${doc.q('f')}>${escapeText(value.formula.replace(/^=/, ''))}</${doc.q('f')}>`;
        const r = value.result;
        if (r === null) return doc.setContent(row, col, { t: null, body: f });
        if (typeof r === 'string') return doc.setContent(row, col, { t: 'str', body: f + v(escapeText(r)) });
        return doc.setContent(row, col, { t: null, body: f + v(finite(r)) });
      }
      case 'link': {
        doc.setContent(row, col, inlineString(doc, value.text));
        doc.addInternalLink(row, col, `'${value.sheet.replace(/'/g, "''")}'!${value.cell}`);
        this.restyle(doc, row, col, LINK_STYLE);
        return;
      }
      default:
        throw bug(`nilai tidak dikenal di ${address()}`);
    }
  }

  private numberFormat(doc: SheetDoc, row: number, col: number): string {
    return this.styles.numberFormat(doc.styleAt(row, col));
  }

  // -------------------------------------------------------------------------------------
  // Formats and styles

  private numFmt(format: string): StyleChange {
    let change = this.formatChanges.get(format);
    if (change === undefined) {
      change = { numFmt: format };
      this.formatChanges.set(format, change);
    }
    return change;
  }

  private restyle(doc: SheetDoc, row: number, col: number, change: StyleChange): void {
    doc.setStyle(row, col, this.styles.restyle(doc.styleAt(row, col), change));
  }

  private forEachCell(area: Area, fn: (doc: SheetDoc, row: number, col: number) => void): void {
    const { info, doc } = this.sheet(area.sheet);
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) fn(doc, r, c);
    }
    if (area.rows > 0 && area.cols > 0) this.dirty.add(info);
  }

  private setStyle(area: Area, style: CellStyle): void {
    const font: FontChange = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: argb(style.fontColor) } : {}),
    };
    const alignment: AlignmentChange = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.hAlign !== undefined ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign !== undefined ? { vertical: style.vAlign } : {}),
    };
    const change: StyleChange = {
      ...(Object.keys(font).length > 0 ? { font } : {}),
      ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
      ...(style.fill !== undefined ? { fill: argb(style.fill) } : {}),
      ...(style.border === 'thin' ? { border: 'thin' as const } : {}),
    };
    this.forEachCell(area, (doc, r, c) => this.restyle(doc, r, c, change));
  }

  private mergeCells(area: Area): void {
    if (area.rows * area.cols <= 1) return;
    const { info, doc } = this.sheet(area.sheet);
    const rect: Rect = {
      top: area.row,
      left: area.col,
      bottom: area.row + area.rows - 1,
      right: area.col + area.cols - 1,
    };
    const overlapping = doc.overlappingMerges(rect);
    const same = overlapping.find(
      (m) => m.top === rect.top && m.left === rect.left && m.bottom === rect.bottom && m.right === rect.right,
    );
    if (same) return;
    // As exceljs: a merge that overlaps the area is undone first; its covered cells go back
    // to the row's or column's style.
    for (const m of overlapping) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          doc.setContent(r, c, { t: null, body: '' });
          doc.setStyle(r, c, doc.baseStyleAt(r, c));
        }
      }
    }
    // The covered cells lose their values and take the master's style.
    const masterStyle = doc.styleAt(rect.top, rect.left);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (r === rect.top && c === rect.left) continue;
        doc.setContent(r, c, { t: null, body: '' });
        doc.setStyle(r, c, masterStyle);
      }
    }
    doc.updateMerges(overlapping, rect);
    this.contentChanged = true;
    this.dirty.add(info);
  }

  private freezePanes(sheet: string, rows: number, cols: number): void {
    const { info, doc } = this.sheet(sheet);
    const views =
      doc.current('sheetViews') ??
      `<${doc.q('sheetViews')}><${doc.q('sheetView')} workbookViewId="0"/></${doc.q('sheetViews')}>`;
    const el = rootElement(views);
    const first = childElements(views, el.contentStart, el.contentEnd).find((k) => k.local === 'sheetView');
    const viewText = first
      ? views.slice(first.start, first.close)
      : `<${doc.q('sheetView')} workbookViewId="0"/>`;
    const view = rootElement(viewText);
    const edits = new Map<string, string | null>([
      ['pane', null],
      ['selection', null],
    ]);
    if (rows > 0 || cols > 0) {
      const topLeft = cellAddress(rows + 1, cols + 1);
      const pane = cols > 0 && rows > 0 ? 'bottomRight' : cols > 0 ? 'topRight' : 'bottomLeft';
      edits.set(
        'pane',
        `<${doc.q('pane')}${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`,
      );
      edits.set(
        'selection',
        `<${doc.q('selection')} pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`,
      );
    }
    const body = editChildren(viewText, view, doc.p, SHEET_VIEW_ORDER, edits);
    const bodyEl = rootElement(body);
    const newView = setAttributes(body.slice(0, bodyEl.end), { topLeftCell: null }) + body.slice(bodyEl.end);
    const newViews = first
      ? views.slice(0, first.start) + newView + views.slice(first.close)
      : `${openForm(views.slice(0, el.end))}${newView}${el.selfClosing ? '' : views.slice(el.contentStart, el.contentEnd)}</${el.name}>`;
    if (newViews !== views || doc.current('sheetViews') === undefined) {
      doc.replace('sheetViews', newViews);
      this.dirty.add(info);
    }
  }

  // -------------------------------------------------------------------------------------
  // Validation, filter, page setup, protection

  private listValidation(
    area: Area,
    source: { readonly values: readonly string[] } | { readonly range: string },
    allowBlank: boolean,
    error: string | undefined,
  ): void {
    const formula = listFormula(source);
    const { info, doc } = this.sheet(area.sheet);
    const rect: Rect = {
      top: area.row,
      left: area.col,
      bottom: area.row + area.rows - 1,
      right: area.col + area.cols - 1,
    };
    const q = doc.q.bind(doc);
    const element =
      `<${q('dataValidation')} type="list"${allowBlank ? ' allowBlank="1"' : ''} showErrorMessage="1"` +
      ` error="${escapeAttr(error ?? DEFAULT_LIST_ERROR)}" sqref="${formatRect(rect)}">` +
      `<${q('formula1')}>${escapeText(formula)}</${q('formula1')}></${q('dataValidation')}>`;
    doc.setValidation(rect, element);
    this.dirty.add(info);
  }

  private autoFilter(area: Area): void {
    const { info, doc } = this.sheet(area.sheet);
    const ref = formatRect({
      top: area.row,
      left: area.col,
      bottom: area.row + Math.max(area.rows, 1) - 1,
      right: area.col + Math.max(area.cols, 1) - 1,
    });
    const current = doc.current('autoFilter');
    if (current === undefined || attribute(current, 'ref') !== ref || !current.endsWith('/>')) {
      doc.replace('autoFilter', `<${doc.q('autoFilter')} ref="${ref}"/>`);
      this.dirty.add(info);
    }
    const absolute = ref
      .split(':')
      .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
      .join(':');
    this.book.setDefinedName('_xlnm._FilterDatabase', info.index, `${quoted(info.name)}!${absolute}`, true);
  }

  private pageSetup(
    sheet: string,
    orientation: 'portrait' | 'landscape',
    fitToWidth: boolean,
    titles: { readonly from: number; readonly to: number } | undefined,
  ): void {
    const { info, doc } = this.sheet(sheet);
    const old = doc.current('pageSetup') ?? `<${doc.q('pageSetup')}/>`;
    const oldEl = rootElement(old);
    const tag = setAttributes(old.slice(0, oldEl.end), {
      paperSize: A4,
      orientation,
      ...(fitToWidth ? { fitToWidth: '1', fitToHeight: '0' } : {}),
    });
    doc.replace('pageSetup', tag + old.slice(oldEl.end));
    const pr = doc.current('sheetPr');
    const prEl = pr === undefined ? undefined : rootElement(pr);
    const setUp =
      pr === undefined || prEl === undefined
        ? undefined
        : childElements(pr, prEl.contentStart, prEl.contentEnd).find((k) => k.local === 'pageSetUpPr');
    if (fitToWidth || setUp !== undefined) {
      const setUpText = setUp && pr ? pr.slice(setUp.start, setUp.close) : `<${doc.q('pageSetUpPr')}/>`;
      const setUpEl = rootElement(setUpText);
      const changed =
        setAttributes(setUpText.slice(0, setUpEl.end), { fitToPage: fitToWidth ? '1' : null }) +
        setUpText.slice(setUpEl.end);
      this.editSheetPr(doc, new Map([['pageSetUpPr', changed]]));
    }
    if (titles !== undefined) {
      const old = this.book.definedName('_xlnm.Print_Titles', info.index);
      const columns =
        old === undefined ? undefined : /(?:'(?:[^']|'')*'|[^!,']+)!\$[A-Z]+:\$[A-Z]+/.exec(old)?.[0];
      const rows = `${quoted(info.name)}!$${titles.from}:$${titles.to}`;
      this.book.setDefinedName('_xlnm.Print_Titles', info.index, columns ? `${columns},${rows}` : rows);
    }
    this.dirty.add(info);
  }

  /**
   * A manual page break before each of `rows` (as exceljs's `getRow(row - 1).addPageBreak()`):
   * added to the sheet's own breaks, none twice, in row order.
   */
  private rowBreaks(sheet: string, rows: readonly number[]): void {
    const { info, doc } = this.sheet(sheet);
    const old = doc.current('rowBreaks');
    const brk = doc.q('brk');
    const kept = new Map<number, string>();
    if (old !== undefined) {
      const el = rootElement(old);
      for (const k of childElements(old, el.contentStart, el.contentEnd)) {
        if (k.local !== 'brk') continue;
        const text = old.slice(k.start, k.close);
        kept.set(Number(attribute(text, 'id') ?? '0'), text);
      }
    }
    for (const row of rows) {
      if (row > 1 && !kept.has(row - 1)) kept.set(row - 1, `<${brk} id="${row - 1}" max="16383" man="1"/>`);
    }
    const all = [...kept.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    const manual = all.filter((t) => /\bman="(?:1|true)"/.test(t)).length;
    doc.replace(
      'rowBreaks',
      `<${doc.q('rowBreaks')} count="${all.length}" manualBreakCount="${manual}">${all.join('')}</${doc.q('rowBreaks')}>`,
    );
    this.dirty.add(info);
  }

  private protectSheet(sheet: string, unlocked: readonly Area[]): void {
    const { info, doc } = this.sheet(sheet);
    for (const area of unlocked) this.forEachCell(area, (d, r, c) => this.restyle(d, r, c, UNLOCKED));
    // As exceljs's protect('' , …): no password; formatting columns, rows and filtering allowed.
    doc.replace(
      'sheetProtection',
      `<${doc.q('sheetProtection')} sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>`,
    );
    this.dirty.add(info);
  }

  // -------------------------------------------------------------------------------------

  result(): PatchResult {
    const set = new Map<string, Uint8Array>();
    if (this.contentChanged) this.book.removeCalcChain();
    const changed: string[] = [];
    for (const info of this.dirty) {
      if (info.part === undefined) continue;
      // a sheet created and never written into still needs its (empty) part
      const doc = info.created ? this.doc(info) : this.docs.get(info);
      if (doc === undefined) continue;
      set.set(info.part, encodePart(doc.toText()));
      if (!info.created) changed.push(info.name);
    }
    if (
      this.styleBook !== undefined &&
      (this.styleBook.book.changed || this.pkg.read(this.styleBook.name) === undefined)
    ) {
      set.set(this.styleBook.name, encodePart(this.styleBook.book.toXml()));
    }
    const parts = this.book.changes();
    for (const [name, content] of parts.set)
      set.set(name, typeof content === 'string' ? encodePart(content) : content);
    return {
      changes: { set, remove: parts.remove },
      sheetsCreated: [...this.created],
      sheetsChanged: this.book.sheets
        .filter((s) => !s.created && changed.includes(s.name))
        .map((s) => s.name),
    };
  }
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** As exceljs's sheet name rules: refused names are a bug of the plan. */
function checkSheetName(name: string): void {
  if (name.length > 31) throw bug(`nama sheet "${name}" lebih dari 31 karakter`);
  if (name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) {
    throw bug(`nama sheet "${name}" tidak sah`);
  }
}

function inlineString(doc: SheetDoc, text: string): CellContent {
  const preserve = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : '';
  return {
    t: 'inlineStr',
    body: `<${doc.q('is')}><${doc.q('t')}${preserve}>${escapeText(text)}</${doc.q('t')}></${doc.q('is')}>`,
  };
}

function listFormula(source: { readonly values: readonly string[] } | { readonly range: string }): string {
  if ('range' in source) return source.range.replace(/^=/, '');
  const bad = source.values.find((v) => v.includes(','));
  if (bad !== undefined) throw bug(`pilihan "${bad}" memuat koma, gunakan daftar di sel`);
  const joined = source.values.join(',');
  if (joined.length > 255) throw bug('daftar pilihan lebih dari 255 karakter, gunakan daftar di sel');
  return `"${joined.replace(/"/g, '""')}"`;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm(:ss)` as a UTC Date, as the exceljs applier reads it. */
function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
  return date.getUTCDate() === d ? date : undefined;
}
