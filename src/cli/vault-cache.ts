// The CLI's read cache: what each note gave (note-facts.ts), by vault path, size and modification
// time, in .obsidian/plugins/clientele/cli-cache.json, so a second run over an unchanged vault only
// lists folders and stats files. A note whose size or modification time differs is read again; a
// note gone drops out; a renamed note is a new path, read again. A file changed within RACY_MS of
// the run is not kept (a coarse file system could give the same time to a second change). The
// file is written whole to a temporary file and renamed over the old one; one that cannot be read,
// or written by another version of the CLI, is ignored and rebuilt. Nothing is written when no
// entry changed, or when the vault has no .obsidian folder.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import manifest from "../../manifest.json";
import type { NoteFacts } from "./note-facts";

export const CACHE_FILE = "cli-cache.json";
/** Bumped when what a note's entry holds changes shape. */
const FORMAT = 2;
/** What most notes give (no dated note, no client frontmatter): written as 0, a third of the file's bytes. */
const NOTHING: NoteFacts = Object.freeze({ dated: null, read: null });
/** A file modified this close to the run's start is read again next time. */
const RACY_MS = 2000;

type Entry = [size: number, mtimeMs: number, facts: NoteFacts];

/** Which CLI wrote the cache: the format, the version and the running bundle's own size and time (a rebuilt CLI starts afresh). */
function stamp(): string {
  let build = "";
  try {
    const st = statSync(__filename);
    build = `${st.size}-${st.mtimeMs}`;
  } catch {
    // not run from a file (tests): the format and the version alone
  }
  return `${FORMAT}:${manifest.version}:${build}`;
}

/** Plain JSON data that reads back the same: no undefined, NaN, infinity, -0 or class instances. Walks with a stack: any depth. */
function jsonSafe(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let budget = 100_000; stack.length > 0; budget--) {
    if (budget === 0) return false;
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false;
        stack.push(v[i]);
      }
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return true;
}

function readEntries(file: string, expected: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return entries; // missing or corrupt: rebuilt
  }
  const doc = raw as { version?: unknown; entries?: unknown };
  if (typeof raw !== "object" || raw === null || doc.version !== expected || !Array.isArray(doc.entries)) return entries;
  for (const e of doc.entries as unknown[]) {
    if (!Array.isArray(e) || e.length !== 4) return new Map();
    const [rel, size, mtime, kept] = e as unknown[];
    const facts = kept === 0 ? NOTHING : kept;
    if (typeof rel !== "string" || typeof size !== "number" || typeof mtime !== "number" || typeof facts !== "object" || facts === null || !("read" in facts) || !("dated" in facts)) return new Map();
    entries.set(rel, [size, mtime, facts as NoteFacts]);
  }
  return entries;
}

export class ReadCache {
  private readonly file: string;
  private readonly version = stamp();
  private readonly old: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private changed = false;

  constructor(private readonly root: string, private readonly startMs: number) {
    this.file = path.join(root, ".obsidian", "plugins", "clientele", CACHE_FILE);
    this.old = readEntries(this.file, this.version);
  }

  /** The facts kept for `rel` when its size and modification time are the ones kept with them. */
  get(rel: string, size: number, mtimeMs: number): NoteFacts | undefined {
    const e = this.old.get(rel);
    if (e === undefined || e[0] !== size || e[1] !== mtimeMs) return undefined;
    this.next.set(rel, e);
    return e[2];
  }

  /** Keeps what `rel` gave this run, unless its time is too recent to trust or it is not plain data. */
  put(rel: string, size: number, mtimeMs: number, facts: NoteFacts): void {
    this.changed = true;
    if (mtimeMs >= this.startMs - RACY_MS || !jsonSafe(facts)) return;
    this.next.set(rel, [size, mtimeMs, facts]);
  }

  /** Writes the cache when an entry changed (a note read, gone or not kept). Never throws. */
  save(): void {
    if (!this.changed && this.next.size === this.old.size) return;
    if (!existsSync(path.join(this.root, ".obsidian"))) return;
    const tmp = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const entries = [...this.next].map(([rel, [size, mtime, facts]]) => [rel, size, mtime, facts.dated === null && facts.read === null ? 0 : facts]);
      writeFileSync(tmp, JSON.stringify({ version: this.version, entries }));
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true }); // a read-only vault: no cache, same output
    }
  }
}
