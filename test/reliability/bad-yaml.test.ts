// @vitest-environment happy-dom
// Notes whose properties are not valid YAML are never written, and they are named (with the
// parser's message) in the CLI's errors, in ClientIndex.errors() and under the dashboard blocks.
import { describe, expect, it } from "vitest";
import { healthCheckFor, logInteractionFor, moveClient } from "../../src/obsidian/writes";
import type { ClienteleApi } from "../../src/api";
import type { Deps } from "../../src/deps";
import { getOpenModal, notices, readFile, renderCodeBlock, runCommand, suggestModal, type App } from "../fake/obsidian";
import { cli } from "../cli/run-cli";
import { tmpVault } from "../helpers/tmp-vault";
import { settle, startPlugin } from "../plugin/setup";
import { depsOf, statusOf } from "./helpers";

const BROKEN = "Clients/Broken.md";
const GOOD = "Clients/Good.md";
const GOOD_TEXT = "---\ntype: client\nstage: Active\nlast_contact: 2020-01-01\n---\n# Good\n";

/** [case, note text, what the parser says] */
const CASES: [string, string, string][] = [
  ["a tab used as indentation", "---\ntype: client\nstage: Proposal\ntags:\n\t- AEROSPACE\n---\n# Tabs\n\n## Stage history\n", "Tabs are not allowed as indentation (line 5, column 1)"],
  ["a duplicate key", "---\ntype: client\nstage: Proposal\nstage: Active\n---\n# Twice\n", "Map keys must be unique (line 4, column 1)"],
  ["an unclosed quote", '---\ntype: client\ncompany: "Acme\nstage: Proposal\n---\n# Quote\n', 'Missing closing "quote'],
  ["title: Ver: 4.4", "---\ntype: client\nstage: Proposal\ntitle: Ver: 4.4\n---\n# Colon\n", "Nested mappings are not allowed in compact mappings (line 4, column 8)"],
];

/** Every write the note store could make, counted per path. */
function countWrites(app: App): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (path: string) => counts.set(path, (counts.get(path) ?? 0) + 1);
  const fm = app.fileManager.processFrontMatter.bind(app.fileManager);
  app.fileManager.processFrontMatter = (file, fn, options) => {
    add(file.path);
    return fm(file, fn, options);
  };
  const process = app.vault.process.bind(app.vault);
  app.vault.process = (file, fn, options) => {
    add(file.path);
    return process(file, fn, options);
  };
  const modify = app.vault.modify.bind(app.vault);
  app.vault.modify = (file, data, options) => {
    add(file.path);
    return modify(file, data, options);
  };
  return counts;
}

async function broken(text: string): Promise<{ app: App; deps: Deps; writes: Map<string, number>; mtime: number | undefined }> {
  const { app } = await startPlugin({ [BROKEN]: text, [GOOD]: GOOD_TEXT });
  const deps = depsOf(app);
  await deps.index.idle();
  const writes = countWrites(app);
  return { app, deps, writes, mtime: app.vault.getFileByPath(BROKEN)?.stat.mtime };
}

