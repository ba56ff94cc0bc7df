// Note names that are safe as file names on every platform Obsidian runs on and inside wikilinks.

const FALLBACK = "Untitled client";
const RESERVED_SUFFIX = " client";
/** Room for the fallback name: shorter limits are raised to this. */
const MIN_LENGTH = FALLBACK.length;
/** The longest file name (in UTF-8 bytes) that ext4, APFS, NTFS and most other file systems store. */
export const MAX_FILE_NAME_BYTES = 255;
const NOTE_EXTENSION = ".md";

/**
 * Characters that break a path, a Windows file name or a wikilink, `%%` (an Obsidian comment),
 * control characters and lone surrogates (which no file system can store).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNSAFE = /[/\\:*?"<>|#^[\]\u0000-\u001F\u007F-\u009F]|%%|[\uD800-\uDFFF]/gu;
/** Windows device names, also with an extension (`con.txt`); `COM¹` counts too. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
/** Left at the end when a cut splits an emoji sequence: joiner, variation selectors. */
const DANGLING = /(?:\u200D|[\uFE00-\uFE0F])+$/u;

function isReserved(name: string): boolean {
  const dot = name.indexOf(".");
  return RESERVED.test((dot < 0 ? name : name.slice(0, dot)).trimEnd());
}

function tidy(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/\.{2,}/g, ".")
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
}

function withReservedSuffix(name: string): string {
  if (!isReserved(name)) return name;
  const dot = name.indexOf(".");
  return dot < 0 ? name + RESERVED_SUFFIX : name.slice(0, dot) + RESERVED_SUFFIX + name.slice(dot);
}

/** The first `max` code points of `name`, never half a surrogate pair or a dangling joiner. */
function cut(name: string, max: number): string {
  const points = Array.from(name);
  if (points.length <= max) return name;
  return points.slice(0, max).join("").replace(DANGLING, "");
}

/** How many bytes a code point takes in UTF-8. */
function utf8Length(point: string): number {
  const cp = point.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** The UTF-8 length of `text` (lone surrogates count 3, as the encoder writes U+FFFD for them). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const point of text) n += utf8Length(point);
  return n;
}

/** The longest start of `name` that is at most `maxBytes` in UTF-8, cut between code points, no dangling joiner. */
function cutBytes(name: string, maxBytes: number): string {
  if (utf8Bytes(name) <= maxBytes) return name;
  let n = 0;
  let out = "";
  for (const point of name) {
    n += utf8Length(point);
    if (n > maxBytes) break;
    out += point;
  }
  return out.replace(DANGLING, "");
}

/**
 * `base` + `suffix` as a file name of at most 255 UTF-8 bytes: `base` is cut (between code points)
 * to make room for the suffix. For names derived from a note name, e.g. `Acme-contract.md`.
 */
export function capFileName(base: string, suffix: string): string {
  return tidy(cutBytes(base, Math.max(0, MAX_FILE_NAME_BYTES - utf8Bytes(suffix)))) + suffix;
}

/**
 * Turns any text into a note name: unsafe characters become spaces, whitespace is collapsed,
 * no leading dot, no `..`, no trailing dot or space, Windows device names get a suffix
 * (`CON client`), at most `maxLength` code points (at least 15), and short enough that
 * `<name>.md` is at most 255 UTF-8 bytes (file systems count bytes, not letters). The result is
 * in Unicode NFC, so "Cafe\u0301" (e + combining accent) and "Café" give the same note name.
 * Empty → "Untitled client".
 */
export function sanitiseNoteName(name: string, maxLength = 120): string {
  const max = Math.max(MIN_LENGTH, Math.floor(Number.isNaN(maxLength) ? 120 : maxLength));
  const maxBytes = MAX_FILE_NAME_BYTES - NOTE_EXTENSION.length;
  let result = name;
  // NFC can lengthen a name and a cut can un-compose one, so repeat until nothing changes (twice at most in practice).
  for (let i = 0; i < 4; i++) {
    const cleaned = withReservedSuffix(tidy(result.normalize("NFC").replace(UNSAFE, " ")));
    const next = tidy(cutBytes(cut(cleaned, max), maxBytes));
    if (next === result) break;
    result = next;
  }
  return result === "" ? FALLBACK : result;
}

/**
 * The key two note names are compared by: Unicode NFC and case-folded, so "CAFE\u0301" and
 * "Café" are the same name, as on macOS and Windows, where they are the same file.
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").toUpperCase().toLowerCase().normalize("NFC");
}

/** True when `name` can be used as it is: `sanitiseNoteName` would return it unchanged. */
export function isSafeNoteName(name: string, maxLength = 120): boolean {
  return sanitiseNoteName(name, maxLength) === name;
}
