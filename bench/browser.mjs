// The pipeline board's figures in Debian Chromium (playwright-core → /usr/bin/chromium): the BUILT
// main.js against the fake Obsidian, through the e2e harness (e2e/page.mjs).
//   node bench/browser.mjs [--main=PATH] [--profile]
// Writes bench/out/browser.json ({ figure: { value, unit, runs, note } }) and prints a table.
// Each figure is the median of several runs, each timed in the page with performance.now().
// A figure that misses its target (or every figure, with --profile) is profiled once more with
// the DevTools protocol (a CPU profile of an unminified build and a timeline trace); the summary
// goes into its note, the raw files into bench/out/browser-*.cpuprofile / *.trace.json.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import esbuild from "esbuild";
import { buildHarness, CHROMIUM, ensureMain, launch, openPage, ROOT, serve } from "../e2e/page.mjs";
import { generatedVault } from "../e2e/vault-files.mjs";

const OUT = join(ROOT, "bench", "out");
const WORK = join(OUT, "browser-harness");
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const mainPath = resolve(ROOT, arg("main") ?? "main.js");
const profileAll = process.argv.includes("--profile");
const say = (line) => process.stdout.write(`${line}\n`);
const started = Date.now();

const TARGETS = {
  firstPaint500: { max: 50 },
  firstPaint2000: { max: 100 },
  dropToSettled: { max: 100 },
  dropToSettled2000: { max: 100 },
  dragFps500: { min: 55 },
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const med = (runs, key) => median(runs.map((r) => r[key]));
const ms = (x) => `${x.toFixed(1)} ms`;
const missed = (name, value) => {
  const t = TARGETS[name];
  return t && ((t.max !== undefined && value > t.max) || (t.min !== undefined && value < t.min));
};

// ---- build: main.js (if missing), the harness, and an unminified main.js for readable profiles ----
mkdirSync(WORK, { recursive: true });
for (const f of readdirSync(OUT)) if (/^browser-.*\.(cpuprofile|trace\.json)$/.test(f)) rmSync(join(OUT, f)); // profiles of an earlier run
if (!ensureMain(mainPath, say)) {
  say("✗ build: esbuild.config.mjs failed");
  process.exit(1);
}
await buildHarness(WORK);
const server = await serve(WORK, mainPath);
let profileServer = null;
async function profileUrl() {
  if (profileServer) return profileServer.url;
  const devMain = join(WORK, "main.dev.js");
  await esbuild.build({
    entryPoints: [join(ROOT, "src", "main.ts")], bundle: true, format: "cjs", target: "es2020", outfile: devMain,
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"], minify: false, logLevel: "warning",
  });
  profileServer = await serve(WORK, devMain);
  return profileServer.url;
}

const profileDir = mkdtempSync(join(tmpdir(), "clientele-bench-"));
let context;
try {
  context = await launch(profileDir);
} catch (e) {
  say(`✗ launch Chromium (${CHROMIUM}): ${String(e instanceof Error ? e.message : e).split("\n")[0]}`);
  server.close();
  process.exit(1);
}

// Helpers every bench page gets before its scripts run.
await context.addInitScript(() => {
  const now = () => performance.now();
  /** Resolves after the next animation frame has been produced (rAF, then a task after the paint). */
  const frame = () => new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
  /** Waits for `cond`, checking after each microtask first (no timer clamping), then after each task. */
  const until = async (cond, what, timeout = 5000) => {
    for (let i = 0; i < 2000; i++) {
      if (cond()) return;
      await Promise.resolve();
    }
    const end = now() + timeout;
    while (!cond()) {
      if (now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => window.setTimeout(r, 0));
    }
  };
  const view = () => window.__app.workspace.getLeavesOfType("clientele-pipeline")[0]?.view;
  /** Makes the index cold, as after the settings change: the next read evaluates every client again. */
  const coldIndex = () => {
    const index = window.__plugin.deps.index;
    // A new settings generation: every per-client evaluation and the kept sorted list are out of date.
    index.settingsGeneration++;
    index.bump();
  };
  window.__bench = { now, frame, until, view, coldIndex };
});

/** A fresh page with `files`, the board not open yet; waits until the index has announced itself. */
async function freshPage(files, { url = server.url, width = 760 } = {}) {
  const page = await openPage(context, url, { files, width, open: false });
  await page.evaluate(() => window.__bench.until(() => window.__plugin.deps.index.ready && window.__plugin.deps.index.evaluated !== null, "the index", 3000).catch(() => undefined));
  await page.waitForTimeout(150); // past the index's debounce: the status bar has evaluated the clients
  return page;
}

function checkErrors(page) {
  if (page.errors.length) throw new Error(page.errors.join("; "));
}

// ---- profiling (CPU profile + timeline trace) of one run of `fn(page)` ----
const TRACE_CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute,blink.user_timing";
const PHASES = ["FunctionCall", "RunMicrotasks", "TimerFire", "EventDispatch", "FireAnimationFrame", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "IntersectionObserverController::computeIntersections", "HitTest", "MinorGC", "MajorGC"];

async function profile(name, page, fn) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  const result = await fn(page);
  const { profile: cpu } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  writeFileSync(join(OUT, `browser-${name}.cpuprofile`), JSON.stringify(cpu));
  writeFileSync(join(OUT, `browser-${name}.trace.json`), JSON.stringify({ traceEvents: events }));
  // Between the page's performance.mark("bench:start") and performance.mark("bench:end").
  const start = events.find((e) => e.name === "bench:start");
  const end = events.findLast((e) => e.name === "bench:end");
  const inWindow = (e) => start && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && (!end || e.ts <= end.ts);
  const phases = {};
  for (const e of events) if (e.ph === "X" && PHASES.includes(e.name) && inWindow(e)) phases[e.name] = (phases[e.name] ?? 0) + e.dur / 1000;
  // Self time per function (from the samples), restricted to the same window; and the total
  // (inclusive) time of the plugin's own functions (main.js).
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (f) => {
    const file = f.url.split("/").pop() || "";
    return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
  };
  const self = new Map();
  const total = new Map();
  let t = cpu.startTime;
  const lo = start?.ts ?? -Infinity;
  const hi = end?.ts ?? Infinity;
  cpu.samples.forEach((id, i) => {
    t += cpu.timeDeltas[i];
    const next = cpu.timeDeltas[i + 1] ?? 0;
    if (t < lo || t > hi) return;
    const key = keyOf(byId.get(id).callFrame);
    self.set(key, (self.get(key) ?? 0) + next / 1000);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      if (!/main(\.dev)?\.js$/.test(f.url) || !f.functionName) continue;
      const k = keyOf(f);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + next / 1000);
      seen.add(k);
    }
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const topTotal = [...total].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const phaseText = Object.entries(phases).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
  const list = (xs) => xs.map(([k, v]) => `${k} ${v.toFixed(1)}`).join("; ");
  return { result, summary: `profile (unminified build, one run, ms): timeline ${phaseText}; self time ${list(top)}; total time in the plugin's functions ${list(topTotal)}` };
}

