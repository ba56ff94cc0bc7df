// The plugin's figures in the fake Obsidian: onload, index build on layout ready (10k and 50k
// notes), incremental update per changed note and index memory per client.
import { readFileSync } from "node:fs";
import { setTimeout as nodeSetTimeout } from "node:timers";
import { it } from "vitest";
import ClientelePlugin from "../src/main";
import { ClientIndex } from "../src/obsidian/client-index";
import { defaultSettings } from "../src/core/model/settings";
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
      // others are the index's own timer callbacks. Node's timers stand in for the browser's
      // (happy-dom's timers add tens of milliseconds that Obsidian's Electron does not have).
      window.setTimeout = ((fn: () => void, ms?: number) => nodeSetTimeout(() => {
        const s = performance.now();
        fn();
        tasks.push(performance.now() - s);
      }, ms)) as typeof window.setTimeout;
      // The fake app was just built: let its own pending work (timers, garbage) finish first, so
      // only the plugin's work on layout ready is timed.
      gc();
      await new Promise((resolve) => nodeSetTimeout(resolve, 200));
      const t0 = performance.now();
      app.workspace.triggerLayoutReady();
      tasks.push(performance.now() - t0);
      await plugin.deps.index.whenReady();
      builds.push(performance.now() - t0);
      window.setTimeout = setTimeout;
      longest.push(Math.max(...tasks));
    }
    // Index ready includes the first evaluation of every client (sliced, 1,000 a task).
    figures[`indexReady${notes / 1000}k`] = { value: median(builds), unit: "ms", runs: builds.length, note: `incl. the first evaluation; runs ${Math.min(...builds).toFixed(1)} to ${Math.max(...builds).toFixed(1)} ms; longest task ${median(longest).toFixed(1)} ms (median over runs, range ${Math.min(...longest).toFixed(1)} to ${Math.max(...longest).toFixed(1)})` };
    figures[`longestTask${notes / 1000}k`] = { value: median(longest), unit: "ms", runs: longest.length };
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

    // Memory: what a ClientIndex adds on top of Obsidian's own metadata cache (which owns the
    // frontmatter objects): its entries, then every client evaluated for today, as views ask.
    // Each reading after full collections (global.gc, run with --expose-gc) and a quiet moment, so
    // garbage from before is not counted against the index (the old figure went negative).
    const app2 = createFakeApp(files);
    const settle = async () => {
      for (let g = 0; g < 3; g++) {
        gc();
        await new Promise((resolve) => nodeSetTimeout(resolve, 20));
      }
      gc();
      return process.memoryUsage().heapUsed;
    };
    if (!(globalThis as { gc?: unknown }).gc) throw new Error("run with --expose-gc (vitest.bench.config.mts sets it)");
    const perClient: { entries: number; statuses: number }[] = [];
    for (let round = 0; round < 7; round++) {
      const before = await settle();
      const index2 = new ClientIndex(app2 as never, () => defaultSettings());
      index2.start();
      await index2.whenReady();
      const built = await settle();
      const clients = index2.clients("2026-11-21").length;
      const after = await settle();
      perClient.push({ entries: (built - before) / clients, statuses: (after - built) / clients });
      index2.unload();
    }
    const entries = median(perClient.map((p) => p.entries));
    const statuses = median(perClient.map((p) => p.statuses));
    const totals = perClient.map((p) => p.entries + p.statuses).sort((a, b) => a - b);
    figures.indexMemoryPerClient = {
      value: median(totals),
      unit: "bytes",
      runs: totals.length,
      note: `2,000 clients, median of ${totals.length} runs (range ${totals[0]?.toFixed(0)} to ${totals[totals.length - 1]?.toFixed(0)} B): ${entries.toFixed(0)} B for the index entries + ${statuses.toFixed(0)} B for each client's evaluated status (health, staleness, reasons), kept for the views`,
    };
  });
}

it("writes the figures", () => {
  figures.mainJs = { value: readFileSync("main.js").length / 1024, unit: "KB" };
  writeFigures("plugin", figures);
});
