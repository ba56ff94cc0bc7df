// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { registerImportCommands } from "../../src/commands/import-commands";
import { defaultSettings } from "../../src/core/model/settings";
import { IGNORE, ImportModal, KEEP_IMPORTED } from "../../src/ui/import-modal";
import { DropdownComponent, type TFile, flush, getControl, getOpenModal, notices, readFile, runCommand, suggestModal } from "../fake/obsidian";
import { startDeps, type Harness } from "../helpers/sample-plugin";

const TAKEN = "---\ntype: client\nclient_id: CLI-00007\ncompany: Taken\nstage: Active\n---\n# Taken\nmine\n";
const CSV = "Company,Stage,Value,Owner,Secret\nAcme,Active,100,Dana,pw1\nTaken,Active,5,,\nBeta,Proposal,lots,,pw2\nacme,Active,,,\n";
const PEOPLE = 'Name,Client,Email,Role\r\n"Lee, Ann",Taken,ann@taken.com,champion\r\nZed,Nobody Inc,zed@x.com,\r\n';
const VCF = ["BEGIN:VCARD", "VERSION:4.0", "FN:Ada Lovelace", "ORG:Taken", "EMAIL:ada@taken.com", "END:VCARD", "BEGIN:VCARD", "VERSION:4.0", "FN:Nobody", "ORG:Unknown Inc", "END:VCARD"].join("\r\n");

function click(el: HTMLElement, text: string): void {
  const button = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}" (have ${Array.from(el.querySelectorAll("button")).map((b) => b.textContent).join(", ")})`);
  button.click();
}

const texts = (el: HTMLElement, cls: string) => Array.from(el.querySelectorAll(`.${cls} li`)).map((li) => li.textContent ?? "");

async function start(): Promise<Harness> {
  const h = await startDeps({ "Clients/Taken.md": TAKEN, "Data/clients.csv": CSV, "Data/people.vcf": VCF, "Data/people.csv": PEOPLE, "Data/other.txt": "x" }, defaultSettings());
  registerImportCommands(h.deps.plugin, h.deps);
  await h.settle();
  return h;
}

/** Runs the command, picks `path` in the file suggester and returns the import modal. */
async function pick(h: Harness, command: string, path: string): Promise<ImportModal> {
  await runCommand(h.fake, command);
  const suggest = suggestModal<TFile>(getOpenModal(h.fake));
  const offered = await suggest.waitForSuggestions();
  expect(offered.every((f) => /\.(csv|vcf)$/.test(f.path))).toBe(true);
  suggest.chooseSuggestion((f) => f.path === path);
  await flush(h.fake);
  return getOpenModal(h.fake, ImportModal);
}

const created = (h: Harness) => h.fake.vault.operations.filter((o) => o.op === "create").map((o) => o.path);