// ---- 1. first paint ----
/** In the page: open the board by its command; times to cards in the DOM and to the next painted frame. */
async function openBoard(page, { cold, reopen = false }) {
  return page.evaluate(async ([cold, reopen]) => {
    const { now, frame, until, coldIndex } = window.__bench;
    const index = window.__plugin.deps.index;
    const today = window.__plugin.deps.today();
    if (reopen) {
      window.__app.workspace.getLeavesOfType("clientele-pipeline")[0]?.detach();
      await frame();
      await new Promise((r) => window.setTimeout(r, 50));
    }
    if (cold) coldIndex();
    performance.mark("bench:start");
    const t0 = now();
    window.__app.commands.executeCommandById("clientele:open-pipeline");
    await until(() => document.querySelector(".clientele-card"), "the first card");
    const dom = now() - t0;
    await frame();
    const paint = now() - t0;
    performance.mark("bench:end");
    const cards = document.querySelectorAll(".clientele-card").length;
    const total = [...document.querySelectorAll(".clientele-column-count")].reduce((s, e) => s + Number(e.textContent), 0);
    // Evaluating every client alone (the index made cold once more).
    coldIndex();
    const t1 = now();
    index.clients(today);
    const evaluate = now() - t1;
    return { dom, paint, cards, total, evaluate };
  }, [cold, reopen]);
}

const figures = {};
const details = {};
const load = () => loadavg()[0].toFixed(1);

