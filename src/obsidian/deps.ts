// The one place Deps are built: main.ts builds them for the plugin, the tests for the fake app.
import { Notice, type App, type Plugin, type TFile } from "obsidian";
import { dayOfTimestamp } from "../core/model/dates";
import type { ClienteleSettings } from "../core/model/settings";
import type { Day } from "../core/model/types";
import type { Deps } from "../deps";
import { ClientIndex } from "./client-index";
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
  const index = new ClientIndex(app, inputs.settings);
  plugin.addChild(index);
  return {
    app,
    plugin,
    index,
    store: new NoteStore(app, notify),
    settings: inputs.settings,
    saveSettings: inputs.saveSettings,
    today: inputs.today ?? (() => dayOfTimestamp(Date.now())),
    now: inputs.now ?? (() => new Date()),
    notify,
    openFile: (file: TFile) => app.workspace.getLeaf(false).openFile(file),
  };
}
