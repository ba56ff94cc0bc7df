// Note names that are safe as file names on every platform Obsidian runs on and inside wikilinks.

const FALLBACK = "Untitled client";
const RESERVED_SUFFIX = " client";
/** Room for the fallback name: shorter limits are raised to this. */
const MIN_LENGTH = FALLBACK.length;

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

/**
 * Turns any text into a note name: unsafe characters become spaces, whitespace is collapsed,
 * no leading dot, no `..`, no trailing dot or space, Windows device names get a suffix
 * (`CON client`), at most `maxLength` code points (at least 15). Empty → "Untitled client".
 */
export function sanitiseNoteName(name: string, maxLength = 120): string {
  const max = Math.max(MIN_LENGTH, Math.floor(Number.isNaN(maxLength) ? 120 : maxLength));
  const cleaned = withReservedSuffix(tidy(name.replace(UNSAFE, " ")));
  const result = tidy(cut(cleaned, max));
  return result === "" ? FALLBACK : result;
}

/** True when `name` can be used as it is: `sanitiseNoteName` would return it unchanged. */
export function isSafeNoteName(name: string, maxLength = 120): boolean {
  return sanitiseNoteName(name, maxLength) === name;
}
