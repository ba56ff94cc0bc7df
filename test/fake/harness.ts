// Test helpers: build a fake app with files, load a plugin, run commands, find modals and settings, render code
// blocks, wait for the metadata cache. Import them from the fake by relative path (they are not in obsidian.d.ts).
import { App, type MarkdownPostProcessorContext } from "./app";
import { handlerErrors } from "./events";
import { isHiddenPath, parentPath } from "./files";
import { SuggestModal, type Modal } from "./modal";
import { DEFAULT_MANIFEST, Plugin, type PluginManifest } from "./plugin";
import { showSettingTab, type SettingTab } from "./setting";
import { Menu, Notice, type MarkdownRenderChild } from "./ui";
import { makeDiv } from "./dom-util";

export interface FakeFileSpec {
  content: string;
  ctime?: number;
  mtime?: number;
}

export interface FakeAppOptions {
  /** Default true. With false, onLayoutReady callbacks wait for app.workspace.triggerLayoutReady(). */
  layoutReady?: boolean;
  /** Default true (files indexed, no events). With false, getFileCache() returns null for every file until
   *  `app.metadataCache.deferIndexing(false); await app.metadataCache.settle()` (or bootApp). */
  indexed?: boolean;
  /** Time source for ctime/mtime (default: fake clock from 2026-01-01T00:00:00Z, +1 s per write). */
  clock?: () => number;
  /** Whether registerBasesView() succeeds (default true). */
  basesEnabled?: boolean;
  vaultName?: string;
}

/**
 * Creates an app whose vault holds `files` (path → text or {content, ctime, mtime}; a path ending in "/" makes an
 * empty folder; paths under ".obsidian/" go to the adapter). Parent folders are created. Also resets the
 * module-level test state (Notice.messages, Menu.shown, handler errors).
 */
export function createFakeApp(files: Record<string, string | FakeFileSpec> = {}, options: FakeAppOptions = {}): App {
  Notice.reset();
  Menu.shown = [];
  handlerErrors.length = 0;
  const app = new App(options.vaultName);
  if (options.clock) app.vault.clock = options.clock;
  app.basesEnabled = options.basesEnabled ?? true;
  for (const [path, spec] of Object.entries(files)) {
    const s = typeof spec === "string" ? { content: spec } : spec;
    if (isHiddenPath(path)) {
      app.vault.adapter.writeSync(path, s.content, s);
    } else if (path.endsWith("/")) {
      app.vault.mkdirs(path.slice(0, -1), true);
    } else {
      const parent = parentPath(path);
      if (parent !== "/") app.vault.mkdirs(parent, true);
      app.vault.createSync(path, s.content, s, true);
    }
  }
  if (options.indexed === false) app.metadataCache.resetIndex();
  else app.metadataCache.indexAllSilently();
  if (options.layoutReady !== false) app.workspace.triggerLayoutReady();
  return app;
}

/** Simulates the end of startup: layout ready, indexing released and settled (fires `changed`…`resolved`). */
export async function bootApp(app: App): Promise<void> {
  app.workspace.triggerLayoutReady();
  app.metadataCache.deferIndexing(false);
  await app.metadataCache.settle();
}

/**
 * Constructs the plugin, calls load() as Obsidian does (onload runs, not awaited) and then awaits onload's
 * promise, so `async onload()` has finished when this resolves.
 */
export async function loadPlugin<T extends object>(
  PluginClass: new (app: never, manifest: never) => T,
  app: App,
  manifest: Partial<PluginManifest> = {},
): Promise<T> {
  const m: PluginManifest = { ...DEFAULT_MANIFEST, ...manifest };
  const plugin = new PluginClass(app as never, m as never);
  if (!(plugin instanceof Plugin)) throw new Error("loadPlugin: the class does not extend Plugin from 'obsidian'");
  app.plugins.plugins[m.id] = plugin;
  app.plugins.manifests[m.id] = m;
  app.plugins.enabledPlugins.add(m.id);
  plugin.load();
  await plugin.onloadResult;
  return plugin;
}

/** Disables the plugin: unload() undoes its registrations (commands, views, events, intervals…). */
export function unloadPlugin(plugin: object): void {
  if (!(plugin instanceof Plugin)) throw new Error("unloadPlugin: not a Plugin");
  plugin.unload();
  const id = plugin.manifest.id;
  delete plugin.app.plugins.plugins[id];
  plugin.app.plugins.enabledPlugins.delete(id);
}

