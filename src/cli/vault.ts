// Reads a vault folder from disk for the CLI: settings, every Markdown note and its frontmatter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { findFrontmatter } from "../core/note/frontmatter-block";
import { parseFlatYaml } from "../core/note/flat-yaml";
import { readProperties } from "../core/note/properties";
import { dayOfTimestamp } from "../core/model/dates";
import { migrateSettings, type ClienteleSettings } from "../core/model/settings";
import type { Day } from "../core/model/types";
import { isClientFrontmatter } from "../core/model/client";
import { linkedDays, type NoteActivity } from "../core/model/linked-notes";
import { textActivity } from "../core/report/history";
import { datedNote, readEditDays, resolveDated, type DatedNote } from "./activity-scan";

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
/** Frontmatter that does not mention "client" cannot be a client note; it is not parsed at all. */
const MAY_BE_CLIENT = /client/i;

// Synchronous reads on purpose: for thousands of small files they are several times faster than
// fs.promises (no file handles, no extra stat), and the CLI has nothing else to do meanwhile.
// An explicit stack, not recursion: any depth of nesting is walked without a stack overflow, and a
// folder that cannot be read (permissions, a path too long for the system) is reported and skipped.
function listMarkdown(root: string): { files: string[]; unreadable: ScanError[] } {
  const files: string[] = [];
  const unreadable: ScanError[] = [];
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const rel = path.relative(root, dir).split(path.sep).join("/") || ".";
      unreadable.push({ path: rel, message: `Could not read the folder: ${(e as Error).message}` });
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) stack.push(path.join(dir, e.name));
      } else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) {
        files.push(path.join(dir, e.name));
      }
    }
  }
  return { files, unreadable };
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

/** The `yaml` package as the CLI's parser: YAML 1.2 core schema, so dates stay strings. Duplicate keys are found by readProperties (linear), not by the parser's own check. */
export const cliYamlParse = (yamlText: string): unknown => parseYaml(yamlText, { schema: "core", version: "1.2", prettyErrors: true, logLevel: "error", uniqueKeys: false });

/** The flat-frontmatter fast path first (exactly yaml's value for the simple shapes), `yaml` for everything else. */
const cliParse = (yamlText: string): unknown => parseFlatYaml(yamlText) ?? cliYamlParse(yamlText);

/** Parses the YAML of a frontmatter block whose first line is the note's line `firstLine`. */
export function parseFrontmatterYaml(yamlText: string, firstLine: number): { value: Record<string, unknown> } | { error: string } {
  const read = readProperties(yamlText, cliParse, firstLine);
  return "problem" in read ? { error: read.problem } : { value: read.frontmatter };
}

export interface ScanOptions {
  /** Keep each note's whole text in `text` (default true). Only the weekly review needs it; without it the texts are dropped as soon as they are read. */
  bodies?: boolean;
}

type TextActivity = ReturnType<typeof textActivity>;
/** A scanned note, and for a client note what its text says (history lines, dated needs), read while the text is at hand. */
type NoteRead = { note: ScannedNote; activity: TextActivity | null };

function readNote(root: string, file: string, useModifiedTime: boolean, bodies: boolean, dated: DatedNote[]): NoteRead | ScanError | null {
  const rel = path.relative(root, file).split(path.sep).join("/");
  try {
    const text = readFileSync(file, "utf8");
    const block = findFrontmatter(text);
    let read: ReturnType<typeof parseFrontmatterYaml> | undefined;
    const parse = () => (read ??= parseFrontmatterYaml(block.yaml, 2));
    const d = datedNote(rel, text, block.exists ? block.yaml : null, () => {
      const r = parse();
      return "value" in r ? r.value : null;
    });
    if (d) dated.push(d);
    if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return null;
    const parsed = parse();
    if ("error" in parsed) return { path: rel, message: parsed.error };
    const modifiedDay = useModifiedTime ? dayOfTimestamp(statSync(file).mtimeMs) : null;
    const activity = isClientFrontmatter(parsed.value) ? textActivity(text) : null;
    return { note: { path: rel, frontmatter: parsed.value, modifiedDay, text: bodies ? text : "" }, activity };
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
  const { files, unreadable } = listMarkdown(root);
  const errors: ScanError[] = [...unreadable];
  const dated: DatedNote[] = [];
  for (const file of files) {
    const r = readNote(root, file, settings.activitySource === "mtime", options.bodies ?? true, dated);
    if (r === null) continue;
    if ("message" in r) {
      errors.push(r);
      continue;
    }
    notes.push(r.note);
    if (r.activity !== null) clientTexts.push({ note: r.note, activity: r.activity });
  }
  const edits = readEditDays(root);
  problems.push(...edits.problems);
  const linked = settings.linkedNotesCount ? linkedDays(resolveDated(dated, files.map((f) => path.relative(root, f).split(path.sep).join("/"))), settings) : undefined;
  for (const { note, activity } of clientTexts) note.activity = clientActivity(activity, edits.days.get(note.path) ?? null, linked);
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  notes.sort(byPath);
  errors.sort(byPath);
  unreadable.sort(byPath);
  return { settings, settingsProblems: problems, notes, errors, unreadableFolders: unreadable, noteCount: files.length };
}
