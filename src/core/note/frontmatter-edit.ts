// Changes a few properties by editing only their own lines of the YAML text, so everything else in
// the note (comments, quoting, list style, empty values, other keys) stays byte for byte. Every
// edit is checked by parsing the result: when it does not give exactly the intended properties,
// in the same key order, the caller may use Obsidian's processFrontMatter, which lays out the
// whole block and drops its comments; when the block holds a comment, the caller is told which
// line instead, and writes nothing.
import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import { noEdits, renderLines, setEntry, yamlValue } from "./line-edit";
import { applyPatch, patchChangesSomething } from "./patch";
import { readProperties, type ParseYaml, type Properties } from "./properties";
import { firstCommentLineOf } from "./yaml-comments";
import { firstCommentLine, scanYaml, type YamlScan } from "./yaml-lines";
import type { FrontmatterPatch } from "../model/types";

/** A note's text, its frontmatter block and its properties, read once per write. */
export interface NoteRead {
  text: string;
  block: FrontmatterBlock;
  properties: Properties;
}

export function readNote(text: string, parse: ParseYaml): NoteRead {
  const block = findFrontmatter(text);
  return { text, block, properties: block.exists ? readProperties(block.yaml, parse) : { frontmatter: {} } };
}

/**
 * The edited note; or `fallback`: only Obsidian's writer can make the change and the block has
 * no comment it would lose; or `refused`: the same, but the note's line `line` (1-based, the
 * opening `---` is line 1) holds a comment, and `key` is the property that could not be edited.
 */
export type FrontmatterEdit = { text: string } | { fallback: true } | { refused: { key: string; line: number } };

function sameInOrder(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));
}

/** The block's YAML with `patch` applied line by line, or the first key that could not be. */
function editLines(scan: YamlScan, block: FrontmatterBlock, before: Record<string, unknown>, patch: FrontmatterPatch): { yaml: string } | { key: string } {
  const edits = noEdits();
  for (const [key, value] of Object.entries(patch)) {
    const entry = scan.entries.find((e) => e.key === key);
    // An anchor, alias or tag is left to Obsidian's writer even when its value stays.
    if (scan.odd || entry?.odd || entry?.value.special) return { key };
    if (!patchChangesSomething(before, { [key]: value })) continue;
    if (entry) {
      if (!setEntry(scan, edits, entry, value, before[key])) return { key };
      continue;
    }
    if (value === null) continue;
    const written = yamlValue(value);
    if (written === null) return { key };
    edits.end.push(`${key}: ${written}`);
  }
  return { yaml: renderLines(scan, edits, block.eol) };
}

/** Edits the properties of a note read once (`note`); `parse` is Obsidian's YAML parser, to check the result. */
export function editFrontmatter(note: NoteRead, patch: FrontmatterPatch, parse: ParseYaml): FrontmatterEdit {
  const { block, properties } = note;
  if (!block.exists || "problem" in properties) return { fallback: true };
  const expected = { ...properties.frontmatter };
  applyPatch(expected, patch);
  const scan = scanYaml(block.yaml);
  const edited = editLines(scan, block, properties.frontmatter, patch);
  let key = Object.keys(patch)[0] ?? "";
  if ("yaml" in edited) {
    const after = readProperties(edited.yaml, parse);
    if ("frontmatter" in after && sameInOrder(after.frontmatter, expected)) return { text: note.text.slice(0, block.from) + edited.yaml + note.text.slice(block.to) };
  } else key = edited.key;
  // The line scanner cannot follow an odd block (flow collections, anchors): the lexer finds its comments.
  const line = scan.odd ? firstCommentLineOf(block.yaml) : firstCommentLine(scan);
  return line < 0 ? { fallback: true } : { refused: { key, line: line + 2 } };
}

/**
 * The note's text with `patch` applied to its frontmatter lines, or null when that cannot be done
 * safely line by line (then use processFrontMatter). `parse` is Obsidian's YAML parser.
 */
export function editFrontmatterText(text: string, patch: FrontmatterPatch, parse: ParseYaml): string | null {
  const edit = editFrontmatter(readNote(text, parse), patch, parse);
  return "text" in edit ? edit.text : null;
}