function findCommand(app: App, id: string): NonNullable<ReturnType<App["commands"]["findCommand"]>> {
  const exact = app.commands.findCommand(id);
  if (exact) return exact;
  const matches = Object.values(app.commands.commands).filter((c) => c.id.endsWith(`:${id}`));
  if (matches.length === 1 && matches[0]) return matches[0];
  const known = Object.keys(app.commands.commands).join(", ");
  throw new Error(`No command "${id}"${matches.length > 1 ? " (ambiguous)" : ""}; registered: ${known || "none"}`);
}

/** Whether the command is available now (checkCallback(true) / an active editor for editor commands). */
export function isCommandAvailable(app: App, id: string): boolean {
  return app.commands.isAvailable(findCommand(app, id));
}

/**
 * Runs a command by full id ("plugin-id:command-id") or by its unprefixed id, and awaits what its callback
 * returned. Throws if the command is unknown or not available (as the palette would not show it).
 */
export async function runCommand(app: App, id: string): Promise<unknown> {
  const cmd = findCommand(app, id);
  if (!app.commands.isAvailable(cmd)) throw new Error(`Command "${cmd.id}" is not available now`);
  return await Promise.resolve(app.commands.execute(cmd));
}

/**
 * The most recently opened modal that is still open (optionally of a class, e.g. the plugin's own modal class);
 * throws if there is none.
 */
export function getOpenModal<T = Modal>(app: App, type?: abstract new (...args: never[]) => T): T {
  for (let i = app.openModals.length - 1; i >= 0; i--) {
    const m = app.openModals[i];
    if (m && (!type || m instanceof type)) return m as T;
  }
  throw new Error(`No open modal${type ? ` of type ${type.name}` : ""} (open: ${app.openModals.length})`);
}

/**
 * The test-helper view of a SuggestModal/FuzzySuggestModal created by plugin code (typed against the real API):
 * `await suggestModal(m).setQuery("ac")`, `.waitForSuggestions()`, `.chooseSuggestion(0)`, `.suggestionTexts`.
 */
export function suggestModal<T>(modal: { getSuggestions(query: string): T[] | Promise<T[]> }): SuggestModal<T> {
  if (!(modal instanceof SuggestModal)) throw new Error("suggestModal: not a SuggestModal from 'obsidian'");
  return modal as SuggestModal<T>;
}

/** Shows a plugin's settings tab like the settings modal does; returns the tab and its containerEl. */
export function openSettingTab(app: App, pluginId?: string): { tab: SettingTab; containerEl: HTMLElement } {
  const entry = pluginId ? app.setting.pluginTabs.find((t) => t.pluginId === pluginId) : app.setting.pluginTabs[0];
  if (!entry) throw new Error(`No settings tab${pluginId ? ` for ${pluginId}` : ""}`);
  return { tab: entry.tab, containerEl: showSettingTab(entry.tab) };
}

export interface RenderedCodeBlock {
  el: HTMLElement;
  ctx: MarkdownPostProcessorContext;
  children: MarkdownRenderChild[];
  /** Simulates the block leaving the preview: unloads the render children. */
  unload(): void;
}

/** Runs the code block processor registered for `language` on `source`, as reading view would. */
export async function renderCodeBlock(app: App, language: string, source: string, sourcePath = ""): Promise<RenderedCodeBlock> {
  const handler = app.codeBlockProcessors.get(language);
  if (!handler) throw new Error(`No code block processor for "${language}"`);
  const el = makeDiv(`block-language-${language}`, "renderCodeBlock");
  const children: MarkdownRenderChild[] = [];
  const file = app.vault.getFileByPath(sourcePath);
  const ctx: MarkdownPostProcessorContext = {
    docId: `doc-${sourcePath}`,
    sourcePath,
    frontmatter: file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined,
    addChild: (c) => {
      children.push(c);
      c.load();
    },
    getSectionInfo: () => null,
  };
  await handler(source, el, ctx);
  return { el, ctx, children, unload: () => children.splice(0).forEach((c) => c.unload()) };
}

/** Waits for pending metadata indexing and the handlers it triggers. */
export async function flush(app: App): Promise<void> {
  await app.metadataCache.settle();
}

/** The file's current text; throws if there is no such file. */
export function readFile(app: App, path: string): string {
  const text = app.vault.contentOf(path);
  if (text === null) throw new Error(`No file "${path}"`);
  return text;
}

/** Messages of every Notice shown since createFakeApp() / Notice.reset(). */
export function notices(): string[] {
  return Notice.messages.slice();
}

/** Errors thrown by event handlers and swallowed (logged) as Obsidian does; clears the list. */
export function takeHandlerErrors(): unknown[] {
  return handlerErrors.splice(0);
}
