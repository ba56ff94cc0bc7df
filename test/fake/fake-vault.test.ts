// Tests of the fake Obsidian: vault, metadata cache, frontmatter and file manager (no DOM needed).
import { afterEach, describe, expect, it, vi } from "vitest";
import { YAMLParseError } from "yaml";
import {
  Component,
  Events,
  FAKE_EPOCH,
  parseFrontMatterTags,
  takeHandlerErrors,
  TFile,
  TFolder,
  createFakeApp,
  debounce,
  getFrontMatterInfo,
  normalizePath,
  readFile,
  type CachedMetadata,
} from "./obsidian";

function file(app: ReturnType<typeof createFakeApp>, path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`missing ${path}`);
  return f;
}

describe("Vault", () => {
  it("loads files with folders, stats and the fake clock", () => {
    const app = createFakeApp({ "Clients/Acme.md": "héllo", "Clients/legal/": "", "top.md": "" });
    const acme = file(app, "Clients/Acme.md");
    expect(acme).toBeInstanceOf(TFile);
    expect([acme.name, acme.basename, acme.extension]).toEqual(["Acme.md", "Acme", "md"]);
    expect(acme.parent?.path).toBe("Clients");
    expect(acme.stat.size).toBe(6); // UTF-8 bytes
    expect(acme.stat.mtime).toBeGreaterThanOrEqual(FAKE_EPOCH);
    expect(app.vault.getFolderByPath("Clients/legal")).toBeInstanceOf(TFolder);
    expect(app.vault.getRoot().isRoot()).toBe(true);
    expect(app.vault.getRoot().path).toBe("/");
    expect(file(app, "top.md").parent).toBe(app.vault.getRoot());
    expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Clients/Acme.md", "top.md"]);
  });

  it("fires create/modify/rename/delete synchronously, before the promise resolves", async () => {
    const app = createFakeApp({ "a.md": "x" });
    const log: string[] = [];
    app.vault.on("create", (f) => log.push(`create ${f.path}`));
    app.vault.on("modify", (f) => log.push(`modify ${f.path}`));
    app.vault.on("rename", (f, old) => log.push(`rename ${old} -> ${f.path}`));
    app.vault.on("delete", (f) => log.push(`delete ${f.path}`));

    const p = app.vault.create("b.md", "new");
    expect(log).toEqual(["create b.md"]);
    const b = await p;
    await app.vault.modify(b, "changed");
    await app.vault.rename(b, "c.md");
    await app.vault.delete(b);
    expect(log).toEqual(["create b.md", "modify b.md", "rename b.md -> c.md", "delete c.md"]);
  });

  it("create fails if the file exists or the parent folder is missing; createFolder makes intermediates", async () => {
    const app = createFakeApp({ "a.md": "x" });
    await expect(app.vault.create("a.md", "y")).rejects.toThrow("File already exists.");
    await expect(app.vault.create("Missing/b.md", "y")).rejects.toThrow(/ENOENT/);
    const created: string[] = [];
    app.vault.on("create", (f) => created.push(f.path));
    await app.vault.createFolder("X/Y");
    expect(created).toEqual(["X", "X/Y"]);
    await expect(app.vault.createFolder("X/Y")).rejects.toThrow("Folder already exists.");
    await app.vault.create("X/Y/b.md", "ok");
    expect(readFile(app, "X/Y/b.md")).toBe("ok");
  });

  it("bumps mtime from the injectable clock on every write and keeps size in bytes", async () => {
    let now = 1000;
    const app = createFakeApp({ "a.md": "x" }, { clock: () => now });
    const a = file(app, "a.md");
    expect(a.stat).toEqual({ ctime: 1000, mtime: 1000, size: 1 });
    now = 5000;
    await app.vault.modify(a, "€");
    expect(a.stat).toEqual({ ctime: 1000, mtime: 5000, size: 3 });
    now = 6000;
    await app.vault.append(a, "!");
    expect(a.stat.mtime).toBe(6000);
    await app.vault.modify(a, "y", { mtime: 42 });
    expect(a.stat.mtime).toBe(42);
  });

  it("process() passes the current text, writes the result and skips identical text", async () => {
    const app = createFakeApp({ "a.md": "Hello" });
    const a = file(app, "a.md");
    expect(await app.vault.process(a, (t) => t.replace("Hello", "World"))).toBe("World");
    expect(readFile(app, "a.md")).toBe("World");
    const before = app.vault.operations.length;
    await app.vault.process(a, (t) => t);
    expect(app.vault.operations.length).toBe(before);
  });

  it("renames folders with their children (same TFile objects) and refuses to overwrite", async () => {
    const app = createFakeApp({ "A/one.md": "1", "A/sub/two.md": "2", "B.md": "b" });
    const two = file(app, "A/sub/two.md");
    const renames: string[] = [];
    app.vault.on("rename", (f, old) => renames.push(`${old} -> ${f.path}`));
    await app.vault.rename(app.vault.getAbstractFileByPath("A")!, "Z");
    expect(two.path).toBe("Z/sub/two.md");
    expect(app.vault.getFileByPath("Z/sub/two.md")).toBe(two);
    expect(app.vault.getAbstractFileByPath("A")).toBeNull();
    expect(renames).toContain("A/sub/two.md -> Z/sub/two.md");
    await expect(app.vault.rename(file(app, "B.md"), "Z/one.md")).rejects.toThrow(/already exists/);
    await expect(app.vault.rename(file(app, "B.md"), "Nope/B.md")).rejects.toThrow(/ENOENT/);
  });

  it("keeps config files in the adapter, hidden from the vault tree", async () => {
    const app = createFakeApp();
    const config = `${app.vault.configDir}/app.json`;
    await app.vault.adapter.write(config, "{}");
    expect(app.vault.getAbstractFileByPath(config)).toBeNull();
    expect(await app.vault.adapter.exists(config)).toBe(true);
    expect(await app.vault.adapter.read(config)).toBe("{}");
    expect(app.vault.getFiles()).toHaveLength(0);
  });
});

