// The one component that reads client notes' text (contract sections 4 and 8): per note, the
// content hash and last-edit day of the per-device edit record, and the `## Health history` /
// `## Stage history` lines. Reads are queued one after another and coalesced per path; the only
// file ever written is this device's edit record in the plugin's folder.
import { debounce, type App, type TFile } from "obsidian";
import { editFileKind, editFileName, isDeviceId, observeContent, parseEditRecord, renameInRecords, serializeEditRecord, type EditRecord } from "../core/model/edit-record";
import { contentHash } from "../core/model/hash";
import type { NoteActivity } from "../core/model/linked-notes";
import type { Day } from "../core/model/types";
import { textActivity } from "../core/report/history";

export const DEVICE_KEY = "clientele-device";
const SAVE_DELAY_MS = 2000;

export interface NoteBodiesOptions {
  /** The plugin's folder, e.g. `.obsidian/plugins/clientele` (plugin.manifest.dir). */
  pluginDir: string;
  today: () => Day;
  /** Called when a note's last edit or histories changed. */
  onChange: (path: string) => void;
  notify: (msg: string) => void;
}

/**
 * What this component knows of a note: its activity without `linked` (the index adds that), and
 * the items under `### Unmet needs` with a leading `YYYY-MM-DD:` day (the agenda's unmet-need
 * rule). An undated item makes no need here: when this device first saw it is not recorded yet.
 */
export type BodyActivity = Omit<NoteActivity, "linked">;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function activityKey(a: BodyActivity | undefined): string {
  return a === undefined ? "" : JSON.stringify([a.lastEdit ?? null, a.firstHistory ?? null, a.health ?? [], a.stageDays ?? [], a.needs ?? [], a.successPlan ?? null]);
}

export class NoteBodies {
  private device = "";
  private own: EditRecord = { device: "", notes: new Map() };
  private others: EditRecord[] = [];
  /** False when this device's file exists but could not be parsed: it is then never overwritten. */
  private ownWritable = true;
  private dirty = false;
  /** Path -> the hash seen for it in this run (observeContent's baseline). */
  private baselines = new Map<string, string>();
  private activities = new Map<string, BodyActivity>();
  /** Pending reads: path -> the number of the latest read asked for it. */
  private reads = new Map<string, number>();
  private lastRead = 0;
  private reading: Promise<void> = Promise.resolve();
  private pending = 0;
  private readonly saveSoon = debounce(() => void this.flush(), SAVE_DELAY_MS, true);
  stopped = false;

  constructor(private readonly app: App, private readonly opts: NoteBodiesOptions) {}

  /** This device's id (valid after load()). */
  deviceId(): string {
    return this.device;
  }

