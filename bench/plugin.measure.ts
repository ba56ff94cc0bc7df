// The plugin's figures in the fake Obsidian: onload, index build on layout ready (10k and 50k
// notes), incremental update per changed note and index memory per client.
import { readFileSync } from "node:fs";
import { it } from "vitest";
import ClientelePlugin from "../src/main";
import { createFakeApp, loadPlugin, type App, type TFile } from "../test/fake/obsidian";
import { MANIFEST, sampleVault } from "../test/plugin/setup";
import { gc, median, time, writeFigures, type Figures } from "./measure";
import { clientNote, otherNote, rng } from "./gen-vault.mjs";

const figures: Figures = {};

function syntheticFiles(notes: number, clientShare = 0.2): Record<string, string> {
  const r = rng(42);
  const files: Record<string, string> = { ".obsidian/plugins/clientele/data.json": JSON.stringify({ useModifiedTime: false }) };
  const clients = Math.round(notes * clientShare);
  for (let i = 0; i < notes; i++) {
    const n = i < clients ? clientNote(r, i) : otherNote(r, i);
    files[`${i < clients ? "Clients" : "Notes"}/${n.name}`] = n.text;
  }
  return files;
}

type Plugin = InstanceType<typeof ClientelePlugin>;

it("onload (registrations only)", async () => {
  const files = sampleVault();
  const runs: number[] = [];
  for (let i = 0; i < 40; i++) {
    const app = createFakeApp(files, { layoutReady: false });
    const t0 = performance.now();
    await loadPlugin(ClientelePlugin, app, MANIFEST);
    runs.push(performance.now() - t0);
  }
  figures.onload = { value: median(runs.slice(5)), unit: "ms", runs: runs.length - 5 };
});

for (const notes of [10_000, 50_000]) {
  it(`layout ready → index ready, ${notes} notes`, async () => {
    const files = syntheticFiles(notes);
    const builds: number[] = [];
    const longest: number[] = [];
    let app: App | null = null;
    let plugin: Plugin | null = null;
    for (let i = 0; i < (notes > 20_000 ? 3 : 5); i++) {
      app = createFakeApp(files, { layoutReady: false });
      plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
      const tasks: number[] = [];
      const setTimeout = window.setTimeout.bind(window);
      // Time each main-thread task of the build: the first runs inside triggerLayoutReady, the
      // others are the index's own timer callbacks.
      window.setTimeout = ((fn: () => void, ms?: number) => setTimeout(() => {
        const s = performance.now();
        fn();
        tasks.push(performance.now() - s);
      }, ms)) as typeof window.setTimeout;
      const t0 = performance.now();
      app.workspace.triggerLayoutReady();
      tasks.push(performance.now() - t0);
      await plugin.deps.index.whenReady();
      builds.push(performance.now() - t0);
      window.setTimeout = setTimeout;
      longest.push(Math.max(...tasks));
    }
    // The build is one synchronous task, so the longest main-thread task is the build itself.
    figures[`indexReady${notes / 1000}k`] = { value: median(builds), unit: "ms", runs: builds.length, note: `longest task ${median(longest).toFixed(1)} ms (median over runs)` };
    if (notes !== 10_000 || !app || !plugin) return;

    // Incremental update: the metadata cache reports one changed client note.
    const index = plugin.deps.index;
    const paths = [...index.paths()].slice(0, 200);
    const cache = app.metadataCache;
    const files200 = paths.map((p) => app.vault.getFileByPath(p) as TFile);
    let k = 0;
    const perCall = await time(() => {
      for (let j = 0; j < 200; j++) {
        const file = files200[j] as TFile;
        const c = cache.getFileCache(file);
        if (!c?.frontmatter) continue;
        const changed = { ...c, frontmatter: { ...c.frontmatter, next_action: `Step ${k++}` } };
        cache.trigger("changed", file, "", changed);
      }
    }, 25);
    figures.incrementalUpdate = { value: median(perCall) / 200, unit: "ms", runs: perCall.length * 200 };

    // Memory: what the index adds on top of Obsidian's own metadata cache (which owns the
    // frontmatter objects), with every client evaluated for today.
    const app2 = createFakeApp(files, { layoutReady: false });
    const plugin2 = await loadPlugin(ClientelePlugin, app2, MANIFEST);
    gc();
    const before = process.memoryUsage().heapUsed;
    app2.workspace.triggerLayoutReady();
    await plugin2.deps.index.whenReady();
    const index2 = plugin2.deps.index;
    gc();
    const built = process.memoryUsage().heapUsed;
    const clients = plugin2.deps.index.clients("2026-11-21").length;
    gc();
    const after = process.memoryUsage().heapUsed;
    figures.indexMemoryPerClient = {
      value: (after - before) / clients,
      unit: "bytes",
      note: `${clients} clients: ${((built - before) / clients).toFixed(0)} B for the index entries, the rest for the evaluated statuses kept for views`,
    };
    if (index2.size() !== clients) throw new Error("index size mismatch");
  });
}

it("writes the figures", () => {
  figures.mainJs = { value: readFileSync("main.js").length / 1024, unit: "KB" };
  writeFigures("plugin", figures);
});
