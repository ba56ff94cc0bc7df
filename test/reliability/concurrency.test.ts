// @vitest-environment happy-dom
// Writes racing with the user: typing lands between Clientele's read and its writes, two moves of
// one card in quick succession, and the note renamed or deleted while a write is pending.
import { describe, expect, it } from "vitest";
import { healthCheckFor, logInteractionFor, moveClient } from "../../src/obsidian/writes";
import { readSection } from "../../src/core/note/sections";
import type { Deps } from "../../src/deps";
import { getOpenModal, notices, readFile, runCommand, suggestModal, type App, type TFile } from "../fake/obsidian";
import { settle, startPlugin } from "../plugin/setup";
import { depsOf, directDeps, props, statusOf, TODAY } from "./helpers";

const PATH = "Clients/Acme.md";
const NOTE = "---\ntype: client\nstage: Proposal\nlast_contact: 2026-10-01\n---\n# Acme\n\n## Notes\n\nFirst thoughts.\n\n## Stage history\n\n## Interaction log\n";

function fileAt(app: App, path = PATH): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`no ${path}`);
  return f;
}

/** The user types: a body line at the end and a property of their own, as an editor save would. */
function type(app: App, n: number): void {
  const file = fileAt(app, fileAt(app).path);
  const text = app.vault.readSync(file);
  const typed = text.replace("type: client\n", `type: client\nmood_${n}: typed\n`) + `Typed line ${n}.\n`;
  app.vault.writeSync(file, typed);
}

/** Runs `effect` once, right after the store's read of the note resolves (before any write). */
function afterRead(app: App, effect: () => void | Promise<void>): void {
  const read = app.vault.read.bind(app.vault);
  let done = false;
  app.vault.read = async (file) => {
    const text = await read(file);
    if (!done) {
      done = true;
      await effect();
    }
    return text;
  };
}

/** Runs `effect` right before each of the next `times` calls of vault.process (processFrontMatter uses it too). */
function beforeEachProcess(app: App, times: number, effect: (n: number) => void | Promise<void>): void {
  const process = app.vault.process.bind(app.vault);
  let n = 0;
  app.vault.process = async (file, fn, options) => {
    if (n < times) await effect(++n);
    return process(file, fn, options);
  };
}

async function acme(): Promise<{ app: App; deps: Deps }> {
  return directDeps({ [PATH]: NOTE });
}

describe("typing while Clientele writes", () => {
  it("an editor save between Clientele's read and its writes loses nothing", async () => {
    const { app, deps } = await acme();
    afterRead(app, () => type(app, 1));
    expect(await moveClient(deps, statusOf(PATH, NOTE), "Active")).toBe(true);
    const after = readFile(app, PATH);
    expect(props(after)).toMatchObject({ type: "client", mood_1: "typed", stage: "Active", stage_changed: TODAY, last_contact: "2026-10-01" });
    expect(after).toContain("Typed line 1.\n");
    expect(readSection(after, "## Stage history")).toEqual([`- ${TODAY}: Proposal → Active`]);
    expect(after).toContain("# Acme\n\n## Notes\n\nFirst thoughts.\n");
  });

  it("an editor save right before the atomic write (properties and body in one write) loses nothing", async () => {
    const { app, deps } = await acme();
    beforeEachProcess(app, 2, (n) => type(app, n));
    expect(await logInteractionFor(deps, statusOf(PATH, NOTE), { type: "call", date: "2026-11-20", summary: "Kick-off", followUp: null })).toBe(true);
    const after = readFile(app, PATH);
    expect(props(after)).toMatchObject({ mood_1: "typed", last_contact: "2026-11-20", stage: "Proposal" });
    expect(after).toContain("Typed line 1.\n");
    // One write: the typed line landed at the end of the note, in the Interaction log section; the entry follows it.
    expect(readSection(after, "## Interaction log")).toEqual(["Typed line 1.", "- 2026-11-20 · call · Kick-off"]);
  });

  it("the same, on a note whose properties need Obsidian's rewrite (two writes: properties, then body)", async () => {
    // An anchor on `last_contact` is not edited line by line, so processFrontMatter is used.
    const note = NOTE.replace("last_contact: 2026-10-01\n", "last_contact: &d 2026-10-01\n");
    const { app, deps } = await directDeps({ [PATH]: note });
    beforeEachProcess(app, 2, (n) => type(app, n));
    expect(await logInteractionFor(deps, statusOf(PATH, note), { type: "call", date: "2026-11-20", summary: "Kick-off", followUp: null })).toBe(true);
    const after = readFile(app, PATH);
    expect(props(after)).toMatchObject({ mood_1: "typed", mood_2: "typed", stage: "Proposal" });
    expect(readSection(after, "## Interaction log")).toEqual(["Typed line 1.", "Typed line 2.", "- 2026-11-20 · call · Kick-off"]);
  });

  it("a property the user changes meanwhile is planned from: a later interaction does not move last_contact back", async () => {
    const { app, deps } = await acme();
    afterRead(app, () => undefined);
    const file = fileAt(app);
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm.last_contact = "2026-11-25";
    });
    // The caller still holds the old view (last_contact 2026-10-01).
    expect(await logInteractionFor(deps, statusOf(PATH, NOTE), { type: "email", date: "2026-11-20", summary: "Late log", followUp: null })).toBe(true);
    expect(props(readFile(app, PATH)).last_contact).toBe("2026-11-25");
  });
});

