// The command line on awkward vaults and arguments: unreadable folders, very deep nesting, notes it
// has to leave out, help and version, a file given as the vault, a vault with no client notes.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const client = (name: string, extra = "") => `---\ntype: client\ncompany: ${name}\nstage: Active\n${extra}\n---\n# ${name}\n`;
const BROKEN = "---\ntype: client\ntitle: Ver: 4.4\n---\n";

interface Json { clients: { path: string; healthCheckDue: boolean }[]; errors: { path: string; message: string }[] }

describe("folders the CLI cannot read", () => {
  const cleanup: (() => void)[] = [];
  afterAll(() => {
    for (const f of cleanup) f();
  });

  it("names a folder it may not read, reads the rest and exits 0", async (ctx) => {
    const vault = tmpVault({ "Good.md": client("Good"), "Private/Secret.md": client("Secret") });
    const locked = join(vault, "Private");
    chmodSync(locked, 0o000);
    cleanup.push(() => chmodSync(locked, 0o755));
    let blocked = false;
    try {
      readdirSync(locked);
    } catch {
      blocked = true;
    }
    // As root, chmod 000 does not stop a read: nothing to test then.
    if (!blocked) ctx.skip();
    const text = await cli(["review", vault, "--now", "2026-11-21"]);
    expect(text.code).toBe(0);
    expect(text.err).toMatch(/^clientele: could not read folder Private: EACCES/m);
    expect(text.out).toContain("Clientele review for 2026-11-21 · 1 client");
    const json = await cli(["review", vault, "--json", "--now", "2026-11-21"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as Json;
    expect(report.clients.map((c) => c.path)).toEqual(["Good.md"]);
    expect(report.errors).toEqual([{ path: "Private", message: expect.stringMatching(/^Could not read the folder: EACCES/) as string }]);
  });

  it("walks 3,000 nested folders without a stack overflow, reporting the ones past the system's path limit", async () => {
    const vault = mkdtempSync(join(tmpdir(), "clientele-deep-"));
    cleanup.push(() => spawnSync("rm", ["-rf", vault]));
    // Made by a child process that descends folder by folder: the full path soon exceeds what one system call accepts.
    const script = `const fs = require("node:fs"); process.chdir(process.argv[1]);
      for (let i = 1; i <= 3000; i++) { fs.mkdirSync("d"); process.chdir("d"); if (i === 100) fs.writeFileSync("Deep.md", process.argv[2]); }`;
    const made = spawnSync(process.execPath, ["-e", script, vault, client("Deep")], { encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    writeFileSync(join(vault, "Top.md"), client("Top"));
    const json = await cli(["review", vault, "--json", "--now", "2026-11-21"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as Json;
    expect(report.clients.map((c) => c.path)).toEqual(["Top.md", `${"d/".repeat(100)}Deep.md`]);
    expect(report.errors.length).toBeGreaterThan(0);
    for (const e of report.errors) {
      expect(e.path).toMatch(/^(d\/)+d$/);
      expect(e.message).toMatch(/^Could not read the folder: /);
    }
    const text = await cli(["review", vault, "--now", "2026-11-21"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("· 2 clients ·");
    expect(text.err.split("\n").filter((l) => l !== "").every((l) => l.startsWith("clientele: could not read folder d/d/"))).toBe(true);
  }, 30_000); // thousands of folders made by a child process: seconds on a busy machine
});

describe("notes left out of export and weekly", () => {
  const vault = tmpVault({ "Broken.md": BROKEN, "Good.md": client("Good") });

  it("export --csv names each skipped note on stderr", async () => {
    const { code, out, err } = await cli(["export", vault, "--csv", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(out).toContain("Good.md");
    expect(out).not.toContain("Broken.md");
    expect(err).toMatch(/^clientele: skipped Broken\.md: .*line 3/);
  });

  it("weekly names each skipped note on stderr and lists them in the note", async () => {
    const { code, out, err } = await cli(["weekly", vault, "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(err).toMatch(/^clientele: skipped Broken\.md: .*line 3/);
    const section = out.slice(out.indexOf("## Notes that could not be read (1)\n"));
    expect(section).toMatch(/^## Notes that could not be read \(1\)\n\nThis review leaves them out:\n\n- Broken\.md: .*line 3.*\n$/);
  });

  it("names a hostile note path as inert Markdown in the note and without control characters on stderr", async () => {
    const hostile = tmpVault({ "[[x]] <b>\u001b[2J.md": BROKEN, "Good.md": client("Good") });
    const { out, err } = await cli(["weekly", hostile, "--now", "2026-11-21"]);
    expect(out).toContain("- \\[\\[x\\]\\] \\<b\\>\uFFFD\\[2J.md: ");
    expect(err).toMatch(/^clientele: skipped \[\[x\]\] <b>\uFFFD\[2J\.md: /);
    // eslint-disable-next-line no-control-regex -- the point: none of these may be printed
    expect(err).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it("weekly has no such section when every note was read", async () => {
    const { out, err } = await cli(["weekly", tmpVault({ "Good.md": client("Good") }), "--now", "2026-11-21"]);
    expect(err).toBe("");
    expect(out).not.toContain("could not be read");
  });
});

describe("help, version and the vault argument", () => {
  it.each([[["--help"]], [["-h"]], [["help"]], [["review", "vault-template", "--help"]], [["weekly", "-h"]]])("%j prints the help on stdout with exit status 0", async (args) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(0);
    expect(err).toBe("");
    for (const text of ["clientele review VAULT", "clientele export VAULT --csv", "clientele weekly VAULT", "--json", "--csv", "--now YYYY-MM-DD", "--version", "Exit status", "  0  ", "  2  "]) expect(out).toContain(text);
  });

  it("--version prints the manifest's version", async () => {
    const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as { version: string };
    const { code, out, err } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(`clientele ${manifest.version}\n`);
  });

  it("a file given as the vault is exit status 2 with a one-line message", async () => {
    const file = join(tmpVault({ "a.md": "x" }), "a.md");
    const { code, out, err } = await cli(["review", file]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`clientele: ${file} is a file, not a vault folder\n`);
  });

  it.each([
    ["an empty folder", {}, "no client notes found in 0 notes"],
    ["a folder of other notes", { "a.md": "# A\n", "b/c.md": "---\ntags: [x]\n---\n" }, "no client notes found in 2 notes"],
  ])("%s says no client notes were found instead of an all-clear", async (_name, files, said) => {
    const vault = tmpVault(files);
    const text = await cli(["review", vault, "--now", "2026-11-21"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(said);
    expect(text.out).not.toContain("Nobody. Keep it that way.");
    const report = JSON.parse((await cli(["review", vault, "--json", "--now", "2026-11-21"])).out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["today", "clients", "pipeline", "errors"]);
    expect(report.clients).toEqual([]);
  });

  it("a vault whose only note is broken still lists the problem", async () => {
    const { out } = await cli(["review", tmpVault({ "Broken.md": BROKEN }), "--now", "2026-11-21"]);
    expect(out).toContain("no client notes found in 1 note");
    expect(out).toMatch(/Problems \(1\)\n {2}✗ Broken\.md: .*line 3/);
  });
});

describe("health checks due", () => {
  it("the text review counts the same clients as the JSON's healthCheckDue, Sunset ones included", async () => {
    const vault = tmpVault({
      "Old.md": client("Old", "last_review: 2026-01-05"),
      "Recent.md": client("Recent", "last_review: 2026-11-20"),
      "Gone.md": "---\ntype: client\ncompany: Gone\nstage: Sunset\n---\n",
      "Nostage.md": "---\ntype: client\ncompany: Nostage\n---\n",
    });
    const report = JSON.parse((await cli(["review", vault, "--json", "--now", "2026-11-21"])).out) as Json;
    const due = report.clients.filter((c) => c.healthCheckDue).map((c) => c.path);
    expect(due).toEqual(["Gone.md", "Nostage.md", "Old.md"]);
    const { out } = await cli(["review", vault, "--now", "2026-11-21"]);
    expect(out).toContain(`Health checks due (${due.length})\n  Gone: never reviewed\n  Nostage: never reviewed\n  Old: last review 2026-01-05\n`);
  });
});
