// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, notices, readFile, suggestModal, TextAreaComponent, TextComponent, type App } from "../fake/obsidian";
import { runCommand } from "../fake/obsidian";
import { expectOnlyChanged } from "./note-bytes";
import { click, settle, startPlugin } from "./setup";

const ACME_LF = [
  "---",
  "type: client",
  "client_id: CLI-00007",
  "company: Acme Robotics",
  "stage: Proposal",
  "custom_field: keep me",
  "zip: \"01234\"",
  "answer: \"NO\"",
  "champion: \"[[Jane Doe]]\"",
  "health_profitability: 4",
  "last_contact: 2026-10-01",
  "tags:",
  "  - AEROSPACE",
  "  - ISO-REQUIRED",
  "---",
  "# Acme Robotics",
  "",
  "Some text with a --- in it, and trailing spaces   ",
  "",
  "---",
  "",
  "```yaml",
  "stage: Fake",
  "```",
  "",
  "## Interaction log",
  "",
  "- 2026-10-01 · call · First call.",
  "",
  "## Notes",
  "",
  "Unrelated section.",
  "",
  "## Health history",
  "",
  "## Stage history",
  "",
  "## Last words",
  "",
  "The end.",
].join("\n");

const variants = [
  ["LF", ACME_LF],
  ["CRLF", ACME_LF.replace(/\n/g, "\r\n")],
] as const;

type Suggest<T> = { getSuggestions(query: string): T[] };
function stageModal(app: App) {
  return suggestModal(getOpenModal<Suggest<string>>(app));
}
function clientModal(app: App) {
  return suggestModal(getOpenModal<Suggest<{ client: { name: string } }>>(app));
}

async function withAcme(text: string): Promise<{ app: App }> {
  const { app } = await startPlugin({ "Clients/Acme Robotics.md": text });
  const file = app.vault.getFileByPath("Clients/Acme Robotics.md");
  if (!file) throw new Error("no file");
  await app.workspace.getLeaf(false).openFile(file);
  return { app };
}

describe.each(variants)("commands on a %s note", (_name, text) => {
  it("move-stage writes stage and stage_changed and appends the stage history line", async () => {
    const { app } = await withAcme(text);
    const today = (app.plugins.plugins.clientele as unknown as { deps: { today(): string } }).deps.today();
    await runCommand(app, "move-stage");
    const modal = stageModal(app);
    await modal.setQuery("act");
    modal.chooseSuggestion(0);
    await settle(app);
    expectOnlyChanged(text, readFile(app, "Clients/Acme Robotics.md"), { stage: "Active", stage_changed: today }, [`- ${today}: Proposal → Active`]);
  });

  it("move-stage to the current stage writes nothing", async () => {
    const { app } = await withAcme(text);
    const before = app.vault.getFileByPath("Clients/Acme Robotics.md")?.stat.mtime;
    await runCommand(app, "move-stage");
    const modal = stageModal(app);
    await modal.setQuery("proposal");
    modal.chooseSuggestion(0);
    await settle(app);
    expect(readFile(app, "Clients/Acme Robotics.md")).toBe(text);
    expect(app.vault.getFileByPath("Clients/Acme Robotics.md")?.stat.mtime).toBe(before);
  });

  it("log-interaction appends a dated line and sets last_contact and next_action_due", async () => {
    const { app } = await withAcme(text);
    await runCommand(app, "log-interaction");
    const el = getOpenModal(app).contentEl;
    getControl(el, "Type", DropdownComponent).simulateChange("meeting");
    getControl(el, "Date", TextComponent).simulateChange("2026-11-20");
    getControl(el, "Summary", TextAreaComponent).simulateChange("Agreed the\nQ1 scope.");
    getControl(el, "Follow-up date", TextComponent).simulateChange("2026-12-01");
    click(el, "Log");
    await settle(app);
    expectOnlyChanged(text, readFile(app, "Clients/Acme Robotics.md"), { last_contact: "2026-11-20", next_action_due: "2026-12-01" }, [
      "- 2026-11-20 · meeting · Agreed the Q1 scope. (follow up 2026-12-01)",
    ]);
  });

  it("health-check writes the four scores and last_review and appends the history line", async () => {
    const { app } = await withAcme(text);
    const today = (app.plugins.plugins.clientele as unknown as { deps: { today(): string } }).deps.today();
    await runCommand(app, "health-check");
    const el = getOpenModal(app).contentEl;
    expect(getControl(el, "Profitability", DropdownComponent).getValue()).toBe("4");
    getControl(el, "Communication", DropdownComponent).simulateChange("3");
    getControl(el, "Strategic fit", DropdownComponent).simulateChange("5");
    getControl(el, "Growth potential", DropdownComponent).simulateChange("2");
    getControl(el, "Comment", TextAreaComponent).simulateChange("Growth stalled.");
    click(el, "Save health check");
    await settle(app);
    expectOnlyChanged(
      text,
      readFile(app, "Clients/Acme Robotics.md"),
      { health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, last_review: today },
      [`- ${today}: P4 C3 S5 G2 = 63 (Good) — Growth stalled.`],
    );
  });
});

