// Notes that look like client notes but whose properties (YAML) cannot be parsed: found off the
// index's hot path by reading only notes the metadata cache holds no properties for.
import { parseYaml, type App, type CachedMetadata, type TFile } from "obsidian";
import { frontmatterProblem } from "../core/note/yaml-problem";

/** A note that looks like a client note but whose properties (YAML) cannot be parsed. */
export interface NoteError {
  path: string;
  /** The parser's message, e.g. "Invalid YAML: Map keys must be unique (line 3, column 1)". */
  message: string;
}

export class NoteErrors {
  /** Notes whose properties could not be parsed: path → message. */
  private errors = new Map<string, string>();
  /** Pending checks: path → the number of the latest check asked for it. */
  private checks = new Map<string, number>();
  private lastCheck = 0;
  private checking: Promise<void> = Promise.resolve();
  private pending = 0;
  stopped = false;

  /** `changed(path)` is called when a note's listed error appears, changes or goes away. */
  constructor(private readonly app: App, private readonly changed: (path: string) => void) {}

  paths(): IterableIterator<string> {
    return this.errors.keys();
  }

  /** Sorted by path, each with the parser's message. */
  list(): NoteError[] {
    return [...this.errors].map(([path, message]) => ({ path, message })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Resolves once every pending check has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.checking;
  }

  /**
   * A note with a frontmatter block but no properties in the cache has YAML the cache could not
   * parse: read and parse it later. Returns true when a listed error went away.
   */
  check(file: TFile, cache: CachedMetadata): boolean {
    const hasBlock = cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml";
    if (cache.frontmatter === undefined && hasBlock) {
      this.schedule(file);
      return false;
    }
    return this.forget(file.path);
  }

  /** Forgets a note's error and any pending check; true when an error was listed. */
  forget(path: string): boolean {
    this.checks.delete(path);
    return this.errors.delete(path);
  }

  private schedule(file: TFile): void {
    const path = file.path;
    const id = ++this.lastCheck;
    this.checks.set(path, id);
    this.pending++;
    const current = () => !this.stopped && this.checks.get(path) === id && this.app.vault.getFileByPath(path) === file;
    this.checking = this.checking
      .then(async () => {
        if (!current()) return;
        const text = await this.app.vault.cachedRead(file);
        if (!current()) return;
        this.checks.delete(path);
        const message = frontmatterProblem(text, parseYaml);
        const before = this.errors.get(path);
        if (message === null) this.errors.delete(path);
        else this.errors.set(path, message);
        if (before !== (message ?? undefined)) this.changed(path);
      })
      .catch(() => undefined) // the file went away meanwhile: its delete event cleans up
      .finally(() => {
        this.pending--;
      });
  }
}
