// The small set of things commands, views and the settings tab need, built once in main.ts.
import type { App, Plugin, TFile } from "obsidian";
import type { ClienteleSettings } from "./core/model/settings";
import type { Day } from "./core/model/types";
import type { ClientIndex } from "./obsidian/client-index";
import type { NoteBodies } from "./obsidian/note-bodies";
import type { NoteStore } from "./obsidian/note-store";
import type { WriteContext } from "./obsidian/writes";

/** Also what the write layer (src/obsidian/writes.ts) needs, so deps can be passed to it. */
export interface Deps extends WriteContext {
  app: App;
  plugin: Plugin;
  index: ClientIndex;
  /** The reader of client notes' text (edit record, history lines); tests await `bodies.idle()`. */
  bodies: NoteBodies;
  store: NoteStore;
  settings(): ClienteleSettings;
  saveSettings(next: ClienteleSettings): Promise<void>;
  /** Today's calendar day in the user's time zone. */
  today(): Day;
  now(): Date;
  notify(message: string): void;
  openFile(file: TFile): Promise<void>;
}
