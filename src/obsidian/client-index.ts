// The live index of client notes: built from the metadata cache (no file reads), kept current by
// vault and metadata-cache events, with a revision counter and one debounced change event.
import { Component, debounce, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { isClientFrontmatter } from "../core/model/client";
import { internPool } from "../core/model/compact";
import { evaluateNote, isTemplateNote } from "../core/model/portfolio";
import type { ClienteleSettings } from "../core/model/settings";
import type { NoteActivity } from "../core/model/linked-notes";
import type { ClientStatus, Day } from "../core/model/types";
import { recordKindOf } from "../core/records/record";
import { ClientList, noteInput, type IndexEntry as Entry } from "./client-list";
import { NoteErrors, type NoteError } from "./note-errors";
import { RecordIndex } from "./record-index";
import { inSlices } from "./slices";
import { INDEX_CHANGED } from "./index-events";

export type { NoteError };
export { INDEX_CHANGED, type IndexChange } from "./index-events";

/** Changes within this window (about a frame) are announced as one event. */
const ANNOUNCE_MS = 16;

/** Markdown files read per main-thread task while building the index. */
const BUILD_BATCH = 5000;
/** Clients evaluated per main-thread task before the index is ready (about 20 ms of work). */
const EVALUATE_BATCH = 1000;

export class ClientIndex extends Component {
  revision = 0;
  ready = false;
  private entries = new Map<string, Entry>();
  private pendingPaths = new Set<string>();
  private missingCache = new Set<string>(); // files whose metadata cache was not ready when last looked at
  /** The evaluated clients, sorted by path, spliced per change (client-list.ts). */
  private readonly list = new ClientList(this.entries);
  /** Notes whose properties could not be parsed. */
  private readonly noteErrors: NoteErrors;
  private stopped = false;
  private readonly announce = debounce(() => this.flushChange(), ANNOUNCE_MS, false);
  private readonly words = internPool(); // one string for the equal reasons and warnings of many clients

  /** Related records (contacts, deals, invoices, ...) and the clients they link; read it, never change it. */
  readonly records: RecordIndex;

  /**
   * `activity`: what the note's text says (last edit, history lines), once read (body-watch.ts).
   * `today`: when given, every client is evaluated for that day, in slices, before the index is ready.
   */
  constructor(private readonly app: App, private readonly settings: () => ClienteleSettings, private readonly activity: (path: string) => NoteActivity | undefined = () => undefined, private readonly today?: () => Day) {
    super();
    this.noteErrors = new NoteErrors(app, (path) => this.changed(path));
    this.records = new RecordIndex((target, from) => {
      const file = app.metadataCache.getFirstLinkpathDest(target, from);
      return file !== null && this.entries.has(file.path) ? file.path : null;
    });
  }

  /** Builds the index and starts listening. Called from `onLayoutReady`, never from `onload`. */
  start(): void {
    const { vault, metadataCache } = this.app;
    this.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.update(file, cache)));
    this.registerEvent(metadataCache.on("resolved", () => this.reconcile()));
    this.registerEvent(vault.on("create", (file) => this.updateFromCache(file)));
    this.registerEvent(vault.on("delete", (file) => this.remove(file.path)));
    this.registerEvent(vault.on("rename", (file, oldPath) => this.rename(file, oldPath)));
    // A file deleted or renamed while the build waited is handled by its own event.
    const each = (file: TFile) => {
      if (vault.getFileByPath(file.path) === file) this.read(file, metadataCache.getFileCache(file));
    };
    const stopped = () => this.stopped;
    inSlices(vault.getMarkdownFiles(), BUILD_BATCH, each, () => {
      this.records.resolveAll();
      const day = this.today?.();
      if (day === undefined) return this.becomeReady();
      // "Ready" means ready to show: every client evaluated, in tasks short enough to keep Obsidian responsive.
      this.list.evaluateInSlices(EVALUATE_BATCH, () => this.entryKey(day), this.evaluator(day), () => {
        this.clients(day);
        this.becomeReady();
      }, stopped);
    }, stopped);
  }

  private becomeReady(): void {
    for (const p of this.entries.keys()) this.pendingPaths.add(p);
    this.ready = true;
    this.changed(null);
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private readyWaiters: (() => void)[] = [];
  /** Resolves once the first build has finished (at once in vaults under BUILD_BATCH notes). */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  onunload(): void {
    this.stopped = true;
    this.noteErrors.stopped = true;
    this.announce.cancel();
  }

  /** Re-reads every Markdown file's cached frontmatter. */
  rebuild(): void {
    const before = new Set([...this.entries.keys(), ...this.noteErrors.paths()]);
    this.entries.clear();
    this.list.reset();
    this.records.clear();
    this.missingCache.clear();
    const files = this.app.vault.getMarkdownFiles();
    const live = new Set(files.map((f) => f.path));
    for (const p of [...this.noteErrors.paths()]) if (!live.has(p)) this.noteErrors.forget(p);
    for (const file of files) this.read(file, this.app.metadataCache.getFileCache(file));
    this.records.resolveAll();
    for (const p of before) this.pendingPaths.add(p);
    for (const p of this.entries.keys()) this.pendingPaths.add(p);
    this.bump();
  }

  /** Settings generation: evaluations made under older settings are not reused. */
  private settingsGeneration = 0;

  /** Call after the settings change: everything is evaluated again and views hear about it. */
  invalidate(): void {
    this.settingsGeneration++;
    this.changed(null);
  }

  /** Paths of client notes, in no particular order. */
  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  size(): number { return this.entries.size; }

  /** Notes whose properties mention "client" but cannot be parsed, by path, with the parser's message (note-errors.ts). */
  errors(): NoteError[] {
    return this.noteErrors.list();
  }

  /** Resolves once every pending error check has finished (for tests and the CLI-like API). */
  async idle(): Promise<void> {
    await this.noteErrors.idle();
  }

  frontmatter(path: string): Readonly<Record<string, unknown>> | null {
    return this.entries.get(path)?.frontmatter ?? null;
  }

  /** Every client evaluated for `today`, sorted by path; cached until the next change. */
  clients(today: Day): ClientStatus[] {
    return this.evaluate(today);
  }

  /** `clients(today)`, its list generation, and the paths changed since generation `since` (null: anything may have; client-list.ts). */
  clientChanges(today: Day, since: number | null): { clients: ClientStatus[]; generation: number; changed: ReadonlySet<string> | null } {
    return { clients: this.evaluate(today), generation: this.list.current(), changed: since === null ? null : this.list.changedSince(since) };
  }

  client(path: string, today: Day): ClientStatus | null {
    this.evaluate(today);
    return this.entries.get(path)?.status ?? null;
  }

  // A changed note gets a new entry; every other entry keeps its evaluation for the same day
  // and settings, so one edit re-evaluates one client, not the whole portfolio.
  private evaluate(today: Day): ClientStatus[] {
    return this.list.get(this.revision, this.entryKey(today), this.evaluator(today));
  }

  private entryKey(today: Day): string {
    return `${today}|${this.settingsGeneration}|${this.records.size() > 0}`;
  }

  private evaluator(today: Day): (path: string, e: Entry) => ClientStatus | null {
    const settings = this.settings();
    return (path, e) => evaluateNote(noteInput(path, e, this.records, this.activity), today, settings, this.words);
  }

  /** The note's text said something new (body-watch.ts): evaluate the client again. */
  refresh(path: string): void {
    if (!this.entries.has(path)) return;
    this.list.invalidate(path);
    this.changed(path);
  }

  /** Equal to a fresh rebuild? Used by tests; compares paths, frontmatter and modification times. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, e]) => [p, JSON.stringify([e.frontmatter, e.mtime])]));
  }

  private read(file: TFile, cache: CachedMetadata | null): boolean {
    if (file.extension !== "md") return false;
    if (cache === null) this.missingCache.add(file.path);
    else this.missingCache.delete(file.path);
    const errorGone = cache !== null && this.noteErrors.check(file, cache);
    const fm = cache?.frontmatter;
    const kind = fm && !isTemplateNote(file.path, this.settings()) ? recordKindOf(fm) : null;
    const recordChanged = this.touch(kind !== null && fm ? this.records.set(file.path, kind, fm) : this.records.delete(file.path));
    if (!fm || !isClientFrontmatter(fm)) {
      const was = this.drop(file.path);
      if (was) this.namesChanged(file.path);
      return was || errorGone || recordChanged;
    }
    const prev = this.entries.get(file.path);
    if (prev && prev.frontmatter === fm && prev.mtime === file.stat.mtime) return recordChanged;
    // Every field present from the start: one object shape, no property store added later.
    this.entries.set(file.path, { frontmatter: fm, mtime: file.stat.mtime, statusKey: undefined, status: undefined });
    this.list.mark(file.path);
    if (!prev) this.namesChanged(file.path);
    return true;
  }

  /** A record changed: the clients it linked or links are evaluated again. True when anything changed. */
  private touch(clients: string[] | null): boolean {
    if (clients === null) return false;
    for (const c of clients) {
      this.list.invalidate(c);
      this.pendingPaths.add(c);
    }
    return true;
  }

  /** A note appeared or went, or became or stopped being a client: links naming it may resolve differently. */
  private namesChanged(path: string): void {
    if (this.ready && this.records.size() > 0 && this.touch(this.records.resolveNamed(path))) this.bump();
  }

  private update(file: TFile, cache: CachedMetadata): void {
    if (this.read(file, cache)) this.changed(file.path);
  }

  private updateFromCache(file: TAbstractFile): void {
    // On create the cache is usually not ready yet; `changed` follows once it is.
    if (file instanceof TFile && this.read(file, this.app.metadataCache.getFileCache(file))) this.changed(file.path);
    this.namesChanged(file.path);
  }

  private remove(path: string): void {
    this.missingCache.delete(path);
    const hadError = this.noteErrors.forget(path);
    const hadRecord = this.touch(this.records.delete(path));
    const hadClient = this.drop(path);
    this.namesChanged(path);
    if (hadClient || hadError || hadRecord) this.changed(path);
  }

  private rename(file: TAbstractFile, oldPath: string): void {
    // `changed` does not fire on rename: move the entry, then re-read under the new path.
    this.missingCache.delete(oldPath);
    const hadError = this.noteErrors.forget(oldPath);
    const hadRecord = this.touch(this.records.delete(oldPath));
    const hadClient = this.drop(oldPath);
    this.namesChanged(oldPath);
    const had = hadClient || hadError || hadRecord;
    if (had) this.changed(oldPath);
    if (file instanceof TFile) {
      if (this.read(file, this.app.metadataCache.getFileCache(file)) || had) this.changed(file.path);
      this.namesChanged(file.path);
    } else if (had || [...this.entries.keys()].some((p) => p.startsWith(`${oldPath}/`))) {
      this.rebuild();
      this.changed(null);
    } else if (this.ready && this.records.size() > 0 && this.touch(this.records.resolveAll())) this.changed(null); // links by path
  }

  /** After the metadata cache resolves, pick up any file whose cache was missing earlier. */
  private reconcile(): void {
    let any = false;
    for (const path of [...this.missingCache]) {
      const file = this.app.vault.getFileByPath(path);
      if (!file) {
        this.missingCache.delete(path);
        continue;
      }
      if (this.read(file, this.app.metadataCache.getFileCache(file))) {
        this.pendingPaths.add(path);
        any = true;
      }
    }
    if (any) this.changed(null);
  }

  private drop(path: string): boolean {
    this.list.mark(path);
    return this.entries.delete(path);
  }

  private bump(): void { this.revision++; }

  private changed(path: string | null): void {
    if (path !== null) this.pendingPaths.add(path);
    this.bump();
    if (this.ready) this.announce();
  }

  private flushChange(): void {
    const paths = this.pendingPaths;
    this.pendingPaths = new Set();
    this.app.workspace.trigger(INDEX_CHANGED, { revision: this.revision, paths });
  }
}
