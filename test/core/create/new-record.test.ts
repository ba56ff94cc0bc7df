import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";
import { nextRecordId, parseRecordId } from "../../../src/core/create/ids";
import { planNewRecord, type NewRecordContext, type NewRecordInput } from "../../../src/core/create/new-record";
import { propertiesOfText } from "../../../src/core/note/properties";
import { defaultSettings, migrateSettings } from "../../../src/core/model/settings";
import type { RecordKind } from "../../../src/core/model/types";
import { recordOf } from "../../helpers/record-builder";
import { TODAY } from "../../helpers/builders";

const now = new Date(2026, 10, 21, 9, 5);
const yaml = (y: string) => parse(y, { schema: "core", uniqueKeys: false }) as unknown;
const TEMPLATE_KEY: Record<RecordKind, keyof typeof BUILTIN_TEMPLATES> = {
  contact: "contact", deal: "deal", contract: "contract", invoice: "invoice", po: "po", feedback: "feedback",
};
const client = { path: "Clients/Acme Robotics.md", name: "Acme Robotics", linkText: "Acme Robotics", id: "CLI-00007", currency: "EUR" };

function ctx(kind: RecordKind, over: Partial<NewRecordContext> = {}): NewRecordContext {
  return { client, template: BUILTIN_TEMPLATES[TEMPLATE_KEY[kind]], existingIds: [], existing: [], now, settings: defaultSettings(), parse: yaml, ...over };
}
const input = (kind: RecordKind, title: string, values: Record<string, string> = {}, extra: Partial<NewRecordInput> = {}): NewRecordInput => ({ kind, title, values, ...extra });

function created(i: NewRecordInput, c: NewRecordContext = ctx(i.kind)) {
  const plan = planNewRecord(i, c);
  if (!plan.ok) throw new Error(plan.message);
  const props = propertiesOfText(plan.note.content, yaml);
  if (!("frontmatter" in props)) throw new Error(props.problem);
  return { plan, rec: recordOf(plan.note.path, props.frontmatter) };
}

describe("record ids", () => {
  it("one more than the highest of that prefix, the high-water mark counts, other prefixes ignored", () => {
    expect(nextRecordId("invoice", [])).toBe("INV-0001");
    expect(nextRecordId("invoice", ["INV-0003", "PO-0009", "DEAL-0012", "inv-0002", "INV-3"])).toBe("INV-0004");
    expect(nextRecordId("invoice", ["INV-0003"], 8)).toBe("INV-0009");
    expect(nextRecordId("contract", ["CTR-9999"])).toBe("CTR-10000");
    expect(parseRecordId("po", " po-0042 ")).toBe(42);
    expect(parseRecordId("po", "PO-042")).toBeNull();
  });
});