async function firstPaint(n, runs) {
  const files = generatedVault(n);
  const warm = [];
  const cold = [];
  const reopened = [];
  for (let i = 0; i < runs; i++) {
    for (const [list, isCold] of [[warm, false], [cold, true]]) {
      const page = await freshPage(files);
      list.push(await openBoard(page, { cold: isCold }));
      if (!isCold) reopened.push(await openBoard(page, { cold: false, reopen: true }));
      checkErrors(page);
      await page.close();
    }
  }
  const name = `firstPaint${n}`;
  const value = med(warm, "paint");
  const cards = warm[0].cards;
  if (warm.some((r) => r.total !== n)) throw new Error(`${name}: the column counts do not add up to ${n}`);
  figures[name] = {
    value, unit: "ms", runs,
    note: `open command → first card in the DOM ${ms(med(warm, "dom"))} → next frame painted ${ms(value)}, with the index warm (the status bar evaluates the clients right after every change, so it normally is); ${cards} of ${n} cards in the DOM (a first page per column, the rest paged in as a column scrolls); layout + paint of that frame ${ms(med(warm, "paint") - med(warm, "dom"))}. Index cold (evaluates all ${n} clients first): ${ms(med(cold, "dom"))} to the DOM, ${ms(med(cold, "paint"))} painted; evaluating the ${n} clients alone ${ms(med(warm, "evaluate"))}. A fresh page per run (the board's code not yet run, the page's text not yet laid out); closed and opened again in the same page: ${ms(med(reopened, "dom"))} to the DOM, ${ms(med(reopened, "paint"))} painted. Load average ${load()}.`,
  };
  figures[`${name}Cold`] = { value: med(cold, "paint"), unit: "ms", runs, note: `index cold: all ${n} clients evaluated before the first card; ${ms(med(cold, "dom"))} to the DOM` };
  details[name] = { warm, cold, reopened };
}

// ---- 2. drop → note saved → card settled ----
/** In the page: drops the first card of `from` on column `to` (a synthetic HTML5 drop) and times what follows. */
async function dropOnce(page, from, to) {
  return page.evaluate(async ([from, to]) => {
    const { now, frame, until, view } = window.__bench;
    const app = window.__app;
    const board = view().renderer;
    const index = window.__plugin.deps.index;
    const card = document.querySelector(`.clientele-column[data-key="${from}"] .clientele-card`);
    const path = card.dataset.path;
    const target = document.querySelector(`.clientele-column[data-key="${to}"]`);
    const inColumn = () => board.columns.cardEl(path)?.closest(".clientele-column")?.dataset.key === to;
    const saved = () => new RegExp(`^stage: ${to}$`, "m").test(app.vault.contentOf(path) ?? "");
    const t = {};
    const ws = app.workspace;
    const refs = [];
    const at = (key) => { t[key] ??= now() - t0; };
    refs.push(app.vault.on("modify", (f) => { if (f.path === path && saved()) at("saved"); }));
    refs.push(app.metadataCache.on("changed", (f) => { if (f.path === path) at("cache"); }));
    // Time the index's change event and what the board does with it.
    const trigger = ws.trigger;
    ws.trigger = function (name, ...args) {
      if (name !== "clientele:index-changed" || !args[0]?.paths?.has(path)) return trigger.call(this, name, ...args);
      at("event");
      const evaluate = index.evaluate;
      let evalMs = 0;
      index.evaluate = function (...a) {
        const e0 = now();
        try { return evaluate.apply(this, a); } finally { evalMs += now() - e0; }
      };
      try {
        return trigger.call(this, name, ...args);
      } finally {
        index.evaluate = evaluate;
        t.evaluate = evalMs;
        at("eventDone");
        if (inColumn() && !(board.pending.stage(path) !== undefined) && saved()) at("settled");
      }
    };
    const dt = new DataTransfer();
    dt.setData("application/x-clientele-client", path);
    performance.mark("bench:start");
    const t0 = now();
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    if (inColumn()) at("moved");
    t.pendingAtMove = (board.pending.stage(path) !== undefined);
    await frame();
    at("movedPainted");
    try {
      await until(() => t.settled !== undefined, "the card to settle", 3000);
      await frame();
      at("settledPainted");
    } finally {
      ws.trigger = trigger;
      for (const r of refs) r.e.offref(r);
    }
    performance.mark("bench:end");
    return { path, ...t };
  }, [from, to]);
}

async function dropToSettled(n, runs, name) {
  const page = await freshPage(generatedVault(n));
  await openBoard(page, { cold: false });
  await page.waitForTimeout(200);
  const list = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = await dropOnce(page, "Discovery", "Proposal");
    if (i > 0) list.push(r); // the first drop warms the code paths up
    await page.waitForTimeout(150);
  }
  checkErrors(page);
  await page.close();
  const m = (k) => med(list, k);
  const value = m("settled");
  figures[name] = {
    value, unit: "ms", runs,
    note: `${n} clients; the figure is "settled": from dispatching the drop to the note's bytes showing the new stage AND the card in its new column with no optimistic (pending) state left. Card in the new column ${ms(m("moved"))} (optimistic, synchronous in the drop handler; painted ${ms(m("movedPainted"))}); note saved ${ms(m("saved"))}; metadata cache "changed" ${ms(m("cache"))}; index change event ${ms(m("event"))} (so the index's debounce accounts for ${ms(m("event") - m("cache"))} of the wait); handling the event (status bar and board) ${ms(m("eventDone") - m("event"))}, of which ${ms(m("evaluate"))} in the index's evaluate(); settled ${ms(value)}, painted ${ms(m("settledPainted"))}. Load average ${load()}.`,
  };
  details[name] = { runs: list };
}

