// @vitest-environment happy-dom
// The file menu's "New record for this client…" (issue 12), through the real plugin as main.ts registers it.
import { describe, expect, it } from "vitest";
import { NEW_RECORD_ITEM } from "../../src/commands/file-menu";
import { NewRecordModal } from "../../src/ui/new-record-modal";
import { DropdownComponent, getControl, getOpenModal, Notice, readFile, TextComponent, type App } from "../fake/obsidian";
import { click, settle, startPlugin } from "../plugin/setup";

const ACME = "Clients/Acme Robotics.md";
const BETA = "Clients/Beta Labs.md";
const FILES = {
  [ACME]: "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\ncurrency: EUR\n---\n# Acme Robotics\n",
  [BETA]: "---\ntype: client\nclient_id: CLI-00002\ncompany: Beta Labs\nstage: Lead\n---\n# Beta Labs\n",
  "Clients/Pipeline notes.md": "# Notes about the pipeline, not a client\n",
  "Welcome.md": "# Welcome\n",
  "Clients/Invoices/INV-0004.md": '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0004\namount: 10\n---\n',
};

async function start(): Promise<App> {
  const { app } = await startPlugin(FILES);
  await settle(app);
  return app;
}

function fileMenuOf(app: App, path: string) {
  const file = app.vault.getAbstractFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  return app.workspace.openFileMenu(file);
}

describe("file menu: New record for this client…", () => {
  it("is offered on a client note, and only there", async () => {
    const app = await start();
    expect(NEW_RECORD_ITEM).toBe("New record for this client…");
    expect(fileMenuOf(app, ACME).titles).toEqual([NEW_RECORD_ITEM]);
    expect(fileMenuOf(app, ACME).item(NEW_RECORD_ITEM).icon).toBe("file-plus");
    expect(fileMenuOf(app, BETA).titles).toEqual([NEW_RECORD_ITEM]);
    expect(fileMenuOf(app, "Clients/Pipeline notes.md").titles).toEqual([]); // in the clients folder, not a client
    expect(fileMenuOf(app, "Welcome.md").titles).toEqual([]);
    expect(fileMenuOf(app, "Clients/Invoices/INV-0004.md").titles).toEqual([]); // a record, not a client
    expect(fileMenuOf(app, "Clients").titles).toEqual([]); // a folder
    expect(fileMenuOf(app, "Clients/Invoices").titles).toEqual([]);
  });

  it("opens the New record form with that client chosen, whatever note is active, and creates the record for it", async () => {
    const app = await start();
    const beta = app.vault.getFileByPath(BETA);
    if (!beta) throw new Error("no Beta");
    await app.workspace.getLeaf(false).openFile(beta); // another client is active
    fileMenuOf(app, ACME).clickItem(NEW_RECORD_ITEM);
    const modal = getOpenModal(app, NewRecordModal);
    expect(modal.titleEl.textContent).toBe("New record for Acme Robotics");
    getControl(modal.contentEl, "Kind", DropdownComponent).simulateChange("invoice");
    getControl(getOpenModal(app).contentEl, "Amount", TextComponent).simulateChange("2500");
    click(getOpenModal(app).contentEl, "Create");
    await settle(app);
    const text = readFile(app, "Clients/Invoices/INV-0005.md");
    expect(text).toContain('client: "[[Acme Robotics]]"');
    expect(text).toContain("amount: 2500");
    expect(text).toContain("currency: EUR");
    expect(app.openModals).toHaveLength(0);
  });

  it("follows the index: a note that becomes a client gets the item, one that stops being a client loses it", async () => {
    const app = await start();
    const welcome = app.vault.getFileByPath("Welcome.md");
    const acme = app.vault.getFileByPath(ACME);
    if (!welcome || !acme) throw new Error("missing");
    await app.vault.modify(welcome, "---\ntype: client\ncompany: Welcome Ltd\n---\n");
    await app.vault.modify(acme, "# Acme Robotics, no longer a client note\n");
    await settle(app);
    expect(fileMenuOf(app, "Welcome.md").titles).toEqual([NEW_RECORD_ITEM]);
    expect(fileMenuOf(app, ACME).titles).toEqual([]);
    fileMenuOf(app, "Welcome.md").clickItem(NEW_RECORD_ITEM);
    expect(getOpenModal(app, NewRecordModal).titleEl.textContent).toBe("New record for Welcome Ltd");
  });

  it("a menu left open while its note stopped being a client opens nothing and says why", async () => {
    const app = await start();
    const menu = fileMenuOf(app, ACME);
    const acme = app.vault.getFileByPath(ACME);
    if (!acme) throw new Error("missing");
    await app.vault.modify(acme, "# Acme Robotics\n");
    await settle(app);
    menu.clickItem(NEW_RECORD_ITEM);
    expect(app.openModals).toHaveLength(0);
    expect(Notice.messages).toContain("Clientele: Acme Robotics is no longer a client note.");
  });
});
