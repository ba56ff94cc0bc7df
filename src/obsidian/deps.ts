// The one place Deps are built: main.ts builds them for the plugin, the tests for the fake app.
import { normalizePath, Notice, type App, type Plugin, type TFile } from "obsidian";
import { dayOfTimestamp } from "../core/model/dates";
import type { ClienteleSettings } from "../core/model/settings";
import type { Day } from "../core/model/types";
import type { Deps } from "../deps";
import { BodyWatch } from "./body-watch";
import { ClientIndex } from "./client-index";
import { LinkedWatch } from "./linked-watch";
import { NoteBodies } from "./note-bodies";
import { NoteStore } from "./note-store";

export interface DepsInputs {
  settings: () => ClienteleSettings;
  saveSettings: (next: ClienteleSettings) => Promise<void>;
  /** Default: the calendar day of the clock in the user's time zone. */
  today?: () => Day;
  /** Default: the clock. */
  now?: () => Date;
  /** Default: an Obsidian notice shown for 8 seconds. */
  notify?: (message: string) => void;
}

/** The index (a child of the plugin, not yet started), the note store and the rest of Deps. */
export function makeDeps(app: App, plugin: Plugin, inputs: DepsInputs): Deps {
  const notify = inputs.notify ?? ((message: string) => void new Notice(message, 8000));
  const today = inputs.today ?? (() => dayOfTimestamp(Date.now()));
  const pluginDir = plugin.manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${plugin.manifest.id}`);
  // Each needs the other: the bodies tell the index what changed, the index asks the bodies.
  const bodies = new NoteBodies(app, { pluginDir, today, notify, onChange: (path) => index.refresh(path) });
  const linked = new LinkedWatch(app, inputs.settings, () => index.invalidate());
  const index = new ClientIndex(app, inputs.settings, (path) => {
    const activity = bodies.activity(path);
    const days = linked.linked();
    return days ? { ...activity, linked: days } : activity;
  }, today);
  plugin.addChild(index);
  index.addChild(new BodyWatch(app, index, bodies));
  index.addChild(linked);
  return {
    app,
    plugin,
    index,
    bodies,
    store: new NoteStore(app, notify),
    settings: inputs.settings,
    saveSettings: inputs.saveSettings,
    today,
    now: inputs.now ?? (() => new Date()),
    notify,
    openFile: (file: TFile) => app.workspace.getLeaf(false).openFile(file),
  };
}
