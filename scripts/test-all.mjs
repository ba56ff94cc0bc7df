// `npm test`: every check a change must pass, in order, ending with "N passed, N failed".
// Type-check, lint, build, unit tests (vitest), the smoke test of the built main.js and the
// real-browser tests. A failing step counts as one failure; each test counts as one.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const say = (line) => process.stdout.write(`${line}\n`);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, opts = {}) {
  const started = Date.now();
  say(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  const ok = r.status === 0;
  say(`${ok ? "✓" : "✗"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function countStep(name, cmd, args) {
  if (step(name, cmd, args)) passed++;
  else { failed++; failures.push(name); }
}

function countJsonTests(name, file, ran) {
  if (!existsSync(file)) { failed++; failures.push(`${name}: no results`); return; }
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0 || !ran) failures.push(name);
  if (!ran && r.numFailedTests === 0) { failed++; }
  rmSync(file);
}

countStep("type-check", "npx", ["tsc", "--noEmit"]);
countStep("type-check core", "npx", ["tsc", "--noEmit", "-p", "tsconfig.core.json"]);
countStep("lint", "npx", ["eslint", "."]);
countStep("build", "npm", ["run", "build"]);

const unitResults = ".vitest-results.json";
const unitOk = step("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitResults}`]);
countJsonTests("unit tests", unitResults, unitOk);

if (existsSync("e2e/run.mjs")) {
  const e2eResults = "e2e/out/results.json";
  const e2eOk = step("browser tests", "node", ["e2e/run.mjs", `--results=${e2eResults}`]);
  countJsonTests("browser tests", e2eResults, e2eOk);
}

say("");
if (failures.length) say(`Failed: ${failures.join(", ")}`);
say(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
