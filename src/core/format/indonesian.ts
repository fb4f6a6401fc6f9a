/**
 * Indonesian display strings for messages and reports: `1.234.567,89`, `103,05%`,
 * `Rp 1.234.567`, `31 Desember 2017`, `31/12/2017`. Built by hand, never with
 * `toLocaleString`, whose output depends on the ICU data of the machine.
 */
import type { CellValue } from '../snapshot';
import { parseIso } from '../dates';

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The most decimals any formatter here writes. */
const MAX_DECIMALS = 20;
/** Decimals shown for a raw number in a message or a teks cell: enough never to hide a typed digit. */
const RAW_DECIMALS = 10;
/** How many characters of a text a message quotes. */
const QUOTE_LIMIT = 40;

interface RoundedDecimal {
  readonly negative: boolean;
  /** Integer digits without leading zeros ('0' for zero). */
  readonly intDigits: string;
  /** Exactly `decimals` digits. */
  readonly fracDigits: string;
}

/**
 * Rounds half away from zero to `decimals` places, on the decimal digits of the number
 * rather than on its binary value: the number is first read to 15 significant digits (as
 * Excel shows it), so 1.005 → 1.01, 2.675 → 2.68 and 103.045 → 103.05 even though each is
 * stored slightly below its half.
 */
function roundDecimal(n: number, decimals: number): RoundedDecimal {
  const [mantissa = '0', expText = '0'] = Math.abs(n).toExponential(14).split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '');
  let intPart: string;
  let fracAll: string;
  if (exp >= 0) {
    const point = exp + 1;
    const padded = digits.padEnd(point, '0');
    intPart = padded.slice(0, point);
    fracAll = padded.slice(point);
  } else {
    intPart = '0';
    fracAll = '0'.repeat(-exp - 1) + digits;
  }
  let all = intPart + fracAll.slice(0, decimals).padEnd(decimals, '0');
  if (fracAll.charAt(decimals) >= '5') all = incrementDigits(all);
  const intDigits = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  const fracDigits = all.slice(all.length - decimals);
  const isZero = /^0*$/.test(intDigits + fracDigits);
  return { negative: n < 0 && !isZero, intDigits, fracDigits };
}

/** Adds one to a string of decimal digits ('0999' → '1000', '99' → '100'). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
}

function nonFinite(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  return n > 0 ? '∞' : '-∞';
}

function assemble(r: RoundedDecimal, group: boolean, trim: boolean): string {
  const frac = trim ? r.fracDigits.replace(/0+$/, '') : r.fracDigits;
  const int = group ? groupThousands(r.intDigits) : r.intDigits;
  return `${r.negative ? '-' : ''}${int}${frac === '' ? '' : `,${frac}`}`;
}

/**
 * `1234567.891` → `1.234.567,89`: dots between thousands, a decimal comma, half away from
 * zero. Without `decimals`, up to 2 decimals with trailing zeros dropped (`1,5`, `2`); with
 * `decimals`, exactly that many (`formatNumber(2, 2)` → `2,00`). NaN and ±Infinity are written
 * `NaN`, `∞`, `-∞`.
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  const fixed = decimals !== undefined;
  return assemble(roundDecimal(n, fixed ? clampDecimals(decimals) : 2), true, !fixed);
}

/**
 * A number as Excel's General format shows it in an Indonesian Excel: decimal comma, no
 * thousands dots, up to 10 decimals (`1234,5`, `2017`). For numbers kept as text.
 */
export function formatNumberPlain(n: number): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  return assemble(roundDecimal(n, RAW_DECIMALS), false, true);
}

/** A percentage already on the 0–100 scale: `103.048…` → `103,05%` (fixed decimals, no space). */
export function formatPercent(n: number, decimals = 2): string {
  return `${formatNumber(n, decimals)}%`;
}

/**
 * A share (0–1) as a percent that never claims more than it is: short of complete never shows
 * `100%`, and something never shows `0%` (`0,9993` → `99,93%`, or `99%` with no decimals).
 */
