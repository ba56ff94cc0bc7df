// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { newRecord } from "../../src/commands/new-record";
import { defaultSettings } from "../../src/core/model/settings";
import { DropdownComponent, getControl, getOpenModal, readFile, TextComponent } from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";

const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\ncurrency: EUR\n---\n# Acme Robotics\n";
const OLD_INVOICE = '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0004\namount: 10\n---\n';

function click(el: HTMLElement, text: string): void {
  const button = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

describe("new-record", () => {
  it("creates an invoice for the active client with the next number, saves the high-water mark and opens it", async () => {
    const h = await startDeps({ "Clients/Acme Robotics.md": ACME, "Clients/Invoices/INV-0004.md": OLD_INVOICE }, defaultSettings());
    await h.settle();
    const acme = h.app.vault.getFileByPath("Clients/Acme Robotics.md");
    if (!acme) throw new Error("no client");
    await h.app.workspace.getLeaf(false).openFile(acme);
    newRecord(h.deps);
    const el = getOpenModal(h.fake).contentEl;
    getControl(el, "Kind", DropdownComponent).simulateChange("invoice");
    getControl(getOpenModal(h.fake).contentEl, "Amount", TextComponent).simulateChange("2500");
    click(getOpenModal(h.fake).contentEl, "Create");
    await h.settle();
    const text = readFile(h.fake, "Clients/Invoices/INV-0005.md");
    expect(text).toContain('client: "[[Acme Robotics]]"');
    expect(text).toContain("number: INV-0005");
    expect(text).toContain("amount: 2500");
    expect(text).toContain("currency: EUR");
    expect(text).toContain("issued: 2026-11-21");
    expect(text).toContain("due: 2026-12-21");
    expect(h.app.workspace.getActiveFile()?.path).toBe("Clients/Invoices/INV-0005.md");
    expect(h.deps.settings().lastRecordIds.invoice).toBe(5);
    const rec = h.deps.index.records.all().find((r) => r.id === "INV-0005");
    expect(h.deps.index.records.clientsOf(rec?.path ?? "")).toEqual(["Clients/Acme Robotics.md"]);
  });
});
