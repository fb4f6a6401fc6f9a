/**
 * The one rule for comparing codes and keys between sheets (PK ↔ Data Kinerja ↔ IKU ↔ DPA …,
 * a bagian's format ↔ the tracker), and the white-space rule `parse/cell.ts` reads text with.
 * It sits at the bottom of the core so that parsing and reading (`read/keys.ts`) share it:
 *
 * - the zero-width characters U+200B, U+200C, U+200D, U+2060 and U+FEFF are removed (they come
 *   with text pasted from web pages and PDFs, and nobody can see them);
 * - every kind of white space (tab, line break, NBSP, thin space, ideographic space …) counts as
 *   a space, runs of it become one space, and the ends are trimmed;
 * - for keys only, case is ignored (`IKU-01` is `iku-01`).
 *
 * Everything that compares keys uses `keyOf` (directly or through `KeyIndex`), so validation,
 * the LAKIP tables and consolidation find the same rows.
 */

/** The zero-width characters a cell may carry unseen. */
export const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** At either end: white space or a zero-width character. */
// (Alternatives, not a character class: U+200D in a class reads as joining its neighbours.)
const EDGE = /^(?:\s|\u200b|\u200c|\u200d|\u2060)|(?:\s|\u200b|\u200c|\u200d|\u2060)$/;
const EDGES = /^(?:\s|\u200b|\u200c|\u200d|\u2060)+|(?:\s|\u200b|\u200c|\u200d|\u2060)+$/g;

/**
 * Anything `normaliseSpaces` changes besides a space at either end: `\s` less the plain space
 * (spelled out because that is faster), the zero-width characters, or two spaces.
 */
const UNUSUAL_SPACE =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200c\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|\u200d| {2}/;
const SPACE = 0x20;

/**
 * Zero-width characters removed, every kind of white space collapsed to one space, ends
 * trimmed. Most cells are already clean: testing is much cheaper than building a new string.
 */
export function normaliseSpaces(text: string): string {
  const clean =
    text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE && !UNUSUAL_SPACE.test(text);
  return clean ? text : text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/**
 * White space and zero-width characters trimmed from both ends only (free text keeps its
 * inner spacing and line breaks as typed).
 */
export function trimSpaces(text: string): string {
  return EDGE.test(text) ? text.replace(EDGES, '') : text;
}

/** A key as compared between sheets: `normaliseSpaces`, and case ignored. */
export function keyOf(value: string | number | boolean): string {
  return normaliseSpaces(String(value)).toLowerCase();
}

/** Whether two codes are the same key (`IKU-01` and ` iku-01\u200b`). */
export function sameKey(a: string | number | boolean, b: string | number | boolean): boolean {
  return a === b || keyOf(a) === keyOf(b);
}
