// @vitest-environment happy-dom
// Tests of the fake Obsidian's UI side: DOM helpers, Plugin lifecycle, commands, modals, settings, workspace.
import { describe, expect, it, vi } from "vitest";
import * as Real from "obsidian";
import {
  ItemView,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  SuggestModal,
  type App,
  type WorkspaceLeaf,
  type Editor,
} from "obsidian";
import * as Fake from "./obsidian";
import {
  ButtonComponent,
  DropdownComponent,
  MarkdownView,
  Menu,
  QueryController,
  TextComponent,
  ToggleComponent,
  bootApp,
  createFakeApp,
  getControl,
  getOpenModal,
  getSetting,
  isCommandAvailable,
  loadPlugin,
  notices,
  openSettingTab,
  readFile,
  renderCodeBlock,
  runCommand,
  suggestModal,
  unloadPlugin,
} from "./obsidian";

const VIEW_TYPE = "test-board";

class BoardView extends ItemView {
  opened = 0;
  closed = 0;
  state: Record<string, unknown> = {};
  getViewType(): string {
    return VIEW_TYPE;
  }
  getDisplayText(): string {
    return "Board";
  }
  async onOpen(): Promise<void> {
    this.opened++;
    this.contentEl.createEl("h4", { text: "Board", cls: "board-title" });
  }
  async onClose(): Promise<void> {
    this.closed++;
  }
  async setState(state: unknown): Promise<void> {
    this.state = state as Record<string, unknown>;
  }
}

class PickClientModal extends SuggestModal<string> {
  chosen: string[] = [];
  events: string[] = [];
  getSuggestions(query: string): string[] {
    return ["Acme", "Globex", "Initech"].filter((c) => c.toLowerCase().includes(query.toLowerCase()));
  }
  renderSuggestion(value: string, el: HTMLElement): void {
    el.setText(value);
  }
  onChooseSuggestion(item: string): void {
    this.events.push(`choose (open=${String(this.app.workspace && this.containerEl.isConnected)})`);
    this.chosen.push(item);
  }
  onClose(): void {
    this.events.push("close");
  }
}

interface Settings {
  name: string;
  enabled: boolean;
  stage: string;
}

class SettingsTab extends PluginSettingTab {
  constructor(
    app: App,
    private owner: TestPlugin,
  ) {
    super(app, owner);
  }
  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    new Setting(containerEl).setName("Client name").addText((t) =>
      t.setValue(this.owner.settings.name).onChange(async (v) => {
        this.owner.settings.name = v;
        await this.owner.saveData(this.owner.settings);
      }),
    );
    new Setting(containerEl).setName("Enabled").addToggle((t) =>
      t.setValue(this.owner.settings.enabled).onChange((v) => {
        this.owner.settings.enabled = v;
      }),
    );
    new Setting(containerEl).setName("Stage").addDropdown((d) =>
      d
        .addOptions({ Lead: "Lead", Active: "Active" })
        .setValue(this.owner.settings.stage)
        .onChange((v) => {
          this.owner.settings.stage = v;
        }),
    );
    new Setting(containerEl).setName("Reset").addButton((b) => b.setButtonText("Reset").onClick(() => new Notice("Reset done")));
  }
}

class TestPlugin extends Plugin {
  settings: Settings = { name: "", enabled: false, stage: "Lead" };
  ready = false;
  editorText: string | null = null;

