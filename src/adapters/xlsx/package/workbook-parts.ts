/**
 * The package parts around the worksheets, for the patching writer: `[Content_Types].xml`,
 * the relationships, `xl/workbook.xml` (sheets, their visibility, defined names, date1904) and
 * `docProps/app.xml`. Sheets are found the way Excel finds them — the package's office
 * document relationship, the workbook's `<sheets>`, then its relationships — never by part
 * name. Each part is edited in place and only written when it changed.
 */
import { LakipError } from '../../../core/errors';
import type { PackageReader } from './types';
import {
  attribute,
  attributes,
  childElements,
  decodePart,
  escapeAttr,
  escapeText,
  decodeXml,
  mainPrefix,
  openForm,
  prefixFor,
  qualify,
  REL_NS,
  rootElement,
  setAttributes,
  type Element,
} from './xml';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = `${REL_TYPE}/worksheet`;
const OFFICE_DOCUMENT_TYPE = `${REL_TYPE}/officeDocument`;
const STYLES_TYPE = `${REL_TYPE}/styles`;
const CALC_CHAIN_TYPE = `${REL_TYPE}/calcChain`;
export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

function damaged(what: string): LakipError {
  return new LakipError(
    'file/damaged',
    `File ini rusak (${what}) sehingga tidak dapat disimpan; buka di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
  );
}

/** `a/b/../c.xml` → `a/c.xml`; a target relative to the folder of `source` (a part name). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Reads a part as text, or undefined. */
export function readText(pkg: PackageReader, name: string): string | undefined {
  const bytes = pkg.read(name);
  return bytes === undefined ? undefined : decodePart(bytes, name);
}

// ---------------------------------------------------------------------------------------
// Relationships

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class Relationships {
  readonly part: string;
  readonly source: string;
  private readonly xml: string;
  private readonly root: Element;
  private readonly items: { rel: Relationship; el: Element }[] = [];
  private readonly added: Relationship[] = [];
  private readonly removed = new Set<string>();

  constructor(source: string, xml: string | undefined) {
    this.source = source;
    this.part = relsPartOf(source);
    this.xml =
      xml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    this.root = rootElement(this.xml);
    for (const el of childElements(this.xml, this.root.contentStart, this.root.contentEnd)) {
      if (el.local !== 'Relationship') continue;
      const a = attributes(this.xml.slice(el.start, el.end));
      this.items.push({
        el,
        rel: {
          id: a.get('Id') ?? '',
          type: a.get('Type') ?? '',
          target: a.get('Target') ?? '',
          external: a.get('TargetMode') === 'External',
        },
      });
    }
  }

  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }

  all(): Relationship[] {
    return [...this.items.map((i) => i.rel), ...this.added].filter((r) => !this.removed.has(r.id));
  }

  byId(id: string): Relationship | undefined {
    return this.all().find((r) => r.id === id);
  }

  /** The part a relationship points to. */
  targetPart(rel: Relationship): string {
    return resolveTarget(this.source, rel.target);
  }

  add(type: string, target: string): string {
    const used = new Set(this.all().map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target, external: false });
    return id;
  }

  remove(id: string): void {
    this.removed.add(id);
  }

  toXml(): string {
    const x = this.xml;
    const r = this.root;
    const out: string[] = [x.slice(0, r.start), openForm(x.slice(r.start, r.end))];
    let at = r.selfClosing ? r.end : r.contentStart;
    for (const { rel, el } of this.items) {
      if (!this.removed.has(rel.id)) continue;
      out.push(x.slice(at, el.start));
      at = el.close;
    }
    if (!r.selfClosing) out.push(x.slice(at, r.contentEnd));
    for (const rel of this.added) {
      if (this.removed.has(rel.id)) continue;
      out.push(
        `<${qualify(r.prefix, 'Relationship')} Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`,
      );
    }
    out.push(r.selfClosing ? `</${r.name}>${x.slice(r.end)}` : x.slice(r.contentEnd));
    return out.join('');
  }
}

// ---------------------------------------------------------------------------------------
// Content types

export class ContentTypes {
  static readonly PART = '[Content_Types].xml';
  private readonly xml: string;
  private readonly root: Element;
  private readonly overrides = new Map<string, Element>();
  private readonly added = new Map<string, string>();
  private readonly removed = new Set<string>();

  constructor(xml: string | undefined) {
    if (xml === undefined) throw damaged('[Content_Types].xml tidak ada');
    this.xml = xml;
    this.root = rootElement(xml);
    for (const el of childElements(xml, this.root.contentStart, this.root.contentEnd)) {
      if (el.local !== 'Override') continue;
      const name = attribute(xml.slice(el.start, el.end), 'PartName');
      if (name !== undefined) this.overrides.set(name.replace(/^\//, '').toLowerCase(), el);
    }
  }

  get changed(): boolean {
    return this.added.size > 0 || this.removed.size > 0;
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return (this.overrides.has(key) && !this.removed.has(key)) || this.added.has(key);
  }

  addOverride(part: string, contentType: string): void {
    const key = part.toLowerCase();
    this.removed.delete(key);
    if (this.overrides.has(key)) return;
    this.added.set(
      key,
      `<${qualify(this.root.prefix, 'Override')} PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`,
    );
  }

  removeOverride(part: string): void {
    const key = part.toLowerCase();
    this.added.delete(key);
    if (this.overrides.has(key)) this.removed.add(key);
  }

  toXml(): string {
    const out: string[] = [];
    const dropped = [...this.overrides].filter(([k]) => this.removed.has(k)).map(([, el]) => el);
    dropped.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const el of dropped) {
      out.push(this.xml.slice(at, el.start));
      at = el.close;
    }
    if (this.root.selfClosing) {
      out.push(this.xml.slice(at, this.root.start), openForm(this.xml.slice(this.root.start, this.root.end)));
      out.push(...this.added.values(), `</${this.root.name}>`, this.xml.slice(this.root.end));
    } else {
      out.push(
        this.xml.slice(at, this.root.contentEnd),
        ...this.added.values(),
        this.xml.slice(this.root.contentEnd),
      );
    }
    return out.join('');
  }
}

// ---------------------------------------------------------------------------------------
// The workbook

export interface BookSheet {
  /** The name as written in workbook.xml. */
  readonly name: string;
  /** 0-based position in `<sheets>`: the `localSheetId` of defined names. */
  readonly index: number;
  /** The worksheet part, or undefined for a chart sheet, dialog sheet, or a broken link. */
  readonly part: string | undefined;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Created by this patch. */
  readonly created: boolean;
  readonly sheetId: number;
  readonly rId: string;
  /** The `<sheet>` element in the original text (undefined for a new sheet). */
  readonly el: Element | undefined;
}

interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | undefined;
  /** The reference text, decoded. */
  value: string;
  /** Extra attributes of a new name (hidden="1"). */
  readonly hidden: boolean;
  readonly el: Element | undefined;
  changed: boolean;
  removed: boolean;
}

const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export class WorkbookParts {
  readonly pkg: PackageReader;
  readonly workbookPart: string;
  readonly rels: Relationships;
  readonly contentTypes: ContentTypes;
  readonly sheets: BookSheet[] = [];
  readonly date1904: boolean;
  private readonly xml: string;
  private readonly root: Element;
  private readonly p: string;
  private readonly rPrefix: string | undefined;
  private readonly top = new Map<string, Element>();
  private readonly names: DefinedName[] = [];
  private sheetsChanged = false;
  private namesChanged = false;
  private readonly newParts = new Map<string, Uint8Array>();
  private readonly removedParts = new Set<string>();
  private stylesPartName: string | undefined;

  constructor(pkg: PackageReader) {
    this.pkg = pkg;
    this.contentTypes = new ContentTypes(readText(pkg, ContentTypes.PART));
    const rootRels = new Relationships('', readText(pkg, '_rels/.rels'));
    const office = rootRels.all().find((r) => r.type === OFFICE_DOCUMENT_TYPE);
    this.workbookPart = office ? rootRels.targetPart(office) : 'xl/workbook.xml';
    const xml = readText(pkg, this.workbookPart);
    if (xml === undefined) throw damaged(`${this.workbookPart} tidak ada`);
    this.xml = xml;
    this.root = rootElement(xml);
    this.p = mainPrefix(xml, this.root, this.workbookPart);
    this.rPrefix = prefixFor(xml.slice(this.root.start, this.root.end), REL_NS);
    this.rels = new Relationships(this.workbookPart, readText(pkg, relsPartOf(this.workbookPart)));
    for (const el of childElements(xml, this.root.contentStart, this.root.contentEnd)) {
      if (el.prefix === this.p && !this.top.has(el.local)) this.top.set(el.local, el);
    }
    const pr = this.top.get('workbookPr');
    const d1904 = pr ? attribute(xml.slice(pr.start, pr.end), 'date1904') : undefined;
    this.date1904 = d1904 === '1' || d1904 === 'true';
    const sheets = this.top.get('sheets');
    if (sheets) {
      for (const el of childElements(xml, sheets.contentStart, sheets.contentEnd)) {
        if (el.local !== 'sheet' || el.prefix !== this.p) continue;
        const a = attributes(xml.slice(el.start, el.end));
        const rId = this.rPrefix === undefined ? '' : (a.get(qualify(this.rPrefix, 'id')) ?? '');
        const rel = this.rels.byId(rId);
        const state = a.get('state');
        this.sheets.push({
          name: a.get('name') ?? '',
          index: this.sheets.length,
          part: rel && rel.type === WORKSHEET_TYPE && !rel.external ? this.rels.targetPart(rel) : undefined,
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          created: false,
          sheetId: Number.parseInt(a.get('sheetId') ?? '0', 10) || 0,
          rId,
          el,
        });
      }
    }
    const names = this.top.get('definedNames');
    if (names) {
      for (const el of childElements(xml, names.contentStart, names.contentEnd)) {
        if (el.local !== 'definedName') continue;
        const a = attributes(xml.slice(el.start, el.end));
        const local = a.get('localSheetId');
        this.names.push({
          name: a.get('name') ?? '',
          localSheetId: local === undefined ? undefined : Number.parseInt(local, 10),
          value: decodeXml(xml.slice(el.contentStart, el.contentEnd)),
          hidden: a.get('hidden') === '1',
          el,
          changed: false,
          removed: false,
        });
      }
    }
    const styles = this.rels.all().find((r) => r.type === STYLES_TYPE);
    this.stylesPartName = styles ? this.rels.targetPart(styles) : undefined;
  }

  /** The styles part, created (empty of custom styles) when the workbook has none. */
  stylesPart(blankStyles: () => string): { name: string; xml: string } {
    if (this.stylesPartName !== undefined) {
      const xml = readText(this.pkg, this.stylesPartName);
      if (xml !== undefined) return { name: this.stylesPartName, xml };
    }
    const name = this.freePartName('xl/styles', '.xml');
    this.rels.add(STYLES_TYPE, relativeTarget(this.workbookPart, name));
    this.contentTypes.addOverride(name, STYLES_CONTENT_TYPE);
    this.stylesPartName = name;
    return { name, xml: blankStyles() };
  }

  /** The first sheet named so (ignoring case and surrounding spaces). */
  find(normalised: string, normalise: (s: string) => string): BookSheet | undefined {
    return this.sheets.find((s) => normalise(s.name) === normalised);
  }

  private freePartName(stem: string, ext: string, from = 1): string {
    const taken = new Set([...this.pkg.names, ...this.newParts.keys()].map((n) => n.toLowerCase()));
    for (let n = from; ; n++) {
      const candidate = n === 1 && stem.endsWith('styles') ? `${stem}${ext}` : `${stem}${n}${ext}`;
      if (!taken.has(candidate.toLowerCase()) && !this.contentTypes.has(candidate)) return candidate;
    }
  }

  /** Adds a worksheet at the end of the tabs; its part's text is given later by the caller. */
  addSheet(name: string): BookSheet {
    const part = this.freePartName('xl/worksheets/sheet', '.xml', this.sheets.length + 1);
    this.newParts.set(part, new Uint8Array());
    const rId = this.rels.add(WORKSHEET_TYPE, relativeTarget(this.workbookPart, part));
    this.contentTypes.addOverride(part, WORKSHEET_CONTENT_TYPE);
    const sheet: BookSheet = {
      name,
      index: this.sheets.length,
      part,
      state: 'visible',
      created: true,
      sheetId: Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1,
      rId,
      el: undefined,
    };
    this.sheets.push(sheet);
    this.sheetsChanged = true;
    return sheet;
  }

  setState(sheet: BookSheet, state: BookSheet['state']): void {
    if (sheet.state === state) return;
    sheet.state = state;
    this.sheetsChanged = true;
  }

  definedName(name: string, localSheetId: number): string | undefined {
    return this.names.find((n) => !n.removed && n.name === name && n.localSheetId === localSheetId)?.value;
  }

  /** Sets (or with null removes) a sheet-local defined name such as `_xlnm.Print_Titles`. */
  setDefinedName(name: string, localSheetId: number, value: string | null, hidden = false): void {
    const found = this.names.find((n) => !n.removed && n.name === name && n.localSheetId === localSheetId);
    if (value === null) {
      if (found) {
        found.removed = true;
        this.namesChanged = true;
      }
      return;
    }
    if (found) {
      if (found.value === value) return;
      found.value = value;
      found.changed = true;
    } else {
      this.names.push({ name, localSheetId, value, hidden, el: undefined, changed: true, removed: false });
    }
    this.namesChanged = true;
  }

  /** Drops `xl/calcChain.xml`, its relationship and content type, so that Excel rebuilds it. */
  removeCalcChain(): void {
    for (const rel of this.rels.all()) {
      if (rel.type !== CALC_CHAIN_TYPE) continue;
      const part = this.rels.targetPart(rel);
      this.rels.remove(rel.id);
      this.contentTypes.removeOverride(part);
      if (this.pkg.read(part) !== undefined) this.removedParts.add(part);
    }
    if (this.pkg.names.includes('xl/calcChain.xml')) {
      this.removedParts.add('xl/calcChain.xml');
      this.contentTypes.removeOverride('xl/calcChain.xml');
    }
  }

  /** The changed parts among these (worksheets and styles are the caller's). */
  changes(): { set: Map<string, Uint8Array | string>; remove: Set<string> } {
    const set = new Map<string, Uint8Array | string>();
    if (this.sheetsChanged || this.namesChanged) set.set(this.workbookPart, this.workbookXml());
    if (this.rels.changed) set.set(this.rels.part, this.rels.toXml());
    if (this.contentTypes.changed) set.set(ContentTypes.PART, this.contentTypes.toXml());
    if (this.sheetsChanged) {
      const app = readText(this.pkg, 'docProps/app.xml');
      const updated = app === undefined ? undefined : updateAppXml(app, this.sheets);
      if (updated !== undefined && updated !== app) set.set('docProps/app.xml', updated);
    }
    return { set, remove: new Set(this.removedParts) };
  }

  private workbookXml(): string {
    const xml = this.xml;
    const p = this.p;
    const edits = new Map<string, string>();
    if (this.sheetsChanged) edits.set('sheets', this.sheetsXml());
    if (this.namesChanged) {
      const live = this.names.filter((n) => !n.removed);
      const items = live.map((n) => {
        if (n.el !== undefined && !n.changed) return xml.slice(n.el.start, n.el.close);
        const start =
          n.el !== undefined
            ? openForm(xml.slice(n.el.start, n.el.end))
            : `<${qualify(p, 'definedName')} name="${escapeAttr(n.name)}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}${n.hidden ? ' hidden="1"' : ''}>`;
        return `${start}${escapeText(n.value)}</${qualify(p, 'definedName')}>`;
      });
      edits.set(
        'definedNames',
        items.length === 0
          ? ''
          : `<${qualify(p, 'definedNames')}>${items.join('')}</${qualify(p, 'definedNames')}>`,
      );
    }
    const out: string[] = [xml.slice(0, this.root.end)];
    let at = this.root.contentStart;
    const done = new Set<string>();
    for (const el of childElements(xml, this.root.contentStart, this.root.contentEnd)) {
      out.push(xml.slice(at, el.start));
      at = el.close;
      const rank = el.prefix === p ? WORKBOOK_ORDER.indexOf(el.local) : -1;
      if (rank >= 0) {
        for (const [local, text] of edits) {
          if (!done.has(local) && !this.top.has(local) && WORKBOOK_ORDER.indexOf(local) < rank) {
            out.push(text);
            done.add(local);
          }
        }
      }
      if (rank >= 0 && this.top.get(el.local)?.start === el.start && edits.has(el.local)) {
        out.push(edits.get(el.local) ?? '');
        done.add(el.local);
      } else {
        out.push(xml.slice(el.start, el.close));
      }
    }
    out.push(xml.slice(at, this.root.contentEnd));
    for (const [local, text] of edits) if (!done.has(local)) out.push(text);
    out.push(xml.slice(this.root.contentEnd));
    return out.join('');
  }

  private sheetsXml(): string {
    const xml = this.xml;
    const p = this.p;
    const rp = this.rPrefix ?? 'r';
    const ns = this.rPrefix === undefined ? ` xmlns:r="${REL_NS}"` : '';
    const items = this.sheets.map((s) => {
      const state = s.state === 'visible' ? null : s.state;
      if (s.el !== undefined) {
        const tag = xml.slice(s.el.start, s.el.end);
        const was = attribute(tag, 'state');
        const now = was === 'hidden' || was === 'veryHidden' ? was : 'visible';
        const changed = now !== s.state;
        const text = xml.slice(s.el.start, s.el.close);
        return changed ? setAttributes(tag, { state }) + text.slice(tag.length) : text;
      }
      return `<${qualify(p, 'sheet')} name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${state === null ? '' : ` state="${state}"`}${ns} ${qualify(rp, 'id')}="${escapeAttr(s.rId)}"/>`;
    });
    const el = this.top.get('sheets');
    if (el === undefined) return `<${qualify(p, 'sheets')}>${items.join('')}</${qualify(p, 'sheets')}>`;
    // keep the text between the existing <sheet> elements
    const kids = childElements(xml, el.contentStart, el.contentEnd);
    const out: string[] = [openForm(xml.slice(el.start, el.end))];
    let at = el.contentStart;
    for (const k of kids) {
      out.push(xml.slice(at, k.start));
      at = k.close;
      const sheet = this.sheets.find((s) => s.el?.start === k.start);
      out.push(sheet ? (items[sheet.index] ?? '') : xml.slice(k.start, k.close));
    }
    if (!el.selfClosing) out.push(xml.slice(at, el.contentEnd));
    out.push(...items.slice(this.sheets.filter((s) => s.el !== undefined).length));
    out.push(`</${el.name}>`);
    return out.join('');
  }
}

