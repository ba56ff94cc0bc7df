// Changes a few properties by editing only their own lines of the YAML text, so everything else in
// the note (comments, quoting, list style, empty values, other keys) stays byte for byte. Every
// edit is checked by parsing the result: when it does not give exactly the intended properties,
// in the same key order, the caller falls back to Obsidian's processFrontMatter.
import { findFrontmatter } from "./frontmatter-block";
import { applyPatch } from "./patch";
import { yamlScalar } from "./yaml-scalar";
import type { FrontmatterPatch } from "../model/types";

type Value = FrontmatterPatch[string];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function scalar(value: string | number | boolean): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return String(value);
  return yamlScalar(value, DAY.test(value));
}

function yamlValue(value: Exclude<Value, null>): string | null {
  if (!Array.isArray(value)) return scalar(value);
  const items = value.map(scalar);
  return items.some((i) => i === null) ? null : `[${items.join(", ")}]`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A top-level `key:` line whose value is on that line alone (no block list, no folded text after it). */
function keyLine(lines: string[], key: string): number | "complex" {
  const re = new RegExp(`^${escapeRegExp(key)}[ \\t]*:(?:[ \\t\\r]|$)`);
  const at = lines.findIndex((l) => re.test(l));
  if (at < 0) return -1;
  const next = lines[at + 1];
  if (next !== undefined && /^([ \t]|-([ \t\r]|$))/.test(next)) return "complex";
  const value = (lines[at] ?? "").replace(/\r$/, "").replace(re, "").trim();
  if (/^[|>&*!]/.test(value)) return "complex";
  return at;
}

/** A `  # comment` after an unquoted value, kept when the value is replaced (the re-parse checks the result). */
function trailingComment(line: string): string {
  const value = line.replace(/\r$/, "").slice(line.indexOf(":") + 1);
  if (/["']/.test(value)) return "";
  return /[ \t]+#.*$/.exec(value)?.[0] ?? "";
}

function sameInOrder(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));
}

/**
 * The note's text with `patch` applied to its frontmatter lines, or null when that cannot be done
 * safely line by line (then use processFrontMatter). `parse` is Obsidian's YAML parser.
 */
export function editFrontmatterText(text: string, patch: FrontmatterPatch, parse: (yaml: string) => unknown): string | null {
  const block = findFrontmatter(text);
  if (!block.exists) return null;
  let before: unknown;
  try {
    before = block.yaml.trim() === "" ? {} : parse(block.yaml);
  } catch {
    return null;
  }
  if (before === null || before === undefined) before = {};
  if (typeof before !== "object" || Array.isArray(before)) return null;
  const expected = { ...(before as Record<string, unknown>) };
  applyPatch(expected, patch);

  // Lines split on "\n" only, so each keeps its own "\r": line endings stay as they were.
  const cr = block.eol === "\r\n" ? "\r" : "";
  const wasEmpty = block.yaml === "";
  const lines = wasEmpty ? [] : block.yaml.split("\n");
  for (const [key, value] of Object.entries(patch)) {
    const at = keyLine(lines, key);
    if (at === "complex") return null;
    if (value === null) {
      if (at < 0) continue;
      // The last line has no line break of its own: the one before it gives up its "\r".
      if (at === lines.length - 1 && at > 0) lines[at - 1] = (lines[at - 1] ?? "").replace(/\r$/, "");
      lines.splice(at, 1);
      continue;
    }
    const written = yamlValue(value);
    if (written === null) return null;
    if (at >= 0) {
      const old = lines[at] ?? "";
      lines[at] = `${key}: ${written}${trailingComment(old)}${old.endsWith("\r") ? "\r" : ""}`;
    }
    else {
      if (lines.length > 0) lines[lines.length - 1] = `${(lines[lines.length - 1] ?? "").replace(/\r$/, "")}${cr}`;
      lines.push(`${key}: ${written}`);
    }
  }
  const yaml = lines.length === 0 ? "" : lines.join("\n") + (wasEmpty ? block.eol : "");
  let after: unknown;
  try {
    after = yaml.trim() === "" ? {} : parse(yaml);
  } catch {
    return null;
  }
  if (after === null || typeof after !== "object" || Array.isArray(after)) return null;
  if (!sameInOrder(after as Record<string, unknown>, expected)) return null;
  return text.slice(0, block.from) + yaml + text.slice(block.to);
}