  async onload(): Promise<void> {
    const saved = (await this.loadData()) as Partial<Settings> | null;
    this.settings = { ...this.settings, ...(saved ?? {}) };
    this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new BoardView(leaf));
    this.addCommand({
      id: "open-board",
      name: "Open board",
      callback: async () => {
        const leaf = this.app.workspace.getRightLeaf(false);
        await leaf?.setViewState({ type: VIEW_TYPE, active: true, state: { filter: "all" } });
      },
    });
    this.addCommand({
      id: "greet",
      name: "Greet",
      checkCallback: (checking: boolean) => {
        const file = this.app.workspace.getActiveFile();
        if (!file) return false;
        if (!checking) new Notice(`Hello ${file.basename}`);
        return true;
      },
    });
    this.addCommand({
      id: "read-editor",
      name: "Read editor",
      editorCallback: (editor: Editor) => {
        this.editorText = editor.getValue();
        editor.replaceSelection("!");
      },
    });
    this.addCommand({
      id: "pick-client",
      name: "Pick client",
      callback: () => new PickClientModal(this.app).open(),
    });
    this.addSettingTab(new SettingsTab(this.app, this));
    this.registerMarkdownCodeBlockProcessor("clients", (source, el) => {
      el.createEl("p", { text: `${source.trim().split("\n").length} clients` });
    });
    this.addRibbonIcon("users", "Open clients", () => new Notice("Ribbon clicked"));
    this.app.workspace.onLayoutReady(() => {
      this.ready = true;
    });
  }
}

describe("module alias", () => {
  it('"obsidian" resolves to the fake module', () => {
    expect(Real.Plugin).toBe(Fake.Plugin);
    expect(Real.TFile).toBe(Fake.TFile);
  });
});

describe("DOM helpers from the setup file", () => {
  it("createEl/createDiv with options, text via textContent, classes and visibility", () => {
    const parent = createDiv({ cls: "root" });
    document.body.appendChild(parent);
    const el = parent.createEl("a", { text: "<b>x</b>", cls: ["one", "two"], attr: { "data-id": 7 }, href: "#h", title: "T" });
    expect(el.textContent).toBe("<b>x</b>");
    expect(el.children.length).toBe(0);
    expect(el.hasClass("two")).toBe(true);
    expect(el.getAttr("data-id")).toBe("7");
    const first = parent.createSpan({ text: "first", prepend: true });
    expect(parent.firstChild).toBe(first);
    el.toggleClass("one", false);
    expect(el.className).toBe("two");
    expect(parent.isShown()).toBe(true);
    parent.hide();
    expect(el.isShown()).toBe(false);
    parent.show();
    expect(parent.find("a")).toBe(el);
    expect(parent.findAll("span")).toHaveLength(1);
    expect(el.matchParent(".root")).toBe(parent);
    parent.empty();
    expect(parent.childNodes.length).toBe(0);
    parent.detach();
    expect(parent.isConnected).toBe(false);
    expect([1, 2, 3].last()).toBe(3);
    expect([1, 2].contains(2)).toBe(true);
    expect("abc".contains("b")).toBe(true);
  });

  it("delegated on() listeners receive the matching element", () => {
    const root = createDiv();
    const btn = root.createDiv({ cls: "card" }).createSpan({ text: "x" });
    const seen: HTMLElement[] = [];
    root.on("click", ".card", (_ev, target) => {
      seen.push(target);
    });
    btn.click();
    expect(seen[0]?.hasClass("card")).toBe(true);
  });
});

