// Reads a vault folder from disk for the CLI: settings, every Markdown note and its frontmatter.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { findFrontmatter } from "../core/frontmatter-block";
import { dayOfTimestamp } from "../core/dates";
import { migrateSettings, type ClienteleSettings } from "../core/settings";
import type { Day } from "../core/types";

export interface ScannedNote {
  /** Vault-relative path with `/` separators. */
  path: string;
  frontmatter: Record<string, unknown>;
  modifiedDay: Day;
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
}

const SKIPPED_FOLDERS = new Set([".obsidian", ".trash", ".git", "node_modules"]);
/** Frontmatter that does not mention "client" cannot be a client note; it is not parsed at all. */
const MAY_BE_CLIENT = /client/i;
const READ_CONCURRENCY = 16;

async function listMarkdown(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) await walk(path.join(dir, e.name));
      } else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) {
        out.push(path.join(dir, e.name));
      }
    }
  };
  await walk(root);
  return out;
}

export async function loadSettings(root: string): Promise<{ settings: ClienteleSettings; problems: string[] }> {
  const file = path.join(root, ".obsidian", "plugins", "clientele", "data.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { settings: migrateSettings(undefined).settings, problems: [] };
    return { settings: migrateSettings(undefined).settings, problems: [`${file}: ${(e as Error).message}; default settings used`] };
  }
  const { settings, problems } = migrateSettings(raw);
  return { settings, problems };
}

/** Parses the YAML of a frontmatter block; YAML 1.2 core schema, so dates stay strings. */
export function parseFrontmatterYaml(yamlText: string, firstLine: number): { value: Record<string, unknown> } | { error: string } {
  try {
    const value: unknown = parseYaml(yamlText, { schema: "core", version: "1.2", prettyErrors: false, logLevel: "error" });
    if (value === null || value === undefined) return { value: {} };
    if (typeof value !== "object" || Array.isArray(value)) return { error: "Frontmatter is not a list of properties (key: value)" };
    return { value: value as Record<string, unknown> };
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const where = e.linePos?.[0];
      const msg = e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "Invalid YAML";
      return { error: where ? `Invalid YAML: ${msg} (line ${where.line + firstLine - 1}, column ${where.col})` : `Invalid YAML: ${msg}` };
    }
    return { error: `Invalid YAML: ${(e as Error).message}` };
  }
}

async function readNote(root: string, file: string): Promise<ScannedNote | ScanError | null> {
  const rel = path.relative(root, file).split(path.sep).join("/");
  try {
    const [text, stat] = await Promise.all([fs.readFile(file, "utf8"), fs.stat(file)]);
    const block = findFrontmatter(text);
    if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return null;
    const parsed = parseFrontmatterYaml(block.yaml, 2);
    if ("error" in parsed) return { path: rel, message: parsed.error };
    return { path: rel, frontmatter: parsed.value, modifiedDay: dayOfTimestamp(stat.mtimeMs), text };
  } catch (e) {
    return { path: rel, message: `Could not read the note: ${(e as Error).message}` };
  }
}

export async function scanVault(root: string): Promise<ScannedVault> {
  const { settings, problems } = await loadSettings(root);
  const files = await listMarkdown(root);
  const results: (ScannedNote | ScanError | null)[] = new Array<ScannedNote | ScanError | null>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readNote(root, files[i] as string);
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  const notes: ScannedNote[] = [];
  const errors: ScanError[] = [];
  for (const r of results) {
    if (r === null) continue;
    if ("message" in r) errors.push(r);
    else notes.push(r);
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  notes.sort(byPath);
  errors.sort(byPath);
  return { settings, settingsProblems: problems, notes, errors };
}
