// The plugin's weekly review for 2,000 clients, end to end (issue 16): the command's own path in the
// fake Obsidian, from the call to the review note written and opened, including its reads of every
// client note (vault.cachedRead: the fake holds the files in memory, as Obsidian's cache does for
// files it has read), the render and the note's creation. The note is deleted between runs.
import { setTimeout as nodeSetTimeout } from "node:timers";
import { it } from "vitest";
import { weeklyReview } from "../src/commands/dashboard-commands";
import ClientelePlugin from "../src/main";
import { createFakeApp, loadPlugin } from "../test/fake/obsidian";
import { MANIFEST } from "../test/plugin/setup";
import { clientNote, rng } from "./gen-vault.mjs";
import { gc, median, writeFigures } from "./measure";

const wait = (ms: number) => new Promise((resolve) => nodeSetTimeout(resolve, ms));

it("the plugin's weekly review of 2,000 clients, note reads included", async () => {
  const r = rng(7);
  const files: Record<string, string> = { ".obsidian/plugins/clientele/data.json": JSON.stringify({ useModifiedTime: false }) };
  for (let i = 0; i < 2000; i++) {
    const n = clientNote(r, i);
    files[`Clients/${n.name}`] = n.text;
  }
  const app = createFakeApp(files);
  const plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
  await plugin.deps.index.whenReady();
  await wait(100);
  const before = new Set(app.vault.getMarkdownFiles().map((f) => f.path));
  const times: number[] = [];
  const runs = Number(process.env.BENCH_RUNS ?? 9);
  for (let k = 0; k < runs + 2; k++) {
    gc();
    const t0 = performance.now();
    await weeklyReview(plugin.deps);
    const ms = performance.now() - t0;
    const made = app.vault.getMarkdownFiles().filter((f) => !before.has(f.path));
    if (made.length !== 1) throw new Error(`expected one review note, found ${made.length}`);
    if (k >= 2) times.push(ms);
    for (const f of made) await app.vault.delete(f);
    await wait(50);
  }
  const s = [...times].sort((a, b) => a - b);
  writeFigures("weekly", {
    weeklyPlugin2000: { value: median(times), unit: "ms", runs: times.length, note: `the plugin's weekly review command end to end for 2,000 clients (reads of every client note, render, note created and opened); range ${(s[0] ?? 0).toFixed(1)}-${(s[s.length - 1] ?? 0).toFixed(1)} ms` },
  });
});