describe("Plugin in the fake app", () => {
  it("loads, awaits async onload, prefixes commands and runs them", async () => {
    const app = createFakeApp({ "Clients/Acme.md": "---\nstage: Lead\n---\nbody" }, { layoutReady: false });
    const plugin = await loadPlugin(TestPlugin, app, { id: "clientele", name: "Clientele" });
    expect(plugin.ready).toBe(false);
    app.workspace.triggerLayoutReady();
    expect(plugin.ready).toBe(true);

    expect(Object.keys(app.commands.commands)).toContain("clientele:open-board");
    expect(app.commands.commands["clientele:open-board"]?.name).toBe("Clientele: Open board");

    expect(isCommandAvailable(app, "greet")).toBe(false);
    await expect(runCommand(app, "greet")).rejects.toThrow(/not available/);
    const acme = app.vault.getFileByPath("Clients/Acme.md");
    if (!acme) throw new Error("missing");
    await app.workspace.setActiveFile(acme);
    await runCommand(app, "clientele:greet");
    expect(notices()).toEqual(["Hello Acme"]);

    await runCommand(app, "read-editor");
    expect(plugin.editorText).toBe("---\nstage: Lead\n---\nbody");
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.dirty).toBe(true);
    await view?.save();
    expect(readFile(app, "Clients/Acme.md")).toBe("!---\nstage: Lead\n---\nbody");

    unloadPlugin(plugin);
    expect(app.commands.commands["clientele:greet"]).toBeUndefined();
  });

  it("opens a registered view through setViewState and closes it on detach", async () => {
    const app = createFakeApp();
    await loadPlugin(TestPlugin, app);
    const changes = vi.fn();
    app.workspace.on("layout-change", changes);
    await runCommand(app, "open-board");
    const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE);
    expect(leaf).toBeDefined();
    const view = leaf?.view as unknown as BoardView;
    expect(view).toBeInstanceOf(BoardView);
    expect(view.opened).toBe(1);
    expect(view.state).toEqual({ filter: "all" });
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.contentEl.find(".board-title")?.getText()).toBe("Board");
    expect(app.workspace.activeLeaf).toBe(leaf);
    expect(changes).toHaveBeenCalled();
    leaf?.detach();
    await Promise.resolve();
    expect(view.closed).toBe(1);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
  });

  it("deferred leaves hold a placeholder view until revealed", async () => {
    const app = createFakeApp();
    await loadPlugin(TestPlugin, app);
    const leaf = app.workspace.addDeferredLeaf({ type: VIEW_TYPE, state: { filter: "x" } });
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
    expect(leaf.view).not.toBeInstanceOf(BoardView);
    await app.workspace.revealLeaf(leaf);
    expect(leaf.view).toBeInstanceOf(BoardView);
    expect((leaf.view as unknown as BoardView).state).toEqual({ filter: "x" });
  });

  it("fires file-open and active-leaf-change when the active file changes", async () => {
    const app = createFakeApp({ "a.md": "A", "b.md": "B" });
    const events: string[] = [];
    app.workspace.on("file-open", (f) => events.push(`file-open ${f?.path ?? "null"}`));
    app.workspace.on("active-leaf-change", () => events.push("active-leaf-change"));
    const a = app.vault.getFileByPath("a.md");
    const b = app.vault.getFileByPath("b.md");
    if (!a || !b) throw new Error("missing");
    await app.workspace.setActiveFile(a);
    await app.workspace.setActiveFile(b);
    expect(events).toEqual(["active-leaf-change", "file-open a.md", "file-open b.md"]);
    expect(app.workspace.getActiveFile()).toBe(b);
  });

  it("persists settings with saveData/loadData and drives the settings tab", async () => {
    const app = createFakeApp();
    const plugin = await loadPlugin(TestPlugin, app, { id: "clientele" });
    const { containerEl } = openSettingTab(app, "clientele");
    getControl(containerEl, "Client name", TextComponent).simulateChange("Acme");
    await vi.waitFor(async () => expect(await plugin.loadData()).toMatchObject({ name: "Acme" }));
    getControl(containerEl, "Enabled", ToggleComponent).simulateChange(true);
    expect(plugin.settings.enabled).toBe(true);
    const stage = getSetting(containerEl, "Stage").components[0] as DropdownComponent;
    stage.simulateChange("Active");
    expect(plugin.settings.stage).toBe("Active");
    getControl(containerEl, "Reset", ButtonComponent).buttonEl.click();
    expect(notices()).toContain("Reset done");

    // a second plugin instance reads what the first saved
    unloadPlugin(plugin);
    const again = await loadPlugin(TestPlugin, app, { id: "clientele" });
    expect(again.settings.name).toBe("Acme");
  });

  it("renders declarative setting definitions and writes through setControlValue", async () => {
    class DefsTab extends PluginSettingTab {
      display(): void {
        throw new Error("display() must not run when definitions are given");
      }
      getSettingDefinitions(): Real.SettingDefinitionItem[] {
        return [
          { type: "group", heading: "General", items: [{ name: "Stale days", control: { type: "number", key: "staleDays", min: 1 } }] },
          { name: "Use mtime", control: { type: "toggle", key: "useMtime" } },
        ];
      }
    }
    class DefsPlugin extends Plugin {
      settings = { staleDays: 30, useMtime: false };
      onload(): void {
        this.addSettingTab(new DefsTab(this.app, this));
      }
    }
    const app = createFakeApp();
    const plugin = await loadPlugin(DefsPlugin, app, { id: "defs" });
    const { containerEl } = openSettingTab(app, "defs");
    const days = getControl(containerEl, "Stale days", TextComponent);
    expect(days.getValue()).toBe("30");
    days.simulateChange("14");
    await vi.waitFor(() => expect(plugin.settings.staleDays).toBe(14));
    expect(await plugin.loadData()).toMatchObject({ staleDays: 14 });
  });

  it("code block processors, ribbon icons and menus", async () => {
    const app = createFakeApp();
    await loadPlugin(TestPlugin, app);
    const block = await renderCodeBlock(app, "clients", "a\nb\n");
    expect(block.el.getText()).toBe("2 clients");
    expect(app.ribbonIcons.map((r) => r.title)).toEqual(["Open clients"]);
    app.ribbonIcons[0]?.el.click();
    expect(notices()).toEqual(["Ribbon clicked"]);

    const clicked = vi.fn();
    const menu = new Menu().addItem((i) => i.setTitle("Archive").setIcon("archive").onClick(clicked));
    menu.showAtPosition({ x: 1, y: 2 });
    expect(Menu.shown).toContain(menu);
    menu.clickItem("Archive");
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(menu.visible).toBe(false);
  });
});

