// Writing data into Markdown safely: escaped text and links to notes that always stay links.

/**
 * Characters that Markdown or Obsidian would turn into HTML, links, tags, emphasis, highlights,
 * math, comments, block ids or table cell breaks.
 */
const SPECIAL = /[\\`*_[\]<>|#$%~=^&]/g;

/** `text` as one line of literal Markdown text: every special character backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(SPECIAL, (c) => `\\${c}`);
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