describe("MetadataCache", () => {
  it("keeps YAML dates as strings and gives undefined frontmatter for invalid YAML", () => {
    const app = createFakeApp({
      "ok.md": "---\ndate: 2024-01-01\nstage: Active\ntags: [a, b]\n---\n# Title\nSee [[Other|alias]] #tag\n",
      "bad.md": "---\nkey: [unclosed\n---\nbody\n",
    });
    const ok = app.metadataCache.getFileCache(file(app, "ok.md"));
    expect(ok?.frontmatter).toEqual({ date: "2024-01-01", stage: "Active", tags: ["a", "b"] });
    expect(ok?.frontmatterPosition?.start.line).toBe(0);
    expect(ok?.frontmatterPosition?.end.line).toBe(4);
    expect(ok?.headings?.[0]).toMatchObject({ heading: "Title", level: 1 });
    expect(ok?.links?.[0]).toMatchObject({ link: "Other", displayText: "alias" });
    expect(ok?.tags?.[0]?.tag).toBe("#tag");
    const bad = app.metadataCache.getFileCache(file(app, "bad.md"));
    expect(bad).not.toBeNull();
    expect(bad?.frontmatter).toBeUndefined();
  });

  it("re-indexes asynchronously after modify: stale right after the write, `changed` later", async () => {
    const app = createFakeApp({ "a.md": "---\nstage: Lead\n---\n" });
    const a = file(app, "a.md");
    const changed: [TFile, string, CachedMetadata][] = [];
    app.metadataCache.on("changed", (f, data, cache) => changed.push([f, data, cache]));
    let resolved = 0;
    app.metadataCache.on("resolved", () => resolved++);

    await app.vault.modify(a, "---\nstage: Active\n---\n");
    expect(app.metadataCache.getFileCache(a)?.frontmatter?.stage).toBe("Lead"); // stale
    expect(changed).toHaveLength(0);

    await app.metadataCache.settle();
    expect(changed).toHaveLength(1);
    expect(changed[0]?.[0]).toBe(a);
    expect(changed[0]?.[1]).toBe("---\nstage: Active\n---\n");
    expect(changed[0]?.[2].frontmatter?.stage).toBe("Active");
    expect(app.metadataCache.getFileCache(a)?.frontmatter?.stage).toBe("Active");
    expect(resolved).toBe(1);
  });

  it("returns null for a new file until it is indexed, then fires `changed`", async () => {
    const app = createFakeApp();
    const seen: string[] = [];
    app.metadataCache.on("changed", (f) => seen.push(f.path));
    const f = await app.vault.create("n.md", "---\na: 1\n---\n");
    expect(app.metadataCache.getFileCache(f)).toBeNull();
    await app.metadataCache.settle();
    expect(app.metadataCache.getFileCache(f)?.frontmatter).toEqual({ a: 1 });
    expect(seen).toEqual(["n.md"]);
  });

  it("does not fire `changed` on rename; the cache entry follows the file", async () => {
    const app = createFakeApp({ "a.md": "---\nx: 1\n---\n" });
    const a = file(app, "a.md");
    const events: string[] = [];
    app.metadataCache.on("changed", () => events.push("changed"));
    app.vault.on("rename", () => events.push("vault rename"));
    await app.vault.rename(a, "b.md");
    await app.metadataCache.settle();
    expect(events).toEqual(["vault rename"]);
    expect(app.metadataCache.getCache("b.md")?.frontmatter).toEqual({ x: 1 });
    expect(app.metadataCache.getCache("a.md")).toBeNull();
  });

  it("fires `deleted` with the previous cache", async () => {
    const app = createFakeApp({ "a.md": "---\nx: 1\n---\n" });
    const a = file(app, "a.md");
    const deleted = vi.fn();
    app.metadataCache.on("deleted", deleted);
    await app.vault.delete(a);
    expect(deleted).toHaveBeenCalledWith(a, expect.objectContaining({ frontmatter: { x: 1 } }));
    expect(app.metadataCache.getFileCache(a)).toBeNull();
  });

  it("in deferred mode getFileCache is null until indexing is released", async () => {
    const app = createFakeApp({ "a.md": "---\nx: 1\n---\n" }, { indexed: false });
    const a = file(app, "a.md");
    expect(app.metadataCache.getFileCache(a)).toBeNull();
    await app.metadataCache.settle();
    expect(app.metadataCache.getFileCache(a)).toBeNull();
    const changed = vi.fn();
    app.metadataCache.on("changed", changed);
    app.metadataCache.deferIndexing(false);
    await app.metadataCache.settle();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(app.metadataCache.getFileCache(a)?.frontmatter).toEqual({ x: 1 });
  });

  it("settles even when a test uses fake timers", async () => {
    vi.useFakeTimers();
    try {
      const app = createFakeApp({ "a.md": "" });
      await app.vault.modify(file(app, "a.md"), "---\ny: 2\n---\n");
      await app.metadataCache.settle();
      expect(app.metadataCache.getCache("a.md")?.frontmatter).toEqual({ y: 2 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("resolves links like Obsidian's shortest-path rule", () => {
    const app = createFakeApp({ "Clients/Acme.md": "", "notes/n.md": "[[Acme]] [[Missing]]" });
    expect(app.metadataCache.getFirstLinkpathDest("Acme", "notes/n.md")?.path).toBe("Clients/Acme.md");
    expect(app.metadataCache.getFirstLinkpathDest("Clients/Acme", "")?.path).toBe("Clients/Acme.md");
    expect(app.metadataCache.resolvedLinks["notes/n.md"]).toEqual({ "Clients/Acme.md": 1 });
    expect(app.metadataCache.unresolvedLinks["notes/n.md"]).toEqual({ Missing: 1 });
  });
});

describe("getFrontMatterInfo", () => {
  it("reports the YAML range and where the content starts", () => {
    const text = "---\na: 1\n---\nbody";
    expect(getFrontMatterInfo(text)).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
    expect(getFrontMatterInfo("no fm").exists).toBe(false);
    expect(getFrontMatterInfo("---\nunterminated").exists).toBe(false);
    expect(getFrontMatterInfo("---\r\na: 1\r\n---\r\nx")).toMatchObject({ exists: true, frontmatter: "a: 1\r\n", contentStart: 16 });
  });
});

describe("FileManager.processFrontMatter", () => {
  it("re-serialises like Obsidian: comments dropped, quotes normalised, block lists; body kept byte for byte", async () => {
    const body = "\r\n# Notes\r\nLine with trailing spaces   \r\n\r\n";
    const app = createFakeApp({
      "c.md": `---\n# a comment\nname: "Acme" # inline\ntags: [client, vip]\nsince: 2024-01-01\nlink: "[[Acme Corp]]"\n---${body}`,
    });
    const c = file(app, "c.md");
    await app.fileManager.processFrontMatter(c, (fm) => {
      fm.stage = "Active";
    });
    expect(readFile(app, "c.md")).toBe(
      `---\nname: Acme\ntags:\n  - client\n  - vip\nsince: 2024-01-01\nlink: "[[Acme Corp]]"\nstage: Active\n---${body}`,
    );
  });

  it("throws YAMLParseError on invalid YAML and leaves the file untouched", async () => {
    const text = "---\nname: [oops\n---\nbody\n";
    const app = createFakeApp({ "bad.md": text });
    const bad = file(app, "bad.md");
    const ops = app.vault.operations.length;
    const fn = vi.fn();
    await expect(app.fileManager.processFrontMatter(bad, fn)).rejects.toBeInstanceOf(YAMLParseError);
    expect(fn).not.toHaveBeenCalled();
    expect(readFile(app, "bad.md")).toBe(text);
    expect(app.vault.operations.length).toBe(ops);
  });

  it("adds frontmatter at the top when there is none, and does not write when nothing changed", async () => {
    const app = createFakeApp({ "p.md": "Plain body\n", "same.md": "---\na: 1\n---\nx\n" });
    await app.fileManager.processFrontMatter(file(app, "p.md"), (fm) => {
      fm.stage = "Lead";
      fm.empty = null;
    });
    expect(readFile(app, "p.md")).toBe("---\nstage: Lead\nempty: null\n---\nPlain body\n");
    const ops = app.vault.operations.length;
    const same = file(app, "same.md");
    const mtime = same.stat.mtime;
    await app.fileManager.processFrontMatter(same, () => {});
    expect(app.vault.operations.length).toBe(ops);
    expect(same.stat.mtime).toBe(mtime);
  });

  it("folds long strings at 80 columns (yaml defaults) and removes the block when all keys are deleted", async () => {
    const long = "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Aenean commodo ligula eget dolor.";
    const app = createFakeApp({ "l.md": "---\nk: v\n---\nbody" });
    const l = file(app, "l.md");
    await app.fileManager.processFrontMatter(l, (fm) => {
      fm.k = long;
    });
    expect(readFile(app, "l.md")).toBe(
      "---\nk: Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Aenean commodo\n  ligula eget dolor.\n---\nbody",
    );
    await app.fileManager.processFrontMatter(l, (fm) => {
      delete fm.k;
    });
    expect(readFile(app, "l.md")).toBe("body");
  });

  it("propagates errors thrown by the callback without writing", async () => {
    const app = createFakeApp({ "a.md": "---\na: 1\n---\n" });
    await expect(
      app.fileManager.processFrontMatter(file(app, "a.md"), () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(readFile(app, "a.md")).toBe("---\na: 1\n---\n");
  });
});

describe("FileManager", () => {
  it("renameFile updates wikilinks that resolve to the file", async () => {
    const app = createFakeApp({ "Clients/Acme.md": "", "Log.md": "Met [[Acme]] and [[Acme#Notes|them]]; [[Other]]." });
    await app.fileManager.renameFile(file(app, "Clients/Acme.md"), "Clients/Acme Inc.md");
    expect(readFile(app, "Log.md")).toBe("Met [[Acme Inc]] and [[Acme Inc#Notes|them]]; [[Other]].");
  });

  it("generateMarkdownLink uses the file name unless it is ambiguous", () => {
    const app = createFakeApp({ "Clients/Acme.md": "", "Archive/Acme.md": "", "Log.md": "" });
    expect(app.fileManager.generateMarkdownLink(file(app, "Clients/Acme.md"), "Log.md")).toBe("[[Clients/Acme]]");
    expect(app.fileManager.generateMarkdownLink(file(app, "Log.md"), "", "#Notes", "L")).toBe("[[Log#Notes|L]]");
  });

  it("trashFile records the file and fires delete", async () => {
    const app = createFakeApp({ "t.md": "bye" });
    await app.fileManager.trashFile(file(app, "t.md"));
    expect(app.vault.getFileByPath("t.md")).toBeNull();
    expect(app.vault.trashed).toEqual([{ path: "t.md", content: "bye", system: true }]);
  });
});

describe("helpers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("normalizePath follows Obsidian's rules", () => {
    expect(normalizePath("//a\\\\b//c/")).toBe("a/b/c");
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("a\u00A0b")).toBe("a b");
    expect(normalizePath("e\u0301")).toBe("\u00e9");
  });

  it("debounce supports cancel() and run()", () => {
    vi.useFakeTimers();
    const cb = vi.fn((x: number) => x * 2);
    const d = debounce(cb, 100);
    d(1);
    d(2);
    vi.advanceTimersByTime(100);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenLastCalledWith(2);
    d(3);
    d.cancel();
    vi.advanceTimersByTime(200);
    expect(cb).toHaveBeenCalledTimes(1);
    d(4);
    expect(d.run()).toBe(8);
  });
});

describe("Events and Component", () => {
  it("on/off/offref/trigger; a throwing handler is logged and the others still run", () => {
    createFakeApp(); // resets the recorded handler errors
    const events = new Events();
    const seen: unknown[] = [];
    const a = (...data: unknown[]) => seen.push(["a", ...data]);
    const ref = events.on("x", a);
    events.on("x", () => {
      throw new Error("handler failed");
    });
    events.on("x", (v) => seen.push(["c", v]));
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    events.trigger("x", 1);
    spy.mockRestore();
    expect(seen).toEqual([["a", 1], ["c", 1]]);
    expect(takeHandlerErrors()).toHaveLength(1);
    events.offref(ref);
    events.off("x", a);
    seen.length = 0;
    vi.spyOn(console, "error").mockImplementation(() => {});
    events.trigger("x", 2);
    vi.restoreAllMocks();
    expect(seen).toEqual([["c", 2]]);
    takeHandlerErrors();
  });

  it("loads children with the parent and unloads them, their events and callbacks with it", () => {
    const order: string[] = [];
    class Part extends Component {
      constructor(private label: string) {
        super();
      }
      onload(): void {
        order.push(`load ${this.label}`);
      }
      onunload(): void {
        order.push(`unload ${this.label}`);
      }
    }
    const events = new Events();
    const parent = new Part("parent");
    const child = parent.addChild(new Part("child"));
    const handler = vi.fn();
    child.registerEvent(events.on("ping", handler));
    parent.register(() => order.push("cleanup"));
    parent.load();
    expect(order).toEqual(["load parent", "load child"]);
    const late = parent.addChild(new Part("late"));
    expect(late.loaded).toBe(true);
    events.trigger("ping");
    parent.unload();
    events.trigger("ping");
    expect(handler).toHaveBeenCalledTimes(1);
    expect(order.slice(3)).toEqual(["unload late", "unload child", "cleanup", "unload parent"]);
    expect(child.loaded).toBe(false);
  });
});

describe("frontmatter helpers", () => {
  it("parseFrontMatterTags accepts lists and strings and adds #", () => {
    expect(parseFrontMatterTags({ tags: ["client", "#vip"] })).toEqual(["#client", "#vip"]);
    expect(parseFrontMatterTags({ tags: "a, b c" })).toEqual(["#a", "#b", "#c"]);
    expect(parseFrontMatterTags({ other: 1 })).toBeNull();
  });
});
