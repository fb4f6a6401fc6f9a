/**
 * One cell's content read as a value of its column's type (`docs/workbook-contract.md`,
 * "Cell types"). Indonesian forms first (`1.234,5`, `31/12/2017`, `31 Desember 2017`), the
 * common English ones where they cannot be confused. Never throws: bad data is a result.
 */
import type { CellValue } from '../snapshot';
import { EXCEL_ERRORS } from '../snapshot';
import type { CellType, ColumnSchema } from '../schema/types';
import { normaliseSpaces, trimSpaces } from '../spaces';
import {
  EXCEL_SERIAL_MAX,
  EXCEL_SERIAL_MIN,
  excelSerialToIso,
  isValidYmd,
  parseIso,
  ymdToIso,
} from '../dates';
import {
  formatDateTimeShort,
  formatNumber,
  formatNumberPlain,
  formatRupiah,
  shiftDecimal,
} from '../format/indonesian';

/** `tanggal` gives an ISO `YYYY-MM-DD` string; `pilihan` the canonical choice; `ya/tidak` a boolean. */
export type ParsedValue = number | string | boolean;

export type ParseProblemCode = 'cell/type' | 'cell/choice' | 'cell/range' | 'cell/formula-error';

export type ParseResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly value: ParsedValue; readonly numberAsText?: true }
  /** `expected`: a short Indonesian description of what the cell should hold. */
  | { readonly kind: 'invalid'; readonly code: ParseProblemCode; readonly expected: string }
  /**
   * `n/a` or `tidak tersedia` in a column that accepts it (`notAvailable`): the figure is
   * known not to exist — neither empty (not yet reported) nor a number (never 0). `text` as typed.
   */
  | { readonly kind: 'not-available'; readonly text: string };

export type ParseColumn = Pick<ColumnSchema, 'type' | 'choices' | 'min' | 'max' | 'notAvailable'>;

/** The texts that mean "not available", compared trimmed and ignoring case and spaces. */
export const NOT_AVAILABLE_TEXTS: readonly string[] = ['n/a', 'n.a.', 'n.a', 'na', 'tidak tersedia', 't/a'];

/** True for a text that says the figure is not available (`n/a`, `N/A`, `tidak tersedia` …). */
export function isNotAvailableText(text: string): boolean {
  return NOT_AVAILABLE_TEXTS.includes(normaliseSpaces(text).toLowerCase());
}

/** What a cell of each type should hold, for messages. */
export const EXPECTED: Readonly<Record<CellType, string>> = {
  teks: 'teks',
  bilangan: 'bilangan, mis. 1.234,5',
  persen: 'persen, mis. 85,5 atau 85,5%',
  rupiah: 'nilai rupiah, mis. Rp 1.234.567',
  tanggal: 'tanggal, mis. 31/12/2017 atau 31 Desember 2017',
  tahun: 'tahun (bilangan bulat 2000–2100), mis. 2017',
  pilihan: 'salah satu pilihan',
  'ya/tidak': 'Ya atau Tidak',
  kode: 'kode, mis. 1.2 atau IKU-01',
};

/** What a persen cell holding a rupiah amount should hold instead. */
export const EXPECTED_PERSEN_NOT_RUPIAH = 'persen (0–100), bukan nilai rupiah, mis. 85,5 atau 85,5%';

/** `EXPECTED` with the tracker's Tahun Laporan in the examples of tanggal and tahun (2017 when unknown). */
export function expectedFor(type: CellType, tahunLaporan: number | null): string {
  if (tahunLaporan === null) return EXPECTED[type];
  if (type === 'tanggal') return `tanggal, mis. 31/12/${tahunLaporan} atau 31 Desember ${tahunLaporan}`;
  if (type === 'tahun') return `tahun (bilangan bulat 2000–2100), mis. ${tahunLaporan}`;
  return EXPECTED[type];
}

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

const EMPTY: ParseResult = { kind: 'empty' };

function ok(value: ParsedValue, numberAsText: boolean): ParseResult {
  return numberAsText ? { kind: 'ok', value, numberAsText: true } : { kind: 'ok', value };
}

function invalid(code: ParseProblemCode, expected: string): ParseResult {
  return { kind: 'invalid', code, expected };
}

