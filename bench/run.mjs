// `npm run bench`: measures Clientele's speed and size on this machine and writes BENCHMARKS.md.
// Not part of `npm test`. Every comparison is measured in the same run. Takes a few minutes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import { cliRows, measureCli } from "./cli-bench.mjs";
import { BUDGET_KB, measureSize, sizeRows } from "./size.mjs";

const say = (line) => process.stdout.write(`${line}\n`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed with status ${r.status}`);
  return r.stdout;
}

mkdirSync("bench/out", { recursive: true });
say("Building main.js and the CLI");
run("node", ["esbuild.config.mjs", "production"]);

const figures = {};
const readJson = (f) => JSON.parse(readFileSync(f, "utf8"));

say("Plugin figures in the fake Obsidian (onload, index 10k/50k, incremental update, memory)");
run("npx", ["vitest", "run", "--config", "vitest.bench.config.mts", "bench/plugin.measure.ts", "bench/review.measure.ts", "bench/records.measure.ts", "bench/incremental.measure.ts", "bench/weekly.measure.ts"], { stdio: "inherit" });
Object.assign(figures, readJson("bench/out/plugin.json"), readJson("bench/out/review.json"), readJson("bench/out/records.json"), readJson("bench/out/incremental.json"), readJson("bench/out/weekly.json"));

say("CLI review --json of 10,000 notes on disk against a naive scan (four vault shapes, first and second run)");
Object.assign(figures, measureCli(say));

say("main.js size and where its bytes come from");
const size = await measureSize();
Object.assign(figures, size);

if (existsSync("bench/browser.mjs")) {
  say("Board in Chromium (first paint, drop to settled, drag frames)");
  run("node", ["bench/browser.mjs"], { stdio: "inherit" });
  Object.assign(figures, readJson("bench/out/browser.json"));
}

const chromium = spawnSync("chromium", ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "not found";
const f = (key, digits = 1) => (figures[key] ? `${figures[key].value.toFixed(digits)} ${figures[key].unit === "ratio" ? "" : figures[key].unit}`.trim() : "not measured");
const ok = (key, test) => (figures[key] ? (test(figures[key].value) ? "met" : "**missed**") : "not measured");
const rows = [
  ["plugin `onload` (registrations only)", f("onload", 2), "≤ 5 ms", ok("onload", (v) => v <= 5)],
  // Index ready includes the first evaluation; met only when the longest task is within 50 ms too.
  ["layout ready → index ready incl. first evaluation, 10k notes", `${f("indexReady10k")} (${figures.indexReady10k?.note ?? ""})`, "≤ 50 ms, no task over 50 ms", ok("indexReady10k", (v) => v <= 50 && (figures.longestTask10k?.value ?? Infinity) <= 50)],
  ["layout ready → index ready incl. first evaluation, 50k notes", `${f("indexReady50k")} (${figures.indexReady50k?.note ?? ""})`, "≤ 250 ms, no task over 50 ms", ok("indexReady50k", (v) => v <= 250 && (figures.longestTask50k?.value ?? Infinity) <= 50)],
  ["one changed note through every listener, 2,000 clients (board and five blocks open)", `${f("incremental2k", 2)} (${figures.incremental2k?.note ?? ""})`, "≤ 0.5 ms", ok("incremental2k", (v) => v <= 0.5)],
  ["one changed note through every listener, 10,000 clients (board and five blocks open)", `${f("incremental10k", 2)} (${figures.incremental10k?.note ?? ""})`, "≤ 2 ms", ok("incremental10k", (v) => v <= 2)],
  ["the index's own work per changed note (metadata-cache event, no listeners)", f("incrementalUpdate", 4), "≤ 0.1 ms", ok("incrementalUpdate", (v) => v <= 0.1)],
  ["related records: index ready, 2,000 clients + 20,000 records", `${f("recordsIndexReady")} (${figures.recordsIndexReady?.note ?? ""})`, "≤ 250 ms", ok("recordsIndexReady", (v) => v <= 250)],
  ["related records: first evaluation of every client with its roll-up", f("recordsFirstEvaluation"), "≤ 250 ms", ok("recordsFirstEvaluation", (v) => v <= 250)],
  ["related records: one record changed, through the client list", `${f("recordsIncrementalUpdate", 3)} (${figures.recordsIncrementalUpdate?.note ?? ""})`, "≤ 2 ms, only its clients re-evaluated", ok("recordsIncrementalUpdate", (v) => v <= 2)],
  ["board first paint in Chromium, 500 cards", f("firstPaint500"), "≤ 50 ms", ok("firstPaint500", (v) => v <= 50)],
  ["board first paint in Chromium, 2,000 cards, index warm", f("firstPaint2000"), "≤ 100 ms", ok("firstPaint2000", (v) => v <= 100)],
  ["board first paint in Chromium, 2,000 cards, index cold", f("firstPaint2000Cold"), "≤ 200 ms", ok("firstPaint2000Cold", (v) => v <= 200)],
  ["drop → note saved → card settled", f("dropToSettled"), "≤ 100 ms", ok("dropToSettled", (v) => v <= 100)],
  ["frames while dragging over a 500-card column", f("dragFps500"), "≥ 55 fps", ok("dragFps500", (v) => v >= 55)],
  ["weekly review for 2,000 clients, the plugin's command end to end (note reads, render, note created)", `${f("weeklyPlugin2000")} (${figures.weeklyPlugin2000?.note ?? ""})`, "≤ 100 ms", ok("weeklyPlugin2000", (v) => v <= 100)],
  ["weekly review for 2,000 clients, rendering alone (bodies in memory)", f("weeklyReview2000"), "(part of the above)", figures.weeklyReview2000 ? "for reference" : "not measured"],
  ["CLI `review --json`, 10k notes, first run ÷ naive scan (worst of four vaults)", f("cliFirstRatio", 2), "≤ 0.5", ok("cliFirstRatio", (v) => v <= 0.5)],
  ["CLI second run with the cache ÷ naive scan (worst of four vaults)", f("cliSecondRatio", 2), "≤ 0.2", ok("cliSecondRatio", (v) => v <= 0.2)],
  ["`main.js` minified", f("mainJsMin"), `≤ ${BUDGET_KB} KB`, ok("mainJsMin", (v) => v <= BUDGET_KB)],
  ["`main.js` gzip", f("mainJsGzip"), "≤ 30 KB", ok("mainJsGzip", (v) => v <= 30)],
  ["agenda for 2,000 clients with 20,000 records", `${f("recordsAgenda")} (${figures.recordsAgenda?.note ?? ""})`, "≤ 50 ms", ok("recordsAgenda", (v) => v <= 50)],
  ["index memory per client", `${f("indexMemoryPerClient", 0)} (${figures.indexMemoryPerClient?.note ?? ""})`, "≤ 1 KB", figures.indexMemoryPerClient?.value < 0 ? "not measured: the heap shrank during the run even after forced collections, so the figure is noise" : ok("indexMemoryPerClient", (v) => v <= 1024)],
];
// Why a target is missed, when it is: written from what the profiles and breakdowns show.
const WHY = {
  "CLI second run with the cache ÷ naive scan (worst of four vaults)": "With the cache a run only stats (about 30 ms, which the naive scan pays too) and parses the cache (1.7 MB on the 20% vault); the rest is the same evaluation, agenda and report as the first run (see above), which the cache cannot skip because they depend on today. 0.2 is not reachable without large cuts to the evaluation's allocations.",
  "CLI `review --json`, 10k notes, first run ÷ naive scan (worst of four vaults)": "The first run reads every file like the naive scan and then evaluates: a profile of the 20% vault gives garbage collection about a quarter, the evaluation of 2,000 clients 40-65 ms and the agenda 25-40 ms (about 18 µs a client even warm), the report and its 3.8 MB of JSON 25-30 ms. Start-up is no longer a cause (requiring the minified bundle: 30 ms before this stop, 10.5 ms now; yaml loads only for a note the fast path refuses). Meeting 0.5 on every shape needs fewer allocations in evaluation and the agenda. The CLI's code has not changed since stop 22; the ratio moves with the machine (0.73 on stop 22's, 0.64 on stop 24's, whose naive scan is 2.5 times faster), because the evaluation and the files' reading do not speed up alike.",
  "related records: index ready, 2,000 clients + 20,000 records": "Construct, build and Obsidian's link resolution for 22,000 notes in the fake; it was 249-350 ms in earlier runs on this shared machine, so the figure is at the target within the run-to-run spread. Not reworked this stop.",
  "layout ready → index ready incl. first evaluation, 10k notes": "The build of 10,000 notes takes about 10 ms; the rest is the first evaluation of the 2,000 clients (evaluateNote, about 25 µs a client: the properties, health, activity, value and risk), now inside \"ready\" and run 1,000 clients a task (so no task is over 50 ms). Most of the drop from stop 22's 141 ms is the machine (its naive CLI scan is 2.5 times faster here); meeting 50 ms on either needs evaluation itself to get faster (core/model), not more slicing.",
  "layout ready → index ready incl. first evaluation, 50k notes": "Same cause at 10,000 clients: their first evaluation is most of the figure. The longest task is a single slice that takes about 150 ms in two of three runs (the second build slice, otherwise 3-25 ms); it looks like a major garbage collection of the 50,000-note fake vault and is not yet explained.",
  "board first paint in Chromium, 2,000 cards, index warm": "The board's code did not change this stop. On the machine of the previous run (Intel Xeon × 2) the same code met the target (69 ms warm, 104 ms cold); the machine of this stop's runs (AMD EPYC × 2) ran slower and far less steadily: between two full runs of the same code here the 500-card paint was 107 and 139 ms, records index ready 410 and 267 ms, the agenda 54 and 37 ms, so the figure moved with the machine. Compare runs on one machine only.",
  "board first paint in Chromium, 2,000 cards, index cold": "The board's code did not change this stop. On the machine of the previous run (Intel Xeon × 2) the same code met the target (69 ms warm, 104 ms cold); the machine of this stop's runs (AMD EPYC × 2) ran slower and far less steadily: between two full runs of the same code here the 500-card paint was 107 and 139 ms, records index ready 410 and 267 ms, the agenda 54 and 37 ms, so the figure moved with the machine. Compare runs on one machine only.",
  "agenda for 2,000 clients with 20,000 records": "The agenda's model did the same work this stop (its counting for the status bar was split out; agendaModel builds the same items and rows). On the machine of the previous run (Intel Xeon × 2) it took 36.3 ms and met the target; on this stop's machine (AMD EPYC × 2) two full runs of the same code gave 54 and 37 ms (see the board's first paint).",
  "one changed note through every listener, 2,000 clients (board and five blocks open)": "Measured in the fake Obsidian (happy-dom), with the board and the five blocks open (975 ms per change two stops ago, 5.8 ms at the last stop). This stop the agenda notice's due counts (#3) and the status bar's at-risk count (#2) are kept per client and updated only for the clients the index's list says changed (core/agenda/due-totals.ts, core/model/kept-count.ts), which took #3 from about 2 ms to about 0.3 ms at 2,000 clients (and from 12.8 ms to about 0.2 ms at 10,000). What is left is spread over listeners of 0.2-1.6 ms each (the figure's note): the board (#4, about 1.6 ms: the changed card is re-placed by binary search, but the column headers' counts and totals and the card's redraw are not yet proportional to the change), the pipeline block (#9: its column totals are recomputed over the whole list when the changed client's stage or value moves), and the other blocks' table patch, which compares every row by identity. The runs spread widely on this shared two-core machine (p10 to p90 in the note). Under 0.5 ms needs the board's headers and the blocks' summaries kept incrementally too.",
  "one changed note through every listener, 10,000 clients (board and five blocks open)": "Same listeners as at 2,000 clients (about 7.9 s per change two stops ago, 19.3 ms at the last stop, when the agenda notice's recount of every client's due items was two thirds of it). With the due counts and the at-risk count kept per changed client the notice (#3) and the status bar (#2) are about 0.2 and 0.5 ms; what is left is the board (#4, about 2 ms) and the five blocks (0.2-1.1 ms each), which still walk whole columns or tables per change (see the 2,000-client note).",
  "board first paint in Chromium, 500 cards": "The plugin's part is short: the board's DOM is built in about 20 ms (60 cards: a first page per column); Chromium's layout and paint of that first frame in a fresh page take about 40 ms more, and a fresh page with a single card per column already took about 50 ms here. The figure has ranged from 49.5 to 67 ms between runs on this shared two-core machine; opened again in the same page the board paints in about 40 ms. See the note in bench/out/browser.json.",
  "`main.js` minified": "The bundle is the plugin's own feature code (see the breakdown below): date-fns is no longer bundled (own formatter of the documented tokens, core/model/date-format.ts) and of `yaml` only its Lexer is (scripts/esbuild-yaml.mjs), about 9 KB, together about 63 KB less than before. What is left over the budget is src/core, src/views and src/ui themselves.",
  "`main.js` gzip": "Same cause as the minified size: feature code, which compresses to about a third.",
  "index memory per client": "The index entries (a reference to Obsidian's cached frontmatter, the modification time) are about 100 B a client; the rest is the evaluated status kept for the views (about 20 properties, the health result, warnings, reasons and diagnostics). Since this stop the index keeps one pool of shared strings for the reasons, warnings and risk reasons (about 300 distinct strings over 2,000 clients) and an empty tags or diagnostics list is the shared empty one, which took the figure from 1,161 B to about 950 B; runs range about 90 B either side, so a run over 1,024 B is that spread, not a change in what is kept.",
};
const misses = rows.filter((r) => r[3] === "**missed**").map((r) => `- ${r[0]}: ${WHY[r[0]] ?? "see the notes in bench/out/*.json."}`);

const extra = Object.entries(figures)
  .filter(([k]) => k.startsWith("block-") || k === "evaluate2000")
  .map(([k, v]) => `| ${k} | ${v.value.toFixed(1)} ${v.unit} | ${v.note ?? ""} |`);
const cpu = cpus();
const md = [
  "# Benchmarks",
  "",
  `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each figure is the median of several runs (see \`bench/out/*.json\` for run counts and notes).`,
  "",
  `Machine: ${osType()} ${release()}, ${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}.`,
  "",
  "| figure | measured | target | |",
  "| --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  ...(misses.length ? ["Targets missed, and why:", "", ...misses, ""] : []),
  "How each is measured:",
  "",
  "- Plugin figures run the real plugin in the fake Obsidian (`bench/plugin.measure.ts`): `onload` is construct + `onload` with the layout not ready; index ready is from layout ready until the index is ready to show, which now includes the first evaluation of every client (build: 5,000 notes per main-thread task; evaluation: 1,000 clients per task; Node's timers between tasks) over seeded synthetic vaults (20% client notes), and \"longest task\" is the longest of those tasks; the index's own work per change is one metadata-cache `changed` event for a client note with no listener; memory is the heap growth of a ClientIndex over the 10k vault, built and then with every client evaluated, each reading after forced garbage collections (`--expose-gc`), the median of 7 runs with the range, divided by the number of clients (Obsidian's own metadata cache, which owns the frontmatter objects, is not counted).",
  "- One changed note through every listener (`bench/incremental.measure.ts`): the plugin with the board open and the sample dashboard's five blocks visible, at 2,000 and 10,000 clients; per change, the index's work in the metadata-cache `changed` event plus the whole index-changed dispatch (board, blocks, status bars, API, body watch), median over the runs with p10 and p90.",
  "- Related records (`bench/records.measure.ts`): 2,000 generated clients and 20,000 records of every kind in the fake Obsidian; index ready is construct + build + link resolution, the first evaluation rolls up every client's records, and the update is one record's metadata-cache `changed` event followed by the client list the views ask for, counting how many clients were evaluated again.",
  "- The weekly review: `bench/weekly.measure.ts` runs the plugin's command in the fake Obsidian over 2,000 generated client notes, from the call to the review note created and opened, reads of every client note included (the fake's `cachedRead` serves the files from memory, as Obsidian's cache does for files it has read), median of 9 runs after 2 warm-ups, the note deleted between runs; `bench/review.measure.ts` times the rendering alone from bodies in memory.",
  "- The CLI comparison (`bench/cli-bench.mjs`) runs whole processes over generated 10,000-note vaults, alternating, 5 runs each: `clientele review --json` against `bench/naive-scan.mjs`, which lists the vault, stats and reads every file and parses its frontmatter with `yaml`. Four vaults: 20% and 50% client notes, each with file times off and on (`activitySource: \"mtime\"`). The first run starts with no cache (and writes it), the second finds it; `--no-cache` reads everything and writes nothing. The three print the same bytes (checked). Ratios are to the naive scan's median, with the spread of the runs (min-max).",
  "- Board figures (`bench/browser.mjs`) drive the built `main.js` against the fake Obsidian in Debian's Chromium with playwright-core.",
  "",
  "CLI, each vault (median, spread min-max):",
  "",
  ...cliRows(figures),
  "",
  "Where the minified `main.js` comes from (`bench/size.mjs`: esbuild's accounting of the same build as `npm run build`):",
  "",
  ...sizeRows(figures),
  "",
  "Other figures from the same run:",
  "",
  "| figure | measured | note |",
  "| --- | --- | --- |",
  ...extra,
  "",
].join("\n");
writeFileSync("BENCHMARKS.md", md);
say("\nWrote BENCHMARKS.md");
say(rows.map((r) => `${r[0]}: ${r[1]} (${r[3]})`).join("\n"));
