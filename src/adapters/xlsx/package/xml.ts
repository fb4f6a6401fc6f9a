/**
 * A small XML scanner for the patching writer: it finds elements by their offsets in the
 * text and edits start tags in place, so that every byte it is not asked to change stays as
 * it was (no DOM, no re-serialising: quoting, escaping, namespace prefixes and white space
 * are kept). It understands what package parts contain: elements, attributes in single or
 * double quotes, comments, CDATA, processing instructions. No Node API.
 */
import { LakipError } from '../../../core/errors';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** A start tag (or empty-element tag) found in the text. */
export interface Tag {
  /** Qualified name as written, e.g. `x:row`. */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** An element: its start tag and, when not self-closing, where its content and end tag are. */
export interface Element extends Tag {
  /** Offset just after the whole element. */
  readonly close: number;
  /** Content range (empty for a self-closing element). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

function isNameChar(c: number): boolean {
  // anything but white space, `/`, `>`, `=`
  return c > 32 && c !== 47 && c !== 62 && c !== 61;
}

function malformed(what: string): LakipError {
  return new LakipError(
    'file/damaged',
    `Isi file ini rusak (${what}) sehingga tidak dapat disimpan; buka di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
  );
}

/** Reads the start tag at `pos` (which holds `<`). */
export function readTag(xml: string, pos: number): Tag {
  let i = pos + 1;
  while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
  const name = xml.slice(pos + 1, i);
  const end = tagEnd(xml, i);
  const colon = name.indexOf(':');
  return {
    name,
    prefix: colon < 0 ? '' : name.slice(0, colon),
    local: colon < 0 ? name : name.slice(colon + 1),
    start: pos,
    end,
    selfClosing: xml.charCodeAt(end - 2) === 47,
  };
}

/** The offset just after the `>` that ends a tag, skipping quoted attribute values. */
export function tagEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (Number.isNaN(c)) throw malformed('tag tidak ditutup');
    if (c === 62) return i + 1;
    if (c === 34 || c === 39) {
      const q = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (q < 0) throw malformed('atribut tidak ditutup');
      i = q + 1;
    } else {
      i++;
    }
  }
}

/** Skips a comment, CDATA section, processing instruction or declaration at `pos`; -1 when none is there. */
function skipSpecial(xml: string, pos: number): number {
  const c = xml.charCodeAt(pos + 1);
  if (c === 33) {
    if (xml.startsWith('<!--', pos)) return need(xml.indexOf('-->', pos + 4), 3);
    if (xml.startsWith('<![CDATA[', pos)) return need(xml.indexOf(']]>', pos + 9), 3);
    return tagEnd(xml, pos + 2);
  }
  if (c === 63) return need(xml.indexOf('?>', pos + 2), 2);
  return -1;
}

function need(at: number, len: number): number {
  if (at < 0) throw malformed('komentar atau CDATA tidak ditutup');
  return at + len;
}

/** The element whose start tag is at `pos`, with the end of its matching end tag. */
export function readElement(xml: string, pos: number): Element {
  const tag = readTag(xml, pos);
  if (tag.selfClosing) return { ...tag, close: tag.end, contentStart: tag.end, contentEnd: tag.end };
  let depth = 1;
  let i = tag.end;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) throw malformed(`<${tag.name}> tidak ditutup`);
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw malformed(`<${tag.name}> tidak ditutup`);
      depth--;
      if (depth === 0) return { ...tag, close: gt + 1, contentStart: tag.end, contentEnd: lt };
      i = gt + 1;
      continue;
    }
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const inner = tagEnd(xml, lt + 1);
    if (xml.charCodeAt(inner - 2) !== 47) depth++;
    i = inner;
  }
}

/** The direct child elements in `[from, to)`, in document order. */
export function childElements(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) return out;
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const el = readElement(xml, lt);
    out.push(el);
    i = el.close;
  }
}

/**
 * The document element, after the prolog (declaration, comments, BOM). Its end tag is the
 * last one of the text, found from the end: the content is not walked (a sheet can be large).
 */
export function rootElement(xml: string): Element {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) throw malformed('tidak ada elemen');
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const tag = readTag(xml, lt);
    if (tag.selfClosing) return { ...tag, close: tag.end, contentStart: tag.end, contentEnd: tag.end };
    const endTag = `</${tag.name}`;
    const at = xml.lastIndexOf(endTag);
    if (at < tag.end) throw malformed(`<${tag.name}> tidak ditutup`);
    const gt = xml.indexOf('>', at);
    if (gt < 0) throw malformed(`<${tag.name}> tidak ditutup`);
    return { ...tag, close: gt + 1, contentStart: tag.end, contentEnd: at };
  }
}