// ---- 3. frames per second while dragging over a 500-card column ----
/** 500 clients in Active and 5 in Discovery (the ones dragged). */
function oneStageVault() {
  const files = generatedVault(505);
  let i = 0;
  for (const [path, text] of Object.entries(files)) files[path] = text.replace(/^stage: .*$/m, `stage: ${i++ < 5 ? "Discovery" : "Active"}`);
  return files;
}

/** Counts animation frames in the page between start() and stop(). */
async function startFrames(page) {
  await page.evaluate(() => {
    const { now } = window.__bench;
    const s = { frames: [], dragovers: 0, running: true, long: [] };
    window.__frames = s;
    document.addEventListener("dragover", () => { s.dragovers++; }, true);
    if (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes.includes("long-animation-frame")) {
      s.observer = new PerformanceObserver((l) => { for (const e of l.getEntries()) s.long.push(e); });
      s.observer.observe({ type: "long-animation-frame" });
    }
    const tick = (ts) => {
      if (!s.running) return;
      s.frames.push(ts);
      window.requestAnimationFrame(tick);
    };
    s.t0 = now();
    performance.mark("bench:start");
    window.requestAnimationFrame(tick);
  });
}

async function stopFrames(page) {
  return page.evaluate(() => {
    const s = window.__frames;
    s.running = false;
    s.observer?.disconnect();
    performance.mark("bench:end");
    const f = s.frames;
    const deltas = f.slice(1).map((x, i) => x - f[i]);
    const span = f.length > 1 ? f[f.length - 1] - f[0] : 0;
    const scripts = s.long.flatMap((e) => (e.scripts ?? []).map((x) => `${x.invoker} ${x.duration.toFixed(0)}`));
    return {
      fps: span > 0 ? (deltas.length * 1000) / span : 0,
      longest: Math.max(0, ...deltas),
      longFrames: deltas.filter((d) => d > 20).length,
      frames: f.length,
      seconds: span / 1000,
      dragovers: s.dragovers,
      loaf: s.long.map((e) => ({ duration: e.duration, blocking: e.blockingDuration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0 })),
      scripts,
    };
  });
}

/** Drags a Discovery card with the mouse (native HTML5 drag) up and down the Active column for ~`seconds`. */
async function dragAcross(page, seconds) {
  const card = page.locator('.clientele-column[data-key="Discovery"] .clientele-card').first();
  const col = await page.locator('.clientele-column[data-key="Active"] .clientele-column-scroll').boundingBox();
  const from = await card.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
  await startFrames(page);
  const x = col.x + col.width / 2;
  const top = col.y + 10;
  const bottom = col.y + Math.min(col.height, 700) - 10;
  const end = Date.now() + seconds * 1000;
  let moves = 0;
  for (let dir = 1; Date.now() < end; dir = -dir) {
    for (let i = 0; i <= 40 && Date.now() < end; i++) {
      const y = dir > 0 ? top + ((bottom - top) * i) / 40 : bottom - ((bottom - top) * i) / 40;
      await page.mouse.move(x + (i % 2 ? 3 : -3), y);
      moves++;
    }
  }
  const r = await stopFrames(page);
  // Drop back on the card's own column: nothing is written.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2, { steps: 4 });
  await page.mouse.up();
  return { ...r, moves };
}

/** In the page: every card of the Active column in the DOM (as after scrolling to its end). */
function revealAll() {
  const board = window.__bench.view().renderer;
  const cards = board.columns.columns.get("Active").cards;
  board.columns.reveal(cards[cards.length - 1].client.path);
}

async function idleFps(page, seconds) {
  await startFrames(page);
  await page.waitForTimeout(seconds * 1000);
  return stopFrames(page);
}

