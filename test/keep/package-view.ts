/**
 * A test's view of an .xlsx package, independent of the code under test: every part's
 * inflated and stored (compressed) bytes, the sheets with their part names and states, a
 * part's relationships, and a worksheet's top-level elements as written.
 */
import { inflateSync } from 'fflate';
import { inspectWorkbookBytes } from '../../src/core/guard/input-guard';

export interface Part {
  readonly name: string;
  readonly method: number;
  /** The bytes as stored in the zip (deflated or not). */
  readonly stored: Uint8Array;
  readonly inflated: Uint8Array;
}

export function readParts(zip: Uint8Array): Map<string, Part> {
  const verdict = inspectWorkbookBytes(zip);
  if (!verdict.ok) throw new Error(`not a usable zip: ${verdict.userMessage}`);
  const entries = verdict.entries;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const parts = new Map<string, Part>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const at = e.localOffset;
    if (view.getUint32(at, true) !== 0x04034b50) throw new Error(`no local header for ${e.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const stored = zip.subarray(start, start + e.compressedSize);
    const inflated = e.method === 0 ? stored : inflateSync(stored);
    parts.set(e.name, { name: e.name, method: e.method, stored, inflated });
  }
  return parts;
}

export function text(part: Part | undefined): string {
  return part === undefined ? '' : new TextDecoder().decode(part.inflated);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: unescape(attr(m[0], 'Target') ?? ''),
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** The rels part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = from.slice(0, from.lastIndexOf('/') + 1).split('/');
  base.pop();
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.') base.push(seg);
  }
  return base.join('/');
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string | undefined;
  readonly state: string;
}

/** The workbook's sheets in order, each with its part name (from xl/workbook.xml and its rels). */
export function sheetsOf(parts: ReadonlyMap<string, Part>): SheetEntry[] {
  const rels = new Map(
    relationships(text(parts.get('xl/_rels/workbook.xml.rels'))).map((r) => [
      r.id,
      resolveTarget('xl/workbook.xml', r.target),
    ]),
  );
  return [...text(parts.get('xl/workbook.xml')).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => ({
    name: unescape(attr(m[0], 'name') ?? ''),
    part: rels.get(attr(m[0], 'r:id') ?? ''),
    state: attr(m[0], 'state') ?? 'visible',
  }));
}

export interface Element {
  readonly name: string;
  /** The element as written, from its start tag to its end tag. */
  readonly xml: string;
  readonly children: readonly Element[];
}

/** The elements under the root of an XML text, each with its own children, as written. */
export function topElements(xml: string): Element[] {
  const root: { children: Element[] } = { children: [] };
  const stack: { name: string; start: number; children: Element[] }[] = [];
  const tags = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (const m of xml.matchAll(tags)) {
    const [whole, close, name = '', , selfClose] = m;
    const at = m.index;
    if (close === '/') {
      const open = stack.pop();
      if (open === undefined) continue;
      const el: Element = { name, xml: xml.slice(open.start, at + whole.length), children: open.children };
      (stack[stack.length - 1] ?? root).children.push(el);
    } else if (selfClose === '/') {
      const el: Element = { name, xml: whole, children: [] };
      (stack[stack.length - 1] ?? root).children.push(el);
    } else {
      stack.push({ name, start: at, children: [] });
    }
  }
  return root.children[0]?.children.slice() ?? [];
}
