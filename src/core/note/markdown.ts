// Writing data into Markdown safely: escaped text and links to notes that always stay links.
import { leavesRegionOpen } from "./sections";

/**
 * Characters that Markdown or Obsidian would turn into HTML, links, tags, emphasis, highlights,
 * math, comments, block ids or table cell breaks.
 */
const SPECIAL = /[\\`*_[\]<>|#$%~=^&]/g;

/**
 * `text` with every run of white space that holds a line break turned into one space. Linear: a
 * split on line breaks and a trim of each piece, where `/\s*[\r\n]+\s*\/g` takes quadratic time.
 */
export function joinLines(text: string): string {
  const parts = text.split(/[\r\n]+/);
  if (parts.length === 1) return text;
  let out = (parts[0] ?? "").trimEnd();
  let last = "";
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? "";
    last = i === parts.length - 1 ? part.trimStart() : part.trim();
    if (last !== "") out += ` ${last}`;
  }
  return last === "" ? `${out} ` : out;
}

/** What note text could turn into in a generated note, and what stands for it there instead. */
const ACTIVE = /[\\<[\]`]|%%+|\$\$+/g;
const INERT: Record<string, string> = { "\\": "\\\\", "<": "&lt;", "[": "\\[", "]": "\\]", "`": "&#96;" };

/**
 * Note text made inert for a generated note, its other Markdown kept: one line, and no HTML tag,
 * Templater tag (`<%`), embed, wikilink, Markdown link, inline code (so no Dataview `=` query) or
 * `%%` comment or `$$` math block (which would swallow the headings after it) can start in it.
 * Every piece of note text that Clientele writes into a note goes through this or the stricter
 * `escapeMarkdown`; Clientele's own links come from `noteLink`.
 */
export function inertText(text: string): string {
  return joinLines(text).replace(ACTIVE, (c) => INERT[c] ?? c.split("").join("\\"));
}

/** The marks that open a region spanning lines, and what stands for each when it must not. */
const REGION_MARK = /%%+|\$\$+|<!--/g;

/**
 * A line of typed text (a summary, a comment) that cannot swallow the rest of the note: when it
 * leaves a `%%` or HTML comment or a `$$` math block open, each of those marks in it is escaped;
 * a balanced `%% aside %%` or `$$x$$` is kept as typed.
 */
export function sealedLine(text: string): string {
  if (!leavesRegionOpen(text)) return text;
  return text.replace(REGION_MARK, (m) => (m === "<!--" ? "&lt;!--" : m.split("").join("\\")));
}

/**
 * `text` as one line of literal Markdown text: every special character backslash-escaped, so it
 * is inert too (no `<%`, `[[`, backtick or `%%` is left standing).
 */
export function escapeMarkdown(text: string): string {
  return joinLines(text).replace(SPECIAL, (c) => `\\${c}`);
}

/** The note's file name without folder and `.md`. */
export function noteBasename(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

function withoutMd(path: string): string {
  return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/**
 * How wikilinks name each note: the basename when no other of `paths` has the same one (compared
 * case-insensitively, as Obsidian resolves links), otherwise the path without `.md`.
 */
export function linkTexts(paths: Iterable<string>): (path: string) => string {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const key = noteBasename(p).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (path) => ((counts.get(noteBasename(path).toLowerCase()) ?? 0) > 1 ? withoutMd(path) : noteBasename(path));
}

/**
 * What a wikilink target cannot hold: Obsidian's list (`# | ^ : %% [[ ]]` "may not work as a
 * link"), line breaks, and `<` `>` so that text that looks like HTML is never link text.
 */
const NOT_IN_WIKILINK = /[[\]|#^:<>\r\n]|%%/;

/**
 * A link to the note at `path` whose link text is `linkText`: a wikilink, or a Markdown link with
 * an encoded path when the text holds characters that would break a wikilink.
 */
export function noteLink(path: string, linkText: string): string {
  if (!NOT_IN_WIKILINK.test(linkText) && linkText.trim() !== "") return `[[${linkText}]]`;
  const href = path.split("/").map(encodeURIComponent).join("/");
  return `[${escapeMarkdown(noteBasename(path))}](${href})`;
}