describe("two quick moves of one card", () => {
  it("end at the last target, with a true Stage history, when fired without waiting", async () => {
    const { app, deps } = await acme();
    const stale = statusOf(PATH, NOTE); // both drops come from the same card, drawn before either write
    const results = await Promise.all([moveClient(deps, stale, "Active"), moveClient(deps, stale, "Retention"), healthCheckFor(deps, stale, { scores: { profitability: 5, communication: 5, strategic_fit: 5, growth: 5 }, comment: "" })]);
    expect(results).toEqual([true, true, true]);
    const after = readFile(app, PATH);
    expect(props(after)).toMatchObject({ stage: "Retention", stage_changed: TODAY, health_growth: 5, last_review: TODAY });
    expect(readSection(after, "## Stage history")).toEqual([`- ${TODAY}: Proposal → Active`, `- ${TODAY}: Active → Retention`]);
  });

  it("through the Move command twice before anything settles", async () => {
    const { app } = await startPlugin({ [PATH]: NOTE });
    await app.workspace.getLeaf(false).openFile(fileAt(app));
    for (const stage of ["Active", "Sunset"]) {
      await runCommand(app, "move-stage");
      const modal = suggestModal(getOpenModal<{ getSuggestions(q: string): string[] }>(app));
      await modal.setQuery(stage);
      modal.chooseSuggestion(0);
    }
    await settle(app);
    const after = readFile(app, PATH);
    const today = depsOf(app).today();
    expect(props(after).stage).toBe("Sunset");
    expect(readSection(after, "## Stage history")).toEqual([`- ${today}: Proposal → Active`, `- ${today}: Active → Sunset`]);
    expect(depsOf(app).index.client(PATH, today)?.client.stage).toBe("Sunset");
  });

  it("moving back and forth ends where the last drop was", async () => {
    const { app, deps } = await acme();
    const stale = statusOf(PATH, NOTE);
    await Promise.all(["Active", "Proposal", "Active", "Discovery"].map((s) => moveClient(deps, stale, s)));
    expect(props(readFile(app, PATH)).stage).toBe("Discovery");
    expect(readSection(readFile(app, PATH), "## Stage history")).toHaveLength(4);
  });
});

