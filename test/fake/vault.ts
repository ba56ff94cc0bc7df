// In-memory Vault. Behaviour modelled on obsidian.d.ts and the desktop app:
// - create() fails with "File already exists." and, like the desktop adapter, with ENOENT when the parent folder
//   does not exist (Obsidian does not create missing folders for you); createFolder() creates intermediate folders
//   and fails with "Folder already exists.".
// - Events `create`, `modify`, `delete`, `rename(file, oldPath)` fire synchronously, before the returned promise
//   resolves. Renaming a folder fires `rename` for the folder and then for every descendant.
// - Every write sets mtime from `vault.clock()` (injectable; defaults to a fake clock that advances 1 s per tick)
//   unless DataWriteOptions.mtime is given, and updates stat.size (UTF-8 bytes).
// - process() writes only when fn returns different text (returns the new text either way).
// - Paths starting with "." (config dir, .trash) are hidden from the vault tree and only reachable via the adapter.
import { Events, type EventRef } from "./events";
import { FakeDataAdapter } from "./adapter";
import { TAbstractFile, TFile, TFolder, byteLength, isHiddenPath, parentPath, setFilePath } from "./files";

export { isHiddenPath };

export interface DataWriteOptions {
  ctime?: number;
  mtime?: number;
}

export interface VaultOperation {
  op: "create" | "createFolder" | "modify" | "delete" | "trash" | "rename";
  path: string;
  oldPath?: string;
}

/** 2026-01-01T00:00:00Z, the fake clock's first tick. */
export const FAKE_EPOCH = 1767225600000;

export function fakeClock(start = FAKE_EPOCH, step = 1000): () => number {
  let t = start - step;
  return () => (t += step);
}

function removeFrom<T>(list: T[] | undefined, item: T): void {
  const i = list ? list.indexOf(item) : -1;
  if (list && i >= 0) list.splice(i, 1);
}

function checkPath(path: string): void {
  if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("//")) {
    throw new Error(`Fake vault: invalid path "${path}" (use normalizePath)`);
  }
}

export class Vault extends Events {
  configDir = ".obsidian";
  adapter: FakeDataAdapter;
  /** Test hook: the time source for ctime/mtime. */
  clock: () => number = fakeClock();
  /** Test log of every write operation, in order. */
  operations: VaultOperation[] = [];
  /** Test log of trashed files: path and last content. */
  trashed: { path: string; content: string | null; system: boolean }[] = [];
  /** Subset of the app's (private) vault config, read by getConfig(). */
  config: Record<string, unknown> = {
    newFileLocation: "root",
    newFileFolderPath: "",
    attachmentFolderPath: "/",
    useMarkdownLinks: false,
    newLinkFormat: "shortest",
    alwaysUpdateLinks: true,
  };

  private root: TFolder;
  private entries = new Map<string, TAbstractFile>();
  private contents = new Map<TFile, string>();
  private binaries = new Map<TFile, ArrayBuffer>();

  constructor(private vaultName = "Fake vault") {
    super();
    this.root = new TFolder();
    this.root.vault = this;
    setFilePath(this.root, "/");
    this.entries.set("/", this.root);
    this.adapter = new FakeDataAdapter(this);
  }

  getName(): string {
    return this.vaultName;
  }

  on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  getConfig(key: string): unknown {
    return this.config[key] ?? null;
  }

  setConfig(key: string, value: unknown): void {
    this.config[key] = value;
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.entries.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.entries.get(path);
    return f instanceof TFolder ? f : null;
  }