// ---------------------------------------------------------------------------------------
// Attributes

interface AttrSpan {
  readonly name: string;
  /** Offset of the attribute name. */
  readonly start: number;
  /** Offset of the value (inside the quotes) and just after it. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

function attrSpans(tagText: string): AttrSpan[] {
  const spans: AttrSpan[] = [];
  let i = 1;
  while (i < tagText.length && isNameChar(tagText.charCodeAt(i))) i++;
  for (;;) {
    while (i < tagText.length && tagText.charCodeAt(i) <= 32) i++;
    const c = tagText.charCodeAt(i);
    if (Number.isNaN(c) || c === 47 || c === 62) return spans;
    const start = i;
    while (i < tagText.length && isNameChar(tagText.charCodeAt(i))) i++;
    const name = tagText.slice(start, i);
    while (tagText.charCodeAt(i) <= 32) i++;
    if (tagText.charCodeAt(i) !== 61) throw malformed(`atribut ${name} tanpa nilai`);
    i++;
    while (tagText.charCodeAt(i) <= 32) i++;
    const q = tagText[i];
    if (q !== '"' && q !== "'") throw malformed(`atribut ${name} tanpa tanda petik`);
    const close = tagText.indexOf(q, i + 1);
    if (close < 0) throw malformed(`atribut ${name} tidak ditutup`);
    spans.push({ name, start, valueStart: i + 1, valueEnd: close });
    i = close + 1;
  }
}

/** The attributes of a start tag's text, decoded, in their order. */
export function attributes(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of attrSpans(tagText)) out.set(s.name, decodeXml(tagText.slice(s.valueStart, s.valueEnd)));
  return out;
}

/** One attribute of a start tag's text, decoded; undefined when absent. Fast path for hot loops. */
export function attribute(tagText: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tagText.indexOf(name, from);
    if (at < 0) return undefined;
    const before = tagText.charCodeAt(at - 1);
    let i = at + name.length;
    while (tagText.charCodeAt(i) <= 32) i++;
    if (before <= 32 && tagText.charCodeAt(i) === 61) {
      i++;
      while (tagText.charCodeAt(i) <= 32) i++;
      const q = tagText[i];
      if (q === '"' || q === "'") {
        const close = tagText.indexOf(q, i + 1);
        if (close > 0) {
          const raw = tagText.slice(i + 1, close);
          return raw.includes('&') ? decodeXml(raw) : raw;
        }
      }
    }
    from = at + name.length;
  }
}

/**
 * The start tag with some attributes changed: a string replaces the value in place (or is
 * added at the end), null removes the attribute. Every other byte of the tag is kept.
 */
export function setAttributes(tagText: string, changes: Readonly<Record<string, string | null>>): string {
  const spans = attrSpans(tagText);
  const pending = new Map(Object.entries(changes));
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (!pending.has(s.name)) continue;
    const value = pending.get(s.name);
    pending.delete(s.name);
    if (value === null || value === undefined) {
      // drop the white space before the attribute too
      let from = s.start;
      while (from > 0 && tagText.charCodeAt(from - 1) <= 32) from--;
      parts.push(tagText.slice(at, from));
      at = s.valueEnd + 1;
    } else {
      parts.push(tagText.slice(at, s.valueStart), escapeAttr(value));
      at = s.valueEnd;
    }
  }
  let rest = tagText.slice(at);
  const added: string[] = [];
  for (const [name, value] of pending) if (value !== null) added.push(` ${name}="${escapeAttr(value)}"`);
  if (added.length > 0) {
    const close = rest.endsWith('/>') ? rest.length - 2 : rest.length - 1;
    let insertAt = close;
    while (insertAt > 0 && rest.charCodeAt(insertAt - 1) <= 32) insertAt--;
    rest = rest.slice(0, insertAt) + added.join('') + rest.slice(insertAt);
  }
  parts.push(rest);
  return parts.join('');
}

/** An element's start tag text turned into a start tag that is not self-closing. */
export function openForm(tagText: string): string {
  if (!tagText.endsWith('/>')) return tagText;
  let end = tagText.length - 2;
  while (end > 0 && tagText.charCodeAt(end - 1) <= 32) end--;
  return `${tagText.slice(0, end)}>`;
}

// ---------------------------------------------------------------------------------------
// Escaping

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF) as
 * Excel's `_xHHHH_` escape, which Excel and LibreOffice turn back into the character.
 */
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- these characters are what it finds
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

