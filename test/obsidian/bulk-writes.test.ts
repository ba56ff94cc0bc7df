// @vitest-environment happy-dom
// Bulk edits through the write layer, and "Undo last change": every note the edit changed gets its
// bytes back, unless it changed since (then it is named and left alone).
import { describe, expect, it } from "vitest";
import { notices, readFile } from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";
import { bulkEdit, undoLastChange } from "../../src/obsidian/bulk-writes";
import { moveClient } from "../../src/obsidian/writes";
import type { Deps } from "../../src/deps";

const note = (id: number, stage: string, extra = "") =>
  `---\ntype: client\nclient_id: CLI-0000${id}\ncompany: Co ${id}\nstage: ${stage} # keep this comment\ntags: [b2b]\n${extra}---\n# Co ${id}\n\nBody stays.\r\n`;
const FILES = {
  "Clients/A.md": note(1, "Proposal"),
  "Clients/B.md": note(2, "Discovery", "last_contact: 2026-10-01\n"),
  "Clients/C.md": note(3, "Active"),
};

async function start() {
  const h = await startDeps(FILES);
  await h.settle();
  return h;
}

function clients(deps: Deps) {
  return deps.index.clients(deps.today());
}

describe("bulk edit and undo", () => {
  it("moves three clients in one change and undo gives back every byte", async () => {
    const h = await start();
    const { fake: app, deps } = h;
    const out = await bulkEdit(deps, clients(deps), { kind: "move", stage: "Retention" });
    expect(out.changed).toEqual(["Clients/A.md", "Clients/B.md", "Clients/C.md"]);
    expect(readFile(app, "Clients/A.md")).toContain("stage: Retention # keep this comment\n");
    expect(readFile(app, "Clients/A.md")).toContain("- 2026-11-21: Proposal → Retention");
    expect(notices().at(-1)).toBe('Move 3 clients to Retention: 3 notes changed. Run "Undo last change" to restore them.');
    await h.settle();
    await undoLastChange(deps);
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
    expect(notices().at(-1)).toBe('Undid "Move 3 clients to Retention": 3 notes restored.');
  });

  it("leaves a note edited after the bulk edit alone, names it, and restores the others", async () => {
    const { fake: app, deps } = await start();
    await bulkEdit(deps, clients(deps), { kind: "add-tag", tag: "vip" });
    expect(readFile(app, "Clients/B.md")).toContain("tags: [b2b, vip]\n");
    const b = app.vault.getFileByPath("Clients/B.md");
    if (!b) throw new Error("no B");
    const edited = readFile(app, "Clients/B.md") + "A line the user typed.\n";
    await app.vault.modify(b, edited);
    await undoLastChange(deps);
    expect(readFile(app, "Clients/A.md")).toBe(FILES["Clients/A.md"]);
    expect(readFile(app, "Clients/C.md")).toBe(FILES["Clients/C.md"]);
    expect(readFile(app, "Clients/B.md")).toBe(edited);
    expect(notices().at(-1)).toBe('Undid "Tag 3 clients #vip": 2 notes restored. Left alone because they changed since: "Clients/B.md".');
  });

  it("follows a note renamed after the edit", async () => {
    const { fake: app, deps } = await start();
    await bulkEdit(deps, clients(deps).filter((c) => c.client.path === "Clients/A.md"), { kind: "snooze", until: "2026-12-01" });
    const a = app.vault.getFileByPath("Clients/A.md");
    if (!a) throw new Error("no A");
    await app.fileManager.renameFile(a, "Clients/A renamed.md");
    await undoLastChange(deps);
    expect(readFile(app, "Clients/A renamed.md")).toBe(FILES["Clients/A.md"]);
  });

  it("undoes only the newest change, then the one before, then says there is nothing", async () => {
    const h = await start();
    const { fake: app, deps } = h;
    const [a] = clients(deps).filter((c) => c.client.path === "Clients/A.md");
    if (!a) throw new Error("no A");
    await moveClient(deps, a, "Active");
    const afterMove = readFile(app, "Clients/A.md");
    await h.settle();
    await bulkEdit(deps, clients(deps), { kind: "remove-tag", tag: "B2B" });
    expect(readFile(app, "Clients/C.md")).toContain("tags: []\n");
    await undoLastChange(deps);
    expect(readFile(app, "Clients/A.md")).toBe(afterMove);
    expect(readFile(app, "Clients/C.md")).toBe(FILES["Clients/C.md"]);
    await undoLastChange(deps);
    expect(readFile(app, "Clients/A.md")).toBe(FILES["Clients/A.md"]);
    await undoLastChange(deps);
    expect(notices().at(-1)).toBe("Clientele: nothing to undo in this session.");
  });

  it("writes nothing to a note already as the edit would leave it, and does not count it", async () => {
    const { fake: app, deps } = await start();
    const out = await bulkEdit(deps, clients(deps), { kind: "add-tag", tag: "B2B" });
    expect(out).toEqual({ changed: [], unchanged: ["Clients/A.md", "Clients/B.md", "Clients/C.md"], failed: [] });
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
    expect(notices().at(-1)).toBe("Tag 3 clients #B2B: 0 notes changed. 3 already were.");
  });

  it("restores a note changed by Obsidian's property writer (a layout only it can change)", async () => {
    const odd = "---\ntype: client\nclient_id: CLI-00009\ncompany: Odd\nstage: Active\ntags: !!seq [b2b]\n---\nBody\n";
    const h = await startDeps({ "Clients/Odd.md": odd });
    const { fake: app, deps } = h;
    await h.settle();
    await bulkEdit(deps, clients(deps), { kind: "add-tag", tag: "vip" });
    expect(readFile(app, "Clients/Odd.md")).not.toBe(odd);
    await undoLastChange(deps);
    expect(readFile(app, "Clients/Odd.md")).toBe(odd);
  });

  it("moves a note it created to the trash, unless the user typed in it since", async () => {
    const h = await start();
    const { fake: app, deps } = h;
    const batch = deps.store.journal.begin("Create two notes");
    await deps.store.create({ path: "Reports/One.md", content: "one\n" }, batch);
    await deps.store.create({ path: "Reports/Two.md", content: "two\n" }, batch);
    const two = app.vault.getFileByPath("Reports/Two.md");
    if (!two) throw new Error("not created");
    await app.vault.modify(two, "two, edited\n");
    await undoLastChange(deps);
    expect(app.vault.getFileByPath("Reports/One.md")).toBeNull();
    expect(app.vault.trashed.map((t) => t.path)).toEqual(["Reports/One.md"]);
    expect(readFile(app, "Reports/Two.md")).toBe("two, edited\n");
    expect(notices().at(-1)).toBe('Undid "Create two notes": 0 notes restored. 1 note it created moved to the trash. Left alone because they changed since: "Reports/Two.md".');
  });

  it("keeps every change it began, also past the number it keeps (a change just begun is never trimmed away)", async () => {
    const h = await start();
    const { fake: app, deps } = h;
    for (let i = 0; i < 40; i++) deps.store.journal.begin(`empty ${i}`);
    const [a] = clients(deps).filter((c) => c.client.path === "Clients/A.md");
    if (!a) throw new Error("no A");
    await bulkEdit(deps, [a], { kind: "snooze", until: "2026-12-01" });
    await undoLastChange(deps);
    expect(readFile(app, "Clients/A.md")).toBe(FILES["Clients/A.md"]);
  });
});