const ERROR_TEXTS: ReadonlySet<string> = new Set(EXCEL_ERRORS);
/** Every Excel error text starts with `#`. */
const HASH = 0x23;

/**
 * Reads a cell for a column. Empty (missing, null, white space only) is `empty` for every
 * type; an Excel error (`#REF!` …, also when it arrives as text) is `cell/formula-error`.
 */
export function parseCell(raw: CellValue | undefined, column: ParseColumn): ParseResult {
  if (raw === undefined || raw === null) return EMPTY;
  if (typeof raw === 'string') {
    const text = normaliseSpaces(raw);
    if (text === '') return EMPTY;
    if (text.charCodeAt(0) === HASH && ERROR_TEXTS.has(text.toUpperCase()))
      return invalid('cell/formula-error', expectedOfColumn(column));
  } else if (typeof raw === 'object' && raw.kind === 'error') {
    return invalid('cell/formula-error', expectedOfColumn(column));
  }
  if (column.notAvailable === true && typeof raw === 'string' && isNotAvailableText(raw))
    return { kind: 'not-available', text: normaliseSpaces(raw) };
  switch (column.type) {
    case 'bilangan':
    case 'persen':
    case 'rupiah':
      return parseAmount(raw, column.type, column);
    case 'tahun':
      return parseYear(raw, column);
    case 'tanggal':
      return parseDate(raw);
    case 'pilihan':
      return parseChoice(raw, column.choices ?? []);
    case 'ya/tidak':
      return parseYesNo(raw);
    case 'kode':
      return parseCode(raw);
    case 'teks':
      return parseText(raw);
    default:
      return invalid('cell/type', 'nilai yang sesuai dengan kolom');
  }
}

function expectedOfColumn(column: ParseColumn): string {
  if (column.type === 'pilihan') return choiceExpected(column.choices ?? []);
  return EXPECTED[column.type] ?? 'nilai yang sesuai dengan kolom';
}

// ---------------------------------------------------------------------------------------------
// Numbers

type AmountType = 'bilangan' | 'persen' | 'rupiah';

/** A number read from a cell: finite, and whether it came from text. */
interface ReadNumber {
  readonly value: number;
  readonly fromText: boolean;
}

function readNumber(raw: CellValue, form: AmountType): ReadNumber | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw + 0, fromText: false } : null;
  if (typeof raw === 'string') {
    const value = parseNumberText(raw, form);
    return value === null ? null : { value: value + 0, fromText: true };
  }
  if (raw !== null && typeof raw === 'object' && raw.kind === 'percent') {
    const value = shiftDecimal(raw.value, 2);
    return Number.isFinite(value) ? { value: value + 0, fromText: false } : null;
  }
  return null;
}

/** A leading `Rp`, `Rp.` or `IDR`: a rupiah amount, wherever it was typed. */
const RUPIAH_PREFIX = /^\s*[-+\u2212]?\s*(?:rp\.?|idr)\s*\d/i;

function parseAmount(raw: CellValue, type: AmountType, column: ParseColumn): ParseResult {
  if (
    typeof raw === 'number' &&
    Number.isFinite(raw) &&
    raw >= 0 &&
    column.min === undefined &&
    column.max === undefined
  ) {
    return { kind: 'ok', value: raw + 0 }; // the common case, without the intermediate objects below
  }
  const rupiahText = typeof raw === 'string' && RUPIAH_PREFIX.test(raw);
  // `Rp 185.000.000` in a bilangan column is the number 185.000.000 (typed as text: a warning);
  // in a persen column it is a mistake, and the sentence says which.
  const read = readNumber(raw, type === 'bilangan' && rupiahText ? 'rupiah' : type);
  if (read === null) {
    return invalid(
      'cell/type',
      type === 'persen' && rupiahText ? EXPECTED_PERSEN_NOT_RUPIAH : EXPECTED[type],
    );
  }
  const min = type === 'rupiah' ? Math.max(0, column.min ?? 0) : column.min;
  const range = checkRange(read.value, min, column.max);
  if (range !== null) return invalid('cell/range', rangeExpected(type, min, column.max));
  return ok(read.value, read.fromText);
}

