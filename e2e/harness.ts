// Browser harness for e2e/run.mjs: Obsidian's DOM helpers, the fake Obsidian, an app shell, and a
// loader for the BUILT main.js (evaluated by the page with a `require` that returns the fake).
// Bundled by esbuild (iife); the page then loads main.js and calls window.__start(...).
import "../test/setup/dom";
import * as fake from "../test/fake/obsidian";
import { createFakeApp, loadPlugin, Menu, runCommand, type App, type WorkspaceLeaf } from "../test/fake/obsidian";

interface StartOptions {
  files: Record<string, string>;
  theme: "light" | "dark";
  sidebarWidth: number;
  /** Open the pipeline view (default true). */
  open?: boolean;
}

interface PluginModule {
  exports: { default?: unknown } & Record<string, unknown>;
}

type Win = Window & {
  __obsidian: typeof fake;
  __require: (name: string) => unknown;
  __pluginModule?: PluginModule;
  __start: (o: StartOptions) => Promise<{ startMs: number; openMs: number }>;
  __app?: App;
  __plugin?: unknown;
  __openBases: (width: number, config?: Record<string, unknown>) => Promise<void>;
};

const win = window as unknown as Win;
win.__obsidian = fake;
win.__require = (name: string) => {
  if (name === "obsidian") return fake;
  throw new Error(`main.js required "${name}": not available in the browser harness`);
};

/** The fake Menu has no DOM; draw it (Obsidian-like) so tests click real elements and screenshots show it. */
function drawMenus(): void {
  const show = Object.getOwnPropertyDescriptor(Menu.prototype, "showAtPosition")?.value as (this: Menu, pos: { x: number; y: number }, doc?: Document) => Menu;
  Menu.prototype.showAtPosition = function (this: Menu, pos: { x: number; y: number }, doc?: Document) {
    for (const old of Array.from(document.querySelectorAll(".menu"))) old.remove();
    show.call(this, pos, doc);
    const el = document.body.createDiv({ cls: "menu" });
    el.setCssProps({ left: `${Math.round(pos.x)}px`, top: `${Math.round(pos.y)}px` });
    this.items.forEach((item, i) => {
      if (this.separators.includes(i)) el.createDiv({ cls: "menu-separator" });
      const row = el.createDiv({ cls: `menu-item${item.disabled ? " is-disabled" : ""}`, text: item.title });
      if (!item.disabled) row.addEventListener("click", () => void item.click());
    });
    // Keep the menu inside the window, as Obsidian does.
    const r = el.getBoundingClientRect();
    const left = Math.max(0, Math.min(pos.x, window.innerWidth - r.width - 4));
    const top = pos.y + r.height > window.innerHeight ? Math.max(0, pos.y - r.height) : pos.y;
    el.setCssProps({ left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !el.contains(e.target as Node)) this.hide();
    };
    this.onHide(() => {
      el.remove();
      document.removeEventListener("pointerdown", close, true);
      document.removeEventListener("keydown", close, true);
    });
    document.addEventListener("pointerdown", close, true);
    document.addEventListener("keydown", close, true);
    return this;
  };
}

function shell(theme: string, sidebarWidth: number): { ribbon: HTMLElement; main: HTMLElement; side: HTMLElement } {
  document.body.className = `theme-${theme}`;
  document.body.empty();
  const root = document.body.createDiv({ cls: "app-shell" });
  root.setCssProps({ "--sidebar-width": `${sidebarWidth}px` });
  const ribbon = root.createDiv({ cls: "side-dock-ribbon" });
  const main = root.createDiv({ cls: "app-main" });
  const side = root.createDiv({ cls: "app-sidebar" });
  return { ribbon, main, side };
}

/** Puts sidebar leaves into the shell's sidebar, and shows the open note's text in the main area. */
function attach(app: App, panes: { ribbon: HTMLElement; main: HTMLElement; side: HTMLElement }): void {
  const ws = app.workspace;
  const getRightLeaf = ws.getRightLeaf.bind(ws);
  ws.getRightLeaf = (split: boolean): WorkspaceLeaf | null => {
    const leaf = getRightLeaf(split);
    if (leaf) panes.side.appendChild(leaf.containerEl);
    return leaf;
  };
  panes.ribbon.appendChild(app.ribbonEl);
  const title = panes.main.createEl("h1", { text: "No note open" });
  const text = panes.main.createEl("pre");
  ws.on("file-open", (file) => {
    title.setText(file ? file.basename : "No note open");
    text.setText(file ? (app.vault.contentOf(file.path) ?? "") : "");
  });
}

win.__start = async (o: StartOptions) => {
  const t0 = performance.now();
  drawMenus();
  const panes = shell(o.theme, o.sidebarWidth);
  const app = createFakeApp(o.files);
  attach(app, panes);
  const PluginClass = win.__pluginModule?.exports.default;
  if (typeof PluginClass !== "function") throw new Error("main.js did not export a default plugin class");
  const plugin = await loadPlugin(PluginClass as new (app: never, manifest: never) => object, app, { id: "clientele", name: "Clientele" });
  win.__app = app;
  win.__plugin = plugin;
  const t1 = performance.now();
  if (o.open !== false) await runCommand(app, "clientele:open-pipeline");
  await new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
  return { startMs: t1 - t0, openMs: performance.now() - t1 };
};

/** Shows the Bases layout ("Clientele pipeline") over every Markdown file, in the main area; `config`: the view's saved keys. */
win.__openBases = async (width: number, config: Record<string, unknown> = {}) => {
  const app = win.__app;
  if (!app) throw new Error("start first");
  const reg = app.basesViews.get("clientele-pipeline") as { factory: (c: fake.QueryController, el: HTMLElement) => fake.BasesView } | undefined;
  if (!reg) throw new Error("the Bases view is not registered");
  const main = document.querySelector<HTMLElement>(".app-main");
  if (!main) throw new Error("no main pane");
  main.empty();
  main.addClass("has-bases");
  main.setCssProps({ "--bases-width": `${width}px` });
  const pane = main.createDiv({ cls: "bases-pane" });
  const controller = new fake.QueryController(app, config);
  const view = reg.factory(controller, pane);
  view.load();
  controller.setEntries(app.vault.getMarkdownFiles());
  await new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
};