describe("Modals", () => {
  it("SuggestModal: query, choose (closes before onChooseSuggestion)", async () => {
    const app = createFakeApp();
    await loadPlugin(TestPlugin, app);
    await runCommand(app, "pick-client");
    const modal = getOpenModal(app, PickClientModal);
    const drive = suggestModal(modal);
    expect(await drive.waitForSuggestions()).toEqual(["Acme", "Globex", "Initech"]);
    expect(await drive.setQuery("gl")).toEqual(["Globex"]);
    expect(drive.suggestionTexts).toEqual(["Globex"]);
    drive.chooseSuggestion(0);
    expect(modal.chosen).toEqual(["Globex"]);
    expect(modal.events).toEqual(["close", "choose (open=false)"]);
    expect(app.openModals).toHaveLength(0);
  });
});

describe("Bases", () => {
  it("registerBasesView honours the enabled flag and a view receives data", async () => {
    const app = createFakeApp({ "a.md": "---\nstage: Active\n---\n" }, { basesEnabled: false });
    class BasesPlugin extends Plugin {
      registered: boolean | null = null;
      onload(): void {
        this.registered = this.registerBasesView("board", { name: "Board", icon: "kanban", factory: () => null as never });
      }
    }
    expect((await loadPlugin(BasesPlugin, app)).registered).toBe(false);

    class StageView extends Real.BasesView {
      type = "stage";
      stages: string[] = [];
      constructor(controller: Real.QueryController) {
        super(controller);
      }
      onDataUpdated(): void {
        this.stages = this.data.data.map((e) => e.getValue("note.stage")?.toString() ?? "");
      }
    }
    const controller = new QueryController(app);
    const view = new StageView(controller as unknown as Real.QueryController);
    controller.setEntries(app.vault.getMarkdownFiles());
    expect(view.stages).toEqual(["Active"]);
  });
});

describe("startup", () => {
  it("bootApp releases deferred indexing and fires changed/resolved", async () => {
    const app = createFakeApp({ "a.md": "---\nx: 1\n---\n" }, { indexed: false, layoutReady: false });
    const resolved = vi.fn();
    app.metadataCache.on("resolved", resolved);
    await bootApp(app);
    expect(resolved).toHaveBeenCalled();
    expect(app.metadataCache.getCache("a.md")?.frontmatter).toEqual({ x: 1 });
    expect(app.workspace.layoutReady).toBe(true);
  });
});
