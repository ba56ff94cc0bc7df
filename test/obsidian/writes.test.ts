// @vitest-environment happy-dom
// The write layer: a client action writes only to the client it was started on, and a stage
// renamed in the settings is written only to notes whose stage on disk is still the old one.
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, notices, openSettingTab, readFile, runCommand, suggestModal, TextAreaComponent, TextComponent, type App } from "../fake/obsidian";
import { click, settle, startPlugin } from "../plugin/setup";
import { depsOf, statusOf } from "../reliability/helpers";
import { moveClient } from "../../src/obsidian/writes";

const PATH = "Clients/Acme.md";
const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme\nstage: Proposal\n---\n# Acme\n";
/** What may be at the same path by the time the user confirms. */
const REPLACEMENTS = [
  ["another client (other client_id)", "---\ntype: client\nclient_id: CLI-00002\ncompany: Globex\nstage: Discovery\n---\n# Globex\n"],
  ["a note that is no longer a client", "---\ntype: contact\nclient_id: CLI-00001\ncompany: Acme\nstage: Proposal\n---\n# Acme\n"],
  ["a note with no properties", "# Just a note\n"],
] as const;

type Suggest<T> = { getSuggestions(query: string): T[] };

async function openAcme(): Promise<App> {
  const { app } = await startPlugin({ [PATH]: ACME, "Clients/Other.md": "---\ntype: client\nclient_id: CLI-00003\nstage: Active\n---\n" });
  await settle(app);
  const file = app.vault.getFileByPath(PATH);
  if (!file) throw new Error("no note");
  await app.workspace.getLeaf(false).openFile(file);
  return app;
}

async function replace(app: App, text: string): Promise<void> {
  const file = app.vault.getFileByPath(PATH);
  if (!file) throw new Error("no note");
  await app.vault.modify(file, text);
}

function expectRefused(app: App, text: string): void {
  expect(readFile(app, PATH)).toBe(text);
  expect(notices().some((n) => n.includes(PATH) && n.includes("no longer the client"))).toBe(true);
}

describe.each(REPLACEMENTS)("a client action whose note became %s before the write", (_name, replacement) => {
  it("move to stage (command): writes nothing and names the note", async () => {
    const app = await openAcme();
    await runCommand(app, "move-stage");
    const modal = suggestModal(getOpenModal<Suggest<string>>(app));
    await modal.setQuery("Active");
    await replace(app, replacement);
    modal.chooseSuggestion(modal.suggestions.findIndex((s) => s === "Active"));
    await settle(app);
    expectRefused(app, replacement);
  });

  it("log interaction (command): writes nothing and names the note", async () => {
    const app = await openAcme();
    await runCommand(app, "log-interaction");
    const el = getOpenModal(app).contentEl;
    getControl(el, "Type", DropdownComponent).simulateChange("call");
    getControl(el, "Date", TextComponent).simulateChange("2026-11-20");
    getControl(el, "Summary", TextAreaComponent).simulateChange("Kick-off");
    await replace(app, replacement);
    click(el, "Log");
    await settle(app);
    expectRefused(app, replacement);
  });

  it("health check (command): writes nothing and names the note", async () => {
    const app = await openAcme();
    await runCommand(app, "health-check");
    const el = getOpenModal(app).contentEl;
    for (const label of ["Profitability", "Communication", "Strategic fit", "Growth potential"]) getControl(el, label, DropdownComponent).simulateChange("4");
    await replace(app, replacement);
    click(el, "Save health check");
    await settle(app);
    expectRefused(app, replacement);
  });
});

describe("the write layer's client check", () => {
  it("a board or API move of a client read before its note was replaced by another client returns false and writes nothing", async () => {
    const app = await openAcme();
    const deps = depsOf(app);
    const seen = statusOf(PATH, ACME);
    await replace(app, REPLACEMENTS[0][1]);
    expect(await moveClient(deps, seen, "Active")).toBe(false);
    expectRefused(app, REPLACEMENTS[0][1]);
  });

  it("the same client, edited meanwhile (other properties, stage), is still moved", async () => {
    const app = await openAcme();
    const deps = depsOf(app);
    const seen = statusOf(PATH, ACME);
    await replace(app, ACME.replace("stage: Proposal", "stage: Discovery\nnext_action: Call"));
    expect(await moveClient(deps, seen, "Active")).toBe(true);
    expect(readFile(app, PATH)).toContain("stage: Active");
    expect(readFile(app, PATH)).toContain("Discovery → Active");
  });

  it("a move from a stage that is not configured records the text the note had, (none) only without one (issue 11, item 6)", async () => {
    const app = await openAcme();
    const deps = depsOf(app);
    const seen = statusOf(PATH, ACME);
    await replace(app, ACME.replace("stage: Proposal", "stage: Negotiation [[Deal]]"));
    expect(await moveClient(deps, seen, "Active")).toBe(true);
    expect(readFile(app, PATH)).toContain("stage: Active");
    expect(readFile(app, PATH)).toContain(": Negotiation \\[\\[Deal\\]\\] → Active\n");
    await replace(app, readFile(app, PATH).replace("stage: Active\n", ""));
    expect(await moveClient(deps, seen, "Retention")).toBe(true);
    expect(readFile(app, PATH)).toContain(": (none) → Retention\n");
  });
});

describe("renaming a stage in the settings", () => {
  it("updates only the notes whose stage on disk is still the old one when the user confirms", async () => {
    const a = "---\ntype: client\nstage: Proposal\nother: kept\n---\nBody A.\n";
    const b = "---\ntype: client\nstage: proposal\n---\nBody B.\n";
    const { app } = await startPlugin({ "Clients/A.md": a, "Clients/B.md": b });
    await settle(app);
    const { containerEl } = openSettingTab(app, "clientele");
    const row = Array.from(containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Proposal");
    const rename = row?.querySelector('[aria-label="Rename"]');
    if (!(rename instanceof HTMLElement)) throw new Error("no rename button");
    rename.click();
    const modal = getOpenModal(app);
    getControl(modal.contentEl, "New name", TextComponent).simulateChange("Pitch");
    click(modal.contentEl, "Rename");
    await settle(app);
    const confirm = getOpenModal(app);
    expect(confirm.contentEl.textContent).toContain("2 client notes use the stage “Proposal”");

    // Before the user confirms, B is moved on (in the editor, by sync…).
    const fileB = app.vault.getFileByPath("Clients/B.md");
    if (!fileB) throw new Error("no B");
    const movedOn = "---\ntype: client\nstage: Active\n---\nBody B.\n";
    await app.vault.modify(fileB, movedOn);
    click(confirm.contentEl, "Update notes");
    await settle(app);

    expect(readFile(app, "Clients/A.md")).toBe("---\ntype: client\nstage: Pitch\nother: kept\n---\nBody A.\n");
    expect(readFile(app, "Clients/B.md")).toBe(movedOn);
  });
});
