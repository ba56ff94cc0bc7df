// @vitest-environment happy-dom
// The board as a Bases view: the column property (a drag writes that property, history lines only
// for the stage), the Properties menu on the cards, Bases' sort as the card order, createFileForView.
import { describe, expect, it } from "vitest";
import { Menu, NullValue, QueryController, type BasesView, type TFile } from "../fake/obsidian";
import { startDeps, type Harness } from "../helpers/sample-plugin";
import { expectOnlyChanged } from "../plugin/note-bytes";
import { registerPipeline } from "../../src/views/pipeline-register";
import { valueText } from "../../src/views/bases-pipeline";

const note = (name: string, extra: string) => `---\ntype: client\ncompany: ${name}\n${extra}---\n# ${name}\n\nNotes kept as they are.\n`;

const FILES: Record<string, string> = {
  "Clients/Acme.md": note("Acme", "stage: Active\nowner: Dana\nregion: North\nvalue: 3000\n"),
  "Clients/Beta.md": note("Beta", "stage: Active\nowner: Lee # the account lead\nregion: South\nvalue: 9000\n"),
  "Clients/Cyan.md": note("Cyan", "stage: Active\nowner: Dana\nvalue: 5000\n"),
  "Clients/Delta.md": note("Delta", "stage: Proposal\nvalue: 1000\n"),
};
const ORDER = ["Clients/Acme.md", "Clients/Beta.md", "Clients/Cyan.md", "Clients/Delta.md"];

async function setup(files: Record<string, string> = FILES): Promise<Harness> {
  const h = await startDeps(files);
  registerPipeline(h.deps.plugin, h.deps);
  await h.settle();
  return h;
}

function basesView(h: Harness, config: Record<string, unknown> = {}, displayNames: Record<string, string> = {}) {
  const reg = h.fake.basesViews.get("clientele-pipeline") as { factory: (c: QueryController, el: HTMLElement) => BasesView; options: () => { key: string; type: string; default?: unknown }[] };
  const el = document.body.createDiv();
  const controller = new QueryController(h.fake, config, displayNames);
  const view = reg.factory(controller, el);
  view.load();
  const files = ORDER.map((p) => h.fake.vault.getFileByPath(p)).filter((f): f is TFile => f !== null);
  controller.setEntries(files);
  return { el, controller, view, reg, refresh: () => controller.setEntries(files) };
}

const column = (el: HTMLElement, key: string) => el.querySelector<HTMLElement>(`.clientele-column[data-key="${key}"]`);
const columnTitles = (el: HTMLElement) => Array.from(el.querySelectorAll(".clientele-column-title")).map((t) => t.textContent);
const namesIn = (el: HTMLElement, key: string) => Array.from(column(el, key)?.querySelectorAll(".clientele-card-company") ?? []).map((t) => t.textContent);
const cardOf = (el: HTMLElement, name: string) => Array.from(el.querySelectorAll<HTMLElement>(".clientele-card")).find((c) => c.querySelector(".clientele-card-company")?.textContent === name);

function drop(el: HTMLElement, key: string, path: string): void {
  const e = new Event("drop", { bubbles: true, cancelable: true });
  const data = new Map([["application/x-clientele-client", path]]);
  Object.defineProperty(e, "dataTransfer", { value: { getData: (t: string) => data.get(t) ?? "", types: [...data.keys()] } });
  column(el, key)?.dispatchEvent(e);
}

