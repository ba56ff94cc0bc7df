// The CLI part of `npm run bench` (also `node bench/cli-bench.mjs` alone, which writes
// bench/out/cli.json): `clientele review --json` on 10,000 generated notes against
// bench/naive-scan.mjs (list, stat, read, parse with yaml), as whole processes, alternating, on four
// vaults: 20% and 50% client notes, each with file times off and on (activitySource "mtime").
// "first run" starts without a cache (it builds and writes one); "second run" finds it; "no cache"
// is --no-cache. Each figure is the median of RUNS runs with the spread (min-max).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { generateVault } from "./gen-vault.mjs";

const RUNS = 5;
const NOTES = 10_000;
const CACHE = ".obsidian/plugins/clientele/cli-cache.json";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function timed(args) {
  const t0 = performance.now();
  const r = spawnSync("node", args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed with status ${r.status}`);
  return { ms, out: r.stdout };
}

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

export function measureCli(say = () => {}) {
  const shapes = [];
  for (const share of [0.2, 0.5]) {
    for (const fileTimes of [false, true]) {
      const vault = `bench/out/vault-cli-${share * 100}-${fileTimes ? "mtime" : "dates"}`;
      generateVault(vault, NOTES, share, 42, { fileTimes });
      const cli = ["bin/clientele.cjs", "review", vault, "--json", "--now", "2026-11-21"];
      const times = { naive: [], first: [], second: [], noCache: [] };
      // Warm the file system cache and check the three CLI runs print the same bytes.
      timed(["bench/naive-scan.mjs", vault]);
      rmSync(`${vault}/${CACHE}`, { force: true });
      const outputs = [timed(cli).out, timed(cli).out, timed([...cli, "--no-cache"]).out];
      if (outputs.some((o) => o !== outputs[0])) throw new Error(`${vault}: the output differs with and without the cache`);
      for (let i = 0; i < RUNS; i++) {
        times.naive.push(timed(["bench/naive-scan.mjs", vault]).ms);
        rmSync(`${vault}/${CACHE}`, { force: true });
        times.first.push(timed(cli).ms);
        times.second.push(timed(cli).ms);
        times.noCache.push(timed([...cli, "--no-cache"]).ms);
      }
      const naive = median(times.naive);
      const shape = { clientShare: share, fileTimes, naive: stats(times.naive) };
      for (const k of ["first", "second", "noCache"]) {
        shape[k] = { ...stats(times[k]), ratio: median(times[k]) / naive, ratioMin: Math.min(...times[k]) / naive, ratioMax: Math.max(...times[k]) / naive };
      }
      shapes.push(shape);
      say(`  ${share * 100}% clients, file times ${fileTimes ? "on" : "off"}: naive ${naive.toFixed(0)} ms; first ${shape.first.ratio.toFixed(2)}, second ${shape.second.ratio.toFixed(2)}, --no-cache ${shape.noCache.ratio.toFixed(2)}`);
      rmSync(vault, { recursive: true, force: true });
    }
  }
  const worst = (k) => Math.max(...shapes.map((s) => s[k].ratio));
  return {
    cliShapes: shapes,
    cliFirstRatio: { value: worst("first"), unit: "ratio", note: "worst of the four vaults" },
    cliSecondRatio: { value: worst("second"), unit: "ratio", note: "worst of the four vaults" },
    cliNoCacheRatio: { value: worst("noCache"), unit: "ratio", note: "worst of the four vaults" },
  };
}

/** The table rows for BENCHMARKS.md: one per vault shape. */
export function cliRows(figures) {
  const ms = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}-${s.max.toFixed(0)})`;
  const r = (s) => `${s.ratio.toFixed(2)} (${s.ratioMin.toFixed(2)}-${s.ratioMax.toFixed(2)})`;
  return [
    "| vault (10,000 notes) | naive scan | first run ÷ naive | second run (cache) ÷ naive | `--no-cache` ÷ naive |",
    "| --- | --- | --- | --- | --- |",
    ...(figures.cliShapes ?? []).map((s) => `| ${s.clientShare * 100}% clients, file times ${s.fileTimes ? "on" : "off"} | ${ms(s.naive)} | ${r(s.first)}, ${ms(s.first)} | ${r(s.second)}, ${ms(s.second)} | ${r(s.noCache)}, ${ms(s.noCache)} |`),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  mkdirSync("bench/out", { recursive: true });
  const figures = measureCli((l) => process.stdout.write(`${l}\n`));
  writeFileSync("bench/out/cli.json", JSON.stringify(figures, null, 2));
  process.stdout.write(`${cliRows(figures).join("\n")}\n`);
}