describe("rename or delete while a write is pending", () => {
  it("a rename: the write follows the note to its new name; nothing appears at the old one", async () => {
    const { app, deps } = await acme();
    afterRead(app, () => app.fileManager.renameFile(fileAt(app), "Clients/Acme Renamed.md"));
    expect(await moveClient(deps, statusOf(PATH, NOTE), "Active")).toBe(true);
    expect(app.vault.getAbstractFileByPath(PATH)).toBeNull();
    const after = readFile(app, "Clients/Acme Renamed.md");
    expect(props(after).stage).toBe("Active");
    expect(readSection(after, "## Stage history")).toEqual([`- ${TODAY}: Proposal → Active`]);
    await settle(app);
    expect(deps.index.client("Clients/Acme Renamed.md", TODAY)?.client.stage).toBe("Active");
    expect(deps.index.client(PATH, TODAY)).toBeNull();
  });

  it("a delete before the write: nothing is written, no file comes back, a Notice says so", async () => {
    const { app, deps } = await acme();
    afterRead(app, () => app.fileManager.trashFile(fileAt(app)));
    expect(await moveClient(deps, statusOf(PATH, NOTE), "Active")).toBe(false);
    expect(app.vault.getAbstractFileByPath(PATH)).toBeNull();
    expect(app.vault.operations.map((o) => o.op)).toEqual(["trash"]);
    expect(notices()).toContain(`Clientele: "${PATH}" was deleted while Clientele was changing it; nothing more was written.`);
  });

  it("a delete between the properties and the history line: the history is not written into a new file", async () => {
    // Properties Clientele does not edit line by line (an anchor on `stage`) take two writes.
    const { app, deps } = await directDeps({ [PATH]: NOTE.replace("stage: Proposal\n", "stage: &s Proposal\n") });
    const fm = app.fileManager.processFrontMatter.bind(app.fileManager);
    app.fileManager.processFrontMatter = async (file, fn, options) => {
      await fm(file, fn, options);
      await app.vault.delete(file);
    };
    expect(await moveClient(deps, statusOf(PATH, NOTE), "Active")).toBe(false);
    expect(app.vault.getAbstractFileByPath(PATH)).toBeNull();
    expect(app.vault.operations.map((o) => o.op)).toEqual(["modify", "delete"]);
    expect(notices().some((n) => n.includes(PATH) && n.includes("deleted"))).toBe(true);
  });

  it("a note deleted before the command runs (a stale card): a Notice, no write, no crash", async () => {
    const { app, deps } = await acme();
    await app.vault.delete(fileAt(app));
    for (const run of [
      () => moveClient(deps, statusOf(PATH, NOTE), "Active"),
      () => logInteractionFor(deps, statusOf(PATH, NOTE), { type: "call", date: "2026-11-20", summary: "x", followUp: null }),
      () => healthCheckFor(deps, statusOf(PATH, NOTE), { scores: { profitability: 1, communication: 1, strategic_fit: 1, growth: 1 }, comment: "" }),
    ]) expect(await run()).toBe(false);
    expect(app.vault.getAbstractFileByPath(PATH)).toBeNull();
    expect(app.vault.operations.map((o) => o.op)).toEqual(["delete"]);
    expect(notices().filter((n) => n === `Clientele: "${PATH}" no longer exists.`)).toHaveLength(3);
  });

  it("a write that fails (the disk refuses) is reported, and the next write to the note still runs", async () => {
    const { app, deps } = await acme();
    const process = app.vault.process.bind(app.vault);
    let fail = true;
    app.vault.process = (file, fn, options) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error("EACCES: permission denied"));
      }
      return process(file, fn, options);
    };
    const stale = statusOf(PATH, NOTE);
    const [first, second] = await Promise.all([moveClient(deps, stale, "Active"), moveClient(deps, stale, "Retention")]);
    expect([first, second]).toEqual([false, true]);
    expect(notices()).toContain(`Clientele: could not update "${PATH}": EACCES: permission denied`);
    expect(props(readFile(app, PATH)).stage).toBe("Retention");
    expect(readSection(readFile(app, PATH), "## Stage history")).toEqual([`- ${TODAY}: Proposal → Retention`]);
  });
});
