// A fake Obsidian app holding the sample vault (or given notes), with the Deps main.ts would build,
// the client index started and the review feature registered. For view, command and API tests.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { Notice, Plugin, type App, type TFile } from "obsidian";
import { loadSettings } from "../../src/cli/vault";
import type { ClienteleSettings } from "../../src/core/model/settings";
import type { Deps } from "../../src/deps";
import { ClientIndex, INDEX_CHANGED } from "../../src/obsidian/client-index";
import { NoteStore } from "../../src/obsidian/note-store";
import { registerReview } from "../../src/views/code-block-register";
import { createFakeApp, flush, loadPlugin } from "../fake/obsidian";

/** The sample vault is written for the tests' one TODAY. */
import { TODAY as SAMPLE_TODAY } from "./builders";
export { SAMPLE_TODAY };
const SAMPLE = path.join(__dirname, "..", "..", "vault-template");

/** Every note of the sample vault (not .obsidian, not the templates), by vault path. */
export function sampleNotes(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".") || (rel === "" && e.name === "Templates")) continue;
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else out[r] = readFileSync(path.join(dir, e.name), "utf8");
    }
  };
  walk(SAMPLE, "");
  return out;
}

/** The sample vault's own Clientele settings (data.json), read as the CLI reads them. */
export function sampleSettings(): ClienteleSettings {
  return loadSettings(SAMPLE).settings;
}

class TestPlugin extends Plugin {}

export interface Harness {
  app: App;
  fake: ReturnType<typeof createFakeApp>;
  deps: Deps;
  /** Waits for the metadata cache and the index's debounced change event. */
  settle(): Promise<void>;
}

export async function sampleHarness(files: Record<string, string> = sampleNotes(), settings = sampleSettings()): Promise<Harness> {
  const fake = createFakeApp(files);
  const app = fake as unknown as App;
  const plugin: Plugin = await loadPlugin(TestPlugin, fake, { id: "clientele", name: "Clientele" });
  let current = settings;
  const notify = (message: string) => new Notice(message);
  const index = new ClientIndex(app, () => current);
  const deps: Deps = {
    app,
    plugin,
    index,
    store: new NoteStore(app, notify),
    settings: () => current,
    saveSettings: (next) => {
      current = next;
      index.invalidate();
      return Promise.resolve();
    },
    today: () => SAMPLE_TODAY,
    now: () => new Date(2026, 10, 21, 9, 30),
    notify,
    openFile: (file: TFile) => app.workspace.getLeaf(false).openFile(file),
  };
  plugin.addChild(index);
  index.start();
  registerReview(plugin, deps);
  const settle = async () => {
    await flush(fake);
    await new Promise<void>((resolve) => {
      const ref = app.workspace.on(INDEX_CHANGED, () => {
        app.workspace.offref(ref);
        resolve();
      });
      window.setTimeout(resolve, 250); // nothing changed: no event comes
    });
  };
  await settle();
  return { app, fake, deps, settle };
}
