/**
 * What one header means: its label path (group header over sub-headers) read as a concept of
 * `synonyms.ts`, with the quarter, month and K/Rp part taken off. Pure and total.
 */
import { ANGGARAN_PART, CONCEPTS, KINERJA_PART, MONTHS, type Concept, type ConceptId } from './synonyms';

export type Quarter = 1 | 2 | 3 | 4;

export interface HeaderMeaning {
  readonly concept: ConceptId | null;
  /** 0..1: 0,9 a label of the list, 0,6 a word of it inside a longer label. */
  readonly confidence: number;
  readonly quarter?: Quarter;
  readonly month?: number;
  readonly part?: 'kinerja' | 'anggaran';
}

/** Case, line breaks, snake_case, spaces around `/`, a trailing `*` or `:` and a year do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\r\n\t\u00a0]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[*:]+\s*$/, '')
    .replace(/\b20\d\d\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ROMAN: Readonly<Record<string, Quarter>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
const QUARTER_ALONE = /^(?:(?:tw|triwulan|trw|tri wulan|q)\.? ?)?(i{1,3}|iv|[1-4])$/;
const QUARTER_SUFFIX = /^(.*?)\s*(?:\b(?:tw|triwulan|trw|q)\.? ?)(i{1,3}|iv|[1-4])$/;

export interface HeaderTokens {
  readonly rest: readonly string[];
  readonly quarter?: Quarter;
  readonly month?: number;
  readonly part?: 'kinerja' | 'anggaran';
}

/** Splits a label path into its name elements and the quarter, month and part it names. */
export function headerTokens(path: readonly string[]): HeaderTokens {
  const rest: string[] = [];
  let quarter: Quarter | undefined;
  let month: number | undefined;
  let part: 'kinerja' | 'anggaran' | undefined;
  let index = -1;
  for (const raw of path) {
    let el = normaliseHeader(raw);
    if (el === '') continue;
    index++;
    const alone = QUARTER_ALONE.exec(el);
    if (alone !== null) {
      quarter = ROMAN[alone[1] ?? ''];
      continue;
    }
    const suffix = QUARTER_SUFFIX.exec(el);
    if (suffix !== null) {
      quarter = ROMAN[suffix[2] ?? ''];
      el = (suffix[1] ?? '').trim();
    }
    const monthAt = MONTHS.findIndex((m) => el === m || el.endsWith(` ${m}`));
    if (monthAt >= 0) {
      month = monthAt + 1;
      el = el.slice(0, el.length - (MONTHS[monthAt] ?? '').length).trim();
    }
    // K / Rp. are sub-headers: "ANGGARAN" alone is a column of its own.
    if (index > 0 && KINERJA_PART.includes(el)) {
      part = 'kinerja';
      continue;
    }
    if (index > 0 && ANGGARAN_PART.includes(el)) {
      part = 'anggaran';
      continue;
    }
    if (el !== '') rest.push(el);
  }
  const out: { rest: string[]; quarter?: Quarter; month?: number; part?: 'kinerja' | 'anggaran' } = { rest };
  if (quarter !== undefined) out.quarter = quarter;
  if (month !== undefined) out.month = month;
  if (part !== undefined) out.part = part;
  return out;
}

/** Each normalised label → the concepts that list it. */
const BY_LABEL: ReadonlyMap<string, readonly Concept[]> = (() => {
  const map = new Map<string, Concept[]>();
  for (const c of CONCEPTS) {
    for (const l of c.labels) {
      const k = normaliseHeader(l);
      const list = map.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      map.set(k, list);
    }
  }
  return map;
})();

export function conceptById(id: ConceptId): Concept {
  return CONCEPTS.find((c) => c.id === id) as Concept;
}

/** The concept among several that fits whether the header names a period. */
function fitting(list: readonly Concept[], periodic: boolean): Concept | undefined {
  return list.find((c) => (c.perQuarter === true) === periodic) ?? (periodic ? undefined : list[0]);
}

/** Adjusts a concept for the K/Rp part and a month (Permendagri 86 pairs; monthly plans). */
function adjust(id: ConceptId, tokens: HeaderTokens): ConceptId {
  if (tokens.part === 'anggaran') {
    if (id === 'realisasiTw') return 'realisasiAnggaranTw';
    if (id === 'target') return 'anggaran';
  }
  if (tokens.part === 'kinerja' && id === 'realisasiAnggaranTw') return 'realisasiTw';
  if (tokens.month !== undefined && id === 'targetTw') return 'targetBulan';
  if (tokens.month === undefined && id === 'targetBulan') return 'targetTw';
  return id;
}

/** What a header means; `{ concept: null, confidence: 0 }` when nothing fits. */
export function headerMeaning(path: readonly string[]): HeaderMeaning {
  const tokens = headerTokens(path);
  const periodic = tokens.quarter !== undefined || tokens.month !== undefined;
  const extra = {
    ...(tokens.quarter !== undefined ? { quarter: tokens.quarter } : {}),
    ...(tokens.month !== undefined ? { month: tokens.month } : {}),
    ...(tokens.part !== undefined ? { part: tokens.part } : {}),
  };
  const candidates =
    tokens.rest.length > 1 ? [tokens.rest.join('/'), ...[...tokens.rest].reverse()] : [...tokens.rest];
  if (candidates.length === 0 && tokens.part === 'anggaran' && periodic)
    return { concept: 'realisasiAnggaranTw', confidence: 0.6, ...extra };
  for (const text of candidates) {
    const list = BY_LABEL.get(text);
    const c = list === undefined ? undefined : fitting(list, periodic);
    if (c !== undefined) return { concept: adjust(c.id, tokens), confidence: 0.9, ...extra };
  }
  // A word inside a longer label: the word that comes first is the head noun in Indonesian
  // ("Indikator Kinerja Sasaran Strategis" is an indicator, of a sasaran).
  for (const text of candidates) {
    let best: { id: ConceptId; at: number } | null = null;
    for (const c of CONCEPTS) {
      if ((c.perQuarter === true) !== periodic || c.words === undefined) continue;
      for (const w of c.words) {
        const m = new RegExp(`(?:^|[^a-z])${w}(?:[^a-z]|$)`).exec(text);
        if (m !== null && (best === null || m.index < best.at)) best = { id: c.id, at: m.index };
      }
    }
    if (best !== null) return { concept: adjust(best.id, tokens), confidence: 0.6, ...extra };
  }
  return { concept: null, confidence: 0, ...extra };
}

/** True when a cell's text is something a header row says: a listed label, a quarter, a month, K or Rp. */
export function isHeaderToken(text: string): boolean {
  const n = normaliseHeader(text);
  if (KINERJA_PART.includes(n) || ANGGARAN_PART.includes(n)) return true;
  const t = headerTokens([text]);
  if (t.rest.length === 0) return t.quarter !== undefined || t.month !== undefined || t.part !== undefined;
  return BY_LABEL.has(t.rest.join('/'));
}
