// The live client index against a rebuild: after any sequence of vault changes (create, modify,
// rename of notes and folders, delete, trash, properties edits), with the metadata cache late or
// not ready at all, the index holds exactly what a fresh index built on the same vault holds,
// unreadable notes (ClientIndex.errors()) included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import { ClientIndex, INDEX_CHANGED, type IndexChange } from "../../src/obsidian/client-index";
import { createFakeApp, flush, type App, type TFile } from "../fake/obsidian";

const RUNS = 150;
const settings = defaultSettings();

const PATHS = ["Clients/A.md", "Clients/B.md", "Clients/Sub/C.md", "Archive/D.md", "E.md", "Clients/F.txt", "Templates/Client.md"];
const FOLDERS = ["Clients", "Clients/Sub", "Archive", "Moved", "Moved/Deeper"];
const CONTENTS = [
  "---\ntype: client\nstage: Active\n---\n# A\n",
  "---\ntype: Client\nstage: Proposal\nhealth_growth: 2\n---\n",
  "---\ntype: client\ncompany: Renamed Co\n---\nBody\n",
  "---\ntype: person\n---\n# Not a client\n",
  "---\ntype: client\nstage: Active\nstage: Sunset\n---\n",
  "---\ntype: client\ntitle: Ver: 4.4\n---\n",
  "---\ntitle: Ver: 4.4\n---\n",
  "---\n- client\n---\n",
  "---\n---\n# Empty block\n",
  "# No properties\n\n---\n\nclient text\n",
  "",
  // Related records: one client, two clients (one a link by path), a client that does not exist.
  '---\ntype: invoice\nclient: "[[A]]"\namount: 100\ndue: 2026-01-01\n---\n',
  '---\ntype: contact\nclient: ["[[B]]", "[[Clients/Sub/C]]"]\nrole: champion\nlast_contact: 2026-11-01\n---\n',
  '---\ntype: deal\nclient: "[[Missing]]"\nvalue: 5\n---\n',
];

type Op =
  | { op: "create"; path: string; content: number }
  | { op: "modify"; path: string; content: number }
  | { op: "properties"; path: string; stage: string }
  | { op: "rename"; path: string; to: string }
  | { op: "renameFolder"; folder: string; to: string }
  | { op: "delete"; path: string }
  | { op: "trash"; path: string }
  | { op: "deleteFolder"; folder: string }
  | { op: "defer"; on: boolean }
  | { op: "settle" };

const path = fc.constantFrom(...PATHS, "Moved/A.md", "Moved/Deeper/G.md");
const content = fc.nat({ max: CONTENTS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("create" as const), path, content }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("modify" as const), path, content }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("properties" as const), path, stage: fc.constantFrom("Active", "Sunset", "Nope") }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("rename" as const), path, to: path }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("renameFolder" as const), folder: fc.constantFrom(...FOLDERS), to: fc.constantFrom(...FOLDERS, "Other") }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), path }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("trash" as const), path }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteFolder" as const), folder: fc.constantFrom(...FOLDERS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("defer" as const), on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ op: "settle" as const }) },
);

async function ensureFolder(app: App, p: string): Promise<void> {
  const parent = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
  if (parent !== "" && !app.vault.getAbstractFileByPath(parent)) await app.vault.createFolder(parent);
}

async function apply(app: App, o: Op): Promise<void> {
  const { vault } = app;
  const file = (p: string): TFile | null => vault.getFileByPath(p);
  switch (o.op) {
    case "create":
      if (vault.getAbstractFileByPath(o.path)) return;
      await ensureFolder(app, o.path);
      await vault.create(o.path, CONTENTS[o.content] ?? "");
      return;
    case "modify": {
      const f = file(o.path);
      if (f) await vault.modify(f, CONTENTS[o.content] ?? "");
      return;
    }
    case "properties": {
      const f = file(o.path);
      if (!f || f.extension !== "md") return;
      try {
        await app.fileManager.processFrontMatter(f, (fm: Record<string, unknown>) => {
          fm.stage = o.stage;
        });
      } catch {
        // invalid YAML: processFrontMatter refuses, as in Obsidian
      }
      return;
    }
    case "rename": {
      const f = file(o.path);
      if (!f || vault.getAbstractFileByPath(o.to)) return;
      await ensureFolder(app, o.to);
      await app.fileManager.renameFile(f, o.to);
      return;
    }
    case "renameFolder": {
      const f = vault.getFolderByPath(o.folder);
      if (!f || vault.getAbstractFileByPath(o.to) || `${o.to}/`.startsWith(`${o.folder}/`)) return;
      await ensureFolder(app, o.to);
      await vault.rename(f, o.to);
      return;
    }
    case "delete": {
      const f = file(o.path);
      if (f) await vault.delete(f);
      return;
    }
    case "trash": {
      const f = file(o.path);
      if (f) await app.fileManager.trashFile(f);
      return;
    }
    case "deleteFolder": {
      const f = vault.getFolderByPath(o.folder);
      if (f) await vault.delete(f, true);
      return;
    }
    case "defer":
      app.metadataCache.deferIndexing(o.on);
      return;
    case "settle":
      await flush(app);
      return;
  }
}