function parseYear(raw: CellValue, column: ParseColumn): ParseResult {
  const read = readNumber(raw, 'bilangan');
  if (read === null || !Number.isInteger(read.value)) return invalid('cell/type', EXPECTED.tahun);
  const min = Math.max(YEAR_MIN, column.min ?? YEAR_MIN);
  const max = Math.min(YEAR_MAX, column.max ?? YEAR_MAX);
  if (checkRange(read.value, min, max) !== null)
    return invalid('cell/range', rangeExpected('tahun', min, max));
  return ok(read.value, read.fromText);
}

/** 'low' / 'high' when out of the inclusive range; a bound that is missing or NaN is no bound. */
function checkRange(value: number, min: number | undefined, max: number | undefined): 'low' | 'high' | null {
  if (min !== undefined && value < min) return 'low';
  if (max !== undefined && value > max) return 'high';
  return null;
}

function rangeExpected(type: AmountType | 'tahun', min: number | undefined, max: number | undefined): string {
  const show = (n: number): string => {
    switch (type) {
      case 'persen':
        return `${formatNumber(n)}%`;
      case 'rupiah':
        return formatRupiah(n);
      case 'tahun':
        return formatNumberPlain(n);
      default:
        return formatNumber(n);
    }
  };
  const noun = { bilangan: 'bilangan', persen: 'persen', rupiah: 'nilai rupiah', tahun: 'tahun' }[type];
  if (type === 'rupiah' && min === 0 && max === undefined)
    return 'nilai rupiah tidak negatif, mis. Rp 1.234.567';
  if (min !== undefined && max !== undefined) return `${noun} antara ${show(min)} dan ${show(max)}`;
  if (min !== undefined) return `${noun} paling sedikit ${show(min)}`;
  if (max !== undefined) return `${noun} paling banyak ${show(max)}`;
  return EXPECTED[type];
}

/** Takes a leading `+`, `-` or `−` (U+2212) off `s`; -1, 1, or 0 when there is none. */
function takeSign(s: string): { sign: -1 | 0 | 1; rest: string } {
  const c = s.charAt(0);
  if (c === '-' || c === '\u2212') return { sign: -1, rest: s.slice(1).trimStart() };
  if (c === '+') return { sign: 1, rest: s.slice(1).trimStart() };
  return { sign: 0, rest: s };
}

/**
 * A number written as text. `form` adds what the type allows around it: `persen` a trailing
 * `%`, `rupiah` a leading `Rp`, `Rp.` or `IDR` and a trailing `,-`.
 */
function parseNumberText(text: string, form: AmountType): number | null {
  const first = takeSign(normaliseSpaces(text));
  let sign = first.sign;
  let s = first.rest;
  if (form === 'rupiah') {
    const prefix = /^(?:rp\.?|idr)\s*/i.exec(s);
    if (prefix !== null) {
      s = s.slice(prefix[0].length);
      if (sign === 0) {
        const second = takeSign(s);
        sign = second.sign;
        s = second.rest;
      }
    }
    s = s.replace(/\s*[.,]-+$/, '');
  } else if (form === 'persen') {
    s = s.replace(/\s*%$/, '');
  }
  const magnitude = parseUnsignedNumber(s);
  if (magnitude === null) return null;
  return sign === -1 ? -magnitude : magnitude;
}

