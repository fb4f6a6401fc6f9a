/**
 * Program and kegiatan codes of the national list (Permendagri 90): the level a code names by
 * its number of parts, a code and a name typed in one cell, and a code's parent in a tree.
 */

export type CodeLevel = 'Urusan' | 'Bidang Urusan' | 'Program' | 'Kegiatan' | 'Sub Kegiatan';

/** `1.01.02`, `1.01.02.2.01`, `X.XX.01`, `7.01.01.2.01.0001`: parts of digits (or X) joined by dots. */
const CODE = /^(?:\d+|x+)(?:\.(?:\d+|x+))*$/i;
const CODE_AND_NAME = /^((?:\d+|x+)(?:\.(?:\d+|x+))+)\.?\s+(\S.*)$/i;

export function isProgramCode(text: string): boolean {
  return CODE.test(text.trim()) && text.includes('.');
}

/** The level of a code by its parts: 1 Urusan, 2 Bidang Urusan, 3 Program, 4–5 Kegiatan, 6+ Sub Kegiatan. */
export function codeLevel(code: string): CodeLevel | null {
  const t = code.trim();
  if (!CODE.test(t)) return null;
  const parts = t.split('.').length;
  if (parts === 1) return 'Urusan';
  if (parts === 2) return 'Bidang Urusan';
  if (parts === 3) return 'Program';
  if (parts <= 5) return 'Kegiatan';
  return 'Sub Kegiatan';
}

/** "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN" → code and name; null when the cell does not start with a code. */
export function splitCodeAndName(text: string): { readonly code: string; readonly name: string } | null {
  const m = CODE_AND_NAME.exec(text.replace(/[\s\u00a0]+/g, ' ').trim());
  if (m === null) return null;
  return { code: m[1] ?? '', name: (m[2] ?? '').trim() };
}

/** The nearest code of `known` that `code` continues (`1.01.02.2.01` → `1.01.02`), or null. */
export function parentCode(code: string, known: readonly string[]): string | null {
  let best: string | null = null;
  for (const k of known) {
    if (k !== code && code.startsWith(`${k}.`) && (best === null || k.length > best.length)) best = k;
  }
  return best;
}
