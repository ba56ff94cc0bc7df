// Minimal DataAdapter. Paths inside the vault tree go through the Vault (so its events fire); hidden paths
// (".obsidian/…", ".trash/…") live in a separate store that the vault tree never shows, as in Obsidian.
import { TFile, TFolder, byteLength, isHiddenPath } from "./files";
import type { DataWriteOptions, Vault } from "./vault";

export interface Stat {
  type: "file" | "folder";
  ctime: number;
  mtime: number;
  size: number;
}

function enoent(path: string): Error {
  return new Error(`ENOENT: no such file or directory, '${path}'`);
}

export class FakeDataAdapter {
  private hidden = new Map<string, { data: string; ctime: number; mtime: number }>();
  private hiddenFolders = new Set<string>();

  constructor(private vault: Vault) {}

  getName(): string {
    return this.vault.getName();
  }

  hasHidden(path: string): boolean {
    return this.hidden.has(path) || this.hiddenFolders.has(path);
  }

  hiddenContent(path: string): string | null {
    return this.hidden.get(path)?.data ?? null;
  }

  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    void sensitive;
    return this.vault.getAbstractFileByPath(normalizedPath) !== null || this.hasHidden(normalizedPath);
  }

  async stat(normalizedPath: string): Promise<Stat | null> {
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (f instanceof TFile) return { type: "file", ...f.stat };
    if (f instanceof TFolder) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
    const h = this.hidden.get(normalizedPath);
    if (h) return { type: "file", ctime: h.ctime, mtime: h.mtime, size: byteLength(h.data) };
    if (this.hiddenFolders.has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
    return null;
  }

  async list(normalizedPath: string): Promise<{ files: string[]; folders: string[] }> {
    const files: string[] = [];
    const folders: string[] = [];
    const folder = this.vault.getFolderByPath(normalizedPath === "" ? "/" : normalizedPath);
    for (const c of folder?.children ?? []) (c instanceof TFolder ? folders : files).push(c.path);
    const prefix = normalizedPath === "" || normalizedPath === "/" ? "" : `${normalizedPath}/`;
    const direct = (p: string): boolean => p.startsWith(prefix) && !p.slice(prefix.length).includes("/");
    for (const p of this.hidden.keys()) if (direct(p)) files.push(p);
    for (const p of this.hiddenFolders) if (direct(p)) folders.push(p);
    return { files, folders };
  }

  async read(normalizedPath: string): Promise<string> {
    const f = this.vault.getFileByPath(normalizedPath);
    if (f) return this.vault.readSync(f);
    const h = this.hidden.get(normalizedPath);
    if (!h) throw enoent(normalizedPath);
    return h.data;
  }

  async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    this.writeSync(normalizedPath, data, options);
  }

  writeSync(normalizedPath: string, data: string, options?: DataWriteOptions): void {
    if (isHiddenPath(normalizedPath)) {
      const now = this.vault.clock();
      const prev = this.hidden.get(normalizedPath);
      this.hidden.set(normalizedPath, {
        data,
        ctime: options?.ctime ?? prev?.ctime ?? now,
        mtime: options?.mtime ?? now,
      });
      return;
    }
    const f = this.vault.getFileByPath(normalizedPath);
    if (f) this.vault.writeSync(f, data, options);
    else this.vault.createSync(normalizedPath, data, options);
  }

  async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    const prev = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
    this.writeSync(normalizedPath, prev + data, options);
  }

  async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    const prev = await this.read(normalizedPath);
    const next = fn(prev);
    if (next !== prev) this.writeSync(normalizedPath, next, options);
    return next;
  }

  async remove(normalizedPath: string): Promise<void> {
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (f) {
      this.vault.deleteSync(f, "delete");
      return;
    }
    if (!this.hidden.delete(normalizedPath)) throw enoent(normalizedPath);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (f) {
      this.vault.renameSync(f, normalizedNewPath);
      return;
    }
    const h = this.hidden.get(normalizedPath);
    if (!h) throw enoent(normalizedPath);
    this.hidden.delete(normalizedPath);
    this.hidden.set(normalizedNewPath, h);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (await this.exists(normalizedNewPath)) throw new Error("Destination file already exists!");
    this.writeSync(normalizedNewPath, await this.read(normalizedPath));
  }
}