  getFiles(): TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const c of root.children.slice()) {
      if (c instanceof TFolder) Vault.recurseChildren(c, cb);
      else cb(c);
    }
  }

  // ---- writes -------------------------------------------------------------------------------------

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    return this.createSync(path, data, options);
  }

  async createFolder(path: string): Promise<TFolder> {
    checkPath(path);
    if (this.entries.has(path)) throw new Error("Folder already exists.");
    return this.mkdirs(path);
  }

  async read(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.writeSync(file, data, options);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.writeSync(file, this.readSync(file) + data, options);
  }

  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    const current = this.readSync(file);
    const next = fn(current);
    if (next !== current) this.writeSync(file, next, options);
    return next;
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    checkPath(newPath);
    if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
    if (file instanceof TFile) return this.createSync(newPath, this.readSync(file)) as TAbstractFile as T;
    if (!(file instanceof TFolder)) throw new Error("Cannot copy this file");
    const folder = this.mkdirs(newPath);
    for (const c of file.children.slice()) await this.copy(c, `${newPath}/${c.name}`);
    return folder as TAbstractFile as T;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    this.renameSync(file, newPath);
  }

  async delete(file: TAbstractFile, force?: boolean): Promise<void> {
    void force;
    this.deleteSync(file, "delete");
  }

  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    this.deleteSync(file, "trash", system);
  }

  // ---- synchronous internals (also used by the adapter, metadata cache and test helpers) -------------

  /** Test helper: the current text of a file by path, or null. */
  contentOf(path: string): string | null {
    const f = this.getFileByPath(path);
    return f ? (this.contents.get(f) ?? null) : this.adapter.hiddenContent(path);
  }

  readSync(file: TFile): string {
    this.assertLive(file);
    return this.contents.get(file) ?? "";
  }

  isLive(file: TAbstractFile): boolean {
    return this.entries.get(file.path) === file;
  }

  createSync(path: string, data: string, options?: DataWriteOptions, silent = false): TFile {
    checkPath(path);
    if (isHiddenPath(path)) throw new Error(`Fake vault: "${path}" is hidden; use vault.adapter for config files`);
    if (this.entries.has(path)) throw new Error("File already exists.");
    const parent = this.entries.get(parentPath(path));
    if (!(parent instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    const file = new TFile();
    file.vault = this;
    setFilePath(file, path);
    const now = this.clock();
    file.stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: byteLength(data) };
    file.parent = parent;
    parent.children.push(file);
    this.entries.set(path, file);
    this.contents.set(file, data);
    if (!silent) {
      this.operations.push({ op: "create", path });
      this.trigger("create", file);
    }
    return file;
  }

  mkdirs(path: string, silent = false): TFolder {
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`Fake vault: a file exists at "${path}"`);
    const parent = this.mkdirs(parentPath(path), silent);
    const folder = new TFolder();
    folder.vault = this;
    setFilePath(folder, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.entries.set(path, folder);
    if (!silent) {
      this.operations.push({ op: "createFolder", path });
      this.trigger("create", folder);
    }
    return folder;
  }

  writeSync(file: TFile, data: string, options?: DataWriteOptions): void {
    this.assertLive(file);
    this.contents.set(file, data);
    file.stat.mtime = options?.mtime ?? this.clock();
    if (options?.ctime !== undefined) file.stat.ctime = options.ctime;
    file.stat.size = byteLength(data);
    this.operations.push({ op: "modify", path: file.path });
    this.trigger("modify", file);
  }

  renameSync(file: TAbstractFile, newPath: string): void {
    this.assertLive(file);
    checkPath(newPath);
    if (file === this.root) throw new Error("Cannot rename the vault root");
    if (newPath === file.path) return;
    if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
    const newParent = this.entries.get(parentPath(newPath));
    if (!(newParent instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${newPath}'`);
    if (file instanceof TFolder && (newPath + "/").startsWith(file.path + "/")) {
      throw new Error("Cannot move a folder into itself");
    }
    const moved: { f: TAbstractFile; oldPath: string }[] = [];
    const collect = (f: TAbstractFile): void => {
      moved.push({ f, oldPath: f.path });
      if (f instanceof TFolder) f.children.forEach(collect);
    };
    collect(file);
    for (const { f } of moved) this.entries.delete(f.path);
    removeFrom(file.parent?.children, file);
    newParent.children.push(file);
    file.parent = newParent;
    const oldBase = file.path;
    for (const { f, oldPath } of moved) {
      setFilePath(f, newPath + oldPath.slice(oldBase.length));
      this.entries.set(f.path, f);
    }
    for (const { f, oldPath } of moved) {
      this.operations.push({ op: "rename", path: f.path, oldPath });
      this.trigger("rename", f, oldPath);
    }
  }

  deleteSync(file: TAbstractFile, op: "delete" | "trash", system = false): void {
    this.assertLive(file);
    if (file === this.root) throw new Error("Cannot delete the vault root");
    const order: TAbstractFile[] = [];
    const collect = (f: TAbstractFile): void => {
      if (f instanceof TFolder) f.children.forEach(collect);
      order.push(f);
    };
    collect(file);
    removeFrom(file.parent?.children, file);
    for (const f of order) {
      this.entries.delete(f.path);
      if (f instanceof TFile) {
        if (op === "trash") this.trashed.push({ path: f.path, content: this.contents.get(f) ?? null, system });
        this.contents.delete(f);
        this.binaries.delete(f);
      }
    }
    for (const f of order) {
      this.operations.push({ op, path: f.path });
      this.trigger("delete", f);
    }
  }

  private assertLive(file: TAbstractFile): void {
    if (!this.isLive(file)) throw new Error(`ENOENT: no such file or directory, '${file.path}'`);
  }
}
