/**
 * `xl/styles.xml` for the patching writer: the cell formats (cellXfs) as they are, and new
 * ones APPENDED when a plan needs a changed copy of a cell's style (fonts, fills, borders and
 * number formats too). Existing indices never move, so every cell not written keeps its look;
 * the part is only rewritten when something was appended.
 */
import {
  attribute,
  attributes,
  childElements,
  editChildren,
  escapeAttr,
  mainPrefix,
  qualify,
  rootElement,
  setAttributes,
  type Element,
} from './xml';
import { BUILT_IN_FORMATS } from '../../../core/number-format';

export { BUILT_IN_FORMATS };

const BUILT_IN_IDS = new Map(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)]));

export interface FontChange {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** ARGB, e.g. `FF0563C1`. */
  readonly color?: string;
  readonly underline?: boolean;
}

export interface AlignmentChange {
  readonly wrapText?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  /** As exceljs names it: `middle` is written `center`. */
  readonly vertical?: 'top' | 'middle' | 'bottom';
}

/** A change to a cell's style, as exceljs's `cell.style = { ...cell.style, ...change }`. */
export interface StyleChange {
  readonly numFmt?: string;
  readonly font?: FontChange;
  /** ARGB of a solid fill. */
  readonly fill?: string;
  readonly border?: 'thin';
  readonly alignment?: AlignmentChange;
  readonly locked?: boolean;
}

interface Collection {
  /** Local name of the list (`fonts`) and of its items (`font`). */
  readonly list: string;
  readonly item: string;
  /** The items' text: the original ones, then those appended. */
  readonly items: string[];
  readonly originalCount: number;
  /** Item text → first index, to reuse an identical item. */
  readonly byText: Map<string, number>;
}

const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

const XF_CHILD_ORDER = ['alignment', 'protection', 'extLst'];

export class StyleBook {
  private readonly xml: string;
  private readonly root: Element;
  private readonly p: string;
  private readonly top = new Map<string, Element>();
  private readonly fonts: Collection;
  private readonly fills: Collection;
  private readonly borders: Collection;
  private readonly xfs: Collection;
  private readonly customFormats = new Map<number, string>();
  private readonly formatIds = new Map<string, number>();
  private readonly newFormats: { id: number; code: string }[] = [];
  private nextFormatId = 164;
  private readonly cache = new Map<string, number>();
  /** The same change object for many cells (an area): results by style, without a string key. */
  private readonly byChange = new WeakMap<StyleChange, Map<number, number>>();
  private readonly formats = new Map<number, string>();

