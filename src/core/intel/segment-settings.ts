// The settings of segments and tag rules: the saved segments (a name and a condition) and the tag
// rules. Read by `migrateSettings`; kept apart so the settings module stays small.
import { conditionFromData, normalizeTag, parseCondition, type Condition, type Segment } from "./segments";
import { tagProblem, type TagRule } from "./tag-rules";

export interface SegmentSettings {
  segments: Segment[];
  tagRules: TagRule[];
}

export function defaultSegmentSettings(): SegmentSettings {
  return {
    segments: [
      { name: "Key accounts", when: { tiers: ["Gold", "Silver"] } },
      // At risk includes risk level High (contract section 4), outside the excluded stages.
      { name: "Needs attention", when: { atRisk: true } },
    ],
    tagRules: [],
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A stored condition: the one-line syntax, or the condition's JSON. */
function storedCondition(v: unknown): Condition | null {
  const cond = typeof v === "string" ? parseCondition(v) : conditionFromData(v);
  return "problem" in cond ? null : cond;
}

function segment(v: unknown, names: Set<string>): Segment | null {
  if (!isObject(v) || typeof v.name !== "string") return null;
  const name = v.name.trim();
  const when = storedCondition(v.when);
  if (name === "" || names.has(name.toLowerCase()) || when === null) return null;
  names.add(name.toLowerCase());
  return { name, when };
}

function tagRule(v: unknown): TagRule | null {
  if (!isObject(v) || typeof v.tag !== "string" || tagProblem(v.tag) !== null) return null;
  if (v.remove !== undefined && typeof v.remove !== "boolean") return null;
  const when = storedCondition(v.when);
  if (when === null) return null;
  return v.remove === true ? { when, tag: normalizeTag(v.tag), remove: true } : { when, tag: normalizeTag(v.tag) };
}

/**
 * Reads the segments and tag rules from stored data into `s`. A stored list replaces the default
 * one; each entry that cannot be used (no name, a name used before, a bad condition or tag) is
 * left out and reported with `bad` (named like `segments.2`); a value that is not a list keeps
 * the default.
 */
export function migrateSegmentSettings(raw: Record<string, unknown>, s: SegmentSettings, bad: (key: string, value: unknown) => void): void {
  const segments = raw.segments;
  if (segments !== undefined) {
    if (!Array.isArray(segments)) bad("segments", segments);
    else {
      const names = new Set<string>();
      s.segments = [];
      (segments as unknown[]).forEach((v, i) => {
        const seg = segment(v, names);
        if (seg) s.segments.push(seg);
        else bad(`segments.${i}`, v);
      });
    }
  }
  const rules = raw.tagRules;
  if (rules === undefined) return;
  if (!Array.isArray(rules)) return bad("tagRules", rules);
  s.tagRules = [];
  (rules as unknown[]).forEach((v, i) => {
    const rule = tagRule(v);
    if (rule) s.tagRules.push(rule);
    else bad(`tagRules.${i}`, v);
  });
}