export function formatShare(ratio: number, decimals = 2): string {
  if (!Number.isFinite(ratio)) return formatPercent(ratio * 100, decimals);
  const step = 10 ** -decimals;
  let value = ratio * 100;
  if (ratio < 1 && Number(value.toFixed(decimals)) >= 100) value = 100 - step;
  else if (ratio > 0 && Number(value.toFixed(decimals)) <= 0) value = step;
  return formatPercent(value, decimals);
}

/**
 * `1234567` → `Rp 1.234.567`; sen only when there are some after rounding to 2 decimals
 * (`Rp 1.234,50`); a negative amount is `-Rp 1.234`.
 */
export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return `Rp ${nonFinite(n)}`;
  const r = roundDecimal(n, 2);
  const body =
    r.fracDigits === '00' ? groupThousands(r.intDigits) : `${groupThousands(r.intDigits)},${r.fracDigits}`;
  return `${r.negative ? '-' : ''}Rp ${body}`;
}

/** `2017-12-31` → `31 Desember 2017` (a time part is ignored); other text is returned as is. */
export function formatDateLong(iso: string): string {
  const p = parseIso(iso);
  if (p === null) return iso;
  return `${p.day} ${MONTHS_ID[p.month - 1] ?? ''} ${p.year}`;
}

/** `2017-12-31` → `31/12/2017` (a time part is ignored); other text is returned as is. */
export function formatDateShort(iso: string): string {
  const p = parseIso(iso);
  if (p === null) return iso;
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** `31/12/2017`, followed by ` 08:30:00` when the ISO string has a time that is not midnight. */
export function formatDateTimeShort(iso: string): string {
  const p = parseIso(iso);
  if (p === null) return iso;
  const date = formatDateShort(iso);
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return date;
  const two = (x: number): string => String(x).padStart(2, '0');
  return `${date} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

/**
 * A number too long for digits as Excel's General format shows it, with a decimal comma:
 * `9E+307`, `1,23457E+20` (six significant digits, trailing zeros dropped).
 */
function scientific(n: number): string {
  const [mantissa = '', exponent = '0'] = n.toExponential(5).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  const e = Number(exponent);
  return `${trimmed.replace('.', ',')}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * How a cell's content is quoted in a message: text in “…” (line breaks become spaces; more
 * than 40 characters are cut to 39 and `…`), numbers the Indonesian way (`1.234,5`; from 10^15
 * on as Excel's General format shows them, `9E+307`), percent
 * cells as `85,5%`, errors as is (`#REF!`), dates `31/12/2017`, booleans `Ya`/`Tidak`, and
 * an empty cell (missing, null or only white space) as `(kosong)`.
 */
export function formatRawForMessage(raw: CellValue | undefined): string {
  if (raw === undefined || raw === null) return '(kosong)';
  switch (typeof raw) {
    case 'string': {
      if (raw.trim() === '') return '(kosong)';
      const chars = Array.from(raw.replace(/[\r\n\t]+/g, ' '));
      const shown =
        chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join('')}…` : chars.join('');
      return `“${shown}”`;
    }
    case 'number':
      return Math.abs(raw) >= 1e15 && Number.isFinite(raw) ? scientific(raw) : formatNumberTrimmed(raw);
    case 'boolean':
      return raw ? 'Ya' : 'Tidak';
    default:
      break;
  }
  switch (raw.kind) {
    case 'error':
      return raw.code;
    case 'date':
      return formatDateTimeShort(raw.iso);
    case 'percent':
      return `${formatNumberTrimmed(shiftDecimal(raw.value, 2))}%`;
    default:
      return '(?)';
  }
}

function formatNumberTrimmed(n: number): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  return assemble(roundDecimal(n, RAW_DECIMALS), true, true);
}

/**
 * `n × 10^places` computed on the decimal digits, so that an Excel percent cell 0.855 gives
 * exactly 85.5 (plain `0.855 * 100` is 85.49999999999999).
 */
export function shiftDecimal(n: number, places: number): number {
  if (!Number.isFinite(n)) return n;
  const [mantissa = '0', exp = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exp) + places}`);
}
