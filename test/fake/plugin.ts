// Plugin: registrations go into the fake App's registries and are undone when the plugin unloads, as in
// Obsidian. addCommand() prefixes the id with "<manifest.id>:" and the name with "<manifest.name>: ".
// loadData() returns null until saveData() ran (data.json lives in the adapter under
// <configDir>/plugins/<id>/data.json and round-trips through JSON).
import { Component } from "./events";
import { makeDiv } from "./dom-util";
import { setIcon, setTooltip } from "./ui";
import type { App, Command, MarkdownPostProcessorContext } from "./app";
import type { SettingTab } from "./setting";
import type { ViewCreator } from "./views";

export interface PluginManifest {
  dir?: string;
  id: string;
  name: string;
  author: string;
  version: string;
  minAppVersion: string;
  description: string;
  authorUrl?: string;
  isDesktopOnly?: boolean;
}

export const DEFAULT_MANIFEST: PluginManifest = {
  id: "test-plugin",
  name: "Test plugin",
  author: "Tests",
  version: "0.0.0",
  minAppVersion: "1.10.0",
  description: "A plugin loaded by the fake Obsidian",
};

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export interface MarkdownPostProcessor {
  (el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<unknown> | void;
  sortOrder?: number;
}

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  settings?: unknown;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = { dir: `${app.vault.configDir}/plugins/${manifest.id}`, ...manifest };
  }

  onload(): Promise<void> | void {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = makeDiv("side-dock-ribbon-action clickable-icon", "addRibbonIcon");
    setIcon(el, icon);
    setTooltip(el, title);
    el.addEventListener("click", (evt) => {
      callback(evt);
    });
    this.app.ribbonEl.appendChild(el);
    const entry = { icon, title, el, pluginId: this.manifest.id };
    this.app.ribbonIcons.push(entry);
    this.register(() => {
      el.remove();
      this.app.ribbonIcons.splice(this.app.ribbonIcons.indexOf(entry), 1);
    });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = makeDiv(`status-bar-item plugin-${this.manifest.id}`, "addStatusBarItem");
    this.app.statusBarEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addCommand(command: Command): Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.addCommand(command);
    this.register(() => this.app.commands.removeCommand(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: SettingTab): void {
    settingTab.update();
    this.app.setting.pluginTabs.push({ pluginId: this.manifest.id, tab: settingTab });
    this.register(() => {
      const tabs = this.app.setting.pluginTabs;
      tabs.splice(tabs.findIndex((t) => t.tab === settingTab), 1);
    });
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.app.viewRegistry.registerView(type, viewCreator);
    this.register(() => this.app.viewRegistry.unregisterView(type));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    this.app.viewRegistry.registerExtensions(extensions, viewType);
    this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): MarkdownPostProcessor {
    if (this.app.codeBlockProcessors.has(language)) throw new Error(`Code block processor for "${language}" already registered`);
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
    const pp: MarkdownPostProcessor = () => {};
    if (sortOrder !== undefined) pp.sortOrder = sortOrder;
    return pp;
  }

  /** Obsidian lists the source in Page preview's settings; `hover-link` events name it. */
  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.app.hoverLinkSources.set(id, info);
    this.register(() => this.app.hoverLinkSources.delete(id));
  }

  registerBasesView(viewId: string, registration: { name: string; icon: string; factory: unknown; options?: unknown }): boolean {
    if (!this.app.basesEnabled) return false;
    this.app.basesViews.set(viewId, registration);
    this.register(() => this.app.basesViews.delete(viewId));
    return true;
  }

  private get dataPath(): string {
    return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
  }

  async loadData(): Promise<unknown> {
    const text = this.app.vault.adapter.hiddenContent(this.dataPath);
    return text === null ? null : (JSON.parse(text) as unknown);
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
  }

}