describe.each(CASES)("properties with %s", (_case, text, message) => {
  it("no command writes the note; each says so in a Notice naming the note and the parser's message", async () => {
    const { app, deps, writes, mtime } = await broken(text);
    // A card or list drawn while the note was still valid (a stale view) is the only way to reach it.
    const stale = statusOf(BROKEN, "---\ntype: client\nstage: Proposal\n---\n");
    expect(await moveClient(deps, stale, "Active")).toBe(false);
    expect(await logInteractionFor(deps, stale, { type: "call", date: "2026-11-20", summary: "Hello", followUp: "2026-12-01" })).toBe(false);
    expect(await healthCheckFor(deps, stale, { scores: { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 }, comment: "" })).toBe(false);
    const api = (app.plugins.plugins.clientele as unknown as { api: ClienteleApi }).api;
    expect(await api.moveStage(BROKEN, "Active")).toBe(false);
    await settle(app);

    expect(writes.get(BROKEN) ?? 0).toBe(0);
    expect(readFile(app, BROKEN)).toBe(text);
    expect(app.vault.getFileByPath(BROKEN)?.stat.mtime).toBe(mtime);
    const said = notices().filter((n) => n.includes(`"${BROKEN}"`));
    expect(said).toHaveLength(3);
    for (const n of said) expect(n).toContain(message);
  });

  it("is not offered by the commands, even while it is the open note", async () => {
    const { app, writes } = await broken(text);
    const file = app.vault.getFileByPath(BROKEN);
    if (!file) throw new Error("no note");
    await app.workspace.getLeaf(false).openFile(file);
    for (const command of ["move-stage", "log-interaction", "health-check"]) {
      await runCommand(app, command);
      const modal = suggestModal(getOpenModal<{ getSuggestions(q: string): { client: { path: string } }[] }>(app));
      const offered = await modal.setQuery("");
      expect(offered.map((c) => c.client.path)).toEqual([GOOD]);
      modal.close();
    }
    expect(writes.get(BROKEN) ?? 0).toBe(0);
    expect(readFile(app, BROKEN)).toBe(text);
  });

  it("is listed by ClientIndex.errors() with the parser's message, and leaves it once fixed", async () => {
    const { app, deps } = await broken(text);
    expect(deps.index.errors()).toEqual([{ path: BROKEN, message: expect.stringContaining(message) as string }]);
    expect(deps.index.errors()[0]?.message).toMatch(/^Invalid YAML: /);
    expect(deps.index.client(BROKEN, deps.today())).toBeNull();

    const file = app.vault.getFileByPath(BROKEN);
    if (!file) throw new Error("no note");
    await app.vault.modify(file, "---\ntype: client\nstage: Proposal\n---\n# Fixed\n");
    await settle(app);
    await deps.index.idle();
    expect(deps.index.errors()).toEqual([]);
    expect(deps.index.client(BROKEN, deps.today())?.client.stage).toBe("Proposal");

    await app.vault.modify(file, text);
    await settle(app);
    await deps.index.idle();
    expect(deps.index.errors().map((e) => e.path)).toEqual([BROKEN]);
    await app.fileManager.renameFile(file, "Clients/Renamed.md");
    await settle(app);
    await deps.index.idle();
    expect(deps.index.errors().map((e) => e.path)).toEqual(["Clients/Renamed.md"]);
    await app.vault.delete(file);
    await settle(app);
    await deps.index.idle();
    expect(deps.index.errors()).toEqual([]);
  });

  it("is named under the dashboard's at-risk block, linked, with the parser's message", async () => {
    const { app, deps } = await broken(text);
    await new Promise((r) => setTimeout(r, 150)); // the index's change event
    const { el } = await renderCodeBlock(app, "clientele", "view: at-risk", "Client dashboard.md");
    document.body.appendChild(el);
    const box = el.querySelector(".clientele-block-errors");
    expect(box?.textContent).toContain("Clientele could not read 1 note; fix its properties (YAML):");
    expect(box?.textContent).toContain(`${BROKEN}: ${deps.index.errors()[0]?.message ?? "?"}`);
    expect(box?.querySelector("a.internal-link")?.getAttribute("data-href")).toBe(BROKEN);
    const pipeline = await renderCodeBlock(app, "clientele", "view: pipeline", "Client dashboard.md");
    expect(pipeline.el.querySelector(".clientele-block-errors")).toBeNull();
    el.remove();
  });

  it("is in the CLI's errors with the same message, and not among the clients", async () => {
    const root = tmpVault({ [BROKEN]: text, [GOOD]: GOOD_TEXT });
    const { code, out } = await cli(["review", root, "--json", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { clients: { path: string }[]; errors: { path: string; message: string }[] };
    expect(report.clients.map((c) => c.path)).toEqual([GOOD]);
    expect(report.errors).toEqual([{ path: BROKEN, message: expect.stringContaining(message) as string }]);
    const { deps } = await broken(text);
    expect(deps.index.errors()[0]?.message).toBe(report.errors[0]?.message);
    const plain = await cli(["review", root, "--now", "2026-11-21"]);
    expect(plain.out).toContain(`${BROKEN}: ${report.errors[0]?.message ?? "?"}`);
  });
});

describe("ClientIndex.errors() only lists what may be a client", () => {
  it("ignores broken YAML that does not mention client, empty blocks and notes without properties", async () => {
    const { app } = await startPlugin({
      "Notes/Recipe.md": "---\ntitle: Ver: 4.4\n---\n",
      "Notes/Empty.md": "---\n---\nText\n",
      "Notes/Plain.md": "# Plain\n\n---\n\nText\n",
      "Notes/List.md": "---\n- client\n- other\n---\n",
    });
    const deps = depsOf(app);
    await deps.index.idle();
    expect(deps.index.errors()).toEqual([{ path: "Notes/List.md", message: "Frontmatter is not a list of properties (key: value)" }]);
  });

  it("finds them after startup, without reading any other note", async () => {
    const files: Record<string, string> = { [BROKEN]: CASES[1]?.[1] ?? "" };
    for (let i = 0; i < 50; i++) files[`Clients/C${i}.md`] = `---\ntype: client\nstage: Active\n---\n# C${i}\n`;
    const { createFakeApp, loadPlugin } = await import("../fake/obsidian");
    const app = createFakeApp(files, { layoutReady: false });
    const reads: string[] = [];
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    app.vault.cachedRead = (file) => {
      reads.push(file.path);
      return cachedRead(file);
    };
    const read = app.vault.read.bind(app.vault);
    app.vault.read = (file) => {
      reads.push(file.path);
      return read(file);
    };
    const { default: ClientelePlugin } = await import("../../src/main");
    const { MANIFEST } = await import("../plugin/setup");
    const plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
    app.workspace.triggerLayoutReady();
    // Synchronously after the layout is ready: the index is built, nothing read yet.
    expect(plugin.deps.index.ready).toBe(true);
    expect(reads).toEqual([]);
    await plugin.deps.index.idle();
    // The error scan reads the broken note only. The note bodies (contract section 4: edits and
    // history lines) read client notes' text, each once, and never a note that is not a client.
    expect(reads.filter((p) => !/^Clients\/C\d+\.md$/.test(p))).toEqual([BROKEN]);
    const clientReads = reads.filter((p) => p !== BROKEN);
    expect(new Set(clientReads).size).toBe(clientReads.length);
    expect(plugin.deps.index.errors().map((e) => e.path)).toEqual([BROKEN]);
  });
});
