// @vitest-environment happy-dom
// Every writing action on every kind of note: the bytes outside the touched section stay as they
// were, the other properties keep their values and places, and the values YAML tools like to
// mangle ("01234", NO, yes, wikilinks, days) come back as Obsidian read them.
// Notes Obsidian lists as clients go through the real command UI (command, modal, buttons);
// the others (no properties, empty block, byte order mark) through the same command functions.
import { describe, expect, it } from "vitest";
import { healthCheckFor, logInteractionFor, moveClient } from "../../src/obsidian/writes";
import { sanitiseNoteName } from "../../src/core/note/names";
import { yamlScalar } from "../../src/core/create/template";
import type { Deps } from "../../src/deps";
import { getOpenModal, notices, openSettingTab, readFile, renderCodeBlock, runCommand, type App } from "../fake/obsidian";
import { sampleVault, settle, startPlugin } from "../plugin/setup";
import {
  depsOf,
  directDeps,
  expectBodyKept,
  expectPropertiesKept,
  expectTrickyValuesKept,
  fixtures,
  statusOf,
  uiHealthCheck,
  uiLogInteraction,
  uiMove,
  uiNewClient,
  type Fixture,
  type HealthInput,
  type InteractionInput,
} from "./helpers";

const FIXTURES = fixtures();

async function open(f: Fixture): Promise<{ app: App; deps: Deps; today: string; viaUi: boolean }> {
  if (f.indexed) {
    const { app } = await startPlugin({ [f.path]: f.text, "Clients/Other.md": "---\ntype: client\nstage: Active\n---\n" });
    const deps = depsOf(app);
    expect(deps.index.client(f.path, deps.today()), "Obsidian lists the fixture as a client").not.toBeNull();
    return { app, deps, today: deps.today(), viaUi: true };
  }
  const { app, deps } = await directDeps({ [f.path]: f.text });
  return { app, deps, today: deps.today(), viaUi: false };
}

function writesOnlyTo(app: App, path: string): void {
  expect(app.vault.operations.filter((op) => op.path !== path)).toEqual([]);
}

const HEALTH: HealthInput = { scores: { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 }, comment: "Growth stalled — “quoted” <b>bold</b> #tag" };
const INTERACTION: InteractionInput = { type: "meeting", date: "2026-11-20", summary: "Agreed the\nQ1 scope 🚀.", followUp: "2026-12-01" };

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
  it("move to a stage: stage and stage_changed set, one Stage history line, nothing else touched; moving again writes nothing", async () => {
    const { app, deps, today, viaUi } = await open(f);
    const from = statusOf(f.path, f.text).client.stage ?? "(none)";
    if (viaUi) await uiMove(app, f.path, "Active");
    else expect(await moveClient(deps, statusOf(f.path, f.text), "Active")).toBe(true);
    const after = readFile(app, f.path);
    expectPropertiesKept(f.text, after, { stage: "Active", stage_changed: today });
    expectBodyKept(f.text, after, "## Stage history", [`- ${today}: ${from} → Active`]);
    expectTrickyValuesKept(after);
    writesOnlyTo(app, f.path);

    // The same move twice equals once: no bytes, no modification time.
    const mtime = app.vault.getFileByPath(f.path)?.stat.mtime;
    if (viaUi) await uiMove(app, f.path, "Active");
    else expect(await moveClient(deps, statusOf(f.path, f.text), "Active")).toBe(true);
    expect(readFile(app, f.path)).toBe(after);
    expect(app.vault.getFileByPath(f.path)?.stat.mtime).toBe(mtime);
  });

  it("health check: four scores and last_review set, one Health history line, nothing else touched", async () => {
    const { app, deps, today, viaUi } = await open(f);
    if (viaUi) await uiHealthCheck(app, f.path, HEALTH);
    else expect(await healthCheckFor(deps, statusOf(f.path, f.text), HEALTH)).toBe(true);
    const after = readFile(app, f.path);
    expectPropertiesKept(f.text, after, { health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, last_review: today });
    expectBodyKept(f.text, after, "## Health history", [`- ${today}: P4 C3 S5 G2 = 63 (Good) — ${HEALTH.comment}`]);
    expectTrickyValuesKept(after);
    writesOnlyTo(app, f.path);
  });

  it("log interaction: last_contact and next_action_due set, one Interaction log line, nothing else touched", async () => {
    const { app, deps, viaUi } = await open(f);
    if (viaUi) await uiLogInteraction(app, f.path, INTERACTION);
    else expect(await logInteractionFor(deps, statusOf(f.path, f.text), INTERACTION)).toBe(true);
    const after = readFile(app, f.path);
    expectPropertiesKept(f.text, after, { last_contact: "2026-11-20", next_action_due: "2026-12-01" });
    expectBodyKept(f.text, after, "## Interaction log", ["- 2026-11-20 · meeting · Agreed the Q1 scope 🚀. (follow up 2026-12-01)"]);
    expectTrickyValuesKept(after);
    writesOnlyTo(app, f.path);
  });

  it("new client from this note as the template: the note is the template byte for byte, placeholders aside", async () => {
    const template = f.text.replace("client_id: CLI-00007", "client_id: {{client_id}}").replace(/^company: .*$/m, "company: {{company}}");
    // Only the client note here; the linked notes it also creates by default are tested in test/core/create.
    const { app } = await startPlugin({ "Templates/Client.md": template }, { createLinkedNotes: false });
    await uiNewClient(app, f.company);
    const path = `Clients/${sanitiseNoteName(f.company)}.md`;
    const expected = template.replace("client_id: {{client_id}}", "client_id: CLI-00001").replace("company: {{company}}", `company: ${yamlScalar(f.company)}`);
    expect(readFile(app, path)).toBe(expected);
    expect(readFile(app, "Templates/Client.md")).toBe(template);
    expectTrickyValuesKept(expected);
    expect(app.vault.operations).toEqual([{ op: "createFolder", path: "Clients" }, { op: "create", path }]);
  });
});

