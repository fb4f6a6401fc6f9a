/**
 * Test support: the Excel fake's workbook state made FROM an .xlsx file, as Excel would report
 * that file through Office.js once opened: each cell's stored value (a date is its serial
 * number, a time its fraction of a day, in the workbook's own date system), its error, its
 * formula, and its number format code; rich text as its plain text; the cells a merged area
 * covers empty; sheet visibility; `use1904DateSystem`. Written on its own (a small XML walk),
 * not with any reader under test.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExcelFake, type ExcelFakeOptions } from '../office-fake/excel-fake';

/** The built-in formats the parity workbooks use, as Excel (en-US) reports them in `numberFormat`. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  9: '0%',
  10: '0.00%',
  20: 'h:mm',
  21: 'h:mm:ss',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  49: '@',
};

interface Node {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const node: Node = { name: tag.name, attrs: { ...tag.attributes }, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root;
}

function* all(node: Node, name: string): Generator<Node> {
  for (const child of node.children) {
    if (child.name === name) yield child;
    yield* all(child, name);
  }
}

function first(node: Node, name: string): Node | undefined {
  for (const found of all(node, name)) return found;
  return undefined;
}

/** The visible text of a shared or inline string: its `t` runs, phonetic runs left out. */
function plainText(si: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const c of n.children) {
      if (c.name === 'rPh') continue;
      if (c.name === 't') out += c.text;
      else walk(c);
    }
  };
  walk(si);
  return out;
}

function colOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rowOf(ref: string): number {
  return Number(/\d+$/.exec(ref)?.[0]) - 1;
}

/** A fake whose workbook is the .xlsx `bytes` as Excel would hold it after opening the file. */
export function seedFakeFromXlsx(bytes: Uint8Array, options: Omit<ExcelFakeOptions, 'sheets'> = {}): ExcelFake {
  const files = unzipSync(bytes);
  const xml = (name: string): Node | undefined => {
    const part = files[name];
    return part === undefined ? undefined : parse(strFromU8(part));
  };
  const book = xml('xl/workbook.xml');
  if (book === undefined) throw new Error('seedFakeFromXlsx: no xl/workbook.xml');
  const rels = new Map<string, string>();
  for (const r of all(xml('xl/_rels/workbook.xml.rels') ?? parse('<x/>'), 'Relationship')) {
    const target = r.attrs.Target ?? '';
    rels.set(r.attrs.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const styles = xml('xl/styles.xml');
  const custom = new Map<number, string>();
  const xfFormats: string[] = [];
  if (styles !== undefined) {
    for (const f of all(styles, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
    const cellXfs = first(styles, 'cellXfs');
    for (const xf of cellXfs === undefined ? [] : cellXfs.children) {
      const id = Number(xf.attrs.numFmtId ?? 0);
      const format = custom.get(id) ?? BUILT_IN[id];
      if (format === undefined) throw new Error(`seedFakeFromXlsx: built-in format ${id} not modelled`);
      xfFormats.push(format);
    }
  }
  const sst = xml('xl/sharedStrings.xml');
  const strings = sst === undefined ? [] : [...all(sst, 'si')].map(plainText);

  const fake = new ExcelFake({ ...options, sheets: [] });
  const pr = first(book, 'workbookPr');
  fake.date1904 = pr?.attrs.date1904 === '1' || pr?.attrs.date1904 === 'true';
  for (const s of all(book, 'sheet')) {
    const sheet = fake.addSheet(s.attrs.name ?? '');
    const state = s.attrs.state;
    if (state === 'hidden') sheet.visibility = 'Hidden';
    else if (state === 'veryHidden') sheet.visibility = 'VeryHidden';
    const part = xml(rels.get(s.attrs['r:id'] ?? '') ?? '');
    if (part === undefined) continue;
    const covered = new Set<string>();
    for (const m of all(part, 'mergeCell')) {
      const [a = '', b = a] = (m.attrs.ref ?? '').split(':');
      for (let r = rowOf(a); r <= rowOf(b); r++)
        for (let c = colOf(a); c <= colOf(b); c++) if (r !== rowOf(a) || c !== colOf(a)) covered.add(`${r},${c}`);
    }
    const sharedFormulas = new Map<string, string>();
    for (const c of all(part, 'c')) {
      const ref = c.attrs.r ?? '';
      const row = rowOf(ref);
      const col = colOf(ref);
      // Excel shows (and Office.js reports) the cells a merged area covers as empty.
      if (covered.has(`${row},${col}`)) continue;
      const cell = sheet.touch(row, col);
      cell.numberFormat = xfFormats[Number(c.attrs.s ?? 0)] ?? 'General';
      const f = first(c, 'f');
      if (f !== undefined) {
        const si = f.attrs.si;
        if (f.text !== '' && si !== undefined) sharedFormulas.set(si, f.text);
        const text = f.text !== '' ? f.text : (sharedFormulas.get(si ?? '') ?? '');
        cell.formula = `=${text}`;
      }
      const v = first(c, 'v')?.text;
      switch (c.attrs.t) {
        case 's':
          cell.value = strings[Number(v)] ?? '';
          break;
        case 'inlineStr': {
          const is = first(c, 'is');
          cell.value = is === undefined ? '' : plainText(is);
          break;
        }
        case 'str':
          cell.value = v ?? '';
          break;
        case 'b':
          cell.value = v === '1' || v === 'true';
          break;
        case 'e':
          cell.error = v ?? '#N/A';
          break;
        default:
          cell.value = v === undefined || v === '' ? null : Number(v);
      }
    }
  }
  fake.activeSheet = fake.sheets.find((s) => s.visibility === 'Visible') ?? null;
  return fake;
}
