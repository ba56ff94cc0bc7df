// The sample vault (read from disk once per test process) and the one way to start Clientele's
// Deps on a fake app: built by src/obsidian/deps.ts as main.ts builds them, the client index
// started. For view, command, API and reliability tests.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { Plugin, type App } from "obsidian";
import { defaultSettings, migrateSettings, type ClienteleSettings } from "../../src/core/model/settings";
import type { Day } from "../../src/core/model/types";
import type { Deps } from "../../src/deps";
import { INDEX_CHANGED } from "../../src/obsidian/client-index";
import { makeDeps } from "../../src/obsidian/deps";
import { registerReview } from "../../src/views/code-block-register";
import { createFakeApp, flush, loadPlugin, type FakeFileSpec } from "../fake/obsidian";

/** The sample vault is written for the tests' one TODAY. */
import { TODAY as SAMPLE_TODAY } from "./builders";
export { SAMPLE_TODAY };

export type Files = Record<string, string | FakeFileSpec>;

const SAMPLE = path.join(__dirname, "..", "..", "vault-template");
const DATA_JSON = ".obsidian/plugins/clientele/data.json";
let cached: Readonly<Record<string, string>> | null = null;

/** Every .md and .base file of vault-template and Clientele's data.json, by vault path; read once. */
function sampleFiles(): Readonly<Record<string, string>> {
  if (cached) return cached;
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (/\.(md|base)$/.test(e.name) || r === DATA_JSON) out[r] = readFileSync(path.join(dir, e.name), "utf8");
    }
  };
  walk(SAMPLE, "");
  cached = Object.freeze(out);
  return cached;
}

/** The whole sample vault (templates and data.json too), as the fake app's files for the real plugin. */
export function sampleVault(): Files {
  return { ...sampleFiles() };
}

/** Every note of the sample vault (not .obsidian, not the templates), by vault path. */
export function sampleNotes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, text] of Object.entries(sampleFiles())) {
    if (p.split("/").some((part) => part.startsWith(".")) || p.startsWith("Templates/")) continue;
    out[p] = text;
  }
  return out;
}

/** The sample vault's own Clientele settings (data.json), migrated as the plugin and the CLI read them. */
export function sampleSettings(): ClienteleSettings {
  const data = sampleFiles()[DATA_JSON];
  return migrateSettings(data === undefined ? undefined : JSON.parse(data)).settings;
}

class TestPlugin extends Plugin {}

export interface Harness {
  app: App;
  fake: ReturnType<typeof createFakeApp>;
  deps: Deps;
  /** Waits for the metadata cache and the index's debounced change event. */
  settle(): Promise<void>;
}

/**
 * A fake app holding `files` and the Deps main.ts would build, with the client index started,
 * without loading the whole plugin. `saveSettings` keeps the settings in memory.
 */
export async function startDeps(files: Files, settings: ClienteleSettings = defaultSettings(), today: Day = SAMPLE_TODAY): Promise<Harness> {
  const fake = createFakeApp(files);
  const app = fake as unknown as App;
  const plugin: Plugin = await loadPlugin(TestPlugin, fake, { id: "clientele", name: "Clientele" });
  let current = settings;
  const deps: Deps = makeDeps(app, plugin, {
    settings: () => current,
    saveSettings: (next) => {
      current = next;
      deps.index.invalidate();
      return Promise.resolve();
    },
    today: () => today,
    now: () => new Date(2026, 10, 21, 9, 30),
  });
  deps.index.start();
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
  return { app, fake, deps, settle };
}

/** startDeps on the sample vault (or the given notes), the review code block registered, settled. */
export async function sampleHarness(files: Files = sampleNotes(), settings = sampleSettings()): Promise<Harness> {
  const h = await startDeps(files, settings);
  registerReview(h.deps.plugin, h.deps);
  await h.settle();
  return h;
}