function countOf(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/**
 * Digits with separators, read the Indonesian way first:
 * - dot and comma both present: the last one is the decimal separator (`1.234.567,89`,
 *   `1,234,567.89`), the other groups thousands;
 * - one comma: decimal (`1234,5`, `1,5`); several commas: thousands (`1,234,567`);
 * - one dot: thousands when 1–3 digits (not starting with 0) are followed by exactly 3
 *   (`1.234` = 1234), otherwise decimal (`1.5`, `0.855`, `1234.567`); several dots: thousands;
 * - spaces between digits group thousands (`1 234,5`).
 * Thousands groups must be exactly 3 digits after a first group of 1–3.
 */
function parseUnsignedNumber(s: string): number | null {
  if (!/^[0-9., ]+$/.test(s) || !/\d/.test(s)) return null;
  if (/(?<!\d) | (?!\d)/.test(s)) return null; // a space only ever sits between two digits
  const dots = countOf(s, '.');
  const commas = countOf(s, ',');
  const hasSpace = s.includes(' ');
  let decimal: '.' | ',' | null = null;
  let group: '.' | ',' | ' ' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (countOf(s, decimal) !== 1) return null;
  } else if (commas > 0) {
    if (commas === 1) decimal = ',';
    else group = ',';
  } else if (dots > 0) {
    if (dots > 1) group = '.';
    else if (!hasSpace && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) group = '.';
    else decimal = '.';
  }
  if (hasSpace) {
    if (group !== null) return null;
    group = ' ';
  }
  let intPart = s;
  let fracPart = '';
  if (decimal !== null) {
    const at = s.indexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (!/^\d+$/.test(fracPart)) return null;
  }
  let intDigits: string;
  if (group !== null) {
    const groups = intPart.split(group);
    const [first = '', ...others] = groups;
    if (!/^\d{1,3}$/.test(first) || others.some((g) => !/^\d{3}$/.test(g))) return null;
    intDigits = groups.join('');
  } else {
    if (!/^\d*$/.test(intPart)) return null;
    intDigits = intPart;
  }
  if (intDigits === '' && fracPart === '') return null;
  const value = Number(`${intDigits === '' ? '0' : intDigits}.${fracPart === '' ? '0' : fracPart}`);
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTH_NAMES: ReadonlyMap<string, number> = new Map<string, number>([
  ...(['januari', 'jan', 'january'] as const).map((k) => [k, 1] as const),
  ...(['februari', 'pebruari', 'feb', 'peb', 'february'] as const).map((k) => [k, 2] as const),
  ...(['maret', 'mar', 'march'] as const).map((k) => [k, 3] as const),
  ...(['april', 'apr'] as const).map((k) => [k, 4] as const),
  ...(['mei', 'may'] as const).map((k) => [k, 5] as const),
  ...(['juni', 'jun', 'june'] as const).map((k) => [k, 6] as const),
  ...(['juli', 'jul', 'july'] as const).map((k) => [k, 7] as const),
  ...(['agustus', 'agus', 'agu', 'agt', 'ags', 'aug', 'august'] as const).map((k) => [k, 8] as const),
  ...(['september', 'sept', 'sep'] as const).map((k) => [k, 9] as const),
  ...(['oktober', 'okt', 'oct', 'october'] as const).map((k) => [k, 10] as const),
  ...(['november', 'nopember', 'nov', 'nop'] as const).map((k) => [k, 11] as const),
  ...(['desember', 'des', 'dec', 'december'] as const).map((k) => [k, 12] as const),
]);

/** A four-digit year as is; a two-digit year is 20yy. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || !isValidYmd(year, month, day)) return null;
  return ymdToIso(year, month, day);
}

/**
 * A date written as text, always day first: `31/12/2017`, `31-12-17`, `31.12.2017`,
 * `2017-12-31` (four-digit year first), `31 Desember 2017`, `31 Des 2017`, `31-Dec-17`.
 * A trailing time (`T08:30`, ` 08:30:00`) is ignored.
 */
export function parseDateText(text: string): string | null {
  const s = normaliseSpaces(text).replace(/(?:T| )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/i, '');
  let m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m !== null) return isoIfValid(fullYear(m[4] ?? ''), Number(m[3]), Number(m[1]));
  m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m !== null) return isoIfValid(Number(m[1]), Number(m[3]), Number(m[4]));
  m = /^(\d{1,2})[ .-]*([a-z]+)\.?[ .,-]*(\d{4}|\d{2})$/i.exec(s);
  if (m !== null) {
    const month = MONTH_NAMES.get((m[2] ?? '').toLowerCase());
    if (month === undefined) return null;
    return isoIfValid(fullYear(m[3] ?? ''), month, Number(m[1]));
  }
  return null;
}

function parseDate(raw: CellValue): ParseResult {
  if (typeof raw === 'string') {
    // A date typed as text is used (day first) and warned about: Excel cannot sort or count it.
    const iso = parseDateText(raw);
    return iso === null ? invalid('cell/type', EXPECTED.tanggal) : ok(iso, true);
  }
  if (typeof raw === 'number') {
    const iso = raw >= EXCEL_SERIAL_MIN && raw <= EXCEL_SERIAL_MAX ? excelSerialToIso(raw) : null;
    return iso === null ? invalid('cell/type', EXPECTED.tanggal) : ok(iso.slice(0, 10), false);
  }
  if (raw !== null && typeof raw === 'object' && raw.kind === 'date') {
    const parts = parseIso(raw.iso);
    return parts === null
      ? invalid('cell/type', EXPECTED.tanggal)
      : ok(ymdToIso(parts.year, parts.month, parts.day), false);
  }
  return invalid('cell/type', EXPECTED.tanggal);
}

