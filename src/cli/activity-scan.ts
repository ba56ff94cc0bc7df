// What the CLI reads for section 4 besides the client notes: the plugin's edit record (one file
// per device, merged) and the dated notes with the notes they link to.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { editFileKind, mergeEditDays, parseEditRecord, type EditRecord } from "../core/model/edit-record";
import { noteDay, type LinkedNote } from "../core/model/linked-notes";
import type { Day } from "../core/model/types";
import { pathResolver } from "../core/records/links";
import { wikilinkTargets } from "../core/records/wikilinks";

/** Note path -> last edit, merged from every device's record; unusable files named in `problems`. */
export function readEditDays(root: string): { days: Map<string, Day>; problems: string[] } {
  const dir = path.join(root, ".obsidian", "plugins", "clientele");
  const problems: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { days: new Map(), problems };
  }
  const records: EditRecord[] = [];
  for (const name of names.sort()) {
    const kind = editFileKind(name);
    if (kind === null) continue;
    const file = `.obsidian/plugins/clientele/${name}`;
    if (kind === "other-copy") {
      problems.push(`edit record ${file} ignored: a conflicted or extra copy, not one device's record`);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(path.join(dir, name), "utf8");
    } catch (e) {
      problems.push(`edit record ${file} ignored: ${(e as Error).message}`);
      continue;
    }
    const parsed = parseEditRecord(text, kind.device);
    if ("problem" in parsed) problems.push(`edit record ${file} ignored: ${parsed.problem}`);
    else records.push(parsed.record);
  }
  return { days: mergeEditDays(records), problems };
}

/** A dated note with its link targets as written (resolved later, once every path is known). */
export interface DatedNote {
  path: string;
  day: Day;
  targets: string[];
}

const DATE_KEY = /(?:^|\n)date\s*:/;

/**
 * The note's day and link targets when it is dated. The whole text is scanned for links, so link
 * properties count as Obsidian counts them; the frontmatter is parsed only when the file name has
 * no day and the block has a `date` key.
 */
export function datedNote(rel: string, text: string, yaml: string | null, frontmatter: () => Record<string, unknown> | null): DatedNote | null {
  const day = noteDay(rel, null) ?? (yaml !== null && DATE_KEY.test(yaml) ? noteDay(rel, frontmatter()) : null);
  return day === null ? null : { path: rel, day, targets: wikilinkTargets(text) };
}

/** Resolves the dated notes' links against every Markdown path of the vault. */
export function resolveDated(dated: readonly DatedNote[], paths: readonly string[]): LinkedNote[] {
  if (dated.length === 0) return []; // no dated note: no need to index every path (10,000 of them: about 6 ms)
  const resolver = pathResolver(paths);
  return dated.map((d) => ({ path: d.path, day: d.day, links: d.targets.flatMap((t) => resolver.resolve(t) ?? []) }));
}
