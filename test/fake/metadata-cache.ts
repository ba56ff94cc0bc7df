// MetadataCache modelled on the documented behaviour (obsidian.d.ts, docs.obsidian.md/Reference/TypeScript+API/MetadataCache):
// - After a vault create/modify the file is re-indexed ASYNCHRONOUSLY (a real macrotask, like Obsidian's worker);
//   until then getFileCache() returns the previous (stale) cache, or null for a file never indexed.
//   Then `changed(file, data, cache)` and `resolve(file)` fire, and `resolved` once the batch is done.
// - No `changed` on rename ("not called when a file is renamed for performance reasons"): the entry follows the file.
// - `deleted(file, prevCache)` fires when a file is deleted.
// - Only Markdown files are indexed; getFileCache() of other files returns null.
// Test hooks: deferIndexing(true) holds indexing (getFileCache stays null/stale) until deferIndexing(false);
// `await settle()` drives pending indexing to completion, independent of vi.useFakeTimers().
import { Events, type EventRef } from "./events";
import { TFile, parentPath } from "./files";
import type { Vault } from "./vault";
import { parseMarkdown, type CachedMetadata } from "./markdown-parse";

// Captured at import so pending indexing still runs when a test installs fake timers later.
const realSetTimeout: typeof setTimeout = setTimeout;
const tick = (): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, 0));

