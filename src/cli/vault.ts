// Reads a vault folder from disk for the CLI: settings, every Markdown note and its frontmatter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { findFrontmatter } from "../core/note/frontmatter-block";
import { readProperties } from "../core/note/properties";
import { dayOfTimestamp } from "../core/model/dates";
import { migrateSettings, type ClienteleSettings } from "../core/model/settings";
import type { Day } from "../core/model/types";

export interface ScannedNote {
  /** Vault-relative path with `/` separators. */
  path: string;
  frontmatter: Record<string, unknown>;
  modifiedDay: Day | null;
  /** The whole file, for readers that need the body (the weekly review). */
  text: string;
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
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { settings: migrateSettings(undefined).settings, problems: [] };
    return { settings: migrateSettings(undefined).settings, problems: [`${file}: ${(e as Error).message}; default settings used`] };
  }
  const { settings, problems } = migrateSettings(raw);
  return { settings, problems };
}

/** The `yaml` package as the CLI's parser: YAML 1.2 core schema, so dates stay strings. Duplicate keys are found by readProperties (linear), not by the parser's own check. */
const cliParse = (yamlText: string): unknown => parseYaml(yamlText, { schema: "core", version: "1.2", prettyErrors: true, logLevel: "error", uniqueKeys: false });

/** Parses the YAML of a frontmatter block whose first line is the note's line `firstLine`. */
export function parseFrontmatterYaml(yamlText: string, firstLine: number): { value: Record<string, unknown> } | { error: string } {
  const read = readProperties(yamlText, cliParse, firstLine);
  return "problem" in read ? { error: read.problem } : { value: read.frontmatter };
}

function readNote(root: string, file: string, useModifiedTime: boolean): ScannedNote | ScanError | null {
  const rel = path.relative(root, file).split(path.sep).join("/");
  try {
    const text = readFileSync(file, "utf8");
    const block = findFrontmatter(text);
    if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return null;
    const parsed = parseFrontmatterYaml(block.yaml, 2);
    if ("error" in parsed) return { path: rel, message: parsed.error };
    const modifiedDay = useModifiedTime ? dayOfTimestamp(statSync(file).mtimeMs) : null;
    return { path: rel, frontmatter: parsed.value, modifiedDay, text };
  } catch (e) {
    return { path: rel, message: `Could not read the note: ${(e as Error).message}` };
  }
}

export function scanVault(root: string): ScannedVault {
  const { settings, problems } = loadSettings(root);
  const notes: ScannedNote[] = [];
  const { files, unreadable } = listMarkdown(root);
  const errors: ScanError[] = [...unreadable];
  for (const file of files) {
    const r = readNote(root, file, settings.useModifiedTime);
    if (r === null) continue;
    if ("message" in r) errors.push(r);
    else notes.push(r);
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  notes.sort(byPath);
  errors.sort(byPath);
  unreadable.sort(byPath);
  return { settings, settingsProblems: problems, notes, errors, unreadableFolders: unreadable, noteCount: files.length };
}
