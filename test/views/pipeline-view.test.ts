// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { WorkspaceLeaf } from "obsidian";
import { QueryController, type BasesView } from "../fake/obsidian";
import { sampleHarness, type Harness } from "../helpers/sample-plugin";
import { registerPipeline } from "../../src/views/pipeline-register";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/views/pipeline-view";

async function setup(options: { bases?: boolean } = {}) {
  const h = await sampleHarness();
  h.fake.basesEnabled = options.bases ?? true;
  const pipeline = registerPipeline(h.deps.plugin, h.deps);
  return { h, pipeline };
}

/** Opens the board and attaches its leaf to the document (a visible sidebar). */
async function open(h: Harness, pipeline: { openPipeline(): void }): Promise<{ leaf: WorkspaceLeaf; view: PipelineView }> {
  pipeline.openPipeline();
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
  const leaf = h.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0];
  if (!leaf || !(leaf.view instanceof PipelineView)) throw new Error("no pipeline leaf");
  return { leaf, view: leaf.view };
}

function show(view: PipelineView): void {
  document.body.appendChild(view.containerEl);
  view.onResize();
}

const cards = (view: PipelineView) => Array.from(view.containerEl.querySelectorAll<HTMLElement>(".clientele-card"));
const cardOf = (view: PipelineView, name: string) => cards(view).find((c) => c.querySelector(".clientele-card-company")?.textContent === name);

describe("the pipeline view", () => {
  it("opens in the right sidebar, and reveals the same leaf the second time", async () => {
    const { h, pipeline } = await setup();
    const { leaf, view } = await open(h, pipeline);
    expect((leaf as unknown as { location: string }).location).toBe("right");
    show(view);
    expect(cards(view)).toHaveLength(14);
    await open(h, pipeline);
    expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)).toHaveLength(1);
    expect((leaf as unknown as { revealed: boolean }).revealed).toBe(true);
    expect(view.getDisplayText()).toBe("Client pipeline");
  });

  it("lists a client note with broken properties above the columns, with the parser's message", async () => {
    const { h, pipeline } = await setup();
    const { view } = await open(h, pipeline);
    show(view);
    await h.app.vault.create("Clients/Broken.md", "---\ntype: client\nstage: Active\nstage: Proposal\n---\n# Broken\n");
    await h.deps.index.idle();
    for (let i = 0; i < 20 && !view.containerEl.querySelector(".clientele-board-errors-box"); i++) await new Promise((r) => window.setTimeout(r, 20));
    const box = view.containerEl.querySelector(".clientele-board-errors-box");
    expect(box?.textContent).toMatch(/Clients\/Broken\.md: Invalid YAML: Map keys must be unique \(line 4/);
    expect(cards(view)).toHaveLength(14);
  });

  it("adds a ribbon icon that opens the board", async () => {
    const { h } = await setup();
    const ribbon = h.fake.ribbonIcons.find((r) => r.title === "Open client pipeline");
    expect(ribbon).toBeDefined();
    ribbon?.el.click();
    for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
    expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)).toHaveLength(1);
  });

  it("updates one card when its note changes, without a full render", async () => {
    const { h, pipeline } = await setup();
    const { view } = await open(h, pipeline);
    show(view);
    const renders = view.renderer?.fullRenders;
    const other = cardOf(view, "Vantor Aerospace Components");
    const file = h.app.vault.getFileByPath("Clients/Ledgerline Payments.md");
    if (!file) throw new Error("no file");
    await h.app.vault.process(file, (t) => t.replace("company: Ledgerline Payments", "company: Ledgerline Pay"));
    await h.settle();
    expect(cardOf(view, "Ledgerline Pay")).toBeDefined();
    expect(cardOf(view, "Vantor Aerospace Components")).toBe(other);
    expect(view.renderer?.fullRenders).toBe(renders);
  });

  it("does not update while hidden, and catches up when shown", async () => {
    const { h, pipeline } = await setup();
    const { view } = await open(h, pipeline);
    show(view);
    view.containerEl.hide();
    const file = h.app.vault.getFileByPath("Clients/Ledgerline Payments.md");
    if (!file) throw new Error("no file");
    await h.app.vault.process(file, (t) => t.replace("company: Ledgerline Payments", "company: Ledgerline Hidden"));
    await h.settle();
    expect(cardOf(view, "Ledgerline Hidden")).toBeUndefined();
    view.containerEl.show();
    h.fake.workspace.trigger("layout-change");
    expect(cardOf(view, "Ledgerline Hidden")).toBeDefined();
  });

  it("keeps filter, sort, hide and collapsed columns in its state and asks to save the layout", async () => {
    const { h, pipeline } = await setup();
    const { leaf, view } = await open(h, pipeline);
    show(view);
    let saves = 0;
    const save = h.app.workspace.requestSaveLayout;
    h.app.workspace.requestSaveLayout = Object.assign(() => { saves++; return save(); }, save);
    const select = view.containerEl.querySelector<HTMLSelectElement>(".clientele-board-sort");
    if (!select) throw new Error("no sort");
    select.value = "value";
    select.dispatchEvent(new Event("change"));
    view.containerEl.querySelector<HTMLElement>('.clientele-column[data-key="Sunset"] .clientele-column-toggle')?.click();
    expect(saves).toBe(2);
    const state = leaf.getViewState().state;
    expect(state).toEqual({ query: "", sort: "value", hideExcluded: false, collapsed: ["Sunset"], segment: "" });
    await leaf.setViewState({ type: VIEW_TYPE_PIPELINE, state: { ...state, query: "ledger", hideExcluded: true } });
    const again = leaf.view as PipelineView;
    show(again);
    expect(cards(again).map((c) => c.querySelector(".clientele-card-company")?.textContent)).toEqual(["Ledgerline Payments"]);
    expect(again.containerEl.querySelector('.clientele-column[data-key="Sunset"]')).toBeNull();
  });

  it("works without Bases (registerBasesView returns false)", async () => {
    const { h, pipeline } = await setup({ bases: false });
    expect(pipeline.basesRegistered).toBe(false);
    const { view } = await open(h, pipeline);
    show(view);
    expect(cards(view)).toHaveLength(14);
  });
});

