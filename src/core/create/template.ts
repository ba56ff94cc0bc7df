// Fills `{{placeholders}}` in a note template. Inside the frontmatter each value is written so the
// YAML still parses and reads back as exactly that value; in the body values go in as they are.
import { format } from "date-fns";
import { detectEol, findFrontmatter } from "../note/frontmatter-block";
import { sanitiseNoteName } from "../note/names";
import { doubleQuoted, escapeDouble, escapeDoubleKeepingBreaks, isSafePlain, NOT_IN_SINGLE, NOT_PRINTABLE, oneLine, yamlScalar } from "../note/yaml-scalar";

/** Kept here too for callers that imported it from the template module. */
export { yamlScalar };

export interface TemplateVars {
  company: string;
  /** The sanitised note name. */
  title: string;
  client_id: string;
  stage: string;
  engagement: string;
  currency: string;
}

/** The variables for a new client note; `title` is the company as a safe note name. */
export function templateVars(input: Omit<TemplateVars, "title">): TemplateVars {
  return { ...input, title: sanitiseNoteName(input.company) };
}

const PLACEHOLDER = /\{\{[ \t]*(company|title|client_id|stage|engagement|currency|date|time)[ \t]*(?::([^{}\r\n]*))?\}\}/g;

/** A placeholder with its value, at offsets in some piece of text. */
interface Filled {
  start: number;
  end: number;
  value: string;
  isDate: boolean;
}

