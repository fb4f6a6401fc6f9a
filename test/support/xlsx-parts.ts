/**
 * Test support: the XML of a sheet of an .xlsx file, found as Excel finds it (workbook.xml's
 * sheet → its relationship → the part), for assertions on what readers do not model (e.g.
 * internal hyperlinks written with `location`, which exceljs's reader ignores).
 */
import { strFromU8, unzipSync } from 'fflate';

export function sheetXmlOf(xlsx: Uint8Array, sheetName: string): string {
  const files = unzipSync(xlsx);
  const text = (name: string): string => {
    const part = files[name];
    if (part === undefined) throw new Error(`no part ${name}`);
    return strFromU8(part);
  };
  const escaped = sheetName.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const sheet = new RegExp(
    `<sheet\\b[^>]*\\bname="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
  ).exec(text('xl/workbook.xml'));
  const rId = sheet === null ? undefined : /\br:id="([^"]+)"/.exec(sheet[0])?.[1];
  if (rId === undefined) throw new Error(`no sheet ${sheetName}`);
  const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${rId}"[^>]*>`).exec(
    text('xl/_rels/workbook.xml.rels'),
  );
  const target = rel === null ? undefined : /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
  if (target === undefined) throw new Error(`no relationship ${rId}`);
  return text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

/** The internal hyperlinks of a sheet's XML: cell → location. */
export function internalLinks(sheetXml: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<(?:\w+:)?hyperlink\b[^>]*>/g)) {
    const ref = /\bref="([^"]+)"/.exec(m[0])?.[1];
    const location = /\blocation="([^"]+)"/.exec(m[0])?.[1];
    if (ref !== undefined && location !== undefined)
      links.set(ref, location.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return links;
}
