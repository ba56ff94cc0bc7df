// The fake App: the public members of obsidian.d.ts (vault, metadataCache, fileManager, workspace, keymap, scope,
// secretStorage, local storage) plus the registries a plugin writes into and the private APIs plugins commonly use
// (app.commands, app.plugins, app.setting, app.viewRegistry).
import { Vault } from "./vault";
import { MetadataCache } from "./metadata-cache";
import { FileManager } from "./file-manager";
import { Workspace } from "./workspace";
import { MarkdownView, ViewRegistry } from "./views";
import { Keymap, Scope } from "./ui";
import { makeDiv } from "./dom-util";
import type { Editor } from "./editor";
import type { Modal } from "./modal";
import type { CodeBlockHandler, MarkdownPostProcessor, Plugin, PluginManifest } from "./plugin";
import type { SettingTab } from "./setting";

export interface Command {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
  hotkeys?: unknown[];
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: import("./ui").MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): null;
}

/** Obsidian's (private) command registry, app.commands. */
export class Commands {
  commands: Record<string, Command> = {};

  constructor(private app: App) {}

  addCommand(command: Command): void {
    this.commands[command.id] = command;
  }
  removeCommand(id: string): void {
    delete this.commands[id];
  }
  findCommand(id: string): Command | undefined {
    return this.commands[id];
  }

  /** Like Obsidian: runs the command if available and returns whether it ran (without awaiting it). */
  executeCommandById(id: string): boolean {
    const cmd = this.findCommand(id);
    if (!cmd || !this.isAvailable(cmd)) return false;
    void this.execute(cmd);
    return true;
  }

  /** Whether the command would show in the command palette now (editor commands need an active editor). */
  isAvailable(cmd: Command): boolean {
    const view = this.app.workspace.activeEditor;
    if (cmd.editorCheckCallback) return view !== null && cmd.editorCheckCallback(true, view.editor, view) === true;
    if (cmd.editorCallback) return view !== null;
    if (cmd.checkCallback) return cmd.checkCallback(true) === true;
    return typeof cmd.callback === "function";
  }

  /** Runs the command (no availability check) and returns what its callback returned. */
  execute(cmd: Command): unknown {
    const view = this.app.workspace.activeEditor;
    if (cmd.editorCheckCallback) return view ? cmd.editorCheckCallback(false, view.editor, view) : undefined;
    if (cmd.editorCallback) return view ? cmd.editorCallback(view.editor, view) : undefined;
    if (cmd.checkCallback) return cmd.checkCallback(false);
    return cmd.callback?.();
  }
}

/** A core plugin as app.internalPlugins holds it. */
export interface InternalPlugin {
  enabled: boolean;
  instance: { id: string; options?: Record<string, unknown> };
}

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  keymap = new Keymap();
  scope = new Scope();
  lastEvent: UIEvent | null = null;
  appId = "fake-app";

  // ---- private APIs plugins commonly use -------------------------------------------------------------
  commands: Commands;
  viewRegistry = new ViewRegistry();
  plugins: {
    plugins: Record<string, Plugin>;
    manifests: Record<string, PluginManifest>;
    enabledPlugins: Set<string>;
    getPlugin(id: string): Plugin | null;
  };
  setting: { pluginTabs: { pluginId: string; tab: SettingTab }[] } = { pluginTabs: [] };
  /**
   * Obsidian's (private) core plugin registry, app.internalPlugins: `getPluginById(id)` gives the
   * core plugin's wrapper, `{ enabled, instance }`, whose instance holds its `options` (Daily notes:
   * `{ folder, format, template }`). Tests set `plugins[id]`.
   */
  internalPlugins: {
    plugins: Record<string, InternalPlugin>;
    getPluginById(id: string): InternalPlugin | null;
  };

  // ---- fake state and registries, for tests ---------------------------------------------------------
  /** Modals currently open, oldest first. */
  openModals: Modal[] = [];
  /** Whether the Bases core plugin is enabled: registerBasesView() returns this. */
  basesEnabled = true;
  basesViews = new Map<string, { name: string; icon: string; factory: unknown; options?: unknown }>();
  ribbonIcons: { icon: string; title: string; el: HTMLElement; pluginId: string }[] = [];
  codeBlockProcessors = new Map<string, CodeBlockHandler>();
  markdownPostProcessors: MarkdownPostProcessor[] = [];
  editorExtensions: unknown[] = [];
  editorSuggests: unknown[] = [];
  protocolHandlers = new Map<string, (params: Record<string, string>) => unknown>();
  hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
  cliHandlers = new Map<string, { description: string; flags: unknown; handler: (params: unknown) => string | Promise<string> }>();
  darkMode = false;
  private localData = new Map<string, unknown>();
  private _ribbonEl: HTMLElement | null = null;
  private _statusBarEl: HTMLElement | null = null;

  constructor(vaultName?: string) {
    this.vault = new Vault(vaultName);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.commands = new Commands(this);
    const internal: Record<string, InternalPlugin> = {};
    this.internalPlugins = { plugins: internal, getPluginById: (id: string) => internal[id] ?? null };
    const plugins: Record<string, Plugin> = {};
    this.plugins = {
      plugins,
      manifests: {},
      enabledPlugins: new Set<string>(),
      getPlugin: (id: string) => plugins[id] ?? null,
    };
  }

  /** Obsidian's per-vault localStorage: the saved value, or null when none. */
  loadLocalStorage(key: string): unknown {
    return this.localData.has(key) ? this.localData.get(key) : null;
  }

  /** Saves a value for this vault; null clears the entry. */
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.localData.delete(key);
    else this.localData.set(key, JSON.parse(JSON.stringify(data)) as unknown);
  }

  get ribbonEl(): HTMLElement {
    return (this._ribbonEl ??= makeDiv("side-dock-ribbon", "The ribbon"));
  }

  get statusBarEl(): HTMLElement {
    return (this._statusBarEl ??= makeDiv("status-bar", "The status bar"));
  }

}

export { MarkdownView };