  constructor(xml: string, part = 'xl/styles.xml') {
    this.xml = xml;
    this.root = rootElement(xml);
    this.p = mainPrefix(xml, this.root, part);
    for (const el of childElements(xml, this.root.contentStart, this.root.contentEnd)) {
      if (el.prefix === this.p && !this.top.has(el.local)) this.top.set(el.local, el);
    }
    const numFmts = this.top.get('numFmts');
    if (numFmts) {
      for (const el of childElements(xml, numFmts.contentStart, numFmts.contentEnd)) {
        if (el.local !== 'numFmt') continue;
        const a = attributes(xml.slice(el.start, el.end));
        const id = Number.parseInt(a.get('numFmtId') ?? '', 10);
        const code = a.get('formatCode') ?? '';
        if (!Number.isFinite(id)) continue;
        this.customFormats.set(id, code);
        if (!this.formatIds.has(code)) this.formatIds.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    this.fonts = this.collection('fonts', 'font');
    this.fills = this.collection('fills', 'fill');
    this.borders = this.collection('borders', 'border');
    this.xfs = this.collection('cellXfs', 'xf');
  }

  private collection(list: string, item: string): Collection {
    const el = this.top.get(list);
    const items: string[] = [];
    const byText = new Map<string, number>();
    if (el) {
      for (const k of childElements(this.xml, el.contentStart, el.contentEnd)) {
        if (k.local !== item) continue;
        const text = this.xml.slice(k.start, k.close);
        if (!byText.has(text)) byText.set(text, items.length);
        items.push(text);
      }
    }
    return { list, item, items, originalCount: items.length, byText };
  }

  /** True when something was appended: the part must be written. */
  get changed(): boolean {
    return (
      this.newFormats.length > 0 ||
      [this.fonts, this.fills, this.borders, this.xfs].some((c) => c.items.length > c.originalCount)
    );
  }

  /** The number of cell formats (cellXfs); an index at or past it is not a style of this book. */
  get cellFormatCount(): number {
    return this.xfs.items.length;
  }

  /** The number format of a cell style, as exceljs gives it (`General` for style 0 or numFmtId 0). */
  numberFormat(xf: number): string {
    if (xf === 0) return 'General';
    const known = this.formats.get(xf);
    if (known !== undefined) return known;
    const format = this.computeNumberFormat(xf);
    this.formats.set(xf, format);
    return format;
  }

  private computeNumberFormat(xf: number): string {
    const text = this.xfs.items[xf];
    if (text === undefined) return 'General';
    const id = Number.parseInt(attribute(startTag(text), 'numFmtId') ?? '0', 10);
    if (!id) return 'General';
    return this.customFormats.get(id) ?? BUILT_IN_FORMATS[id] ?? 'General';
  }

  /** The index of the cell style `xf` changed as asked (appended when new). */
  restyle(xf: number, change: StyleChange): number {
    let results = this.byChange.get(change);
    if (results === undefined) {
      results = new Map();
      this.byChange.set(change, results);
    }
    const done = results.get(xf);
    if (done !== undefined) return done;
    const key = `${xf}|${JSON.stringify(change)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      results.set(xf, cached);
      return cached;
    }
    const result = this.computeRestyle(xf, change);
    this.cache.set(key, result);
    results.set(xf, result);
    return result;
  }

  private computeRestyle(xf: number, change: StyleChange): number {
    const base =
      this.xfs.items[xf] ??
      this.xfs.items[0] ??
      `<${qualify(this.p, 'xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tag = startTag(base);
    const attrs: Record<string, string | null> = {};
    const children = new Map<string, string | null>();
    if (change.numFmt !== undefined) {
      attrs.numFmtId = String(this.formatId(change.numFmt));
      attrs.applyNumberFormat = '1';
    }
    if (change.font !== undefined) {
      const fontId = Number.parseInt(attribute(tag, 'fontId') ?? '0', 10);
      attrs.fontId = String(this.add(this.fonts, this.changedFont(this.fonts.items[fontId], change.font)));
      attrs.applyFont = '1';
    }
    if (change.fill !== undefined) {
      const p = this.p;
      const fill = `<${qualify(p, 'fill')}><${qualify(p, 'patternFill')} patternType="solid"><${qualify(p, 'fgColor')} rgb="${escapeAttr(change.fill)}"/><${qualify(p, 'bgColor')} indexed="64"/></${qualify(p, 'patternFill')}></${qualify(p, 'fill')}>`;
      attrs.fillId = String(this.add(this.fills, fill));
      attrs.applyFill = '1';
    }
    if (change.border === 'thin') {
      const side = (s: string): string => `<${qualify(this.p, s)} style="thin"/>`;
      const border = `<${qualify(this.p, 'border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${qualify(this.p, 'diagonal')}/></${qualify(this.p, 'border')}>`;
      attrs.borderId = String(this.add(this.borders, border));
      attrs.applyBorder = '1';
    }
    const el = elementOf(base);
    if (change.alignment !== undefined) {
      const a = change.alignment;
      const old = childText(base, el, 'alignment') ?? `<${qualify(this.p, 'alignment')}/>`;
      const edits: Record<string, string | null> = {};
      if (a.wrapText !== undefined) edits.wrapText = a.wrapText ? '1' : null;
      if (a.horizontal !== undefined) edits.horizontal = a.horizontal;
      if (a.vertical !== undefined) edits.vertical = a.vertical === 'middle' ? 'center' : a.vertical;
      children.set('alignment', setAttributes(old, edits));
      attrs.applyAlignment = '1';
    }
    if (change.locked !== undefined) {
      const old = childText(base, el, 'protection') ?? `<${qualify(this.p, 'protection')}/>`;
      children.set('protection', setAttributes(old, { locked: change.locked ? null : '0' }));
      attrs.applyProtection = '1';
    }
    let text = base;
    if (children.size > 0) text = editChildren(base, el, this.p, XF_CHILD_ORDER, children);
    const newTag = setAttributes(startTag(text), attrs);
    text = newTag + text.slice(startTag(text).length);
    return this.add(this.xfs, text);
  }

  private changedFont(old: string | undefined, f: FontChange): string {
    const p = this.p;
    const base = old ?? `<${qualify(p, 'font')}/>`;
    const el = elementOf(base);
    const edits = new Map<string, string | null>();
    if (f.bold !== undefined) edits.set('b', f.bold ? `<${qualify(p, 'b')}/>` : null);
    if (f.italic !== undefined) edits.set('i', f.italic ? `<${qualify(p, 'i')}/>` : null);
    if (f.underline !== undefined) edits.set('u', f.underline ? `<${qualify(p, 'u')}/>` : null);
    if (f.size !== undefined) edits.set('sz', `<${qualify(p, 'sz')} val="${f.size}"/>`);
    if (f.color !== undefined) edits.set('color', `<${qualify(p, 'color')} rgb="${escapeAttr(f.color)}"/>`);
    // CT_Font is a choice: its children may come in any order.
    return editChildren(base, el, p, [], edits);
  }

  private add(c: Collection, text: string): number {
    const found = c.byText.get(text);
    if (found !== undefined) return found;
    c.items.push(text);
    c.byText.set(text, c.items.length - 1);
    return c.items.length - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.customFormats.set(id, code);
    this.newFormats.push({ id, code });
    return id;
  }

  /** The part's new text: the original with the appended items and updated counts. */
  toXml(): string {
    const p = this.p;
    const replacements = new Map<string, string>();
    const inserts = new Map<string, string>();
    if (this.newFormats.length > 0) {
      const added = this.newFormats
        .map((f) => `<${qualify(p, 'numFmt')} numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`)
        .join('');
      const el = this.top.get('numFmts');
      const count = this.customFormats.size;
      if (el) replacements.set('numFmts', appendItems(this.xml, el, added, count));
      else
        inserts.set(
          'numFmts',
          `<${qualify(p, 'numFmts')} count="${count}">${added}</${qualify(p, 'numFmts')}>`,
        );
    }
    for (const c of [this.fonts, this.fills, this.borders, this.xfs]) {
      if (c.items.length === c.originalCount) continue;
      const added = c.items.slice(c.originalCount).join('');
      const el = this.top.get(c.list);
      if (el) replacements.set(c.list, appendItems(this.xml, el, added, c.items.length));
      else
        inserts.set(
          c.list,
          `<${qualify(p, c.list)} count="${c.items.length}">${added}</${qualify(p, c.list)}>`,
        );
    }
    const out: string[] = [this.xml.slice(0, this.root.end)];
    let at = this.root.contentStart;
    const flush = (limit: number): void => {
      for (const [local, text] of inserts) {
        if (STYLE_ORDER.indexOf(local) < limit) {
          out.push(text);
          inserts.delete(local);
        }
      }
    };
    for (const el of childElements(this.xml, this.root.contentStart, this.root.contentEnd)) {
      out.push(this.xml.slice(at, el.start));
      at = el.close;
      const rank = el.prefix === p ? STYLE_ORDER.indexOf(el.local) : -1;
      if (rank >= 0) flush(rank);
      const replaced = this.top.get(el.local)?.start === el.start ? replacements.get(el.local) : undefined;
      out.push(replaced ?? this.xml.slice(el.start, el.close));
    }
    out.push(this.xml.slice(at, this.root.contentEnd));
    flush(Number.MAX_SAFE_INTEGER);
    out.push(this.xml.slice(this.root.contentEnd));
    return out.join('');
  }
}

function startTag(text: string): string {
  return text.slice(0, elementOf(text).end);
}

function elementOf(text: string): Element {
  return rootElement(text);
}

function childText(text: string, el: Element, local: string): string | undefined {
  const k = childElements(text, el.contentStart, el.contentEnd).find((c) => c.local === local);
  return k ? text.slice(k.start, k.close) : undefined;
}

/** A list element with items appended before its end tag and its `count` set. */
function appendItems(xml: string, el: Element, added: string, count: number): string {
  const start = setAttributes(xml.slice(el.start, el.end), { count: String(count) });
  if (el.selfClosing) {
    const open = start.replace(/\s*\/>$/, '>');
    return `${open}${added}</${el.name}>`;
  }
  return `${start}${xml.slice(el.contentStart, el.contentEnd)}${added}${xml.slice(el.contentEnd, el.close)}`;
}