  async load(): Promise<void> {
    const stored: unknown = this.app.loadLocalStorage(DEVICE_KEY);
    if (isDeviceId(stored)) this.device = stored;
    else {
      this.device = crypto.randomUUID().replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64);
      this.app.saveLocalStorage(DEVICE_KEY, this.device);
    }
    this.own = { device: this.device, notes: new Map() };
    this.others = [];
    this.ownWritable = true;
    let files: string[] = [];
    try {
      files = (await this.app.vault.adapter.list(this.opts.pluginDir)).files;
    } catch {
      files = []; // no plugin folder yet: nothing recorded
    }
    const copies: string[] = [];
    for (const file of [...files].sort()) {
      const name = baseName(file);
      const kind = editFileKind(name);
      if (kind === null) continue;
      if (kind === "other-copy") {
        copies.push(name);
        continue;
      }
      let text: string;
      try {
        text = await this.app.vault.adapter.read(file);
      } catch (e) {
        this.problem(name, kind.device, `it could not be read (${(e as Error).message})`);
        continue;
      }
      const parsed = parseEditRecord(text, kind.device);
      if ("problem" in parsed) this.problem(name, kind.device, parsed.problem);
      else if (kind.device === this.device) this.own = parsed.record;
      else this.others.push(parsed.record);
    }
    if (copies.length > 0) this.opts.notify(`Clientele ignores ${copies.join(", ")} in ${this.opts.pluginDir}: ${copies.length === 1 ? "it looks" : "they look"} like a copy of an edit record (e.g. a sync conflict). Delete ${copies.length === 1 ? "it" : "them"} when done.`);
  }

  private problem(name: string, device: string, problem: string): void {
    const own = device === this.device;
    if (own) this.ownWritable = false;
    this.opts.notify(`Clientele cannot use ${name} in ${this.opts.pluginDir}: ${problem}. It is left untouched${own ? "; edits on this device are not recorded until it is fixed or removed" : ""}.`);
  }

  /** The note's activity (without `linked`), once its text has been read. */
  activity(path: string): BodyActivity | undefined {
    return this.activities.get(path);
  }

  /** Resolves once every pending read has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.reading;
  }

  /** Reads the note's text later; several calls for one path before its read give one read. */
  see(file: TFile): void {
    const path = file.path;
    if (this.reads.has(path)) return;
    const id = ++this.lastRead;
    this.reads.set(path, id);
    this.pending++;
    const current = () => !this.stopped && this.reads.get(path) === id && file.path === path && this.app.vault.getFileByPath(path) === file;
    this.reading = this.reading
      .then(async () => {
        if (!current()) return;
        this.reads.delete(path);
        const text = await this.app.vault.cachedRead(file);
        if (this.stopped || file.path !== path || this.app.vault.getFileByPath(path) !== file) return;
        this.observe(path, text);
      })
      .catch(() => undefined) // the file went away meanwhile: its delete event cleans up
      .finally(() => {
        if (this.reads.get(path) === id) this.reads.delete(path);
        this.pending--;
      });
  }

  private observe(path: string, text: string): void {
    const hash = contentHash(text);
    const before = this.own.notes.get(path);
    observeContent(this.own, this.others, path, hash, this.baselines.get(path), this.opts.today());
    this.baselines.set(path, hash);
    const after = this.own.notes.get(path);
    if (before?.hash !== after?.hash || before?.day !== after?.day) this.markDirty();
    this.setActivity(path, { lastEdit: this.lastEdit(path), ...textActivity(text) });
  }

  private setActivity(path: string, next: BodyActivity): void {
    const prev = this.activities.get(path);
    this.activities.set(path, next);
    if (activityKey(prev) !== activityKey(next)) this.opts.onChange(path);
  }

  /** The latest day any device recorded for the note. */
  private lastEdit(path: string): Day | null {
    let best: Day | null = null;
    for (const r of [this.own, ...this.others]) {
      const d = r.notes.get(path)?.day ?? null;
      if (d !== null && (best === null || d > best)) best = d;
    }
    return best;
  }

  /** A note was renamed: its record entries, baseline and activity move with it (it keeps its day). */
  rename(oldPath: string, newPath: string): void {
    if (renameInRecords(this.own, this.others, oldPath, newPath)) this.markDirty();
    const base = this.baselines.get(oldPath);
    this.baselines.delete(oldPath);
    if (base !== undefined) this.baselines.set(newPath, base);
    const act = this.activities.get(oldPath);
    this.activities.delete(oldPath);
    if (act) this.activities.set(newPath, { ...act, lastEdit: this.lastEdit(newPath) });
    const pending = this.reads.has(oldPath);
    this.reads.delete(oldPath);
    const file = this.app.vault.getFileByPath(newPath);
    if (pending && file) this.see(file);
  }

  /**
   * A note was deleted: its in-memory activity, baseline and pending read are dropped. Its entry
   * in the edit record is kept, so a note that comes back (undo, sync restoring it) keeps its last
   * edit; the entry costs one line in the record.
   */
  forget(path: string): void {
    this.reads.delete(path);
    this.baselines.delete(path);
    this.activities.delete(path);
  }

  private markDirty(): void {
    if (!this.ownWritable) return;
    this.dirty = true;
    this.saveSoon();
  }

  /** Saves this device's record now when it changed (the plugin calls it on unload). */
  async flush(): Promise<void> {
    this.saveSoon.cancel();
    if (!this.dirty || !this.ownWritable) return;
    this.dirty = false;
    try {
      await this.app.vault.adapter.write(`${this.opts.pluginDir}/${editFileName(this.device)}`, serializeEditRecord(this.own));
    } catch (e) {
      this.dirty = true;
      this.opts.notify(`Clientele could not save its edit record: ${(e as Error).message}`);
    }
  }
}