describe("invalid YAML", () => {
  const broken = "---\ntype: client\nstage: Proposal\ntitle: Ver: 4.4\n---\n# Broken\n";

  it("a command shows a Notice naming the note and writes nothing", async () => {
    const { app } = await withAcme(ACME_LF);
    await app.vault.create("Clients/Broken.md", broken);
    await settle(app);
    const plugin = app.plugins.plugins.clientele as unknown as { deps: import("../../src/deps").Deps };
    const status = { client: { path: "Clients/Broken.md", stage: "Proposal" } } as never;
    const { moveClient } = await import("../../src/obsidian/writes");
    const ok = await moveClient(plugin.deps, { ...(status as object), client: { ...(status as { client: object }).client, name: "Broken" } } as never, "Active");
    expect(ok).toBe(false);
    expect(readFile(app, "Clients/Broken.md")).toBe(broken);
    expect(notices().some((n) => n.includes("Clients/Broken.md") && /invalid properties/.test(n))).toBe(true);
  });
});

describe("new-client", () => {
  async function create(app: App, company: string, stage = "Discovery"): Promise<void> {
    await runCommand(app, "new-client");
    const el = getOpenModal(app).contentEl;
    getControl(el, "Company", TextComponent).simulateChange(company);
    getControl(el, "Stage", DropdownComponent).simulateChange(stage);
    getControl(el, "Engagement model", DropdownComponent).simulateChange("Retainer");
    click(el, "Create");
    await settle(app);
  }

  it("creates the note from the template with the next id, creates the folder and opens the note", async () => {
    const { app } = await startPlugin({
      "Templates/Client.md": "---\ntype: client\nclient_id: {{client_id}}\ncompany: {{company}}\nstage: {{stage}}\nengagement: {{engagement}}\nlast_contact: {{date}}\n---\n# {{company}}\n",
      "Old/Other.md": "---\ntype: client\nclient_id: CLI-00041\n---\n",
    });
    await create(app, 'Acme: "Labs" #1', "Proposal");
    const text = readFile(app, "Clients/Acme Labs 1.md");
    const today = (app.plugins.plugins.clientele as unknown as { deps: { today(): string } }).deps.today();
    expect(text).toBe(`---\ntype: client\nclient_id: CLI-00042\ncompany: "Acme: \\"Labs\\" #1"\nstage: Proposal\nengagement: Retainer\nlast_contact: ${today}\n---\n# Acme: "Labs" #1\n`);
    expect(app.workspace.getActiveFile()?.path).toBe("Clients/Acme Labs 1.md");
  });

  it("uses the built-in template when the template file is missing", async () => {
    const { app } = await startPlugin({});
    await create(app, "Northwind");
    const text = readFile(app, "Clients/Northwind.md");
    expect(text).toContain("client_id: CLI-00001\n");
    expect(text).toContain("## Health Matrix");
    expect(text).toContain("[[Clients/legal/Northwind-contract]]");
  });

  it("never overwrites: a name in use gets a message and an offer to open that note", async () => {
    const existing = "---\ntype: client\nclient_id: CLI-00003\n---\nMine.\n";
    const { app } = await startPlugin({ "Clients/Northwind.md": existing });
    await create(app, "Northwind");
    expect(readFile(app, "Clients/Northwind.md")).toBe(existing);
    const offer = getOpenModal(app);
    expect(offer.contentEl.textContent).toMatch(/already exists.*never overwrites/);
    click(offer.contentEl, "Open it");
    await settle(app);
    expect(app.workspace.getActiveFile()?.path).toBe("Clients/Northwind.md");
  });

  it("never reuses the id of a deleted client", async () => {
    const { app } = await startPlugin({});
    await create(app, "First");
    const first = app.vault.getFileByPath("Clients/First.md");
    if (first) await app.vault.delete(first);
    await settle(app);
    await create(app, "Second");
    expect(readFile(app, "Clients/Second.md")).toContain("client_id: CLI-00002\n");
  });

  it("also creates the contract and invoices notes when the setting is on", async () => {
    const { app } = await startPlugin({}, { createLinkedNotes: true });
    await create(app, "Northwind");
    expect(readFile(app, "Clients/legal/Northwind-contract.md")).toContain("Northwind");
    expect(readFile(app, "Clients/billing/Northwind-invoices.md")).toContain("Northwind");
  });
});

describe("show-at-risk", () => {
  it("lists at-risk clients with their reasons and opens the chosen one", async () => {
    const { app } = await startPlugin(
      {
        "Clients/Quiet.md": "---\ntype: client\nstage: Active\nlast_contact: 2020-01-01\n---\n",
        "Clients/Fine.md": "---\ntype: client\nstage: Active\nhealth_profitability: 5\n---\n",
      },
      { useModifiedTime: false },
    );
    await runCommand(app, "show-at-risk");
    const modal = clientModal(app);
    const items = await modal.setQuery("");
    // Never any activity comes first, then the longest silence.
    expect(items.map((c) => c.client.name)).toEqual(["Fine", "Quiet"]);
    expect(modal.suggestionTexts[1]).toMatch(/Quiet.*No activity for \d+ days/);
    modal.chooseSuggestion(1);
    await settle(app);
    expect(app.workspace.getActiveFile()?.path).toBe("Clients/Quiet.md");
  });
});
