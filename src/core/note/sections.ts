// Reads and appends to a heading's section of a note without touching any other byte.
import { findFrontmatter, type Eol } from "./frontmatter-block";

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset after the line's break (or the end of the text for a last line without one). */
  next: number;
}

interface Fence {
  char: string;
  length: number;
}

interface Section {
  /** Index of the heading line. */
  heading: number;
  /** Index of the line after the section (the next heading of the same or a higher level, or lines.length). */
  end: number;
  /** Index after the section's last non-blank line. */
  contentEnd: number;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ text: text.slice(start, end), start, next });
    start = next;
  }
  return lines;
}

/** The first character after up to three leading spaces: what can start a heading or a fence. */
function lead(line: string): string {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  return line[i] ?? "";
}

function headingLevel(line: string): number {
  if (lead(line) !== "#") return 0;
  const m = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  return m?.[1] ? m[1].length : 0;
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** The fence a line opens (or closes), CommonMark style: up to 3 spaces, then ``` or ~~~ or longer. */
function fenceOf(line: string): (Fence & { info: string }) | null {
  const c = lead(line);
  if (c !== "`" && c !== "~") return null;
  const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!m?.[1] || m[2] === undefined) return null;
  if (m[1][0] === "`" && m[2].includes("`")) return null;
  return { char: m[1][0] ?? "`", length: m[1].length, info: m[2] };
}

/** What ends a region in which Obsidian shows no fence and no heading: `%%` comments, HTML comments, `$$` math. */
const REGION_END: Record<string, string> = { "%%": "%%", "<!--": "-->", "$$": "$$" };
const REGION_OPENERS = ["%%", "<!--", "$$"];

/**
 * For each backtick run starting at i: runEnd[i] is where it ends, and partner[i] where the next
 * run of the same length starts (-1 for none), found in one pass from the right.
 */
function backtickRuns(line: string): { runEnd: Int32Array; partner: Int32Array } {
  const runEnd = new Int32Array(line.length + 1);
  const partner = new Int32Array(line.length + 1).fill(-1);
  const starts: number[] = [];
  for (let i = line.indexOf("`"); i >= 0; i = line.indexOf("`", i)) {
    let j = i;
    while (line[j] === "`") j++;
    runEnd[i] = j;
    starts.push(i);
    i = j;
  }
  const nextOfLength = new Map<number, number>();
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k] ?? 0;
    const length = (runEnd[start] ?? start) - start;
    partner[start] = nextOfLength.get(length) ?? -1;
    nextOfLength.set(length, start);
  }
  return { runEnd, partner };
}

/**
 * The region (by its closing mark) open at the end of `line`, given the one open at its start.
 * Inline code spans (a run of backticks up to the next run of the same length) hold no region
 * mark. Linear in the line's length.
 */
function regionAfter(line: string, open: string | null): string | null {
  if (open === null && !REGION_OPENERS.some((o) => line.includes(o))) return null;
  const runs = line.includes("`") ? backtickRuns(line) : null;
  let region = open;
  for (let i = 0; i < line.length; ) {
    if (region !== null) {
      const at = line.indexOf(region, i);
      if (at < 0) return region;
      i = at + region.length;
      region = null;
      continue;
    }
    const end = runs?.runEnd[i] ?? 0;
    if (runs && end > 0) {
      const close = runs.partner[i] ?? -1;
      i = close < 0 ? end : runs.runEnd[close] ?? end;
      continue;
    }
    const opener = line[i] === "%" || line[i] === "<" || line[i] === "$" ? REGION_OPENERS.find((o) => line.startsWith(o, i)) : undefined;
    if (opener === undefined) i++;
    else {
      region = REGION_END[opener] ?? null;
      i += opener.length;
    }
  }
  return region;
}

/**
 * Whether `line`, standing alone, leaves a `%%` or HTML comment or a `$$` math block open at its
 * end, which would make Obsidian show every line after it as part of that region.
 */
export function leavesRegionOpen(line: string): boolean {
  return regionAfter(line, null) !== null;
}

interface BlockStates {
  /** The code block open before each line (index lines.length: after the last line), or null. A block's fence lines count as inside it. */
  fences: (Fence | null)[];
  /** The comment or math region open before each line (by its closing mark), or null. */
  regions: (string | null)[];
}

/**
 * Code blocks and the regions in which Obsidian shows no code block and no heading: inside a
 * `%%` or HTML comment or a `$$` math block, a ``` line opens nothing; inside a code block, no
 * region starts.
 */
function blockStates(lines: Line[]): BlockStates {
  const fences: (Fence | null)[] = [];
  const regions: (string | null)[] = [];
  let open: Fence | null = null;
  let region: string | null = null;
  for (const line of lines) {
    fences.push(open);
    regions.push(region);
    if (region !== null) {
      region = regionAfter(line.text, region);
      continue;
    }
    const fence = fenceOf(line.text);
    if (open === null) {
      if (fence) open = { char: fence.char, length: fence.length };
      else region = regionAfter(line.text, null);
    } else if (fence && fence.char === open.char && fence.length >= open.length && fence.info.trim() === "") {
      open = null;
    }
  }
  fences.push(open);
  regions.push(region);
  return { fences, regions };
}

