/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` with a time) and
 * Excel serial numbers in the 1900 date system. No clock and no time zone: the caller passes
 * the date it means.
 */

/** The first Excel serial that is a date (1900-01-01). */
export const EXCEL_SERIAL_MIN = 1;
/** The last Excel serial that is a date (9999-12-31). */
export const EXCEL_SERIAL_MAX = 2958465;
/**
 * Excel's 29 February 1900: Excel (after Lotus 1-2-3) counts 1900 as a leap year, so serial 60
 * is a day that never existed and every serial from 61 on is one more than the day count.
 */
export const EXCEL_FAKE_LEAP_DAY_SERIAL = 60;

/** Days from 1970-01-01 to 1899-12-30, the epoch that makes serials ≥ 61 right. */
const EPOCH_1899_12_30 = -25569;
const SECONDS_PER_DAY = 86400;

/** The parts of an ISO date or date-time; hour, minute and second are 0 without a time. */
export interface IsoParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly hasTime: boolean;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real day of the (proleptic) Gregorian calendar; all three must be integers. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` for a year, month (1–12) and day; does not check that the day exists. */
export function ymdToIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Splits `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` into numbers; null when the
 * text has another shape or names a day or time that does not exist.
 */
export function parseIso(iso: string): IsoParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hasTime = m[4] !== undefined;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, hasTime };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `daysFromCivil`. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The ISO date of an Excel serial (1900 date system): 1 → `1900-01-01`, 43100 → `2017-12-31`.
 * A fractional part is the time of day, rounded to the second, and is written
 * (`2017-12-31T12:00:00`) only when it is not zero after rounding.
 * Null for serials that are not a day: below 1 (0 is Excel's "1900-01-00" and pure times),
 * 60 (Excel's 29 February 1900, which never existed), above 9999-12-31, and non-finite numbers.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * SECONDS_PER_DAY);
  if (seconds >= SECONDS_PER_DAY) {
    whole += 1;
    seconds = 0;
  }
  if (whole < EXCEL_SERIAL_MIN || whole > EXCEL_SERIAL_MAX || whole === EXCEL_FAKE_LEAP_DAY_SERIAL)
    return null;
  // Before the fake leap day the serials are one day "early" against the 1899-12-30 epoch.
  const days = EPOCH_1899_12_30 + whole + (whole < EXCEL_FAKE_LEAP_DAY_SERIAL ? 1 : 0);
  const { year, month, day } = civilFromDays(days);
  const date = ymdToIso(year, month, day);
  if (seconds === 0) return date;
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return `${date}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
}

/**
 * The Excel serial (1900 date system) of an ISO date or date-time: `2017-12-31` → 43100,
 * `2017-12-31T12:00:00` → 43100.5. NaN when the text is not a valid ISO date
 * (see `parseIso`) or the day is outside Excel's range 1900-01-01 … 9999-12-31.
 */
export function isoToExcelSerial(iso: string): number {
  const parts = parseIso(iso);
  if (parts === null) return Number.NaN;
  const days = daysFromCivil(parts.year, parts.month, parts.day);
  let serial = days - EPOCH_1899_12_30;
  if (serial <= EXCEL_FAKE_LEAP_DAY_SERIAL) serial -= 1; // 1900-01-01 … 1900-02-28
  if (serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return Number.NaN;
  return serial + (parts.hour * 3600 + parts.minute * 60 + parts.second) / SECONDS_PER_DAY;
}

/**
 * The calendar date of `now` as `YYYY-MM-DD`, read in the time zone of the machine (the day
 * the user sees on their own calendar). The core never reads the clock: pass `new Date()` from
 * the front end.
 */
export function todayIso(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso: invalid Date');
  return ymdToIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