/** The value of one placeholder, or null to leave it as written (bad date format). */
function valueOf(name: string, fmt: string | undefined, vars: TemplateVars, now: Date): string | null {
  if (name === "date" || name === "time") {
    const pattern = fmt === undefined ? (name === "date" ? "yyyy-MM-dd" : "HH:mm") : fmt.trim();
    // Moment-style `YYYY` / `DD` mean other things in date-fns (week year, day of year): refuse them.
    if (pattern === "" || /[YD]/.test(pattern.replace(/'(?:''|[^'])*'?/g, ""))) return null;
    try {
      return format(now, pattern);
    } catch {
      return null;
    }
  }
  return fmt === undefined ? vars[name as keyof TemplateVars] : null;
}

function placeholders(text: string, vars: TemplateVars, now: Date): Filled[] {
  const found: Filled[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const value = valueOf(m[1] ?? "", m[2], vars, now);
    if (value !== null) found.push({ start: m.index, end: m.index + m[0].length, value, isDate: m[1] === "date" || m[1] === "time" });
  }
  return found;
}

const raw = (text: string) => text;

/** `text` with each placeholder replaced by `value(its value)` and the text between by `literal(text)`. */
function fill(text: string, found: Filled[], value: (v: string) => string, literal = raw): string {
  let out = "";
  let last = 0;
  for (const f of found) {
    out += literal(text.slice(last, f.start)) + value(f.value);
    last = f.end;
  }
  return out + literal(text.slice(last));
}

// --- Where placeholders sit in the YAML ---------------------------------------------------------

interface YamlSpan {
  kind: "plain" | "double" | "single" | "comment" | "block";
  start: number;
  end: number;
  /** Plain pieces of one multi-line plain scalar share a group. */
  group: number;
  /** For block scalar content: the line's indentation. */
  indent: string;
  /** For block scalar content: where its header could take an indentation digit (-1: has one). */
  header: number;
  /** For block scalar content: the column the content must be indented past. */
  parent: number;
  /** For block scalar content: the first non-blank line, which sets the indentation. */
  first: boolean;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t";
const FLOW = ",[]{}";

/**
 * Splits frontmatter YAML into the pieces a placeholder can sit in: plain, single- and
 * double-quoted scalars, comments and block scalar lines. A line-based scan of the block and
 * flow styles that templates use, not a full YAML parser.
 */
function scanYaml(y: string): YamlSpan[] {
  const spans: YamlSpan[] = [];
  const span = (kind: YamlSpan["kind"], start: number, end: number, group = -1) => {
    spans.push({ kind, start, end, group, indent: "", header: -1, parent: 0, first: false });
  };
  let depth = 0;
  let quote: { kind: "double" | "single"; start: number } | null = null;
  let block: { parent: number; header: number; seen: boolean } | null = null;
  let openPlain: { group: number; owner: number } | null = null;
  let groups = 0;
  // Any `{{...}}` counts as one unit of a plain scalar, known placeholder or not.
  const atom = /\{\{[^{}\r\n]*\}\}/y;
  const atomEnd = (i: number) => {
    atom.lastIndex = i;
    return atom.test(y) ? atom.lastIndex : -1;
  };
  const isValueColon = (i: number, end: number) => y[i] === ":" && (i + 1 >= end || isSpace(y[i + 1]) || (depth > 0 && FLOW.includes(y[i + 1] ?? "")));
  /** Where a plain scalar starting at `i` ends on this line (trailing spaces excluded). */
  const plainEnd = (i: number, end: number) => {
    let j = i;
    while (j < end) {
      const a = atomEnd(j);
      if (a > 0) { j = a; continue; }
      const c = y[j] ?? "";
      if ((c === "#" && j > i && isSpace(y[j - 1])) || isValueColon(j, end) || (depth > 0 && FLOW.includes(c))) break;
      j++;
    }
    while (j > i && isSpace(y[j - 1])) j--;
    return j;
  };
  const commentAfter = (i: number, end: number) => {
    for (let j = i + 1; j < end; j++) {
      if (y[j] === "#" && isSpace(y[j - 1])) { span("comment", j, end); return; }
    }
  };

  const scanLine = (start: number, end: number) => {
    let i = start;
    while (i < end && isSpace(y[i])) i++;
    const indent = i - start;
    const blank = i === end;
    if (block !== null) {
      if (blank || indent > block.parent) {
        if (!blank) {
          spans.push({ kind: "block", start: i, end, group: -1, indent: y.slice(start, i), header: block.header, parent: block.parent, first: !block.seen });
          block.seen = true;
        }
        return;
      }
      block = null;
    }
    if (quote === null && depth === 0 && openPlain !== null && !blank) {
      if (indent > openPlain.owner && y[i] !== "#") {
        const pieceEnd = plainEnd(i, end);
        span("plain", i, pieceEnd, openPlain.group);
        if (pieceEnd < end && y.slice(pieceEnd, end).trim() !== "") { openPlain = null; commentAfter(pieceEnd, end); }
        return;
      }
      openPlain = null;
    }
    let expecting = true;
    let owner = indent;
    let tokenCol = indent;
    let trailing: { group: number; owner: number } | null = null;
    while (i < end) {
      const c = y[i] ?? "";
      if (quote !== null) {
        if (quote.kind === "double" && c === "\\") { i += 2; continue; }
        if (c === (quote.kind === "double" ? '"' : "'")) {
          if (quote.kind === "single" && y[i + 1] === "'") { i += 2; continue; }
          span(quote.kind, quote.start, i + 1);
          quote = null;
          expecting = false;
        }
        i++;
        continue;
      }
      if (isSpace(c)) { i++; continue; }
      if (c === "#" && (i === start || isSpace(y[i - 1]))) { span("comment", i, end); trailing = null; break; }
      if (expecting && atomEnd(i) < 0) {
        if (c === '"' || c === "'") { quote = { kind: c === '"' ? "double" : "single", start: i }; tokenCol = i - start; trailing = null; i++; continue; }
        if ((c === "-" || c === "?") && depth === 0 && (i + 1 >= end || isSpace(y[i + 1]))) { owner = i - start; i++; continue; }
        if ((c === "|" || c === ">") && depth === 0) {
          const explicit = /^[|>][+-]?[1-9]/.test(y.slice(i, end));
          block = { parent: owner, header: explicit ? -1 : i + 1, seen: false };
          commentAfter(i, end);
          trailing = null;
          break;
        }
        if (c === "[" || c === "{") { depth++; trailing = null; i++; continue; }
        if (c === "&" || c === "!") { while (i < end && !isSpace(y[i])) i++; continue; }
      }
      if (depth > 0 && c === ",") { expecting = true; i++; continue; }
      if (depth > 0 && (c === "]" || c === "}")) { depth--; expecting = false; i++; continue; }
      if (isValueColon(i, end)) { owner = tokenCol; expecting = true; trailing = null; i++; continue; }
      const tokenEnd = Math.max(plainEnd(i, end), i + 1);
      const group = groups++;
      span("plain", i, tokenEnd, group);
      trailing = depth === 0 ? { group, owner } : null;
      tokenCol = i - start;
      expecting = false;
      i = tokenEnd;
    }
    openPlain = quote === null && depth === 0 ? trailing : null;
  };

  for (let pos = 0; pos <= y.length; ) {
    const nl = y.indexOf("\n", pos);
    const lineEnd = nl < 0 ? y.length : nl;
    scanLine(pos, lineEnd > pos && y[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd);
    pos = nl < 0 ? y.length + 1 : nl + 1;
  }
  return spans;
}

// --- Rendering ----------------------------------------------------------------------------------

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

function renderYaml(yaml: string, vars: TemplateVars, now: Date, eol: string): string {
  const pieces: Piece[] = scanYaml(yaml).map((span) => {
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

/**
 * Fills `{{company}}`, `{{title}}`, `{{client_id}}`, `{{stage}}`, `{{engagement}}`, `{{currency}}`,
 * `{{date}}`, `{{time}}`, `{{date:FORMAT}}` and `{{time:FORMAT}}` (date-fns tokens). Unknown
 * placeholders and bad formats stay as written. In the frontmatter, values are YAML-quoted as needed.
 */
export function renderTemplate(template: string, vars: TemplateVars, now: Date): string {
  const fm = findFrontmatter(template);
  const body = (text: string) => fill(text, placeholders(text, vars, now), raw);
  if (!fm.exists) return body(template);
  const yaml = renderYaml(fm.yaml, vars, now, detectEol(template));
  return body(template.slice(0, fm.from)) + yaml + body(template.slice(fm.to));
}