describe.each(FIXTURES.filter((f) => f.indexed).map((f) => [f.name, f] as const))("%s, through the Move command", (_name, f) => {
  it("move to the stage it is already in: bytes and modification time unchanged", async () => {
    const { app } = await open(f);
    const mtime = app.vault.getFileByPath(f.path)?.stat.mtime;
    await uiMove(app, f.path, "Proposal");
    expect(readFile(app, f.path)).toBe(f.text);
    expect(app.vault.getFileByPath(f.path)?.stat.mtime).toBe(mtime);
    expect(app.vault.operations).toEqual([]);
  });
});

describe("Clientele writes only when asked", () => {
  it("starting up, indexing, drawing every dashboard view and the settings tab write no note", async () => {
    const { app } = await startPlugin(sampleVault());
    await new Promise((r) => setTimeout(r, 150));
    for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) await renderCodeBlock(app, "clientele", `view: ${view}`, "Client dashboard.md");
    openSettingTab(app, "clientele");
    await runCommand(app, "show-at-risk");
    getOpenModal(app).close();
    await settle(app);
    expect(app.vault.operations).toEqual([]);
  });
});

describe("a note only Obsidian's property writer could change, holding a comment", () => {
  // An anchor is left to Obsidian's writer, which lays the whole block out anew and drops comments.
  const PATH = "Clients/Anchored.md";
  const TEXT = "---\ntype: client\nstage: &s Proposal  # waiting on Bob's sign-off\nphase: *s\n---\n# Anchored\n\nBody.\n";

  it("is refused: no byte written, and the Notice names the note, the line and the key", async () => {
    const { app, deps } = await directDeps({ [PATH]: TEXT });
    const before = notices().length;
    expect(await moveClient(deps, statusOf(PATH, TEXT), "Active")).toBe(false);
    expect(readFile(app, PATH)).toBe(TEXT);
    expect(app.vault.operations).toEqual([]);
    expect(notices().slice(before)).toEqual([
      `Clientele: "${PATH}" not changed: line 3 holds a comment that Obsidian's property writer would drop. Edit stage by hand, or move the comment to the body.`,
    ]);
  });

  it("without the comment goes through Obsidian's writer, as before", async () => {
    const plain = TEXT.replace("  # waiting on Bob's sign-off", "");
    const { app, deps } = await directDeps({ [PATH]: plain });
    expect(await moveClient(deps, statusOf(PATH, plain), "Active")).toBe(true);
    expect(readFile(app, PATH)).toContain("stage: Active");
  });
});
