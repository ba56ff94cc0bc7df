// Formats a moment with date-fns `format` tokens (English names), for the weekly review's note
// name and `{{date:FORMAT}}` / `{{time:FORMAT}}` in templates, without bundling date-fns. The
// tokens read are listed in README.md ("Date formats"); for each of them the output is date-fns's
// own (test/core/model/date-format.test.ts compares the two over many dates and patterns). Any
// other letter, and the tokens date-fns itself refuses (`YY`, `YYYY`, `D`, `DD`), throw a
// RangeError, as date-fns does for an unknown letter. One pass over the pattern: linear.
import { civilDayNumber } from "./dates";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT_DAYS = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];
const QUARTERS = ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"];
/** Letters that take an ordinal `o` after them (date-fns: `[yYQqMLwIdDecihHKkms]o`). */
const ORDINAL_LETTERS = "yYQqMLwIdDecihHKkms";
/** Letters date-fns formats that this formatter does not (eras, week-numbering years, zones, timestamps, localized formats, day periods). */
const UNSUPPORTED = "GYbBXxOzZtTPp";

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st (date-fns's en-US `ordinalNumber`). */
function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 > 20 || rem100 < 10) {
    const rem10 = rem100 % 10;
    if (rem10 === 1) return `${n}st`;
    if (rem10 === 2) return `${n}nd`;
    if (rem10 === 3) return `${n}rd`;
  }
  return `${n}th`;
}

const mod7 = (n: number) => ((n % 7) + 7) % 7;

/** The local calendar fields of `date`, with day numbers for the week calculations. */
interface Fields {
  date: Date;
  year: number;
  month: number; // 0-11
  day: number;
  weekday: number; // 0 = Sunday
  dn: number;
  hours: number;
}

/** ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(f: Fields): { year: number; week: number } {
  const thursday = f.dn - mod7(f.weekday - 1) + 3;
  const year = f.year + (thursday < civilDayNumber(f.year, 1, 1) ? -1 : thursday >= civilDayNumber(f.year + 1, 1, 1) ? 1 : 0);
  return { year, week: Math.floor((thursday - civilDayNumber(year, 1, 1)) / 7) + 1 };
}

/** date-fns's default local week (en-US: weeks start on Sunday, week 1 holds January 1st). */
function localWeek(f: Fields): number {
  const startOf = (dn: number) => dn - mod7(dn + 4); // 1970-01-01 was a Thursday
  const next = startOf(civilDayNumber(f.year + 1, 1, 1));
  const start = f.dn >= next ? next : startOf(civilDayNumber(f.dn >= startOf(civilDayNumber(f.year, 1, 1)) ? f.year : f.year - 1, 1, 1));
  return Math.round((startOf(f.dn) - start) / 7) + 1;
}

/** A number token: `X` plain, `XX...` padded to the token's length, `Xo` ordinal. */
const num = (n: number, token: string) => (token.length === 2 && token[1] === "o" ? ordinal(n) : pad(n, token.length));

/** A name token: 3 letters abbreviated, 4 wide, 5 narrow, 6 short (days), longer wide. */
function named(wide: string, token: string, short?: string): string {
  if (token.length === 3) return wide.slice(0, 3);
  if (token.length === 5) return wide.slice(0, 1);
  if (token.length === 6 && short !== undefined) return short;
  return wide;
}