describe("planNewRecord", () => {
  it("invoice: the next number, named by it, in the invoices folder, client linked, dates defaulted", () => {
    const { plan, rec } = created(input("invoice", "", { amount: "1200.50" }), ctx("invoice", { existingIds: ["INV-0006", "PO-0020", "FB-0030"] }));
    expect(plan.note.path).toBe("Clients/Invoices/INV-0007.md");
    expect(rec.clientLinks).toEqual(["Acme Robotics"]);
    expect(rec.values).toEqual({ number: "INV-0007", amount: 1200.5, currency: "EUR", issued: TODAY, due: "2026-12-21" });
    expect(rec.diagnostics).toEqual([]);
    expect(plan.note.content).toContain('client: "[[Acme Robotics]]"');
  });

  it("never reuses a deleted record's number (lastRecordIds)", () => {
    const settings = migrateSettings({ lastRecordIds: { po: 12 } }).settings;
    const { plan } = created(input("po", "", { amount: "50" }), ctx("po", { existingIds: ["PO-0003"], settings }));
    expect(plan.note.path).toBe("Clients/Purchase orders/PO-0013.md");
  });

  it("each kind parses back to exactly the fields entered", () => {
    const contact = created(input("contact", "Dana Smith", { email: "dana@acme.example", phone: "+1 (555) 010-2000" }, { roles: ["champion", "Decision maker"] }));
    expect(contact.plan.note.path).toBe("Clients/Contacts/Dana Smith.md");
    expect(contact.rec.values).toEqual({ role: ["champion", "decision maker"], email: "dana@acme.example", phone: "+1 (555) 010-2000" });
    expect(contact.rec.id).toBeNull();
    const deal = created(input("deal", "Website redesign", { value: "8000", probability: "40", expected_close: "2027-01-31" }), ctx("deal", { existingIds: ["DEAL-0002"] }));
    expect(deal.plan.note.path).toBe("Clients/Deals/Acme Robotics - Website redesign.md");
    expect(deal.rec.values).toEqual({ record_id: "DEAL-0003", status: "open", value: 8000, currency: "EUR", probability: 40, opened: TODAY, expected_close: "2027-01-31" });
    const contract = created(input("contract", "MSA", { start: "2027-01-01", end: "2027-12-31", notice_days: "60" }, { autoRenew: true }));
    expect(contract.rec.values).toEqual({ record_id: "CTR-0001", start: "2027-01-01", end: "2027-12-31", notice_days: 60, auto_renew: true, status: "draft" });
    const fb = created(input("feedback", "Slow exports", { severity: "high" }));
    expect(fb.plan.note.path).toBe("Clients/Feedback/Acme Robotics - Slow exports.md");
    expect(fb.rec.values).toEqual({ record_id: "FB-0001", opened: TODAY, severity: "high" });
    const po = created(input("po", "", { amount: "10" }, { fileLink: "[[raw/po 17.pdf]]" }));
    expect(po.rec.values).toMatchObject({ number: "PO-0001", file: "raw/po 17.pdf", received: TODAY, currency: "EUR" });
    for (const r of [contact, deal, contract, fb, po]) expect(r.rec.clientLinks).toEqual(["Acme Robotics"]);
  });

  it("currency falls back to the settings when the client has none", () => {
    const { rec } = created(input("invoice", "", {}), ctx("invoice", { client: { ...client, currency: null } }));
    expect(rec.values.currency).toBe("USD");
  });

  it("uses the folders from the settings", () => {
    const settings = { ...defaultSettings(), clientsFolder: "CRM", recordFolders: { ...defaultSettings().recordFolders, deal: "Sales/Deals" } };
    expect(created(input("deal", "X"), ctx("deal", { settings })).plan.note.path).toBe("Sales/Deals/Acme Robotics - X.md");
    expect(created(input("invoice", ""), ctx("invoice", { settings })).plan.note.path).toBe("CRM/Invoices/INV-0001.md");
  });

  it("refuses a name taken (any case), a bad folder and bad input, with a message", () => {
    const taken = planNewRecord(input("deal", "website REDESIGN"), ctx("deal", { existing: ["Clients/Deals/Acme Robotics - Website redesign.md"] }));
    expect(taken).toMatchObject({ ok: false, reason: "exists", existingPath: "Clients/Deals/Acme Robotics - Website redesign.md" });
    if (!taken.ok) expect(taken.message).toContain('A note named "Acme Robotics - Website redesign" already exists');
    const settings = { ...defaultSettings(), recordFolders: { ...defaultSettings().recordFolders, invoice: "../out" } };
    expect(planNewRecord(input("invoice", ""), ctx("invoice", { settings }))).toMatchObject({ ok: false, reason: "bad-folder" });
    expect(planNewRecord(input("invoice", "", { amount: "12,00" }), ctx("invoice"))).toMatchObject({ ok: false, reason: "input" });
    expect(planNewRecord(input("invoice", "", { issued: "2026-11-21", due: "2026-11-01" }), ctx("invoice"))).toMatchObject({ ok: false, message: "The due day is before the issued day." });
    expect(planNewRecord(input("contact", "  "), ctx("contact"))).toMatchObject({ ok: false, message: "Enter the contact's name." });
    expect(planNewRecord(input("contact", "X", { email: "<% tp %>@x" }), ctx("contact"))).toMatchObject({ ok: false, reason: "input" });
  });

  it("is inert when the client name or the fields hold Templater, embeds, HTML or Dataview", () => {
    const hostile = ["<% tp.file.title %>", "![[x]]", "<b>", "`=x`"];
    for (const h of hostile) {
      const c = { ...client, name: h, id: h, linkText: `Acme ${h.replace(/[<>[\]]/g, "")}` };
      for (const i of [input("deal", h), input("contact", h), input("feedback", `${h} ${h}`)]) {
        const plan = planNewRecord(i, ctx(i.kind, { client: c }));
        if (!plan.ok) throw new Error(plan.message);
        const text = plan.note.content;
        for (const bad of ["<%", "![[", "`=", "<b"]) expect(text).not.toContain(bad);
      }
    }
  });
});
