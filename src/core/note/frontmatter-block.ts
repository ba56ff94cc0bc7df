// Locates a note's YAML frontmatter block the way Obsidian does, by character offsets, so callers
// can change or read it without touching a byte outside it.

export type Eol = "\n" | "\r\n";

export interface FrontmatterBlock {
  exists: boolean;
  /** The text starts with a byte order mark (U+FEFF). */
  bom: boolean;
  /** Raw YAML between the fences; "" for an empty block or when there is no block. */
  yaml: string;
  /** Offsets of `yaml` in the text: `text.slice(from, to) === yaml`. */
  from: number;
  to: number;
  /** Offset of the first character after the closing fence line, including its line break. */
  bodyStart: number;
  /** The text's first line break style. */
  eol: Eol;
}

const BOM = "\uFEFF";

/** The style of the first line break in `text`; "\n" when there is none. */
export function detectEol(text: string): Eol {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** A fence line is `---`, optionally followed by spaces or tabs. */
function isFence(line: string): boolean {
  return /^---[ \t]*$/.test(line);
}

/** The line starting at `start`: its text without the break, and where the next line starts. */
function lineAt(text: string, start: number): { line: string; next: number } {
  const nl = text.indexOf("\n", start);
  if (nl < 0) return { line: text.slice(start), next: text.length };
  const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
  return { line: text.slice(start, end), next: nl + 1 };
}

/**
 * Finds the frontmatter: the text starts (after an optional BOM) with a `---` line and a later
 * line is `---` as well. Without a closing fence there is no frontmatter.
 */
export function findFrontmatter(text: string): FrontmatterBlock {
  const bom = text.startsWith(BOM);
  const start = bom ? 1 : 0;
  const eol = detectEol(text);
  const none: FrontmatterBlock = { exists: false, bom, yaml: "", from: start, to: start, bodyStart: start, eol };
  const open = lineAt(text, start);
  if (!isFence(open.line)) return none;
  const from = open.next;
  let pos = from;
  while (pos < text.length) {
    const { line, next } = lineAt(text, pos);
    if (isFence(line)) {
      // The YAML ends before the line break that precedes the closing fence.
      let to = pos;
      if (to > from) to -= text[to - 2] === "\r" && to - 2 >= from ? 2 : 1;
      return { exists: true, bom, yaml: text.slice(from, to), from, to, bodyStart: next, eol };
    }
    pos = next;
  }
  return none;
}