function formatToken(f: Fields, token: string): string {
  const letter = token[0] ?? "";
  const n = token.length;
  const ord = n === 2 && token[1] === "o";
  const hours = f.hours;
  switch (letter) {
    case "y": {
      const year = f.year > 0 ? f.year : 1 - f.year;
      return ord ? ordinal(year) : pad(token === "yy" ? year % 100 : year, n);
    }
    case "R":
      return pad(isoWeek(f).year, n);
    case "u":
      return pad(f.year, n);
    case "Q":
    case "q": {
      const q = Math.floor(f.month / 3) + 1;
      if (ord || n <= 2) return num(q, token);
      return n === 3 ? `Q${q}` : n === 5 ? String(q) : QUARTERS[q - 1] ?? "";
    }
    case "M":
    case "L":
      return ord || n <= 2 ? num(f.month + 1, token) : named(MONTHS[f.month] ?? "", token);
    case "w":
      return num(localWeek(f), token);
    case "I":
      return num(isoWeek(f).week, token);
    case "d":
      return num(f.day, token);
    case "D":
      if (token === "D" || token === "DD") throw new RangeError(`Use \`d\` instead of \`${token}\` (day of month, not day of year)`);
      return num(f.dn - civilDayNumber(f.year, 1, 1) + 1, token);
    case "E":
      return named(DAYS[f.weekday] ?? "", n < 3 ? "EEE" : token, SHORT_DAYS[f.weekday]);
    case "e":
    case "c":
    case "i": {
      const value = letter === "i" ? f.weekday || 7 : f.weekday + 1;
      return ord || n <= 2 ? (n === 2 && !ord ? pad(value, 2) : num(value, token)) : named(DAYS[f.weekday] ?? "", token, SHORT_DAYS[f.weekday]);
    }
    case "a": {
      const pm = hours >= 12;
      if (n <= 2) return pm ? "PM" : "AM";
      if (n === 3) return pm ? "pm" : "am";
      if (n === 5) return pm ? "p" : "a";
      return pm ? "p.m." : "a.m.";
    }
    case "h":
      return num(hours % 12 || 12, token);
    case "H":
      return num(hours, token);
    case "K":
      return num(hours % 12, token);
    case "k":
      return num(hours || 24, token);
    case "m":
      return num(f.date.getMinutes(), token);
    case "s":
      return num(f.date.getSeconds(), token);
    case "S":
      return pad(Math.trunc(f.date.getMilliseconds() * Math.pow(10, n - 3)), n);
  }
  if (UNSUPPORTED.includes(letter)) throw new RangeError(`The date token \`${token}\` is not supported`);
  throw new RangeError(`Format string contains an unescaped latin alphabet character \`${letter}\``);
}

const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** date-fns's `\w`: a run of one of these is one token. */
const isWord = (c: number) => isLatin(c) || (c >= 48 && c <= 57) || c === 95;
/** The characters `.` does not match in date-fns's patterns: dropped outside quotes. */
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * The pattern without its line breaks outside quotes: date-fns's first pass (`.` matches no line
 * break) drops them before tokens are read, so `R` + line break + `RRRR` is one `RRRRR` token.
 */
function withoutLineBreaks(pattern: string): string {
  if (!/[\n\r\u2028\u2029]/.test(pattern)) return pattern;
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern.charCodeAt(i);
    if (c === 39 /* ' */ && pattern.charCodeAt(i + 1) !== 39) {
      let j = i + 1;
      while (j < pattern.length && (pattern.charCodeAt(j) !== 39 || pattern.charCodeAt(j + 1) === 39)) j += pattern.charCodeAt(j) === 39 ? 2 : 1;
      out += pattern.slice(i, j + 1);
      i = j + 1;
    } else if (c === 39) {
      out += "''";
      i += 2;
    } else {
      if (!isLineBreak(c)) out += pattern[i];
      i++;
    }
  }
  return out;
}

/** `date` written with the date-fns tokens of `pattern`. Throws a RangeError for an invalid date or an unsupported token. */
export function formatDate(date: Date, format: string): string {
  if (!Number.isFinite(date.getTime())) throw new RangeError("Invalid time value");
  const year = date.getFullYear();
  const month = date.getMonth();
  const day = date.getDate();
  const f: Fields = { date, year, month, day, weekday: date.getDay(), dn: civilDayNumber(year, month + 1, day), hours: date.getHours() };
  const pattern = withoutLineBreaks(format);
  // date-fns finds no piece at all in a pattern of only line breaks (or none) and throws.
  if (pattern === "") throw new RangeError("The format has no tokens or text");
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern.charCodeAt(i);
    if (c === 39 /* ' */) {
      if (pattern.charCodeAt(i + 1) === 39) {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal up to the next lone quote (or the end); `''` inside is one quote.
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charCodeAt(j) === 39) {
          if (pattern.charCodeAt(j + 1) !== 39) break;
          out += "'";
          j += 2;
        } else out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (isWord(c)) {
      const ch = pattern[i] ?? "";
      let j = i + 1;
      if (ORDINAL_LETTERS.includes(ch) && pattern[j] === "o") j++;
      else while (pattern[j] === ch) j++;
      const token = pattern.slice(i, j);
      out += isLatin(c) ? formatToken(f, token) : token;
      i = j;
      continue;
    }
    out += pattern[i];
    i++;
  }
  return out;
}