function hex4(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Text content: `& < >` escaped, characters XML cannot hold as `_xHHHH_`. */
export function escapeText(s: string): string {
  let out = s;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  NOT_XML.lastIndex = 0;
  if (NOT_XML.test(out)) out = out.replace(NOT_XML, hex4);
  return out;
}

/** An attribute value in double quotes; tabs and line breaks as references so they survive. */
export function escapeAttr(s: string): string {
  let out = s;
  if (/[&<>"\t\n\r]/.test(out)) {
    out = out
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;');
  }
  NOT_XML.lastIndex = 0;
  if (NOT_XML.test(out)) out = out.replace(NOT_XML, hex4);
  return out;
}

// ---------------------------------------------------------------------------------------
// Text and namespaces

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** A part's bytes as text; the BOM, if any, is kept so the part round-trips byte for byte. */
export function decodePart(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new LakipError(
      'file/not-xlsx',
      `Bagian ${name} dalam file ini disimpan sebagai UTF-16, yang tidak dapat disunting di sini; buka file di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new LakipError(
      'file/damaged',
      `Bagian ${name} dalam file ini bukan teks UTF-8 yang sah; buka file di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
      { cause },
    );
  }
}

export function encodePart(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The prefix (maybe '') the root element declares for `ns`; undefined when it declares none. */
export function prefixFor(rootTagText: string, ns: string): string | undefined {
  for (const [name, value] of attributes(rootTagText)) {
    if (value !== ns) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return name.slice(6);
  }
  return undefined;
}

/**
 * The prefix of a part's main SpreadsheetML namespace, which must be the root's own. A strict
 * OOXML part, or a root in another namespace, is refused with one sentence.
 */
export function mainPrefix(xml: string, root: Element, part: string): string {
  const rootText = xml.slice(root.start, root.end);
  const declared = prefixFor(rootText, MAIN_NS);
  if (declared === root.prefix) return declared;
  if (prefixFor(rootText, STRICT_MAIN_NS) !== undefined) {
    throw new LakipError(
      'file/not-xlsx',
      `File ini disimpan dalam format "Strict Open XML" (bagian ${part}) yang tidak dapat disunting di sini; buka di Excel lalu simpan ulang sebagai "Excel Workbook (.xlsx)", kemudian coba lagi.`,
    );
  }
  throw new LakipError(
    'file/damaged',
    `Bagian ${part} dalam file ini tidak memakai namespace SpreadsheetML yang dikenal; buka file di Excel lalu simpan ulang sebagai .xlsx, kemudian coba lagi.`,
  );
}

/** `name` with the prefix, if any. */
export function qualify(prefix: string, local: string): string {
  return prefix === '' ? local : `${prefix}:${local}`;
}

/**
 * An element of a short list (`cols`, `sheetPr`, …) with the given child elements replaced,
 * inserted in schema order, or removed (null). `order` lists the child local names in the
 * order the schema requires; unknown children stay where they are.
 */
export function editChildren(
  xml: string,
  el: Element,
  prefix: string,
  order: readonly string[],
  edits: ReadonlyMap<string, string | null>,
): string {
  const kids = childElements(xml, el.contentStart, el.contentEnd).filter((k) => k.prefix === prefix);
  const out: string[] = [];
  const start = xml.slice(el.start, el.end);
  const closeTag = `</${el.name}>`;
  const done = new Set<string>();
  const rank = (local: string): number => order.indexOf(local);
  const insertBefore = (limit: number): void => {
    for (const [local, text] of edits) {
      if (done.has(local) || text === null) continue;
      const r = rank(local);
      if (r >= 0 && r < limit) {
        out.push(text);
        done.add(local);
      }
    }
  };
  out.push(openForm(start));
  let at = el.selfClosing ? el.end : el.contentStart;
  for (const k of kids) {
    out.push(xml.slice(at, k.start));
    at = k.close;
    const r = rank(k.local);
    if (r >= 0) insertBefore(r);
    if (edits.has(k.local)) {
      const text = edits.get(k.local) ?? null;
      if (!done.has(k.local) && text !== null) out.push(text);
      done.add(k.local);
      continue;
    }
    out.push(xml.slice(k.start, k.close));
  }
  out.push(el.selfClosing ? '' : xml.slice(at, el.contentEnd));
  insertBefore(Number.MAX_SAFE_INTEGER);
  for (const [local, text] of edits) if (!done.has(local) && text !== null) out.push(text);
  out.push(closeTag);
  return out.join('');
}
