// Imported text is data, never markup: what an imported file puts into a note goes through the
// project's one neutraliser, `inertText` (core/note/markdown.ts), so no Templater tag (`<%`), HTML
// tag, embed, wikilink, Markdown link, inline code (Dataview's `= ` and `$= ` queries) or `%%`
// comment can start in it. On top of that, `::` is broken up, so a value cannot become a Dataview
// inline field (`stage:: Active`) that a later move would take into the properties.
import { escapeMarkdown, inertText } from "../note/markdown";

/** True when `text` would pass through `inertText` unchanged: one line, nothing that could turn live. */
export function isInert(text: string): boolean {
  return inertText(text) === text;
}

/** `text` as inert Markdown on one line, with no `::` left standing. */
export function inertValue(text: string): string {
  return inertText(text).replace(/:(?=:)/g, ":\\");
}

export interface ImportedItem {
  /** The column (or vCard property) the text came from. */
  label: string;
  text: string;
}

export const IMPORTED_HEADING = "## Imported";

/**
 * The "Imported" section: one `- **label:** text` line per item, every label and text inert. The
 * text keeps its words; line breaks inside a value become spaces (the section is one line per value).
 */
export function importedSection(items: readonly ImportedItem[], eol = "\n"): string {
  const lines = items.map((item) => `- **${escapeMarkdown(item.label).replace(/:(?=:)/g, ":\\")}:** ${inertValue(item.text)}`);
  return [IMPORTED_HEADING, "", ...lines].join(eol) + eol;
}

/** `content` with the "Imported" section added at its end (nothing when there are no items). */
export function withImportedSection(content: string, items: readonly ImportedItem[]): string {
  if (items.length === 0) return content;
  const eol = content.includes("\r\n") ? "\r\n" : "\n";
  let end = content.length;
  while (end > 0 && (content[end - 1] === "\n" || content[end - 1] === "\r")) end--;
  return `${content.slice(0, end)}${eol}${eol}${importedSection(items, eol)}`;
}
