// Tag rules: "when CONDITION, tag T" (or, with `remove`, "when CONDITION, remove the tag T"). The
// plan lists, for each client whose tags would change, the tags added and removed and the tags the
// note would then hold: the preview the user confirms, and exactly what the write layer applies.
//
// Every rule's condition is checked against the client as it is before any rule runs; the rules
// then decide each tag in their order (a later rule wins over an earlier one on the same tag).
// Tags are compared ignoring case and leading `#`; the client's own tags keep their order and
// spelling, new ones are appended in the rule's spelling.
import { matches, normalizeTag, type Condition } from "./segments";
import { byClientName } from "../model/order";
import type { ClientStatus, FrontmatterPatch } from "../model/types";

export interface TagRule {
  when: Condition;
  tag: string;
  /** Remove the tag when the condition holds, instead of adding it. */
  remove?: boolean;
}

export interface TagChange {
  path: string;
  name: string;
  /** The tags added, in the rules' spelling. */
  add: string[];
  /** The client's tags removed, in its spelling. */
  remove: string[];
  /** The client's tags after the change, in order. */
  nextTags: string[];
}

/**
 * Why `tag` cannot be a rule's tag, or null. Like Obsidian's tags: letters, digits, `_`, `-` and
 * `/` (a leading `#` is dropped), and at least one character that is not a digit.
 */
export function tagProblem(tag: string): string | null {
  const t = normalizeTag(tag);
  if (t === "") return "is empty";
  if (!/^[\p{L}\p{M}\p{N}_/-]+$/u.test(t)) return "may hold only letters, digits, _, - and /";
  if (/^\p{N}+$/u.test(t)) return "needs a character that is not a digit";
  return null;
}

const key = (t: string) => normalizeTag(t).toLowerCase();

/**
 * The tag changes the rules make, one per client whose tags would change, sorted by name. For each
 * tag the last matching rule decides: the client's tags that stay keep their order and spelling,
 * the added ones follow in the order the rules first name them.
 */
export function planTagRules(clients: readonly ClientStatus[], rules: readonly TagRule[]): TagChange[] {
  const changes: { c: ClientStatus; change: TagChange }[] = [];
  for (const c of clients) {
    // Tag key -> the spelling to add, or null to remove.
    const wanted = new Map<string, string | null>();
    for (const rule of rules) {
      const tag = normalizeTag(rule.tag);
      if (tag !== "" && matches(c, rule.when)) wanted.set(key(tag), rule.remove ? null : tag);
    }
    const before = c.client.tags;
    const had = new Set(before.map(key));
    const remove = before.filter((t) => wanted.get(key(t)) === null);
    const add = [...wanted].filter(([k, tag]) => tag !== null && !had.has(k)).map(([, tag]) => tag!);
    if (add.length === 0 && remove.length === 0) continue;
    const nextTags = [...before.filter((t) => wanted.get(key(t)) !== null), ...add];
    changes.push({ c, change: { path: c.client.path, name: c.client.name, add, remove, nextTags } });
  }
  return changes.sort((a, b) => byClientName(a.c, b.c)).map((x) => x.change);
}

/** The frontmatter patch that makes the change: the whole `tags` list. */
export function tagPatch(change: TagChange): FrontmatterPatch {
  return { tags: [...change.nextTags] };
}