async function dragFps(runs) {
  const files = oneStageVault();
  const variants = { windowed: [], all: [] };
  let idle = null;
  let inDom = {};
  for (let i = 0; i < runs; i++) {
    for (const variant of Object.keys(variants)) {
      const page = await freshPage(files);
      await openBoard(page, { cold: false });
      if (variant === "all") {
        await page.evaluate(revealAll);
      }
      await page.evaluate(() => window.__bench.frame());
      inDom[variant] = await page.locator('.clientele-column[data-key="Active"] .clientele-card').count();
      if (!idle) idle = await idleFps(page, 0.5);
      variants[variant].push(await dragAcross(page, 1.5));
      checkErrors(page);
      await page.close();
    }
  }
  const worst = Object.entries(variants).map(([k, list]) => [k, med(list, "fps")]).sort((a, b) => a[1] - b[1])[0];
  const describe = (k) => {
    const list = variants[k];
    return `${k === "all" ? "all" : "default (windowed)"}: ${inDom[k]} Active cards in the DOM, ${med(list, "fps").toFixed(1)} fps, longest frame ${ms(med(list, "longest"))}, ${med(list, "longFrames")} frames > 20 ms, ${Math.round(med(list, "dragovers"))} dragover events from ${Math.round(med(list, "moves"))} pointer moves in ${med(list, "seconds").toFixed(1)} s`;
  };
  figures.dragFps500 = {
    value: worst[1], unit: "fps", runs,
    note: `Native HTML5 drag (page.mouse down/move; Chromium fires dragstart/dragover for real) of a Discovery card up and down the Active column of 500 cards, rAF callbacks counted in the page. Figure = the worse of: ${describe("windowed")}; ${describe("all")}. Idle page for comparison: ${idle.fps.toFixed(1)} fps, longest frame ${ms(idle.longest)}. Load average ${load()}.`,
  };
  details.dragFps500 = { ...variants, idle, worst: worst[0] };
}

// ---- run ----
try {
  await firstPaint(500, 5);
  await firstPaint(2000, 5);
  await dropToSettled(500, 7, "dropToSettled");
  await dropToSettled(2000, 5, "dropToSettled2000");
  await dragFps(3);

  // Profile what missed (or everything with --profile), on an unminified build.
  for (const name of Object.keys(figures)) {
    if (!profileAll && !missed(name, figures[name].value)) continue;
    const url = await profileUrl();
    let p;
    if (name.startsWith("firstPaint")) {
      const page = await freshPage(generatedVault(Number(name.slice(10))), { url });
      p = await profile(name, page, (pg) => openBoard(pg, { cold: false }));
      await page.close();
    } else if (name.startsWith("dropToSettled")) {
      const page = await freshPage(generatedVault(name === "dropToSettled" ? 500 : 2000), { url });
      await openBoard(page, { cold: false });
      await dropOnce(page, "Discovery", "Proposal");
      await page.waitForTimeout(150);
      p = await profile(name, page, (pg) => dropOnce(pg, "Discovery", "Proposal"));
      await page.close();
    } else {
      const page = await freshPage(oneStageVault(), { url });
      await openBoard(page, { cold: false });
      if (details.dragFps500.worst === "all") {
        await page.evaluate(revealAll);
      }
      p = await profile(name, page, (pg) => dragAcross(pg, 1));
      await page.close();
    }
    figures[name].profile = p.summary;
  }
} catch (e) {
  say(`✗ ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  await context.close();
  server.close();
  profileServer?.close();
  rmSync(profileDir, { recursive: true, force: true });
}

mkdirSync(OUT, { recursive: true });
const json = {};
for (const [k, f] of Object.entries(figures)) json[k] = { value: Number(f.value.toFixed(2)), unit: f.unit, runs: f.runs, note: f.note, ...(f.profile ? { profile: f.profile } : {}) };
writeFileSync(join(OUT, "browser.json"), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(join(OUT, "browser-runs.json"), `${JSON.stringify(details, null, 2)}\n`);

const target = (k) => {
  const t = TARGETS[k];
  return t ? (t.max !== undefined ? `≤ ${t.max}` : `≥ ${t.min}`) : "";
};
say(`\n${"figure".padEnd(20)}${"value".padStart(10)}  unit  runs  target   ok`);
for (const [k, f] of Object.entries(figures)) {
  say(`${k.padEnd(20)}${f.value.toFixed(1).padStart(10)}  ${f.unit.padEnd(4)}  ${String(f.runs).padStart(4)}  ${target(k).padEnd(7)}  ${missed(k, f.value) ? "✗" : "✓"}`);
}
say(`\nbench/out/browser.json written (${((Date.now() - started) / 1000).toFixed(0)} s; Chromium ${CHROMIUM}; load average ${load()})`);
