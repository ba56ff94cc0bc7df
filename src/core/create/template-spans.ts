// Where placeholders can sit in a template's frontmatter: the scalars, comments and block scalar
// lines, found by the `yaml` package's lexer. Placeholders are not YAML (`{{` opens a flow
// mapping), so each `{{...}}` is read as letters of the same length first.
import { Lexer, SCALAR, tokenType } from "../note/yaml-tokens";

export interface YamlSpan {
  kind: "plain" | "double" | "single" | "comment" | "block";
  start: number;
  end: number;
  /** Plain pieces (lines) of one multi-line plain scalar share a group. */
  group: number;
  /** For block scalar content: the line's indentation. */
  indent: string;
  /** For block scalar content: where its header could take an indentation digit (-1: has one). */
  header: number;
  /** For block scalar content: the column of the node that owns the block scalar. */
  parent: number;
  /** For block scalar content: the first non-blank line, which sets the indentation. */
  first: boolean;
}

/** Any `{{...}}`, known placeholder or not, counts as one run of plain text. */
const ATOM = /\{\{[^{}\r\n]*\}\}/g;

/** The lines of `text` (at `offset`) without their indentation, trailing spaces and line breaks; blank lines left out. */
function lines(text: string, offset: number): { start: number; end: number; indent: string }[] {
  const out: { start: number; end: number; indent: string }[] = [];
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const indent = /^[ \t]*/.exec(text.slice(pos, lineEnd))?.[0] ?? "";
    let end = lineEnd;
    while (end > pos + indent.length && " \t\r".includes(text[end - 1] ?? "")) end--;
    if (end > pos + indent.length) out.push({ start: offset + pos + indent.length, end: offset + end, indent });
    pos = lineEnd + 1;
  }
  return out;
}

/** Splits frontmatter YAML into the spans a placeholder can sit in. Linear in the YAML's length. */
export function yamlSpans(yaml: string): YamlSpan[] {
  const masked = yaml.replace(ATOM, (a) => "x".repeat(a.length));
  const spans: YamlSpan[] = [];
  const span = (kind: YamlSpan["kind"], start: number, end: number, group = -1) => {
    spans.push({ kind, start, end, group, indent: "", header: -1, parent: 0, first: false });
  };
  let groups = 0;
  let off = 0;
  let lineStart = 0;
  /** The column of the node a block scalar on this line belongs to: the line's indent, a `-`/`?`, or a key. */
  let owner = -1;
  let keyCol = 0;
  let depth = 0;
  let block: { header: number; parent: number } | null = null;
  let blockNext = false;
  for (const token of new Lexer().lex(masked)) {
    // The lexer's markers (document, scalar, flow error) take no room in the source.
    if (!masked.startsWith(token, off)) {
      if (token === SCALAR && block !== null) blockNext = true;
      continue;
    }
    const start = off;
    const col = start - lineStart;
    off += token.length;
    const type = tokenType(token);
    if (blockNext && block !== null) {
      lines(yaml.slice(start, off), start).forEach((l, n) => {
        spans.push({ kind: "block", start: l.start, end: l.end, group: -1, indent: l.indent, header: block?.header ?? -1, parent: block?.parent ?? 0, first: n === 0 });
      });
      block = null;
      blockNext = false;
    } else if (type === "newline") {
      owner = -1;
    } else if (type === "space" || type === "anchor" || type === "tag") {
      // Indentation, separation, anchors and tags hold no value.
    } else {
      if (owner < 0) owner = col;
      if (type === "flow-map-start" || type === "flow-seq-start") depth++;
      else if (type === "flow-map-end" || type === "flow-seq-end") depth = Math.max(0, depth - 1);
      else if (type === "seq-item-ind" || type === "explicit-key-ind") owner = col;
      else if (type === "map-value-ind") owner = keyCol;
      else if (type === "block-scalar-header") block = { header: /^[|>][+-]?[1-9]/.test(token) ? -1 : start + 1, parent: owner };
      else if (type === "comment") span("comment", start, off);
      else if (type === "double-quoted-scalar" || type === "single-quoted-scalar") {
        span(type === "double-quoted-scalar" ? "double" : "single", start, off);
        keyCol = col;
      } else if (type === "scalar" || type === "alias" || type === null) {
        // In block context a line indented no further than the owner starts anew (broken YAML).
        let group = groups++;
        for (const l of lines(yaml.slice(start, off), start)) {
          if (depth === 0 && l.start > start && l.indent.length <= owner) group = groups++;
          span("plain", l.start, l.end, group);
        }
        keyCol = col;
      }
    }
    const nl = token.lastIndexOf("\n");
    if (nl >= 0) lineStart = start + nl + 1;
  }
  return spans;
}
