// @vitest-environment happy-dom
// setClientProperty: the write of a board grouped by a property other than the stage.
import { describe, expect, it } from "vitest";
import { notices } from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";
import { setClientProperty } from "../../src/obsidian/writes";

const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme\nstage: Active\nowner: Dana # lead\nseats: 5\n---\n# Acme\r\n\r\nKept: [[Links]] and <b>text</b>.\n";

async function setup(text = ACME) {
  const h = await startDeps({ "Clients/Acme.md": text });
  await h.settle();
  const c = h.deps.index.client("Clients/Acme.md", h.deps.today());
  if (!c) throw new Error("no client");
  return { h, c, text: () => h.fake.vault.contentOf("Clients/Acme.md") };
}

describe("setClientProperty", () => {
  it("changes only that key's value, adds no history, and is one undoable change", async () => {
    const { h, c, text } = await setup();
    expect(await setClientProperty(h.deps, c, "owner", "Lee")).toBe(true);
    expect(text()).toBe(ACME.replace("owner: Dana # lead", "owner: Lee # lead"));
    const undone = await h.deps.store.undoLast();
    expect(undone?.label).toBe("Set owner of Acme to Lee");
    expect(text()).toBe(ACME);
  });

  it("adds a missing key as one new line and keeps a number a number", async () => {
    const { h, c, text } = await setup();
    await setClientProperty(h.deps, c, "region", "North");
    await setClientProperty(h.deps, c, "seats", 7);
    expect(text()).toBe(ACME.replace("seats: 5\n", "seats: 7\nregion: North\n"));
  });

  it("writes nothing when the note already has the value", async () => {
    const { h, c, text } = await setup();
    expect(await setClientProperty(h.deps, c, "owner", "Dana")).toBe(true);
    expect(text()).toBe(ACME);
    expect(await h.deps.store.undoLast()).toBeNull();
  });

  it("never writes type or client_id, and refuses a note that is no longer that client", async () => {
    const { h, c, text } = await setup();
    expect(await setClientProperty(h.deps, c, "type", "contact")).toBe(false);
    expect(await setClientProperty(h.deps, c, "client_id", "CLI-9")).toBe(false);
    expect(text()).toBe(ACME);
    expect(notices().some((n) => n.includes('does not write the property "type"'))).toBe(true);
    const other = ACME.replace("CLI-00001", "CLI-00002");
    const file = h.fake.vault.getFileByPath("Clients/Acme.md");
    if (!file) throw new Error("no file");
    await h.fake.vault.modify(file, other);
    expect(await setClientProperty(h.deps, c, "owner", "Lee")).toBe(false);
    expect(text()).toBe(other);
  });

  it("does not replace a list with one column's text", async () => {
    const listed = ACME.replace("owner: Dana # lead\n", "owner:\n  - Dana\n  - Lee\n");
    const { h, c, text } = await setup(listed);
    expect(await setClientProperty(h.deps, c, "owner", "Ann")).toBe(false);
    expect(text()).toBe(listed);
    expect(notices().some((n) => n.includes("owner of Acme holds a list"))).toBe(true);
  });

  it("for stage is the normal stage move, with stage_changed and a history line", async () => {
    const { h, c, text } = await setup();
    expect(await setClientProperty(h.deps, c, "stage", "Retention")).toBe(true);
    expect(text()).toMatch(/^stage: Retention$/m);
    expect(text()).toMatch(/^stage_changed: 2026-11-21$/m);
    expect(text()).toMatch(/^- 2026-11-21: Active → Retention\r?$/m);
  });
});