function linkpathOf(link: string): string {
  const cut = link.search(/[#^]/);
  return cut >= 0 ? link.slice(0, cut) : link;
}

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};

  private caches = new Map<TFile, CachedMetadata>();
  private pending = new Set<TFile>();
  private deferred = false;
  private timer = false;

  /** Files by lower-cased file name, for link resolution; rebuilt lazily after the vault's tree changes. */
  private byName: Map<string, TFile[]> | null = null;

  constructor(private vault: Vault) {
    super();
    for (const event of ["create", "delete", "rename"] as const) vault.on(event, () => (this.byName = null));
    vault.on("create", (f) => {
      if (f instanceof TFile) this.schedule(f);
    });
    vault.on("modify", (f) => {
      if (f instanceof TFile) this.schedule(f);
    });
    vault.on("delete", (f) => {
      if (!(f instanceof TFile)) return;
      const prev = this.caches.get(f) ?? null;
      this.caches.delete(f);
      this.pending.delete(f);
      this.rebuildLinks();
      if (f.extension === "md") this.trigger("deleted", f, prev);
    });
    vault.on("rename", (f) => {
      if (!(f instanceof TFile)) return;
      if (f.extension !== "md") this.caches.delete(f);
      else if (!this.caches.has(f)) this.schedule(f);
      this.rebuildLinks();
    });
  }

  on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  getFileCache(file: TFile): CachedMetadata | null {
    if (!this.vault.isLive(file)) return null;
    return this.caches.get(file) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    const f = this.vault.getFileByPath(path);
    return f ? this.getFileCache(f) : null;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = linkpathOf(linkpath).trim();
    if (path === "") return this.vault.getFileByPath(sourcePath);
    const exact = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
    if (exact) return exact;
    if (path.startsWith("./") || path.startsWith("../")) {
      const parts = parentPath(sourcePath) === "/" ? [] : parentPath(sourcePath).split("/");
      for (const seg of path.split("/")) {
        if (seg === "..") parts.pop();
        else if (seg !== ".") parts.push(seg);
      }
      const rel = parts.join("/");
      return this.vault.getFileByPath(rel) ?? this.vault.getFileByPath(`${rel}.md`);
    }
    const lower = path.toLowerCase();
    const last = lower.slice(lower.lastIndexOf("/") + 1);
    const candidates = [...(this.filesNamed(last) ?? []), ...(this.filesNamed(`${last}.md`) ?? [])];
    const matches = candidates.filter((f) => {
      const p = f.path.toLowerCase();
      return p === lower || p === `${lower}.md` || p.endsWith(`/${lower}`) || p.endsWith(`/${lower}.md`);
    });
    if (matches.length === 0) return null;
    const folder = parentPath(sourcePath);
    matches.sort(
      (a, b) =>
        Number(parentPath(b.path) === folder) - Number(parentPath(a.path) === folder) ||
        a.path.length - b.path.length ||
        a.path.localeCompare(b.path),
    );
    return matches[0] ?? null;
  }

  private filesNamed(name: string): TFile[] | undefined {
    if (this.byName === null) {
      this.byName = new Map();
      for (const f of this.vault.getFiles()) {
        const key = f.name.toLowerCase();
        const list = this.byName.get(key);
        if (list) list.push(f);
        else this.byName.set(key, [f]);
      }
    }
    return this.byName.get(name);
  }

  /** "Shortest path when possible": the file name if it resolves to this file, else the full path. */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const omit = omitMdExtension && file.extension === "md";
    const name = omit ? file.basename : file.name;
    if (this.getFirstLinkpathDest(name, sourcePath) === file) return name;
    return omit ? file.path.slice(0, -3) : file.path;
  }

  // ---- test hooks ------------------------------------------------------------------------------------

  /** Holds (true) or releases (false) indexing. While held, getFileCache() returns null/stale data. */
  deferIndexing(defer: boolean): void {
    this.deferred = defer;
    if (!defer && this.pending.size > 0) this.arm();
  }

  /** Waits until pending indexing has run (and handlers reacting to it have settled). Held files stay held. */
  async settle(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      await tick();
      if (!this.deferred && this.pending.size > 0) {
        this.processPending();
        continue;
      }
      await tick();
      if (this.deferred || this.pending.size === 0) return;
    }
    throw new Error("Fake metadataCache.settle(): indexing did not settle after 100 rounds (a write loop?)");
  }

  /** Indexes every Markdown file now, firing no events (used when the fake app starts "already indexed"). */
  indexAllSilently(): void {
    this.byName = null; // files created silently (createFakeApp) fired no event
    for (const f of this.vault.getMarkdownFiles()) this.caches.set(f, parseMarkdown(this.vault.readSync(f)));
    this.pending.clear();
    this.rebuildLinks();
  }

  /** Forgets all caches and queues every Markdown file, held until deferIndexing(false). */
  resetIndex(): void {
    this.byName = null;
    this.caches.clear();
    this.deferred = true;
    for (const f of this.vault.getMarkdownFiles()) this.pending.add(f);
    this.rebuildLinks();
  }

  // ---- internals ------------------------------------------------------------------------------------

  private schedule(file: TFile): void {
    if (file.extension !== "md") return;
    this.pending.delete(file);
    this.pending.add(file);
    if (!this.deferred) this.arm();
  }

  private arm(): void {
    if (this.timer) return;
    this.timer = true;
    realSetTimeout(() => {
      this.timer = false;
      this.processPending();
    }, 0);
  }

  private processPending(): void {
    if (this.deferred || this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    for (const file of batch) {
      if (!this.vault.isLive(file) || file.extension !== "md") continue;
      const data = this.vault.readSync(file);
      const cache = parseMarkdown(data);
      this.caches.set(file, cache);
      this.trigger("changed", file, data, cache);
      this.resolveFile(file);
      this.trigger("resolve", file);
    }
    this.trigger("resolved");
  }

  private rebuildLinks(): void {
    this.resolvedLinks = {};
    this.unresolvedLinks = {};
    for (const f of this.vault.getMarkdownFiles()) this.resolveFile(f);
  }

  private resolveFile(file: TFile): void {
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    const cache = this.caches.get(file);
    const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
    for (const ref of refs) {
      const dest = this.getFirstLinkpathDest(ref.link, file.path);
      if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
      else {
        const key = linkpathOf(ref.link);
        unresolved[key] = (unresolved[key] ?? 0) + 1;
      }
    }
    this.resolvedLinks[file.path] = resolved;
    this.unresolvedLinks[file.path] = unresolved;
  }
}