describe("the Bases view's column property", () => {
  it("is a property option, `stage` by default, offering note properties only", async () => {
    const h = await setup();
    const { reg } = basesView(h);
    const option = reg.options().find((o) => o.key === "clientele_columnProperty") as { type: string; default: string; filter: (p: string) => boolean } | undefined;
    expect(option).toMatchObject({ type: "property", default: "note.stage" });
    expect(option?.filter("note.owner")).toBe(true);
    expect(option?.filter("formula.score")).toBe(false);
    expect(option?.filter("file.name")).toBe(false);
  });

  it("makes a column per value, first seen first, then (none); a drag writes only that key's line, no history, undoable", async () => {
    const h = await setup();
    const { el } = basesView(h, { clientele_columnProperty: "note.owner" });
    expect(columnTitles(el)).toEqual(["Dana", "Lee", "(none)"]);
    expect(el.querySelector(".clientele-board-hide")?.classList.contains("is-hidden")).toBe(true); // no "Hide Sunset" off the stages
    expect(namesIn(el, "Dana")).toEqual(["Acme", "Cyan"]);
    expect(namesIn(el, "")).toEqual(["Delta"]);

    const before = h.fake.vault.contentOf("Clients/Beta.md") ?? "";
    drop(el, "Dana", "Clients/Beta.md");
    expect(namesIn(el, "Dana")).toEqual(["Acme", "Beta", "Cyan"]); // at once, before the write lands
    await h.settle();
    const after = h.fake.vault.contentOf("Clients/Beta.md") ?? "";
    // Only the value on that line changed (its comment stays), the body byte for byte, no history line.
    expect(after).toBe(before.replace("owner: Lee # the account lead\n", "owner: Dana # the account lead\n"));
    expectOnlyChanged(before, after, { owner: "Dana" });
    expect(after).not.toMatch(/→/);

    const undone = await h.deps.store.undoLast();
    expect(undone?.label).toBe("Set owner of Beta to Dana");
    expect(h.fake.vault.contentOf("Clients/Beta.md")).toBe(before);
  });

  it("writes nothing for a drop on the card's own column or on (none)", async () => {
    const h = await setup();
    const { el } = basesView(h, { clientele_columnProperty: "note.owner" });
    const texts = () => ORDER.map((p) => h.fake.vault.contentOf(p));
    const before = texts();
    drop(el, "Dana", "Clients/Acme.md");
    drop(el, "", "Clients/Acme.md");
    await h.settle();
    expect(texts()).toEqual(before);
    expect(await h.deps.store.undoLast()).toBeNull();
  });

  it("with the column property `stage` a drag is the normal stage move, with its history line", async () => {
    const h = await setup();
    const { el } = basesView(h, { clientele_columnProperty: "note.stage" });
    expect(columnTitles(el)).toEqual(["Discovery", "Proposal", "Active", "Retention", "Sunset"]);
    drop(el, "Proposal", "Clients/Acme.md");
    await h.settle();
    const after = h.fake.vault.contentOf("Clients/Acme.md");
    expect(after).toMatch(/^stage: Proposal$/m);
    expect(after).toMatch(/^- 2026-11-21: Active → Proposal$/m);
    expect(after).toMatch(/^stage_changed: 2026-11-21$/m);
  });

  it("moves from the keyboard and the menu between the property's values", async () => {
    const h = await setup();
    const { el } = basesView(h, { clientele_columnProperty: "note.owner" });
    cardOf(el, "Acme")?.querySelector<HTMLElement>(".clientele-card-more")?.click();
    const menu = Menu.shown.at(-1);
    expect(menu?.titles.slice(0, 2)).toEqual(["Dana (current)", "Move to Lee"]);
    menu?.clickItem("Move to Lee");
    await h.settle();
    expect(h.fake.vault.contentOf("Clients/Acme.md")).toMatch(/^owner: Lee$/m);
  });
});

