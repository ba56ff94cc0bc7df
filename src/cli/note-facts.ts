// What the CLI takes from one note's text, as plain data: its day and link targets when it is a
// dated note, its parsed frontmatter (or why it cannot be parsed) when it may be a client note,
// and what a client note's text says (history lines, dated needs). Plain data so the read cache
// (vault-cache.ts) can keep it between runs; the body itself is not kept.
import { parse as parseYaml } from "yaml";
import { findFrontmatter } from "../core/note/frontmatter-block";
import { parseFlatYaml } from "../core/note/flat-yaml";
import { readProperties } from "../core/note/properties";
import type { Day } from "../core/model/types";
import { isClientFrontmatter } from "../core/model/client";
import { textActivity } from "../core/report/history";
import { datedNote } from "./activity-scan";

/** Frontmatter that does not mention "client" cannot be a client note; it is not parsed at all. */
const MAY_BE_CLIENT = /client/i;

export type TextActivity = ReturnType<typeof textActivity>;

export interface NoteFacts {
  /** The note's day and link targets as written, when it is a dated note. */
  dated: { day: Day; targets: string[] } | null;
  /** null: no frontmatter, or one that cannot be a client's; else the parse error or the properties. */
  read: null | { error: string } | { frontmatter: Record<string, unknown>; activity: TextActivity | null };
}

/** The `yaml` package as the CLI's parser: YAML 1.2 core schema, so dates stay strings. Duplicate keys are found by readProperties (linear), not by the parser's own check. */
export const cliYamlParse = (yamlText: string): unknown => parseYaml(yamlText, { schema: "core", version: "1.2", prettyErrors: true, logLevel: "error", uniqueKeys: false });

/** The flat-frontmatter fast path first (exactly yaml's value for the simple shapes), `yaml` for everything else. */
const cliParse = (yamlText: string): unknown => parseFlatYaml(yamlText) ?? cliYamlParse(yamlText);

/** Parses the YAML of a frontmatter block whose first line is the note's line `firstLine`. */
export function parseFrontmatterYaml(yamlText: string, firstLine: number): { value: Record<string, unknown> } | { error: string } {
  const read = readProperties(yamlText, cliParse, firstLine);
  return "problem" in read ? { error: read.problem } : { value: read.frontmatter };
}

/** What the CLI needs of the note at vault path `rel` whose whole text is `text`. */
export function noteFacts(rel: string, text: string): NoteFacts {
  const block = findFrontmatter(text);
  let parsed: ReturnType<typeof parseFrontmatterYaml> | undefined;
  const parse = () => (parsed ??= parseFrontmatterYaml(block.yaml, 2));
  const d = datedNote(rel, text, block.exists ? block.yaml : null, () => {
    const r = parse();
    return "value" in r ? r.value : null;
  });
  const dated = d === null ? null : { day: d.day, targets: d.targets };
  if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return { dated, read: null };
  const r = parse();
  if ("error" in r) return { dated, read: { error: r.error } };
  return { dated, read: { frontmatter: r.value, activity: isClientFrontmatter(r.value) ? textActivity(text) : null } };
}
