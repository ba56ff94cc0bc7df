// Segments and tag rules as lines of text, for the settings tab: one per line, so a user edits them
// like a note. A segment is `Name = condition`; a tag rule is `condition => tag`, or
// `condition => -tag` to remove the tag. Blank lines and lines starting with `//` are skipped.
// Every problem names its line; nothing is saved while one remains.
import { formatCondition, parseCondition, type Segment } from "./segments";
import { tagProblem, type TagRule } from "./tag-rules";
import { normalizeTag } from "./segments";

export type LinesResult<T> = { ok: true; items: T[] } | { ok: false; problem: string };

/** The lines worth reading, with their 1-based numbers. */
function lines(text: string): { n: number; line: string }[] {
  return text.split(/\r?\n/).map((line, i) => ({ n: i + 1, line: line.trim() })).filter((l) => l.line !== "" && !l.line.startsWith("//"));
}

export function formatSegments(segments: readonly Segment[]): string {
  return segments.map((s) => `${s.name} = ${formatCondition(s.when)}`).join("\n");
}

export function parseSegmentLines(text: string): LinesResult<Segment> {
  const items: Segment[] = [];
  const names = new Set<string>();
  for (const { n, line } of lines(text)) {
    const eq = line.indexOf("=");
    if (eq < 0) return { ok: false, problem: `line ${n}: write a name, " = " and a condition, e.g. "Key accounts = tier:Gold,Silver"` };
    const name = line.slice(0, eq).trim();
    if (name === "") return { ok: false, problem: `line ${n}: the segment needs a name before "="` };
    if (names.has(name.toLowerCase())) return { ok: false, problem: `line ${n}: the name "${name}" is used twice` };
    const when = parseCondition(line.slice(eq + 1));
    if ("problem" in when) return { ok: false, problem: `line ${n}: ${when.problem}` };
    names.add(name.toLowerCase());
    items.push({ name, when });
  }
  return { ok: true, items };
}

export function formatTagRules(rules: readonly TagRule[]): string {
  return rules.map((r) => `${formatCondition(r.when)} => ${r.remove ? "-" : ""}${r.tag}`).join("\n");
}

export function parseTagRuleLines(text: string): LinesResult<TagRule> {
  const items: TagRule[] = [];
  for (const { n, line } of lines(text)) {
    const arrow = line.lastIndexOf("=>");
    if (arrow < 0) return { ok: false, problem: `line ${n}: write a condition, " => " and a tag, e.g. "tier:Gold => key-account"` };
    let tag = line.slice(arrow + 2).trim();
    const remove = tag.startsWith("-");
    if (remove) tag = tag.slice(1).trim();
    const problem = tagProblem(tag);
    if (problem !== null) return { ok: false, problem: `line ${n}: the tag "${tag}" ${problem}` };
    const when = parseCondition(line.slice(0, arrow));
    if ("problem" in when) return { ok: false, problem: `line ${n}: ${when.problem}` };
    items.push(remove ? { when, tag: normalizeTag(tag), remove: true } : { when, tag: normalizeTag(tag) });
  }
  return { ok: true, items };
}
