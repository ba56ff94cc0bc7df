// Related records in the live index: roll-ups kept current on change, rename and delete, and one
// record's edit re-evaluates only the clients it links.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import { ClientIndex } from "../../src/obsidian/client-index";
import { TODAY } from "../helpers/builders";
import { createFakeApp, flush, type App, type TFile } from "../fake/obsidian";

const settings = defaultSettings();
const client = (stage: string) => `---\ntype: client\nstage: ${stage}\ncurrency: USD\n---\n# Client\n`;
const invoice = (client: string, amount: number, due: string, extra = "") => `---\ntype: invoice\nclient: "[[${client}]]"\namount: ${amount}\ndue: ${due}\n${extra}---\n`;

function start(app: App): ClientIndex {
  const index = new ClientIndex(app as never, () => settings);
  index.load();
  index.start();
  return index;
}

function file(app: App, path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`no file ${path}`);
  return f;
}

describe("records in the live index", () => {
  it("rolls up invoices per client, across two clients, and follows edits and deletes", async () => {
    const app = createFakeApp({
      "Clients/Acme.md": client("Active"),
      "Clients/Beta.md": client("Active"),
      "Billing/INV-0001.md": invoice("Acme", 1000, "2026-10-05"),
      "Billing/INV-0002.md": '---\ntype: invoice\nclient: ["[[Acme]]", "[[Beta]]"]\namount: 300\ndue: 2026-12-01\n---\n',
      "Billing/INV-0003.md": invoice("Beta", 50, "2026-11-01", "paid: 2026-11-02\n"),
    });
    const index = start(app);
    const acme = () => index.client("Clients/Acme.md", TODAY)?.records?.invoices;
    const beta = () => index.client("Clients/Beta.md", TODAY)?.records?.invoices;
    // Acme: 1000 overdue 47 days (2026-10-05 to 2026-11-21), 300 open. Beta: 300 open, 50 paid.
    expect(acme()).toMatchObject({ overdue: 1000, overdueCount: 1, open: 300, oldestOverdueDays: 47 });
    expect(beta()).toMatchObject({ overdue: 0, open: 300, paid: 50, paidCount: 1 });

    await app.vault.modify(file(app, "Billing/INV-0001.md"), invoice("Acme", 1000, "2026-10-05", "paid: 2026-11-20\n"));
    await flush(app);
    expect(acme()).toMatchObject({ overdue: 0, overdueCount: 0, paid: 1000, open: 300 });

    await app.fileManager.trashFile(file(app, "Billing/INV-0002.md"));
    await flush(app);
    expect(acme()).toMatchObject({ open: 0, openCount: 0, paid: 1000 });
    expect(beta()).toMatchObject({ open: 0, paid: 50 });
    index.unload();
  });

  it("an edit to one record re-evaluates only the clients it links", async () => {
    const app = createFakeApp({
      "Clients/Acme.md": client("Active"),
      "Clients/Beta.md": client("Active"),
      "Billing/INV-0001.md": invoice("Acme", 1000, "2026-12-05"),
    });
    const index = start(app);
    const a1 = index.client("Clients/Acme.md", TODAY);
    const b1 = index.client("Clients/Beta.md", TODAY);
    await app.vault.modify(file(app, "Billing/INV-0001.md"), invoice("Acme", 1200, "2026-12-05"));
    await flush(app);
    expect(index.client("Clients/Acme.md", TODAY)).not.toBe(a1);
    expect(index.client("Clients/Acme.md", TODAY)?.records?.invoices.open).toBe(1200);
    expect(index.client("Clients/Beta.md", TODAY)).toBe(b1);
    index.unload();
  });

  it("a record whose client was renamed without updating links is listed with a diagnostic, and found again once the link is fixed", async () => {
    const app = createFakeApp({ "Clients/Acme.md": client("Active"), "Billing/INV-0001.md": invoice("Acme", 1000, "2026-12-05") });
    const index = start(app);
    await app.vault.rename(file(app, "Clients/Acme.md"), "Clients/Acme Robotics.md");
    await flush(app);
    expect(index.client("Clients/Acme Robotics.md", TODAY)?.records?.counts.invoice).toBe(0);
    expect(index.records.unresolved().map((u) => u.diagnostics[0]?.message)).toEqual(['INV-0001: client "Acme" is not a client note']);
    expect(index.records.all().map((r) => r.path)).toEqual(["Billing/INV-0001.md"]);
    await app.vault.modify(file(app, "Billing/INV-0001.md"), invoice("Acme Robotics", 1000, "2026-12-05"));
    await flush(app);
    expect(index.records.unresolved()).toEqual([]);
    expect(index.client("Clients/Acme Robotics.md", TODAY)?.records?.invoices.open).toBe(1000);
    index.unload();
  });

  it("a renamed client keeps its records when Obsidian updates the links", async () => {
    const app = createFakeApp({ "Clients/Acme.md": client("Active"), "Billing/INV-0001.md": invoice("Acme", 1000, "2026-12-05") });
    const index = start(app);
    await app.fileManager.renameFile(file(app, "Clients/Acme.md"), "Clients/Acme Robotics.md");
    await flush(app);
    expect(await app.vault.read(file(app, "Billing/INV-0001.md"))).toContain("Acme Robotics");
    expect(index.client("Clients/Acme Robotics.md", TODAY)?.records?.invoices.open).toBe(1000);
    expect(index.records.unresolved()).toEqual([]);
    index.unload();
  });

  it("a record created before its client resolves once the client exists; records in the templates folder are not records", async () => {
    const app = createFakeApp({ "Billing/INV-0001.md": invoice("Acme", 10, "2026-12-05"), "Templates/Invoice.md": invoice("{{title}}", 0, "2026-12-05") });
    const index = start(app);
    expect(index.records.all().map((r) => r.path)).toEqual(["Billing/INV-0001.md"]);
    await app.vault.createFolder("Clients");
    await app.vault.create("Clients/Acme.md", client("Active"));
    await flush(app);
    expect(index.client("Clients/Acme.md", TODAY)?.records?.invoices.open).toBe(10);
    index.unload();
  });

  it("a vault without records evaluates clients as before: no roll-up and no role warnings", () => {
    const app = createFakeApp({ "Clients/Acme.md": client("Proposal") });
    const index = start(app);
    expect(index.client("Clients/Acme.md", TODAY)?.records).toBeNull();
    index.unload();
  });

  it("contacts give the client's last contact and, from Proposal on, warn when the champion or decision maker is missing", async () => {
    const app = createFakeApp({
      "Clients/Acme.md": `---\ntype: client\nstage: Proposal\nlast_contact: 2026-10-01\n---\n`,
      "People/Ana.md": '---\ntype: contact\nclient: "[[Acme]]"\nrole: champion\nlast_contact: 2026-11-18\n---\n',
    });
    const index = start(app);
    const s = index.client("Clients/Acme.md", TODAY);
    expect(s?.lastContact).toBe("2026-11-18");
    expect(s?.lastActivity).toBe("2026-11-18");
    expect(s?.records?.warnings).toEqual(["No decision maker"]);
    index.unload();
  });
});

describe("records when another note takes the linked name", () => {
  it("a new note with the client's name that is not a client leaves the live index equal to a fresh one", async () => {
    // Found by the index-vs-rebuild property test: creating Moved/A.md (not a client) changes
    // which note [[A]] names, so the record's link must be resolved again.
    const app = createFakeApp({ "E.md": invoice("A", 100, "2026-01-01"), "Clients/A.md": client("Active") });
    const index = start(app);
    await app.vault.createFolder("Moved");
    await app.vault.create("Moved/A.md", "---\ntype: person\n---\n# Not a client\n");
    await flush(app);
    const fresh = start(app);
    expect(index.records.unresolved()).toEqual(fresh.records.unresolved());
    expect(index.clients(TODAY)).toEqual(fresh.clients(TODAY));
    index.unload();
    fresh.unload();
  });
});