/** A heading line outside code blocks, comments and math: its level, or 0. */
function levelAt(lines: Line[], states: BlockStates, i: number): number {
  const line = lines[i];
  if (states.fences[i] !== null || states.regions[i] !== null || line === undefined) return 0;
  return fenceOf(line.text) === null ? headingLevel(line.text) : 0;
}

function parseHeading(heading: string): { text: string; level: number } {
  const text = heading.trimEnd();
  const level = headingLevel(text);
  if (level === 0 || /^\s/.test(text)) throw new Error(`Not a Markdown heading: "${heading}"`);
  return { text, level };
}

/** The heading level of every line outside code blocks, comments and math (0 for other lines). */
function headingLevels(lines: Line[], states: BlockStates): number[] {
  return lines.map((_, i) => levelAt(lines, states, i));
}

function findSection(lines: Line[], levels: number[], heading: string): Section | null {
  const { text, level } = parseHeading(heading);
  const at = lines.findIndex((line, i) => levels[i] === level && line.text.trimEnd() === text);
  if (at < 0) return null;
  let end = at + 1;
  while (end < lines.length) {
    const lineLevel = levels[end] ?? 0;
    if (lineLevel > 0 && lineLevel <= level) break;
    end++;
  }
  let contentEnd = end;
  while (contentEnd > at + 1 && isBlank(lines[contentEnd - 1]?.text ?? "")) contentEnd--;
  return { heading: at, end, contentEnd };
}

/**
 * The lines of the section under `heading` (e.g. "## Interaction log"), without line breaks and
 * without leading or trailing blank lines; null when the note has no such heading. The heading
 * must match exactly (trailing spaces aside) and is not looked for in frontmatter or code blocks.
 */
export function readSection(text: string, heading: string): string[] | null {
  return readSections(text, [heading]).get(heading) ?? null;
}

/** `readSection` for several headings at once: the note is split and scanned for code blocks once. */
export function readSections(text: string, headings: string[]): Map<string, string[] | null> {
  const lines = splitLines(text, findFrontmatter(text).bodyStart);
  const levels = headingLevels(lines, blockStates(lines));
  const out = new Map<string, string[] | null>();
  for (const heading of headings) {
    const section = findSection(lines, levels, heading);
    if (!section) {
      out.set(heading, null);
      continue;
    }
    let first = section.heading + 1;
    while (first < section.contentEnd && isBlank(lines[first]?.text ?? "")) first++;
    out.set(heading, lines.slice(first, section.contentEnd).map((line) => line.text));
  }
  return out;
}

/**
 * The line ending of the body (after the frontmatter), else `fallback`. Not the text's first line
 * break: Obsidian writes a new frontmatter block with "\n" even at the top of a CRLF note.
 */
function bodyEol(text: string, bodyStart: number, fallback: Eol): Eol {
  const nl = text.indexOf("\n", bodyStart);
  if (nl < 0) return fallback;
  return nl > bodyStart && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * Appends `lines` at the end of the section under `heading`, right after its last non-blank line,
 * in the note's own line ending. A missing heading is added at the end of the note after one
 * blank line. Every byte outside the inserted text is kept as it was.
 */
export function appendToSection(text: string, heading: string, lines: string[]): string {
  const fm = findFrontmatter(text);
  const eol = bodyEol(text, fm.bodyStart, fm.eol);
  const entry = lines.flatMap((line) => line.split(/\r\n?|\n/));
  if (entry.length === 0) return text;
  const noteLines = splitLines(text, fm.bodyStart);
  const states = blockStates(noteLines);
  const section = findSection(noteLines, headingLevels(noteLines, states), heading);
  const index = section ? section.contentEnd : noteLines.length;
  const at = index === 0 ? fm.bodyStart : noteLines[index - 1]?.next ?? fm.bodyStart;
  const before = text.slice(0, at);
  const needsBreak = at > 0 && !before.endsWith("\n") && before !== "\uFEFF";
  let insert = needsBreak ? eol : "";
  // Inside a code block left open to the end of the note: close it first (this does not change
  // how the note renders, as an unclosed block ends with the note anyway).
  const open = states.fences[index] ?? null;
  if (open !== null) insert += open.char.repeat(open.length) + eol;
  // Likewise a comment or math region left open to the end of the note.
  const region = states.regions[index] ?? null;
  if (region !== null) insert += region + eol;
  if (!section) {
    const lastText = noteLines[noteLines.length - 1]?.text;
    const blankBefore = open === null && region === null && lastText !== undefined && isBlank(lastText);
    const atStart = at === 0 || before === "\uFEFF";
    if (!blankBefore && !atStart) insert += eol;
    insert += heading.trimEnd() + eol;
  }
  insert += entry.map((line) => line + eol).join("");
  return before + insert + text.slice(at);
}
