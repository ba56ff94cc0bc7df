import { describe, expect, it } from "vitest";
import { recordFolder } from "../../../src/core/model/record-settings";
import { defaultSettings, migrateSettings } from "../../../src/core/model/settings";

describe("record settings", () => {
  it("default folders follow the clients folder; templates are Templates/<Kind>.md; no id issued yet", () => {
    const s = defaultSettings();
    expect(recordFolder(s, "contact")).toBe("Clients/Contacts");
    expect(recordFolder({ ...s, clientsFolder: "CRM/" }, "po")).toBe("CRM/Purchase orders");
    expect(s.recordTemplates.po).toBe("Templates/Purchase order.md");
    expect(s.lastRecordIds).toEqual({ deal: 0, contract: 0, invoice: 0, po: 0, feedback: 0 });
  });

  it("keeps good stored values and names each bad one, which keeps its default", () => {
    const r = migrateSettings({
      version: 1,
      recordFolders: { invoice: "Billing", deal: "../x", contact: 3 },
      recordTemplates: { feedback: "T/F.md", po: "" },
      lastRecordIds: { invoice: 7, po: -1, deal: 1.5 },
    });
    expect(r.settings.recordFolders.invoice).toBe("Billing");
    expect(recordFolder(r.settings, "deal")).toBe("Clients/Deals");
    expect(r.settings.recordTemplates.feedback).toBe("T/F.md");
    expect(r.settings.recordTemplates.po).toBe("Templates/Purchase order.md");
    expect(r.settings.lastRecordIds).toMatchObject({ invoice: 7, po: 0, deal: 0 });
    expect([...r.problems].sort()).toEqual([
      'setting recordFolders.deal: "../x" is not valid; default used',
      "setting recordFolders.contact: 3 is not valid; default used",
      'setting recordTemplates.po: "" is not valid; default used',
      "setting lastRecordIds.deal: 1.5 is not valid; default used",
      "setting lastRecordIds.po: -1 is not valid; default used",
    ].sort());
    expect(r.migrated).toBe(true);
    expect(migrateSettings({ recordFolders: [] }).problems).toEqual(["setting recordFolders: [] is not valid; default used"]);
  });

  it("defaults are fresh objects: changing one settings object leaves the defaults alone", () => {
    const a = defaultSettings();
    a.recordFolders.invoice = "X";
    a.lastRecordIds.po = 9;
    expect(defaultSettings().recordFolders.invoice).toBe("");
    expect(defaultSettings().lastRecordIds.po).toBe(0);
  });
});
