// Fills the placeholders of a template's frontmatter so the YAML still parses and reads back as
// exactly each value: every placeholder is written in the style of the scalar it sits in, with
// the one YAML scalar writer (`core/note/yaml-scalar.ts`).
import { doubleQuoted, escapeDouble, escapeDoubleKeepingBreaks, isSafePlain, NOT_IN_SINGLE, NOT_PRINTABLE, oneLine, yamlScalar } from "../note/yaml-scalar";
import { fill, placeholders, raw, type Filled, type TemplateVars } from "./template-placeholders";
import { yamlSpans, type YamlSpan } from "./template-spans";

interface Piece {
  span: YamlSpan;
  text: string;
  found: Filled[];
}

/** One plain scalar (one or more pieces). A lone placeholder becomes a YAML scalar of its own. */
function renderPlain(pieces: Piece[]): string[] {
  const [first] = pieces;
  if (pieces.length === 1 && first) {
    const only = first.found.length === 1 ? first.found[0] : undefined;
    if (only && only.start === 0 && only.end === first.text.length) return [yamlScalar(only.value, only.isDate)];
    const rendered = fill(first.text, first.found, raw);
    return [isSafePlain(rendered, first.found.every((f) => f.isDate)) ? rendered : doubleQuoted(rendered)];
  }
  // A multi-line plain scalar becomes a double-quoted one: both fold their lines the same way.
  // Folding drops spaces at a line's ends, so a value's spaces there are escaped.
  const last = pieces.length - 1;
  return pieces.map((p, k) => {
    const edge = (f: Filled) => (k > 0 && f.start === 0 ? "^" : "") + (k < last && f.end === p.text.length ? "$" : "");
    const encoded = p.found.map((f) => ({ ...f, value: keepEdgeSpaces(escapeDouble(f.value), edge(f)) }));
    return (k === 0 ? '"' : "") + fill(p.text, encoded, raw, escapeDouble) + (k === last ? '"' : "");
  });
}

/** Escapes the spaces at the start (`^` in `edges`) or end (`$`) of escaped double-quoted text. */
function keepEdgeSpaces(text: string, edges: string): string {
  const spaces = (s: string) => s.replace(/ /g, "\\x20");
  let out = text;
  if (edges.includes("^")) out = out.replace(/^ +/, spaces);
  if (edges.includes("$")) out = out.replace(/ +$/, spaces);
  return out;
}

/** Whether a placeholder starts (`^`) or ends (`$`) a line of a multi-line quoted scalar. */
function lineEdges(text: string, f: Filled): string {
  return (/[\r\n][ \t]*$/.test(text.slice(0, f.start)) ? "^" : "") + (/^[ \t]*[\r\n]/.test(text.slice(f.end)) ? "$" : "");
}

function renderDouble(text: string, found: Filled[]): string {
  return fill(text, found.map((f) => ({ ...f, value: keepEdgeSpaces(escapeDouble(f.value), lineEdges(text, f)) })), raw);
}

function renderSingle(text: string, found: Filled[]): string {
  const edgeSpace = (f: Filled) => {
    const edges = lineEdges(text, f);
    return (edges.includes("^") && /^[ \t]/.test(f.value)) || (edges.includes("$") && /[ \t]$/.test(f.value));
  };
  const needsDouble = found.some((f) => NOT_IN_SINGLE.test(f.value) || edgeSpace(f));
  if (!needsDouble) return fill(text, found, (v) => v.replace(/'/g, "''"));
  // Single quotes cannot hold these characters: rewrite the scalar double-quoted.
  const inner = found.map((f) => ({ ...f, start: f.start - 1, end: f.end - 1, value: keepEdgeSpaces(escapeDouble(f.value), lineEdges(text, f)) }));
  const literal = (s: string) => escapeDoubleKeepingBreaks(s.replace(/''/g, "'"));
  return `"${fill(text.slice(1, -1), inner, raw, literal)}"`;
}

function renderBlock(span: YamlSpan, text: string, found: Filled[], eol: string): string {
  const clean = (v: string) => v.replace(NOT_PRINTABLE, (c) => ("\t\r\n".includes(c) ? c : " "));
  return fill(text, found, (v) => clean(v).replace(/\r\n|[\r\n]/g, eol + span.indent));
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edits for one span (or the pieces of one multi-line plain scalar). */
function editsFor(group: Piece[], eol: string): Edit[] {
  const [p] = group;
  if (!p || !group.some((g) => g.found.length > 0)) return [];
  const at = (g: Piece, text: string): Edit => ({ start: g.span.start, end: g.span.end, text });
  switch (p.span.kind) {
    case "plain": return renderPlain(group).flatMap((text, n) => (group[n] ? [at(group[n], text)] : []));
    case "double": return [at(p, renderDouble(p.text, p.found))];
    case "single": return [at(p, renderSingle(p.text, p.found))];
    case "comment": return [at(p, fill(p.text, p.found, oneLine))];
    case "block": {
      const text = renderBlock(p.span, p.text, p.found, eol);
      const edits = [at(p, text)];
      // A value could change the indentation the first line sets (a leading space, a break): state it.
      const digit = p.span.indent.length - p.span.parent;
      if (p.span.first && p.span.header >= 0 && /^ |\n/.test(text) && digit >= 1 && digit <= 9) edits.push({ start: p.span.header, end: p.span.header, text: String(digit) });
      return edits;
    }
  }
}

/** The frontmatter YAML with its placeholders filled; `eol` is the note's line break. */
export function renderYaml(yaml: string, vars: TemplateVars, now: Date, eol: string): string {
  const pieces: Piece[] = yamlSpans(yaml).map((span) => {
    const text = yaml.slice(span.start, span.end);
    return { span, text, found: placeholders(text, vars, now) };
  });
  const edits: Edit[] = [];
  for (let k = 0; k < pieces.length; ) {
    let m = k + 1;
    const group = pieces[k]?.span.group ?? -1;
    if (group >= 0) while (pieces[m]?.span.group === group) m++;
    edits.push(...editsFor(pieces.slice(k, m), eol));
    k = m;
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let last = 0;
  for (const edit of edits) {
    out += yaml.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + yaml.slice(last);
}
