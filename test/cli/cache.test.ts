// The CLI's read cache (src/cli/vault-cache.ts): a second run over an unchanged vault reads no
// note (only stats), a changed, touched, renamed or deleted note is seen as it now is, a corrupt
// or foreign cache is rebuilt, --no-cache writes nothing, and the output is the same byte for byte.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const CACHE = ".obsidian/plugins/clientele/cli-cache.json";
/** A day well before any run: files this old are kept in the cache (not "racy"). */
const PAST = new Date("2026-11-01T10:00:00Z");

const client = (name: string, stage = "Active", extra = "") =>
  `---\ntype: client\ncompany: ${name}\nstage: ${stage}\nlast_contact: 2026-10-01\nhealth_growth: 4\n${extra}---\n# ${name}\n\n## Health history\n\n- 2026-09-01 · health 3.5\n`;

function vault(settings: Record<string, unknown> = {}): string {
  const root = tmpVault({
    ".obsidian/plugins/clientele/data.json": JSON.stringify(settings),
    "Clients/Acme.md": client("Acme"),
    "Clients/Borealis.md": client("Borealis", "Proposal", "next_action: Call\nnext_action_due: 2026-11-30\n"),
    "Clients/Broken.md": "---\ntype: client\ntitle: Ver: 4.4\n---\n",
    "Daily/2026-11-10.md": "Met [[Acme]] today.\n",
    "Notes/Plain.md": "---\ntags: [x]\n---\nNothing here.\n",
  });
  for (const f of files(root)) utimesSync(join(root, f), PAST, PAST);
  return root;
}

/** Every file of the vault, by vault path, sorted. */
function files(root: string, rel = ""): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel === "" ? e.name : `${rel}/${e.name}`;
    return e.isDirectory() ? files(root, r) : [r];
  }).sort();
}

/** The cache's entries by path: [size, mtime]. */
function entries(root: string): Map<string, [number, number]> {
  const doc = JSON.parse(readFileSync(join(root, CACHE), "utf8")) as { entries: [string, number, number, unknown][] };
  return new Map(doc.entries.map(([p, s, m]) => [p, [s, m]]));
}

const review = async (root: string, ...more: string[]) => (await cli(["review", root, "--json", "--now", "2026-11-21", ...more])).out;

/** Rewrites a note with other text of the same length, and gives it back its old modification time. */
function sneakyEdit(root: string, rel: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const full = join(root, rel);
  const before = statSync(full);
  writeFileSync(full, readFileSync(full, "utf8").replace(from, to));
  utimesSync(full, before.atime, before.mtime);
}

