// Reads a vault folder from disk for the CLI: settings, every Markdown note and its frontmatter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { dayOfTimestamp } from "../core/model/dates";
import { migrateSettings, type ClienteleSettings } from "../core/model/settings";
import type { Day } from "../core/model/types";
import { linkedDays, type NoteActivity } from "../core/model/linked-notes";
import { readEditDays, resolveDated, type DatedNote } from "./activity-scan";
import { noteFacts, type NoteFacts, type TextActivity } from "./note-facts";
import { ReadCache } from "./vault-cache";

export { cliYamlParse, parseFrontmatterYaml } from "./note-facts";

export interface ScannedNote {
  /** Vault-relative path with `/` separators. */
  path: string;
  frontmatter: Record<string, unknown>;
  modifiedDay: Day | null;
  /** The whole file, for readers that need the body (the weekly review); "" when the scan was asked not to keep bodies. */
  text: string;
  /** Last edit, first history line and linking dated notes (contract section 4). */
  activity?: NoteActivity;
}

export interface ScanError {
  path: string;
  message: string;
}

export interface ScannedVault {
  settings: ClienteleSettings;
  settingsProblems: string[];
  notes: ScannedNote[];
  errors: ScanError[];
  /** The folders that could not be listed (also in `errors`): their notes were not read. */
  unreadableFolders: ScanError[];
  /** How many Markdown notes were found, client notes or not. */
  noteCount: number;
}

const SKIPPED_FOLDERS = new Set([".obsidian", ".trash", ".git", "node_modules"]);

// Synchronous reads on purpose: for thousands of small files they are several times faster than
// fs.promises (no file handles, no extra stat), and the CLI has nothing else to do meanwhile.
// An explicit stack, not recursion: any depth of nesting is walked without a stack overflow, and a
// folder that cannot be read (permissions, a path too long for the system) is reported and skipped.
/** `path.join(dir, name)` for a name read from the folder (no separators, not `..`), without path.join's normalising: string work only. */
function joinName(dir: string, name: string): string {
  if (dir === ".") return name;
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** Every Markdown file under `root`: its path for the file system and its vault path (`/` separators), built as the walk goes. */
function listMarkdown(root: string): { files: string[]; rels: string[]; unreadable: ScanError[] } {
  const files: string[] = [];
  const rels: string[] = [];
  const unreadable: ScanError[] = [];
  const stack: [full: string, rel: string][] = [[path.join(root), ""]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [dir, relDir] = top;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: relDir || ".", message: `Could not read the folder: ${(e as Error).message}` });
      continue;
    }
    for (const e of entries) {
      const rel = relDir === "" ? e.name : `${relDir}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) stack.push([joinName(dir, e.name), rel]);
      } else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) {
        files.push(joinName(dir, e.name));
        rels.push(rel);
      }
    }
  }
  return { files, rels, unreadable };
}

export function loadSettings(root: string): { settings: ClienteleSettings; problems: string[] } {
  const file = path.join(root, ".obsidian", "plugins", "clientele", "data.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    if ((e as { code?: unknown }).code === "ENOENT") return { settings: migrateSettings(undefined).settings, problems: [] };
    return { settings: migrateSettings(undefined).settings, problems: [`${file}: ${(e as Error).message}; default settings used`] };
  }
  const { settings, problems } = migrateSettings(raw);
  return { settings, problems };
}

export interface ScanOptions {
  /** Keep each note's whole text in `text` (default true). Only the weekly review needs it; without it the texts are dropped as soon as they are read. */
  bodies?: boolean;
  /** Use and update the read cache in the vault's plugin folder (vault-cache.ts; default false, the command line's default is true). */
  cache?: boolean;
  /** The run's start, for the cache's check of files changed during it (default Date.now()). */
  startMs?: number;
}

/** A scanned note, and for a client note what its text says (history lines, dated needs). */
type NoteRead = { note: ScannedNote; activity: TextActivity | null };

interface ReadContext {
  useModifiedTime: boolean;
  bodies: boolean;
  cache: ReadCache | null;
  dated: DatedNote[];
}

/**
 * One note: with the cache, one stat and the text read only when the size or time changed (or the
 * body is wanted); without it, the text read and a stat only for a client note's file time.
 */
function readNote(file: string, rel: string, ctx: ReadContext): NoteRead | ScanError | null {
  try {
    let facts: NoteFacts | undefined;
    let text = "";
    let mtimeMs: number | null = null;
    if (ctx.cache !== null) {
      const st = statSync(file);
      mtimeMs = st.mtimeMs;
      facts = ctx.cache.get(rel, st.size, st.mtimeMs);
      if (facts === undefined) {
        text = readFileSync(file, "utf8");
        facts = noteFacts(rel, text);
        ctx.cache.put(rel, st.size, st.mtimeMs, facts);
      } else if (ctx.bodies && facts.read !== null && "frontmatter" in facts.read) {
        text = readFileSync(file, "utf8");
      }
    } else {
      text = readFileSync(file, "utf8");
      facts = noteFacts(rel, text);
    }
    if (facts.dated !== null) ctx.dated.push({ path: rel, day: facts.dated.day, targets: facts.dated.targets });
    const read = facts.read;
    if (read === null) return null;
    if ("error" in read) return { path: rel, message: read.error };
    const modifiedDay = ctx.useModifiedTime ? dayOfTimestamp(mtimeMs ?? statSync(file).mtimeMs) : null;
    return { note: { path: rel, frontmatter: read.frontmatter, modifiedDay, text: ctx.bodies ? text : "" }, activity: read.activity };
  } catch (e) {
    return { path: rel, message: `Could not read the note: ${(e as Error).message}` };
  }
}

/** What the note's text says (history lines, dated unmet needs: sections 4, 8, 9), read once. */
function clientActivity(text: TextActivity, lastEdit: Day | null, linked: NoteActivity["linked"]): NoteActivity {
  const activity: NoteActivity = { lastEdit, ...text };
  if (linked) activity.linked = linked;
  return activity;
}

export function scanVault(root: string, options: ScanOptions = {}): ScannedVault {
  const { settings, problems } = loadSettings(root);
  const notes: ScannedNote[] = [];
  const clientTexts: { note: ScannedNote; activity: TextActivity }[] = [];
  const { files, rels, unreadable } = listMarkdown(root);
  const errors: ScanError[] = [...unreadable];
  const cache = options.cache === true ? new ReadCache(root, options.startMs ?? Date.now()) : null;
  const ctx: ReadContext = { useModifiedTime: settings.activitySource === "mtime", bodies: options.bodies ?? true, cache, dated: [] };
  for (let i = 0; i < files.length; i++) {
    const r = readNote(files[i] as string, rels[i] as string, ctx);
    if (r === null) continue;
    if ("message" in r) {
      errors.push(r);
      continue;
    }
    notes.push(r.note);
    if (r.activity !== null) clientTexts.push({ note: r.note, activity: r.activity });
  }
  cache?.save();
  const edits = readEditDays(root);
  problems.push(...edits.problems);
  const linked = settings.linkedNotesCount ? linkedDays(resolveDated(ctx.dated, rels), settings) : undefined;
  for (const { note, activity } of clientTexts) note.activity = clientActivity(activity, edits.days.get(note.path) ?? null, linked);
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  notes.sort(byPath);
  errors.sort(byPath);
  unreadable.sort(byPath);
  return { settings, settingsProblems: problems, notes, errors, unreadableFolders: unreadable, noteCount: files.length };
}
