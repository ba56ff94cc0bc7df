// Clientele: lifecycle and wiring only. Registrations happen in onload; the index starts when the
// layout is ready.
import { Notice, Plugin } from "obsidian";
import { migrateSettings, type ClienteleSettings } from "./core/model/settings";
import { registerCommands } from "./commands/index";
import { registerFileMenu } from "./commands/file-menu";
import { newClient } from "./commands/new-client";
import type { Deps } from "./deps";
import { INDEX_CHANGED } from "./obsidian/client-index";
import { makeDeps } from "./obsidian/deps";
import { ClienteleSettingTab } from "./ui/settings-tab";
import { StatusBar } from "./ui/status-bar";
import { showAtRisk } from "./commands/client-commands";
import { registerReview } from "./views/code-block-register";
import { registerPipeline } from "./views/pipeline-register";
import { AgendaNotice } from "./views/agenda-notice";
import { registerAgenda } from "./views/agenda-register";
import { createApi, type ClienteleApi } from "./api";

export default class ClientelePlugin extends Plugin {
  private current: ClienteleSettings = migrateSettings(undefined).settings;
  deps!: Deps;
  /** The public API for dataviewjs and other plugins: `app.plugins.plugins.clientele.api`. */
  api!: ClienteleApi;

  async onload(): Promise<void> {
    const deps = makeDeps(this.app, this, { settings: () => this.current, saveSettings: (next) => this.saveSettings(next) });
    this.deps = deps;

    registerReview(this, deps);
    const pipeline = registerPipeline(this, deps, (stage) => newClient(deps, stage));
    registerCommands(this, deps, { openPipeline: () => pipeline.openPipeline() });
    registerFileMenu(this, deps);
    const agenda = registerAgenda(this, deps);
    this.api = createApi(deps);
    this.addSettingTab(new ClienteleSettingTab(this.app, deps));
    const status = new StatusBar(this.addStatusBarItem(), () => showAtRisk(deps));
    let generation: number | null = null;
    this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => {
      const { clients, generation: now, changed } = deps.index.clientChanges(deps.today(), generation);
      generation = now;
      status.update(clients, changed);
    }));
    this.addChild(new AgendaNotice(deps, () => agenda.openAgenda()));

    await this.loadSettings();
    this.app.workspace.onLayoutReady(() => deps.index.start());
  }

  private async loadSettings(): Promise<void> {
    const { settings, migrated, problems } = migrateSettings(await this.loadData());
    this.current = settings;
    if (problems.length > 0) new Notice(`Clientele settings: ${problems.join("; ")}`, 10000);
    if (migrated) await this.saveData(settings);
  }

  async saveSettings(next: ClienteleSettings): Promise<void> {
    this.current = migrateSettings(next).settings;
    await this.saveData(this.current);
    this.deps.index.invalidate();
  }

  async onExternalSettingsChange(): Promise<void> {
    await this.loadSettings();
    this.deps.index.invalidate();
  }
}
