// The one place where frontmatter YAML becomes a record of properties, in the plugin and the CLI.
// The YAML parser is a parameter (Obsidian's parseYaml, or the `yaml` package with uniqueKeys
// off); duplicate top-level keys are found here by one pass over the lines, with a Set.
import { findFrontmatter } from "./frontmatter-block";
import { isSpace, scanQuoted, type FlowState } from "./yaml-scan";

export const NOT_A_MAPPING = "Frontmatter is not a list of properties (key: value)";

/**
 * A YAML parser's error in one line, e.g. "Invalid YAML: Map keys must be unique (line 3,
 * column 1)". The parser counts lines inside the YAML; `firstLine` is the note's line of the
 * YAML's first line (2: after the `---`).
 */
export function yamlErrorText(e: unknown, firstLine = 2): string {
  const first = ((e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "").trim();
  const at = / at line (\d+), column (\d+):?$/.exec(first);
  const message = (at ? first.slice(0, at.index) : first.replace(/:$/, "")) || "the properties could not be parsed";
  return at ? `Invalid YAML: ${message} (line ${Number(at[1]) + firstLine - 1}, column ${at[2]})` : `Invalid YAML: ${message}`;
}

export type ParseYaml = (yaml: string) => unknown;
export type Properties = { frontmatter: Record<string, unknown> } | { problem: string };


/** The top-level key at the start of `line` and where its value starts, or null. */
function keyAt(line: string): { key: string; valueFrom: number } | null {
  const first = line[0];
  if (first === undefined || isSpace(first) || first === "#" || first === "\r") return null;
  if (first === "-" && (line.length === 1 || isSpace(line[1]) || line[1] === "\r")) return null;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, 1);
    if (close < 0 || line[close + 1] !== ":") return null;
    return { key: line.slice(1, close), valueFrom: close + 2 };
  }
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ":" && (i + 1 === line.length || isSpace(line[i + 1]) || line[i + 1] === "\r")) return { key: line.slice(0, i).trimEnd(), valueFrom: i + 1 };
    if (line[i] === "#" && i > 0 && isSpace(line[i - 1])) return null;
  }
  return null;
}

/**
 * The first top-level key that appears twice in `yaml`, as YAML line number (1-based), or null.
 * One pass over the lines; a line inside a quoted scalar or a flow collection is not a key line.
 */
export function duplicateKeyLine(yaml: string): number | null {
  const seen = new Set<string>();
  const state: FlowState = { quote: "", depth: 0 };
  const lines = yaml.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (state.quote !== "" || state.depth > 0) {
      scanQuoted(line, 0, state);
      continue;
    }
    const found = keyAt(line);
    if (found === null) continue;
    if (seen.has(found.key)) return n + 1;
    seen.add(found.key);
    let from = found.valueFrom;
    while (isSpace(line[from])) from++;
    scanQuoted(line, from, state);
  }
  return null;
}

/**
 * Frontmatter YAML as a record of properties, or why it cannot be one, in the same words
 * everywhere. `firstLine` is the note's line number of the YAML's first line (2: after `---`).
 */
export function readProperties(yaml: string, parse: ParseYaml, firstLine = 2): Properties {
  if (yaml.trim() === "") return { frontmatter: {} };
  let value: unknown;
  try {
    value = parse(yaml);
  } catch (e) {
    return { problem: yamlErrorText(e, firstLine) };
  }
  if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) return { problem: NOT_A_MAPPING };
  const twice = duplicateKeyLine(yaml);
  if (twice !== null) return { problem: `Invalid YAML: Map keys must be unique (line ${twice + firstLine - 1}, column 1)` };
  return { frontmatter: (value ?? {}) as Record<string, unknown> };
}

/** The properties of a note's text: `{}` without a frontmatter block. */
export function propertiesOfText(text: string, parse: ParseYaml): Properties {
  const block = findFrontmatter(text);
  return block.exists ? readProperties(block.yaml, parse) : { frontmatter: {} };
}