/** The target of a relationship from `source` to `part`, relative when they share the folder. */
function relativeTarget(source: string, part: string): string {
  const dir = source.slice(0, source.lastIndexOf('/') + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

/**
 * `docProps/app.xml` with the sheet names in TitlesOfParts, when its HeadingPairs say plainly
 * which entries are the worksheets (the first pair, counting as many as the workbook had).
 * Otherwise it is left alone: Excel rewrites it on its next save and nothing reads it.
 */
export function updateAppXml(xml: string, sheets: readonly BookSheet[]): string | undefined {
  const before = sheets.filter((s) => !s.created);
  const added = sheets.filter((s) => s.created);
  if (added.length === 0) return undefined;
  const pairs = /<(\w+:)?HeadingPairs>[\s\S]*?<\/\1?HeadingPairs>/.exec(xml);
  const titles = /<(\w+:)?TitlesOfParts>[\s\S]*?<\/\1?TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return undefined;
  const countMatch = /<(\w+:)?i4>(\d+)<\/\1?i4>/.exec(pairs[0]);
  if (!countMatch || Number(countMatch[2]) !== before.length) return undefined;
  const vector = /(<(\w+:)?vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/\2?vector>)/.exec(titles[0]);
  if (!vector) return undefined;
  const vt = vector[2] ?? '';
  const items = [...(vector[5] ?? '').matchAll(/<(\w+:)?lpstr>[\s\S]*?<\/\1?lpstr>|<(\w+:)?lpstr\/>/g)].map(
    (m) => m[0],
  );
  if (items.length !== Number(vector[3])) return undefined;
  const newItems = added.map((s) => `<${vt}lpstr>${escapeText(s.name)}</${vt}lpstr>`);
  items.splice(before.length, 0, ...newItems);
  const newVector = `${vector[1]}${items.length}${vector[4]}${items.join('')}${vector[6]}`;
  const newTitles = titles[0].replace(vector[0], newVector);
  const i4 = countMatch[0].replace(/>\d+</, `>${before.length + added.length}<`);
  const newPairs = pairs[0].replace(countMatch[0], i4);
  return xml.replace(pairs[0], newPairs).replace(titles[0], newTitles);
}