describe("import-csv", () => {
  it("maps columns, previews, and creates exactly the previewed notes on confirm, never over an existing note", async () => {
    const h = await start();
    const modal = await pick(h, "import-csv", "Data/clients.csv");
    const el = modal.contentEl;
    expect(getControl(el, "Company", DropdownComponent).getValue()).toBe("company");
    expect(getControl(el, "Value", DropdownComponent).getValue()).toBe("value");
    expect(getControl(el, "Owner", DropdownComponent).getValue()).toBe(KEEP_IMPORTED);
    getControl(el, "Secret", DropdownComponent).simulateChange(IGNORE);
    expect(el.querySelector(".clientele-import-summary")?.textContent).toBe("Creates 2 clients (8 notes); skips 2 rows.");
    expect(texts(el, "clientele-import-created")).toEqual(["CLI-00008 Clients/Acme.md (line 2)", "CLI-00009 Clients/Beta.md (line 4)"]);
    const skipped = texts(el, "clientele-import-skipped");
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toBe('Row 2 (line 3): A note named "Taken" already exists at Clients/Taken.md. The row is left out.');
    expect(skipped[1]).toMatch(/^Row 4 \(line 5\): .*left out/);
    expect(texts(el, "clientele-import-notes")).toEqual(['Row 3 (line 4), column "Value": "lots" is not a number of 0 or more; kept under Imported.']);
    const plan = modal.opts.preview(modal.choice());
    const before = created(h).length;
    expect(before).toBe(0);
    click(el, "Import 2 clients");
    await h.settle();
    expect(created(h)).toEqual(plan.notes.map((n) => n.path));
    for (const note of plan.notes) expect(readFile(h.fake, note.path)).toBe(note.content);
    const acme = readFile(h.fake, "Clients/Acme.md");
    expect(acme).toContain("client_id: CLI-00008");
    expect(acme).toContain("- **Owner:** Dana");
    expect(acme).not.toContain("pw1");
    expect(readFile(h.fake, "Clients/Taken.md")).toBe(TAKEN);
    expect(notices()).toContain("Imported 2 clients; skipped 2 (see the import window).");
    expect(h.deps.settings().lastClientId).toBe(9);
    expect(modal.contentEl.querySelector(".clientele-import-summary")?.textContent).toBe("Imported 2 clients; skipped 2 rows.");
    await h.settle();
    expect(h.deps.index.clients(h.deps.today()).map((c) => c.client.name).sort()).toEqual(["Acme", "Beta", "Taken"]);
  });

  it("a note that appears after the preview is not overwritten and is reported", async () => {
    const h = await start();
    const modal = await pick(h, "import-csv", "Data/clients.csv");
    await h.app.vault.create("Clients/Beta.md", "mine\n");
    click(modal.contentEl, "Import 2 clients");
    await h.settle();
    expect(readFile(h.fake, "Clients/Beta.md")).toBe("mine\n");
    expect(texts(modal.contentEl, "clientele-import-failed")[0]).toMatch(/^Clients\/Beta\.md: .*already exists/);
    expect(notices()).toContain("Imported 1 client; skipped 3 (see the import window).");
    expect(created(h).filter((p) => p.includes("Beta"))).toEqual(["Clients/Beta.md"]);
  });

  it("nothing is written until the user confirms, and Cancel writes nothing", async () => {
    const h = await start();
    const modal = await pick(h, "import-csv", "Data/clients.csv");
    getControl(modal.contentEl, "Company", DropdownComponent).simulateChange(KEEP_IMPORTED);
    expect(modal.contentEl.querySelector(".clientele-import-summary")?.textContent).toBe("Creates 0 clients (0 notes); skips 0 rows.");
    expect(texts(modal.contentEl, "clientele-import-skipped")[0]).toMatch(/No column names the company/);
    click(modal.contentEl, "Import 0 clients");
    await h.settle();
    expect(modal.contentEl.querySelector(".clientele-import-summary")?.textContent).toMatch(/^Creates 0/);
    getControl(modal.contentEl, "Company", DropdownComponent).simulateChange("company");
    expect(modal.contentEl.querySelector(".clientele-import-summary")?.textContent).toMatch(/^Creates 2 clients/);
    click(modal.contentEl, "Cancel");
    await h.settle();
    expect(created(h)).toEqual([]);
    expect(h.fake.openModals).not.toContain(modal);
  });

  it("says when the vault has no CSV file", async () => {
    const h = await startDeps({ "Clients/Taken.md": TAKEN }, defaultSettings());
    registerImportCommands(h.deps.plugin, h.deps);
    await runCommand(h.fake, "import-csv");
    expect(notices()).toContain("Clientele: no .csv file in the vault to import.");
    expect(h.fake.openModals).toHaveLength(0);
  });
});

describe("import-vcard", () => {
  it("creates a contact per card whose ORG is a client, linked to it, and reports the others", async () => {
    const h = await start();
    const modal = await pick(h, "import-vcard", "Data/people.vcf");
    const el = modal.contentEl;
    expect(el.querySelector(".clientele-import-summary")?.textContent).toBe("Creates 1 contact (1 note); skips 1 row.");
    expect(texts(el, "clientele-import-skipped")[0]).toMatch(/Unknown Inc/);
    const plan = modal.opts.preview(modal.choice());
    click(el, "Import 1 contact");
    await h.settle();
    expect(created(h)).toEqual(plan.notes.map((n) => n.path));
    const note = readFile(h.fake, plan.notes[0]?.path ?? "");
    expect(note).toContain('client: "[[Taken]]"');
    expect(note).toContain('email: "ada@taken.com"');
    expect(notices()).toContain("Imported 1 contact; skipped 1 (see the import window).");
  });
});

describe("import-csv as contacts", () => {
  it("offers Contacts for a CSV file: columns matched to contact properties, the client resolved, unknown clients skipped", async () => {
    const h = await start();
    const modal = await pick(h, "import-csv", "Data/people.csv");
    const el = modal.contentEl;
    getControl(el, "Import as", DropdownComponent).simulateChange("contact");
    expect(modal.titleEl.textContent).toBe("Import contacts from people.csv");
    expect(getControl(el, "Name", DropdownComponent).getValue()).toBe("name");
    expect(getControl(el, "Client", DropdownComponent).getValue()).toBe("client");
    expect(getControl(el, "Role", DropdownComponent).getValue()).toBe("role");
    expect(el.querySelector(".clientele-import-summary")?.textContent).toBe("Creates 1 contact (1 note); skips 1 row.");
    expect(texts(el, "clientele-import-skipped")).toEqual(['Row 2 (line 3), column "client": "Zed" names the client "Nobody Inc", and there is no client by that name or id; the row is left out.']);
    const plan = modal.kind.preview(modal.choice());
    expect(created(h)).toEqual([]);
    click(el, "Import 1 contact");
    await h.settle();
    expect(created(h)).toEqual(plan.notes.map((n) => n.path));
    const note = readFile(h.fake, plan.notes[0]?.path ?? "");
    expect(note).toContain('client: "[[Taken]]"');
    expect(note).toContain("champion");
    expect(notices()).toContain("Imported 1 contact; skipped 1 (see the import window).");
    expect(readFile(h.fake, "Clients/Taken.md")).toBe(TAKEN);
  });
});
