// Calendar days (`YYYY-MM-DD`): reading them from frontmatter and doing day arithmetic.
// A Day is never a moment in time: day arithmetic is done on day numbers computed from the y/m/d
// parts, so the answer is the same in every time zone and across daylight-saving changes.
import type { Day } from "./types";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// The part after the day of an ISO date-time: `T` (or a space), hh:mm[:ss[.fff]] and an optional zone.
const TIME = /^[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The y/m/d of a `YYYY-MM-DD` string when it names a real calendar day. */
function parseParts(s: string): Parts | null {
  const m = DAY.exec(s);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parts.month < 1 || parts.month > 12) return null;
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return null;
  return parts;
}

function isValidTime(rest: string): boolean {
  const m = TIME.exec(rest);
  if (!m) return false;
  const limits = [23, 59, 59, 23, 59]; // hour, minute, second, zone hours, zone minutes
  return limits.every((limit, i) => Number(m[i + 1] ?? 0) <= limit);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The day as a Date at local noon (never skipped or repeated by a daylight-saving change), for formatting. */
export function localNoon(day: Day): Date {
  const parts = parseParts(day);
  if (!parts) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(parts.year, parts.month - 1, parts.day); // setFullYear keeps years 0-99 as written
  return date;
}

/** True when `s` is exactly `YYYY-MM-DD` and names a real calendar day. */
export function isDay(s: string): boolean {
  return typeof s === "string" && parseParts(s) !== null;
}

/**
 * Reads a frontmatter date: a `YYYY-MM-DD` string (surrounding spaces ignored), a full ISO
 * date-time string (its calendar day as written, never shifted by time zone) or a `Date`
 * (a YAML timestamp: its UTC day). Anything else, including impossible days, gives null.
 */
export function toDay(value: unknown): Day | null {
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) return null;
    const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`;
    return isDay(day) ? day : null;
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  const day = s.slice(0, 10);
  if (!isDay(day)) return null;
  if (s.length === 10) return day;
  return isValidTime(s.slice(10)) ? day : null;
}

/** The calendar day of a timestamp (e.g. a file's modification time) in the local time zone. */
export function dayOfTimestamp(ms: number): Day {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) throw new RangeError("Invalid time value");
  const year = d.getFullYear();
  return `${pad(year > 0 ? year : 1 - year, 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The digits of `s` from `from` to `to` as a number, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The y/m/d of a real `YYYY-MM-DD` day, read character by character (no regex, no allocation but the result). */
function quickParts(s: string): Parts | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The proleptic Gregorian day number of a day (days since 1970-01-01), by arithmetic alone: no
 * Date, no time zone. (The well-known "days from civil" calculation, years counted from March.)
 */
export function dayNumber(day: Day): number {
  const parts = quickParts(day);
  if (!parts) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return civilDayNumber(parts.year, parts.month, parts.day);
}

/** The day number of year/month (1-12)/day, any proleptic Gregorian year (no range check). */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of a day number (the inverse of `dayNumber`). */
function dayOfNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Throws on a non-day. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `n` whole days after `day` (before, when `n` is negative). Throws on a non-day. */
export function addDaysToDay(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const out = dayOfNumber(dayNumber(day) + n);
  if (!isDay(out)) throw new RangeError(`${day} plus ${n} days is outside the years 0000-9999`);
  return out;
}
