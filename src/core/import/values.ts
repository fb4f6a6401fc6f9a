/**
 * A source cell read for a tracker column, the way office tables write values: units after the
 * number ("0,9 Angka", "100,00 Persen", "21,50%"), rupiah ("Rp5.294.655.000,00"), "-" for zero
 * or nothing, "n/a", and targets written as sentences ("100 dari 110 Organisasi Kepemudaan").
 * Each read has a coded outcome; nothing is dropped without one. Numbers are read by
 * `parse/cell.ts` (Indonesian forms first).
 */
import { formatNumber } from '../format/indonesian';
import { isNotAvailableText, parseCell } from '../parse/cell';
import type { CellType } from '../schema/types';
import type { CellValue } from '../snapshot';

export type ValueOutcome =
  /** Read as it is. */
  | 'ok'
  /** A number with a unit after it: the number is the value, the unit goes to Satuan. */
  | 'unit-split'
  /** "-": zero or nothing; not written, reported. */
  | 'dash'
  /**
   * "n/a", "NA", "tidak tersedia" (the one list of `parse/cell.ts`): reported and not written,
   * except into a column that accepts it (Data Kinerja's realisasi), where it is written as typed.
   */
  | 'not-available'
  /** A target or realisasi written as words around numbers: not written, reported for the user to fix. */
  | 'text-target-problem'
  /** Not readable as the column's type (e.g. words in a number column). */
  | 'invalid'
  | 'empty';

export interface ReadValue {
  readonly outcome: ValueOutcome;
  /** What to write; null for empty, dash, n/a and problems. */
  readonly value: number | string | boolean | null;
  /** The unit split off the number (`Angka`, `Persen`, `%`). */
  readonly unit?: string;
  /** For a text target: the first number in it, shown to the user as a suggestion. */
  readonly suggestion?: number;
}

const NUMERIC: ReadonlySet<CellType> = new Set<CellType>(['bilangan', 'persen', 'rupiah', 'tahun']);

const DASH = /^[-\u2013\u2014\u2212]+$/;
/** A number (Indonesian or English separators, optional Rp) followed by a unit of words or `%`. */
const NUMBER_UNIT = /^((?:rp\.?\s*)?[-+\u2212]?\s*\d[\d., ]*?)\s*(%|[a-z][a-z .'/-]*)$/i;
const ANY_NUMBER = /\d+(?:[.,]\d+)*/;

function numberOf(text: string, type: CellType): number | null {
  const p = parseCell(text, { type: type === 'tahun' ? 'bilangan' : type });
  if (p.kind === 'ok' && typeof p.value === 'number') return p.value;
  if (type !== 'rupiah') {
    const r = parseCell(text, { type: 'rupiah' });
    if (r.kind === 'ok' && typeof r.value === 'number') return r.value;
  }
  return null;
}

/** Reads one source cell for a column of `type`. Never throws. */
export function readValue(raw: CellValue | undefined, type: CellType): ReadValue {
  if (raw === undefined || raw === null) return { outcome: 'empty', value: null };
  if (typeof raw === 'string' && raw.trim() === '') return { outcome: 'empty', value: null };
  if (typeof raw === 'string' && DASH.test(raw.trim())) return { outcome: 'dash', value: null };
  if (typeof raw === 'string' && isNotAvailableText(raw)) return { outcome: 'not-available', value: null };
  if (!NUMERIC.has(type)) {
    const p = parseCell(raw, { type: type === 'pilihan' ? 'teks' : type });
    return p.kind === 'ok' ? { outcome: 'ok', value: p.value } : { outcome: 'invalid', value: null };
  }
  if (typeof raw === 'object' && raw.kind === 'percent') {
    const p = parseCell(raw, { type: 'persen' });
    if (p.kind !== 'ok') return { outcome: 'invalid', value: null };
    return type === 'persen'
      ? { outcome: 'ok', value: p.value }
      : { outcome: 'unit-split', value: p.value, unit: '%' };
  }
  if (typeof raw !== 'string') {
    const p = parseCell(raw, { type });
    return p.kind === 'ok' ? { outcome: 'ok', value: p.value } : { outcome: 'invalid', value: null };
  }
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (DASH.test(text)) return { outcome: 'dash', value: null };
  const whole = numberOf(text, type);
  if (whole !== null) return { outcome: 'ok', value: whole };
  const m = NUMBER_UNIT.exec(text);
  if (m !== null) {
    const n = numberOf((m[1] ?? '').trim(), type);
    const unit = (m[2] ?? '').trim();
    if (n !== null && !/\d/.test(unit)) {
      if (unit === '%' && type === 'persen') return { outcome: 'ok', value: n };
      return { outcome: 'unit-split', value: n, unit };
    }
  }
  const first = ANY_NUMBER.exec(text);
  if (first !== null) {
    const n = numberOf(first[0], 'bilangan');
    return n === null
      ? { outcome: 'text-target-problem', value: null }
      : { outcome: 'text-target-problem', value: null, suggestion: n };
  }
  return { outcome: 'invalid', value: null };
}

/** The Indonesian sentence for an outcome that is reported (everything but ok, unit-split, empty). */
export function outcomeMessage(read: ReadValue, where: string, shown: string, numeric = true): string {
  switch (read.outcome) {
    case 'dash':
      return numeric
        ? `${where} berisi "-": dibaca sebagai kosong (belum diisi), bukan 0. Isi 0 bila memang nol.`
        : `${where} berisi "-": dibaca sebagai kosong, tidak diimpor.`;
    case 'not-available':
      return numeric
        ? `${where} berisi "${shown}" (tidak tersedia): tidak diimpor. Isi angkanya bila datanya ada.`
        : `${where} berisi "${shown}" (tidak tersedia): tidak diimpor.`;
    case 'text-target-problem':
      return read.suggestion === undefined
        ? `${where} berisi teks "${shown}", bukan angka: tidak diimpor. Tulis angkanya saja, satuannya di Satuan.`
        : `${where} berisi teks "${shown}", bukan angka: tidak diimpor. Tulis angkanya saja (mis. ${formatNumber(read.suggestion)}), satuannya di Satuan.`;
    case 'invalid':
      return `${where} berisi "${shown}" yang tidak dapat dibaca: tidak diimpor. Periksa isinya di berkas sumber.`;
    default:
      return `${where}: ${shown}`;
  }
}
