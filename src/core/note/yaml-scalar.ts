// Writes a string as a YAML scalar that reads back as exactly that string: plain when safe, else
// double-quoted. Used by the template filler and the frontmatter line editor.
/** Characters a YAML scalar cannot hold literally (or that read ambiguously). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
export const NOT_PRINTABLE = /[\u0000-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** What a single-quoted scalar cannot hold: all of the above but tab, and line breaks. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
export const NOT_IN_SINGLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const ESCAPES: Record<string, string> = { "\0": "\\0", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}

/** The inside of a YAML double-quoted string holding exactly `value`. */
export function escapeDouble(value: string): string {
  return value.replace(/[\\"]/g, "\\$&").replace(NOT_PRINTABLE, escapeChar).replace(/[\u2028\u2029]/g, escapeChar);
}

/** Like `escapeDouble`, but line breaks and tabs stay as they are (they fold as in the source). */
export function escapeDoubleKeepingBreaks(text: string): string {
  return text.replace(/[\\"]/g, "\\$&").replace(NOT_PRINTABLE, (c) => (c === "\n" || c === "\r" || c === "\t" ? c : escapeChar(c)));
}

export function doubleQuoted(value: string): string {
  return `"${escapeDouble(value)}"`;
}

/** For a comment: line breaks and control characters become spaces. */
export function oneLine(value: string): string {
  return value.replace(new RegExp(LINE_BREAK.source, "g"), " ").replace(NOT_PRINTABLE, (c) => (c === "\t" ? c : " "));
}

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} _.-]*$/u;
const SPECIAL_WORD = /^(true|false|yes|no|on|off|y|n|null)$/i;
const NUMBERISH = /^[0-9][0-9a-fA-FxXoO_.+-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` can be written as a plain YAML scalar and reads back as that very string. */
export function isSafePlain(value: string, allowDay: boolean): boolean {
  if (allowDay && DAY.test(value)) return true;
  return PLAIN.test(value) && !value.endsWith(" ") && !SPECIAL_WORD.test(value) && !NUMBERISH.test(value);
}

/** A YAML scalar for `value`: plain when that is safe, else double-quoted. `allowDay` lets `2026-11-21` stay a date. */
export function yamlScalar(value: string, allowDay = false): string {
  return isSafePlain(value, allowDay) ? value : doubleQuoted(value);
}