describe("Bases cards", () => {
  it("show the Properties menu's choice in its order, as Label: value text (the title and empty values left out)", async () => {
    const h = await setup({ ...FILES, "Clients/Acme.md": note("Acme", "stage: Active\nowner: \"<b>Dana</b>\"\nregion: North\n") });
    const { el, controller, refresh } = basesView(h, { order: ["file.name", "region", "owner", "note.missing"] }, { "note.region": "Region" });
    const lines = (name: string) => Array.from(cardOf(el, name)?.querySelectorAll(".clientele-card-prop") ?? []).map((l) => l.textContent);
    expect(lines("Acme")).toEqual(["Region: North", "owner: <b>Dana</b>"]);
    expect(cardOf(el, "Acme")?.querySelector("b")).toBeNull(); // text, never HTML
    expect(lines("Cyan")).toEqual(["owner: Dana"]);
    controller.config.set("order", ["owner", "region"]);
    refresh();
    expect(lines("Acme")).toEqual(["owner: <b>Dana</b>", "Region: North"]);
    // A property the card model does not know (region) changes: Bases hands new data, the card follows.
    const file = h.fake.vault.getFileByPath("Clients/Acme.md");
    if (!file) throw new Error("no file");
    await h.fake.vault.modify(file, (h.fake.vault.contentOf("Clients/Acme.md") ?? "").replace("region: North", "region: East"));
    await h.settle();
    refresh();
    expect(lines("Acme")).toEqual(["owner: <b>Dana</b>", "Region: East"]);
  });

  it("keep Bases' order when the view has a Bases sort, until the board's own sort is chosen", async () => {
    const h = await setup();
    const { el, controller, reg } = basesView(h, { sort: [{ property: "note.value", direction: "DESC" }] });
    const sortOption = (config: unknown) => (reg.options as (c?: unknown) => { key: string; default?: unknown }[])(config).find((o) => o.key === "clientele_sort");
    expect(sortOption(controller.config)?.default).toBe("source");
    expect(sortOption(new QueryController(h.fake, {}).config)?.default).toBe("name");
    const sort = el.querySelector<HTMLSelectElement>(".clientele-board-sort");
    expect(sort?.value).toBe("source");
    expect(namesIn(el, "Active")).toEqual(["Beta", "Cyan", "Acme"]);
    expect(controller.config.get("clientele_sort")).toBeUndefined();
    if (!sort) throw new Error("no sort");
    sort.value = "name";
    sort.dispatchEvent(new Event("change"));
    expect(namesIn(el, "Active")).toEqual(["Acme", "Beta", "Cyan"]);
    expect(controller.config.get("clientele_sort")).toBe("name");
    expect(controller.config.get("sort")).toEqual([{ property: "note.value", direction: "DESC" }]);
  });

  it("without a Bases sort use the board's sort (name)", async () => {
    const h = await setup();
    const { el } = basesView(h, {});
    expect(el.querySelector<HTMLSelectElement>(".clientele-board-sort")?.value).toBe("name");
    expect(namesIn(el, "Active")).toEqual(["Acme", "Beta", "Cyan"]);
  });
});

describe("New client in this column (Bases)", () => {
  it("uses createFileForView with the column's stage, or the column property's value", async () => {
    const h = await setup();
    const stage = basesView(h);
    column(stage.el, "Proposal")?.querySelector<HTMLElement>(".clientele-column-new")?.click();
    await h.settle();
    const made = (stage.view as unknown as { createdForView: { frontmatter: Record<string, unknown>; path: string }[] }).createdForView;
    expect(made[0]?.frontmatter).toEqual({ type: "client", stage: "Proposal" });
    expect(h.fake.vault.contentOf(made[0]?.path ?? "")).toBe("---\ntype: client\nstage: Proposal\n---\n");

    const owner = basesView(h, { clientele_columnProperty: "note.owner" });
    column(owner.el, "Lee")?.querySelector<HTMLElement>(".clientele-column-new")?.click();
    column(owner.el, "")?.querySelector<HTMLElement>(".clientele-column-new")?.click();
    await h.settle();
    const made2 = (owner.view as unknown as { createdForView: { frontmatter: Record<string, unknown> }[] }).createdForView;
    expect(made2.map((m) => m.frontmatter)).toEqual([{ type: "client", owner: "Lee" }, { type: "client" }]);
  });
});

describe("valueText", () => {
  it("reads a Bases value as trimmed text; null and Obsidian's null value are none", () => {
    const value = (text: string, truthy: boolean) => ({ toString: () => text, isTruthy: () => truthy }) as unknown as Parameters<typeof valueText>[0];
    expect(valueText(null)).toBe("");
    expect(valueText(NullValue.value as unknown as Parameters<typeof valueText>[0])).toBe("");
    expect(valueText(value("null", false))).toBe("");
    expect(valueText(value("null", true))).toBe("null"); // the text "null"
    expect(valueText(value(" Gold ", true))).toBe("Gold");
  });
});