describe("the CLI's read cache", () => {
  it("is written on the first run, and a second run reads only what the cache says (same size and time: not read)", async () => {
    const root = vault();
    const first = await review(root);
    expect(existsSync(join(root, CACHE))).toBe(true);
    expect([...entries(root).keys()].sort()).toStrictEqual(["Clients/Acme.md", "Clients/Borealis.md", "Clients/Broken.md", "Daily/2026-11-10.md", "Notes/Plain.md"]);
    // Same size, same time, other text: a run that only stats cannot see it.
    sneakyEdit(root, "Clients/Acme.md", "stage: Active", "stage: Sunset");
    expect(await review(root)).toBe(first);
    expect(await review(root, "--no-cache")).not.toBe(first);
  });

  it("reads an edited note again (other size, or same size and another time)", async () => {
    const root = vault();
    await review(root);
    writeFileSync(join(root, "Clients/Acme.md"), client("Acme", "Retention"));
    const afterGrow = JSON.parse(await review(root)) as { clients: { path: string; stage: string }[] };
    expect(afterGrow.clients.find((c) => c.path === "Clients/Acme.md")?.stage).toBe("Retention");
    sneakyEdit(root, "Clients/Acme.md", "stage: Retention", "stage: Discovery");
    utimesSync(join(root, "Clients/Acme.md"), PAST, new Date(PAST.getTime() + 60_000));
    const afterSame = JSON.parse(await review(root)) as { clients: { path: string; stage: string }[] };
    expect(afterSame.clients.find((c) => c.path === "Clients/Acme.md")?.stage).toBe("Discovery");
    expect(await review(root)).toBe(await review(root, "--no-cache"));
  });

  it("reads a touched note again (time changed, text the same) and gives the same output", async () => {
    const root = vault();
    const first = await review(root);
    const later = new Date(PAST.getTime() + 3_600_000);
    utimesSync(join(root, "Clients/Borealis.md"), later, later);
    expect(await review(root)).toBe(first);
    expect(entries(root).get("Clients/Borealis.md")?.[1]).toBe(statSync(join(root, "Clients/Borealis.md")).mtimeMs);
  });

  it("drops a deleted note and reads a renamed one under its new path", async () => {
    const root = vault();
    await review(root);
    rmSync(join(root, "Clients/Broken.md"));
    renameSync(join(root, "Clients/Acme.md"), join(root, "Clients/Acme Corp.md"));
    const out = await review(root);
    expect(out).toBe(await review(root, "--no-cache"));
    const json = JSON.parse(out) as { clients: { path: string }[]; errors: unknown[] };
    expect(json.clients.map((c) => c.path)).toStrictEqual(["Clients/Acme Corp.md", "Clients/Borealis.md"]);
    expect(json.errors).toStrictEqual([]);
    expect([...entries(root).keys()].sort()).toStrictEqual(["Clients/Acme Corp.md", "Clients/Borealis.md", "Daily/2026-11-10.md", "Notes/Plain.md"]);
  });

  it("ignores and rebuilds a corrupt cache, one from another version, or one of the wrong shape", async () => {
    const root = vault();
    const clean = await review(root, "--no-cache");
    for (const bad of ["{not json", "", JSON.stringify({ version: "0:old", entries: [] }), JSON.stringify({ version: "x", entries: [["Clients/Acme.md", 1, 2, { read: null, dated: null }]] }), "[]", "null"]) {
      writeFileSync(join(root, CACHE), bad);
      expect(await review(root), bad).toBe(clean);
      expect(entries(root).size).toBe(5);
    }
    // A cache of the right version but a broken entry: the whole cache is rebuilt, not trusted in part.
    const doc = JSON.parse(readFileSync(join(root, CACHE), "utf8")) as { version: string; entries: unknown[] };
    writeFileSync(join(root, CACHE), JSON.stringify({ version: doc.version, entries: [...doc.entries.slice(1), ["Clients/Acme.md", "x"]] }));
    expect(await review(root)).toBe(clean);
    expect(entries(root).size).toBe(5);
  });

  it("with --no-cache writes nothing into the vault, and every command prints the same with and without the cache", async () => {
    const root = vault({ activitySource: "mtime" });
    const before = files(root).map((f) => [f, statSync(join(root, f)).mtimeMs]);
    const commands = [["review", "--json"], ["review"], ["agenda", "--json"], ["weekly"], ["export", "--csv"], ["client", "Acme", "--json"]];
    const plain = [];
    for (const c of commands) plain.push(await cli([c[0] as string, root, ...c.slice(1), "--now", "2026-11-21", "--no-cache"]));
    expect(files(root).map((f) => [f, statSync(join(root, f)).mtimeMs])).toStrictEqual(before);
    for (let run = 0; run < 2; run++) {
      for (const [i, c] of commands.entries()) expect(await cli([c[0] as string, root, ...c.slice(1), "--now", "2026-11-21"]), `${c.join(" ")} run ${run}`).toStrictEqual(plain[i]);
    }
    expect(files(root)).toStrictEqual([...before.map(([f]) => f as string), CACHE].sort());
  });

  it("keeps no entry for a note changed during the last seconds, and writes no cache where there is no .obsidian folder", async () => {
    const root = vault();
    writeFileSync(join(root, "Clients/Fresh.md"), client("Fresh"));
    await review(root);
    expect(entries(root).has("Clients/Fresh.md")).toBe(false);
    expect(entries(root).has("Clients/Acme.md")).toBe(true);
    const bare = tmpVault({ "Acme.md": client("Acme") });
    utimesSync(join(bare, "Acme.md"), PAST, PAST);
    await review(bare);
    expect(files(bare)).toStrictEqual(["Acme.md"]);
  });

  it("writes the cache whole (no temporary file left) and does not write it again when nothing changed", async () => {
    const root = vault();
    await review(root);
    const written = statSync(join(root, CACHE)).mtimeMs;
    utimesSync(join(root, CACHE), PAST, PAST);
    await review(root);
    expect(statSync(join(root, CACHE)).mtimeMs).toBe(PAST.getTime());
    expect(written).toBeGreaterThan(PAST.getTime());
    expect(readdirSync(join(root, ".obsidian/plugins/clientele")).sort()).toStrictEqual(["cli-cache.json", "data.json"]);
  });

  it("refuses --no-cache for import, which reads no cache", async () => {
    const r = await cli(["import", vault(), "x.csv", "--no-cache"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option "--no-cache" for import');
  });
});
