// dist/cli.cjs as built (scripts/build-options.mjs cliOptions): minified, with the `yaml` package in
// its own file, dist/cli-yaml.cjs, loaded only when a note needs the full parser. This builds the two
// files into a temporary folder, runs the bundle as a process on a vault whose notes all take the
// flat fast path and on one with a note only `yaml` reads, and checks each prints what the sources
// print in-process, and that the first never loads the yaml file.
import { build, type BuildOptions } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOptions } from "../../scripts/build-options.mjs";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "clientele-cli-bundle-"));
  await build({ ...(cliOptions as BuildOptions), outdir: dir, logLevel: "silent" });
  // Names every module the bundle requires, on stderr, so a test can see whether cli-yaml.cjs was loaded.
  writeFileSync(join(dir, "hook.cjs"), 'const M = require("module"); const r = M.prototype.require; M.prototype.require = function (id) { process.stderr.write(`require ${id}\\n`); return r.apply(this, arguments); };\n');
  writeFileSync(join(dir, "run.cjs"), 'require("./cli.cjs").main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bundled(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync("node", ["-r", join(dir, "hook.cjs"), join(dir, "run.cjs"), ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const client = (name: string, extra = "") => `---\ntype: client\ncompany: ${name}\nstage: Active\nlast_contact: 2026-10-01\ntags: [a, b]\nvalue: 1200\n${extra}---\n# ${name}\n`;

describe("the built CLI", () => {
  it("prints what the sources print and loads no yaml when every note takes the fast path", async () => {
    const root = tmpVault({ "Clients/Acme.md": client("Acme"), "Clients/Borealis.md": client("Borealis", "next_action: Call\nnext_action_due: 2026-11-30\n"), "Notes/Plain.md": "---\ntags: [x]\n---\nText\n" });
    for (const extra of [[], ["--no-cache"]]) {
      const args = ["review", root, "--json", "--now", "2026-11-21", ...extra];
      const r = bundled(args);
      expect(r.code).toBe(0);
      expect(r.out).toBe((await cli(args)).out);
      expect(r.err).not.toContain("cli-yaml.cjs");
    }
    const text = bundled(["review", root, "--now", "2026-11-21", "--no-cache"]);
    expect(text.out).toBe((await cli(["review", root, "--now", "2026-11-21", "--no-cache"])).out);
  }, 30_000);

  it("loads dist/cli-yaml.cjs for a block only yaml reads, with the same result as the sources", async () => {
    const root = tmpVault({ "Clients/Folded.md": client("Folded", "positioning: >-\n  folded\n  text\n") });
    const args = ["review", root, "--json", "--now", "2026-11-21", "--no-cache"];
    const r = bundled(args);
    expect(r.code).toBe(0);
    expect(r.err).toContain("require ./cli-yaml.cjs");
    expect(r.out).toBe((await cli(args)).out);
    expect((JSON.parse(r.out) as { clients: { name: string }[] }).clients[0]?.name).toBe("Folded");
  }, 30_000);
});