function startIndex(app: App): ClientIndex {
  const index = new ClientIndex(app as never, () => settings);
  index.load();
  index.start();
  return index;
}

const initialFiles = fc.dictionary(fc.constantFrom(...PATHS), content.map((i) => CONTENTS[i] ?? ""), { maxKeys: 5 });

describe("ClientIndex against a rebuild", () => {
  it(`equals a fresh index after random vault changes, with the metadata cache ready, late or deferred (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(initialFiles, fc.boolean(), fc.array(opArb, { maxLength: 25 }), async (files, indexed, ops) => {
      const app = createFakeApp(files, { indexed });
      const index = startIndex(app);
      for (const o of ops) await apply(app, o);
      app.metadataCache.deferIndexing(false);
      await flush(app);
      await index.idle();
      const fresh = startIndex(app);
      await fresh.idle();
      expect(index.snapshot()).toEqual(fresh.snapshot());
      expect(index.errors()).toEqual(fresh.errors());
      expect(index.clients("2026-11-21")).toEqual(fresh.clients("2026-11-21"));
      expect(index.records.all()).toEqual(fresh.records.all());
      expect(index.records.unresolved()).toEqual(fresh.records.unresolved());
      index.unload();
      fresh.unload();
    }), { numRuns: RUNS });
  }, 60_000);

  it(`keeps its sorted client list by splicing: after every change it equals a fresh index's full sort, and a list handed out never changes (${RUNS} runs)`, async () => {
    // Forty more clients around the changing ones, so a few changes are spliced rather than re-sorted.
    const around = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${["Clients", "Archive", "Moved"][i % 3]}/Bg${i}.md`, CONTENTS[i % 3] ?? ""]));
    await fc.assert(fc.asyncProperty(initialFiles, fc.array(opArb, { maxLength: 25 }), async (files, ops) => {
      const app = createFakeApp({ ...around, ...files });
      const index = startIndex(app);
      let last = index.clients("2026-11-21");
      let copy = [...last];
      for (const o of ops) {
        await apply(app, o);
        await flush(app);
        const before = last;
        last = index.clients("2026-11-21");
        expect(before).toEqual(copy); // the array handed out before the change is untouched
        copy = [...last];
        const paths = last.map((c) => c.client.path);
        expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        const fresh = startIndex(app);
        expect(last).toEqual(fresh.clients("2026-11-21"));
        fresh.unload();
      }
      index.unload();
    }), { numRuns: RUNS });
  }, 120_000);

  it("announces each change once, debounced, naming the paths", async () => {
    const app = createFakeApp({ "Clients/A.md": CONTENTS[0] ?? "" });
    const index = startIndex(app);
    const events: IndexChange[] = [];
    app.workspace.on(INDEX_CHANGED, (c: IndexChange) => void events.push(c));
    await new Promise((r) => setTimeout(r, 150));
    events.length = 0;
    const file = app.vault.getFileByPath("Clients/A.md");
    if (!file) throw new Error("no file");
    await app.vault.modify(file, CONTENTS[1] ?? "");
    await app.vault.create("Clients/B.md", CONTENTS[5] ?? "");
    await flush(app);
    await index.idle();
    await new Promise((r) => setTimeout(r, 150));
    expect(events).toHaveLength(1);
    expect([...(events[0]?.paths ?? [])].sort()).toEqual(["Clients/A.md", "Clients/B.md"]);
    expect(index.errors().map((e) => e.path)).toEqual(["Clients/B.md"]);
    index.unload();
  });

  it("stops checking and announcing once unloaded", async () => {
    const app = createFakeApp({ "Clients/B.md": CONTENTS[5] ?? "" });
    const index = startIndex(app);
    index.unload();
    await index.idle();
    expect(index.errors()).toEqual([]);
  });
});

describe("evaluation after one change", () => {
  it("re-evaluates the changed client only; the others keep their evaluation until the day or settings change", async () => {
    const app = createFakeApp({ "Clients/A.md": CONTENTS[0] as string, "Clients/B.md": CONTENTS[1] as string });
    const index = new ClientIndex(app as never, () => settings);
    index.start();
    const a1 = index.client("Clients/A.md", "2026-11-21");
    const b1 = index.client("Clients/B.md", "2026-11-21");
    const file = app.vault.getFileByPath("Clients/A.md") as TFile;
    await app.vault.modify(file, "---\ntype: client\nstage: Retention\n---\n");
    await flush(app);
    expect(index.client("Clients/A.md", "2026-11-21")?.client.stage).toBe("Retention");
    expect(index.client("Clients/A.md", "2026-11-21")).not.toBe(a1);
    expect(index.client("Clients/B.md", "2026-11-21")).toBe(b1);
    expect(index.client("Clients/B.md", "2026-11-22")).not.toBe(b1);
    const b2 = index.client("Clients/B.md", "2026-11-22");
    index.invalidate();
    expect(index.client("Clients/B.md", "2026-11-22")).not.toBe(b2);
    index.unload();
  });
});
