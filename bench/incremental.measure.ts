// One changed note through every listener (issue 16): the plugin loaded in the fake Obsidian with
// the board open and a five-block dashboard (the sample vault's: at-risk, next-actions, renewals,
// health, pipeline) visible, at 2,000 and 10,000 clients. Each change is a metadata-cache
// `changed` event for one client note; its cost is the index's own work in that event plus the
// whole INDEX_CHANGED dispatch (board, blocks, status bar, agenda notice, API, body watch), timed
// around the workspace's trigger. The first change after opening is left out (it draws the board).
import { setTimeout as nodeSetTimeout } from "node:timers";
import { it } from "vitest";
import ClientelePlugin from "../src/main";
import { INDEX_CHANGED } from "../src/obsidian/index-events";
import { createFakeApp, loadPlugin, renderCodeBlock, runCommand, type TFile } from "../test/fake/obsidian";
import { MANIFEST } from "../test/plugin/setup";
import { clientNote, rng } from "./gen-vault.mjs";
import { gc, median, writeFigures, type Figures } from "./measure";

const BLOCKS = ["view: at-risk", "view: next-actions\nlimit: 10", "view: renewals", "view: health", "view: pipeline"];
const figures: Figures = {};
const wait = (ms: number) => new Promise((resolve) => nodeSetTimeout(resolve, ms));

function vault(clients: number): Record<string, string> {
  const r = rng(11);
  const files: Record<string, string> = { ".obsidian/plugins/clientele/data.json": JSON.stringify({ useModifiedTime: false }) };
  for (let i = 0; i < clients; i++) {
    const n = clientNote(r, i);
    files[`Clients/${n.name}`] = n.text;
  }
  files["Client dashboard.md"] = BLOCKS.map((b) => `\`\`\`clientele\n${b}\n\`\`\``).join("\n\n");
  return files;
}

const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return `p10 ${at(0.1).toFixed(3)} / p90 ${at(0.9).toFixed(3)} ms`;
};

for (const clients of [2_000, 10_000]) {
  it(`one changed note through every listener, ${clients} clients, board and five blocks open`, async () => {
    const app = createFakeApp(vault(clients));
    const plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
    await plugin.deps.index.whenReady();
    await runCommand(app, "clientele:open-pipeline");
    await wait(50);
    for (const leaf of app.workspace.getLeavesOfType("clientele-pipeline")) document.body.appendChild(leaf.view.containerEl);
    const blocks = [];
    for (const source of BLOCKS) {
      const b = await renderCodeBlock(app, "clientele", source, "Client dashboard.md");
      document.body.appendChild(b.el);
      blocks.push(b);
    }
    // Time every INDEX_CHANGED dispatch, listeners included.
    const dispatches: number[] = [];
    const trigger = app.workspace.trigger.bind(app.workspace);
    let inChange = false;
    let position = 0;
    app.workspace.trigger = ((name: string, ...data: unknown[]) => {
      const t0 = performance.now();
      inChange = name === INDEX_CHANGED;
      position = 0;
      trigger(name, ...data);
      inChange = false;
      if (name === INDEX_CHANGED) dispatches.push(performance.now() - t0);
    });
    // Each listener's share, named by the start of its source (the fake calls every handler through tryTrigger).
    const byListener = new Map<string, number>();
    const ws = app.workspace as unknown as { tryTrigger: (ref: { fn: () => unknown }, args: unknown[]) => void };
    const tryTrigger = ws.tryTrigger.bind(ws);
    ws.tryTrigger = (ref, args) => {
      if (!inChange) return tryTrigger(ref, args);
      const t0 = performance.now();
      tryTrigger(ref, args);
      const label = `#${position++} ${ref.fn.toString().replace(/\s+/g, " ").slice(0, 32)}`;
      byListener.set(label, (byListener.get(label) ?? 0) + performance.now() - t0);
    };
    const paths = [...plugin.deps.index.paths()].sort();
    const cache = app.metadataCache;
    const perChange: number[] = [];
    const events: number[] = [];
    const runs = Number(process.env.BENCH_RUNS ?? (clients > 5000 ? 40 : 80));
    gc();
    for (let k = 0; k < runs + 1; k++) {
      const file = app.vault.getFileByPath(paths[(k * 7919) % paths.length] as string) as TFile;
      const c = cache.getFileCache(file);
      if (!c?.frontmatter) continue;
      dispatches.length = 0;
      const t0 = performance.now();
      cache.trigger("changed", file, "", { ...c, frontmatter: { ...c.frontmatter, next_action: `Step ${k}` } });
      const own = performance.now() - t0;
      await wait(40); // the index announces after 16 ms; body reads and any second round settle
      if (k === 0) {
        byListener.clear();
        continue;
      }
      perChange.push(own + dispatches.reduce((a, b) => a + b, 0));
      events.push(dispatches.length);
    }
    const shares = [...byListener].sort((a, b) => b[1] - a[1]).map(([label, ms]) => `${(ms / perChange.length).toFixed(3)} ms ${label}`);
    figures[`incremental${clients / 1000}k`] = {
      value: median(perChange),
      unit: "ms",
      runs: perChange.length,
      note: `${clients} clients, board and ${BLOCKS.length} blocks open; ${spread(perChange)}; ${median(events)} index event(s) per change; mean per listener in the order they run: ${shares.join(" | ")}`,
    };
    for (const b of blocks) b.unload();
    document.body.replaceChildren();
    plugin.unload();
  });
}

it("writes the figures", () => {
  writeFigures("incremental", figures);
});