describe("the Bases layout", () => {
  function basesView(h: Harness, config: Record<string, unknown> = {}) {
    const reg = h.fake.basesViews.get("clientele-pipeline") as { name: string; factory: (c: QueryController, el: HTMLElement) => BasesView } | undefined;
    if (!reg) throw new Error("not registered");
    const el = document.body.createDiv();
    const controller = new QueryController(h.fake, config);
    const view = reg.factory(controller, el);
    view.load();
    return { reg, el, controller, view };
  }

  it("is registered under the contract id and shows the base's client notes grouped by stage", async () => {
    const { h, pipeline } = await setup();
    expect(pipeline.basesRegistered).toBe(true);
    const { reg, el, controller } = basesView(h, { sort: "value", collapsed: ["Sunset"] });
    expect(reg.name).toBe("Clientele pipeline");
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    expect(el.querySelectorAll(".clientele-card")).toHaveLength(12); // Sunset collapsed
    expect(el.querySelector(".clientele-board-sort") instanceof HTMLSelectElement && (el.querySelector(".clientele-board-sort") as HTMLSelectElement).value).toBe("value");
    expect(el.querySelector(".clientele-board-note")?.textContent).toMatch(/notes? in this base (is|are) not shown/);
    controller.setEntries(h.fake.vault.getMarkdownFiles().filter((f) => f.path.includes("Ledgerline")));
    expect(el.querySelectorAll(".clientele-card")).toHaveLength(1);
  });

  it("stores toolbar changes in the view config", async () => {
    const { h } = await setup();
    const { el, controller } = basesView(h);
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    const hide = el.querySelector<HTMLInputElement>(".clientele-board-hide input");
    if (!hide) throw new Error("no toggle");
    hide.checked = true;
    hide.dispatchEvent(new Event("change"));
    expect(controller.config.get("clientele_hideExcluded")).toBe(true);
    expect(el.querySelector('.clientele-column[data-key="Sunset"]')).toBeNull();
  });

  it("choosing a board sort leaves the base's own `sort` untouched", async () => {
    const { h } = await setup();
    const basesSort = [{ property: "note.stage", direction: "DESC" }];
    const { reg, el, controller } = basesView(h, { sort: basesSort });
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    const sort = el.querySelector<HTMLSelectElement>(".clientele-board-sort");
    if (!sort) throw new Error("no sort");
    sort.value = "health";
    sort.dispatchEvent(new Event("change"));
    expect(controller.config.get("sort")).toEqual([{ property: "note.stage", direction: "DESC" }]);
    expect(controller.config.get("clientele_sort")).toBe("health");
    const keys = (reg as unknown as { options: () => { key: string }[] }).options().map((o) => o.key);
    expect(keys).not.toContain("sort");
    expect(keys.every((k) => k.startsWith("clientele_"))).toBe(true);
  });

  it("migrates a config written before the keys were prefixed, once, without writing `sort`", async () => {
    const { h } = await setup();
    const { el, controller } = basesView(h, { sort: "value", query: "ledger", hideExcluded: true, collapsed: ["Active"] });
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    expect((el.querySelector(".clientele-board-sort") as HTMLSelectElement).value).toBe("value");
    expect((el.querySelector(".clientele-board-filter") as HTMLInputElement).value).toBe("ledger");
    expect(controller.config.get("clientele_sort")).toBe("value");
    expect(controller.config.get("clientele_query")).toBe("ledger");
    expect(controller.config.get("clientele_hideExcluded")).toBe(true);
    expect(controller.config.get("clientele_collapsed")).toEqual(["Active"]);
    expect(controller.config.get("query")).toBeUndefined();
    expect(controller.config.get("hideExcluded")).toBeUndefined();
    expect(controller.config.get("collapsed")).toBeUndefined();
    expect(controller.config.get("sort")).toBe("value"); // core Bases' key: read, never written
    // From now on the prefixed keys win; the old value is not read again.
    controller.config.set("clientele_sort", "health");
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    expect((el.querySelector(".clientele-board-sort") as HTMLSelectElement).value).toBe("health");
    expect(controller.config.get("sort")).toBe("value");
  });

  it("moves a card through moveClient (the note's stage changes)", async () => {
    const { h } = await setup();
    const { el, controller } = basesView(h);
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    const card = Array.from(el.querySelectorAll<HTMLElement>(".clientele-card")).find((c) => c.textContent?.includes("Kessler"));
    card?.dispatchEvent(new KeyboardEvent("keydown", { key: "]", bubbles: true }));
    await h.settle();
    expect(h.fake.vault.contentOf("Clients/Kessler Fluid Systems.md")).toMatch(/^stage: Active$/m);
  });
});