// ---------------------------------------------------------------------------------------------
// Choices, yes/no, codes, text

function choiceKey(text: string): string {
  return normaliseSpaces(text).toLowerCase();
}

function choiceExpected(choices: readonly string[]): string {
  return choices.length === 0
    ? 'salah satu pilihan (daftar pilihan kosong)'
    : `salah satu dari: ${choices.join(', ')}`;
}

/** The texts a non-text cell could be meant as, for matching against choices. */
function textForms(raw: CellValue): string[] {
  if (typeof raw === 'string') return [raw];
  if (typeof raw === 'number') return Number.isFinite(raw) ? [String(raw), formatNumberPlain(raw)] : [];
  if (typeof raw === 'boolean') return [raw ? 'Ya' : 'Tidak'];
  if (raw === null) return [];
  switch (raw.kind) {
    case 'date':
      return [formatDateTimeShort(raw.iso), raw.iso];
    case 'percent':
      return [`${formatNumberPlain(shiftDecimal(raw.value, 2))}%`];
    default:
      return [];
  }
}

/** Each list's choices by their key, built once per list (a column's choices are one shared array). */
const CHOICE_INDEX = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

function choiceIndex(choices: readonly string[]): ReadonlyMap<string, string> {
  let index = CHOICE_INDEX.get(choices);
  if (index === undefined) {
    const byKey = new Map<string, string>();
    // The first choice with a key wins, as in a search through the list.
    for (const c of choices) if (!byKey.has(choiceKey(c))) byKey.set(choiceKey(c), c);
    index = byKey;
    CHOICE_INDEX.set(choices, index);
  }
  return index;
}

function parseChoice(raw: CellValue, choices: readonly string[]): ParseResult {
  const index = choiceIndex(choices);
  // Earlier choices win when a cell could be read as several of them.
  let found: string | undefined;
  let foundAt = Number.POSITIVE_INFINITY;
  for (const form of textForms(raw)) {
    const c = index.get(choiceKey(form));
    const at = c === undefined ? -1 : choices.indexOf(c);
    if (c !== undefined && at < foundAt) {
      found = c;
      foundAt = at;
    }
  }
  return found === undefined ? invalid('cell/choice', choiceExpected(choices)) : ok(found, false);
}

const YES = new Set(['ya', 'y', 'iya', 'ada', 'sudah', 'true', 'v', '✓', '✔', '√']);
const NO = new Set(['tidak', 't', 'tidak ada', 'belum', 'false', '✗', '✘']);

function parseYesNo(raw: CellValue): ParseResult {
  if (typeof raw === 'boolean') return ok(raw, false);
  if (typeof raw === 'string') {
    const key = choiceKey(raw);
    if (YES.has(key)) return ok(true, false);
    if (NO.has(key)) return ok(false, false);
  }
  return invalid('cell/type', EXPECTED['ya/tidak']);
}

function parseCode(raw: CellValue): ParseResult {
  if (typeof raw === 'string') return ok(normaliseSpaces(raw), false);
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(String(raw + 0), false);
  return invalid('cell/type', EXPECTED.kode);
}

function parseText(raw: CellValue): ParseResult {
  if (typeof raw === 'string') {
    return ok(trimSpaces(raw), false);
  }
  if (typeof raw === 'boolean') return ok(raw ? 'Ya' : 'Tidak', false);
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? ok(formatNumberPlain(raw), false) : invalid('cell/type', EXPECTED.teks);
  }
  if (raw === null) return EMPTY;
  switch (raw.kind) {
    case 'date':
      return parseIso(raw.iso) === null
        ? invalid('cell/type', EXPECTED.teks)
        : ok(formatDateTimeShort(raw.iso), false);
    case 'percent':
      return Number.isFinite(raw.value)
        ? ok(`${formatNumberPlain(shiftDecimal(raw.value, 2))}%`, false)
        : invalid('cell/type', EXPECTED.teks);
    default:
      return invalid('cell/type', EXPECTED.teks);
  }
}
