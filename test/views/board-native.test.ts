// @vitest-environment happy-dom
// Cards as parts of Obsidian: the card menu is Obsidian's file menu (other plugins' items appear,
// after Clientele's moves), the title's hover asks for Obsidian's page preview, and the sidebar
// board's cards show the properties named in the settings, in order.
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, Menu, QueryController, readFile, runCommand, TextComponent, type BasesView, type TAbstractFile, type WorkspaceLeaf } from "../fake/obsidian";
import { click, settle, startPlugin } from "../plugin/setup";
import { startDeps, type Harness } from "../helpers/sample-plugin";
import { defaultSettings } from "../../src/core/model/settings";
import { registerPipeline } from "../../src/views/pipeline-register";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/views/pipeline-view";

const FILES: Record<string, string> = {
  "Clients/Acme.md": "---\ntype: client\ncompany: Acme\nstage: Active\nowner: Dana\nregion: North\ntags: [vip, eu]\n---\n# Acme\n",
  "Clients/Beta.md": "---\ntype: client\ncompany: Beta\nstage: Proposal\nregion: South\n---\n# Beta\n",
};

async function openBoard(settings = defaultSettings()): Promise<{ h: Harness; view: PipelineView }> {
  const h = await startDeps(FILES, settings);
  const pipeline = registerPipeline(h.deps.plugin, h.deps);
  await h.settle();
  pipeline.openPipeline();
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
  const leaf = h.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0];
  if (!leaf || !(leaf.view instanceof PipelineView)) throw new Error("no pipeline leaf");
  document.body.appendChild(leaf.view.containerEl);
  leaf.view.onResize();
  return { h, view: leaf.view };
}

const cardOf = (root: HTMLElement, name: string) => Array.from(root.querySelectorAll<HTMLElement>(".clientele-card")).find((c) => c.querySelector(".clientele-card-company")?.textContent === name);

/** Another plugin's file-menu handler: adds an item and remembers what it was given. */
function otherPlugin(h: Harness) {
  const seen: { path: string; source: string; leaf: WorkspaceLeaf | undefined }[] = [];
  h.fake.workspace.on("file-menu", (menu: Menu, file: TAbstractFile, source: string, leaf?: WorkspaceLeaf) => {
    seen.push({ path: file.path, source, leaf });
    menu.addItem((item) => item.setTitle("Send to other plugin"));
  });
  return seen;
}

describe("the card menu is Obsidian's file menu", () => {
  it("shows Clientele's moves on top, then the items other plugins add (⋯, right click)", async () => {
    const { h, view } = await openBoard();
    const seen = otherPlugin(h);
    cardOf(view.containerEl, "Acme")?.querySelector<HTMLElement>(".clientele-card-more")?.click();
    const menu = Menu.shown.at(-1);
    expect(menu?.titles).toEqual(["Move to Discovery", "Move to Proposal", "Active (current)", "Move to Retention", "Move to Sunset", "Open note", "Open in new tab", "Send to other plugin"]);
    expect(seen).toEqual([{ path: "Clients/Acme.md", source: "clientele-board", leaf: view.leaf }]);

    cardOf(view.containerEl, "Beta")?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 40, clientY: 60 }));
    expect(Menu.shown.at(-1)?.titles.at(-1)).toBe("Send to other plugin");
    expect(seen.at(-1)?.path).toBe("Clients/Beta.md");
  });

  it("in a Bases view too (no leaf)", async () => {
    const h = await startDeps(FILES);
    registerPipeline(h.deps.plugin, h.deps);
    await h.settle();
    const seen = otherPlugin(h);
    const reg = h.fake.basesViews.get("clientele-pipeline") as { factory: (c: QueryController, el: HTMLElement) => BasesView };
    const el = document.body.createDiv();
    const controller = new QueryController(h.fake, {});
    reg.factory(controller, el).load();
    controller.setEntries(h.fake.vault.getMarkdownFiles());
    cardOf(el, "Beta")?.querySelector<HTMLElement>(".clientele-card-more")?.click();
    expect(Menu.shown.at(-1)?.titles.at(-1)).toBe("Send to other plugin");
    expect(seen).toEqual([{ path: "Clients/Beta.md", source: "clientele-board", leaf: undefined }]);
  });
});

describe("the card title's page preview", () => {
  it("registers Clientele as a hover source and triggers hover-link from the title only", async () => {
    const { h, view } = await openBoard();
    expect(h.fake.hoverLinkSources.get("clientele")).toEqual({ display: "Clientele", defaultMod: true });
    const hovers: Record<string, unknown>[] = [];
    h.fake.workspace.on("hover-link", (info: Record<string, unknown>) => hovers.push(info));
    const card = cardOf(view.containerEl, "Acme");
    const title = card?.querySelector<HTMLElement>(".clientele-card-company");
    card?.querySelector(".clientele-card-meta")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(hovers).toEqual([]);
    title?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(hovers).toHaveLength(1);
    expect(hovers[0]).toMatchObject({ source: "clientele", linktext: "Clients/Acme.md", targetEl: title, hoverParent: view, sourcePath: "" });
  });
});

describe("the sidebar board's card properties", () => {
  it("shows the properties named in the settings, in that order, as text; none by default", async () => {
    const plain = await openBoard();
    expect(plain.view.containerEl.querySelector(".clientele-card-props")).toBeNull();

    const { h, view } = await openBoard({ ...defaultSettings(), cardProperties: ["region", "missing", "tags", "owner"] });
    const lines = (name: string) => Array.from(cardOf(view.containerEl, name)?.querySelectorAll(".clientele-card-prop") ?? []).map((l) => l.textContent);
    expect(lines("Acme")).toEqual(["region: North", "tags: vip, eu", "owner: Dana"]);
    expect(lines("Beta")).toEqual(["region: South"]);

    await h.deps.saveSettings({ ...h.deps.settings(), cardProperties: ["owner", "region"] });
    await h.settle();
    view.onResize();
    expect(lines("Acme")).toEqual(["owner: Dana", "region: North"]);

    // A property the card model does not read changes in the note: the card follows.
    const file = h.fake.vault.getFileByPath("Clients/Acme.md");
    if (!file) throw new Error("no file");
    await h.fake.vault.modify(file, (h.fake.vault.contentOf("Clients/Acme.md") ?? "").replace("owner: Dana", "owner: Lee"));
    await h.settle();
    expect(lines("Acme")).toEqual(["owner: Lee", "region: North"]);
  });
});

describe("New client in this column (sidebar)", () => {
  it("opens the New client flow with the column's stage chosen", async () => {
    const { app } = await startPlugin(FILES);
    await settle(app);
    await runCommand(app, "clientele:open-pipeline");
    await settle(app);
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0];
    if (!leaf) throw new Error("no board");
    document.body.appendChild(leaf.view.containerEl);
    (leaf.view as unknown as PipelineView).onResize();
    const add = leaf.view.containerEl.querySelector<HTMLElement>('.clientele-column[data-key="Retention"] .clientele-column-new');
    expect(add?.getAttribute("aria-label")).toBe("New client in Retention");
    add?.click();
    const modal = getOpenModal(app);
    expect(getControl(modal.contentEl, "Stage", DropdownComponent).getValue()).toBe("Retention");
    getControl(modal.contentEl, "Company", TextComponent).simulateChange("Gamma");
    click(modal.contentEl, "Create");
    await settle(app);
    const made = app.vault.getMarkdownFiles().find((f) => f.basename === "Gamma");
    expect(made && readFile(app, made.path)).toMatch(/^stage: Retention$/m);
  });
});
