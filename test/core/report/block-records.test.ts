// The `records` and `client` views of the `clientele` block (contract section 7): options, and
// the tables for clients whose records are rolled up by rollUp over recordOf.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateClient } from "../../../src/core/model/activity";
import { rollUp } from "../../../src/core/records/rollup";
import { blockRows, parseBlockOptions, type BlockOptions, type BlockTable } from "../../../src/core/report/blocks";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus, RecordProps } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

const yaml = (s: string): unknown => parse(s);
const settings = { ...defaultSettings(), activitySource: "dates" as const };

function options(source: string): BlockOptions {
  const parsed = parseBlockOptions(source, yaml);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

function message(source: string): string {
  const parsed = parseBlockOptions(source, yaml);
  if (parsed.ok) throw new Error("expected a problem");
  return parsed.message;
}

/** A client evaluated with `records` rolled up for TODAY, as the vault does (null: the vault has no records). */
function withRecords(path: string, fm: Record<string, unknown>, records: RecordProps[] | null): ClientStatus {
  const { client } = clientStatus(path, fm, { settings });
  const rolled = records === null ? null : rollUp(records, { currency: "EUR", rolesMatter: fm.stage !== "Discovery", today: TODAY });
  return evaluateClient(client, { today: TODAY, modifiedDay: null, records: rolled }, settings);
}

// TODAY is 2026-11-21.
const acme = withRecords("Clients/Acme.md", { client_id: "CLI-00001", stage: "Active", currency: "EUR", last_contact: "2026-11-15", last_review: "2026-11-10", health_profitability: 4, health_communication: 4, health_strategic_fit: 4, health_growth: 4 }, [
  recordOf("People/Ana.md", { type: "contact", client: "[[Acme]]", role: ["champion", "user"], last_contact: "2026-11-18" }),
  recordOf("People/Bo.md", { type: "contact", client: "[[Acme]]", role: "billing" }),
  recordOf("Deals/A.md", { type: "deal", client: "[[Acme]]", status: "open", value: 10000, probability: 50, expected_close: "2026-11-01" }),
  recordOf("Deals/B.md", { type: "deal", client: "[[Acme]]", status: "open", value: 4000, probability: 25, expected_close: "2026-12-15" }),
  recordOf("Legal/Acme MSA.md", { type: "contract", client: "[[Acme]]", status: "signed", end: "2027-01-31", notice_days: 60, auto_renew: true }),
  recordOf("Billing/INV-1.md", { type: "invoice", client: "[[Acme]]", number: "INV-1", amount: 1200, due: "2026-10-05" }),
  recordOf("Billing/INV-2.md", { type: "invoice", client: "[[Acme]]", number: "INV-2", amount: 400, due: "2026-12-01" }),
  recordOf("Billing/INV-3.md", { type: "invoice", client: "[[Acme]]", number: "INV-3", amount: 900, due: "2026-10-01", paid: "2026-10-02" }),
  recordOf("Orders/PO-1.md", { type: "po", client: "[[Acme]]", number: "PO-1", amount: 500 }),
  recordOf("Orders/PO-2.md", { type: "po", client: "[[Acme]]", number: "PO-2", amount: 900, invoice: "[[INV-3]]" }),
  recordOf("Feedback/FB-1.md", { type: "feedback", client: "[[Acme]]", opened: "2026-11-01", first_response: "2026-11-03", resolved: "2026-11-11" }),
  recordOf("Feedback/FB-2.md", { type: "feedback", client: "[[Acme]]", opened: "2026-11-11", first_response: "2026-11-12" }),
]);
// Notice was due 2026-11-01 (end 2026-12-31 minus 60 days): passed 20 days ago.
const beta = withRecords("Clients/Beta.md", { stage: "Retention", last_contact: "2026-10-01" }, [
  recordOf("Legal/Beta SOW.md", { type: "contract", client: "[[Beta]]", status: "signed", end: "2026-12-31", notice_days: 60 }),
]);
const gamma = withRecords("Clients/Gamma.md", { stage: "Discovery", last_contact: "2026-11-20" }, []);
const clients = [gamma, beta, acme];

const table = (source: string, list: ClientStatus[] = clients): BlockTable => blockRows(options(source), list, TODAY, settings);
const texts = (t: BlockTable): string[][] => t.rows.map((r) => r.map((c) => c.text));

describe("records and client options", () => {
  it("reads kind and client, kinds in the plural or as a type is spelled", () => {
    expect(options("view: records\nkind: Invoice")).toEqual({ view: "records", limit: null, stages: null, sort: null, kind: "invoice", client: null, segment: null });
    expect(options("view: records\nkind: purchase orders\nclient: CLI-00001").kind).toBe("po");
    expect(options("view: records\nkind: deals\nclient: CLI-00001")).toMatchObject({ kind: "deal", client: "CLI-00001" });
    expect(options('view: client\nclient: "[[Acme]]"').client).toBe("Acme");
    expect(options("view: client\nclient: [[Acme]]").client).toBe("Acme");
    expect(options("view: client\nclient: 42").client).toBe("42");
  });
  it("names a missing or unknown kind, a missing client, and options of another view", () => {
    expect(message("view: records")).toBe('Clientele: the records view needs a kind; add a line such as "kind: invoice" (kinds: contact, deal, contract, invoice, po, feedback)');
    expect(message("view: records\nkind: invoicez")).toBe('Clientele: unknown kind "invoicez"; use one of contact, deal, contract, invoice, po, feedback');
    expect(message("view: records\nkind: [invoice, deal]")).toBe('Clientele: unknown kind ["invoice","deal"]; use one of contact, deal, contract, invoice, po, feedback');
    expect(message("view: client")).toBe('Clientele: the client view needs a client; add a line such as "client: Acme Robotics" (its name or id)');
    expect(message("view: client\nclient: ''")).toBe('Clientele: client must be a client\'s name or id, e.g. "client: Acme Robotics", not ""');
    expect(message("view: health\nkind: deal")).toBe("Clientele: kind is an option of the records view, not of health");
    expect(message("view: pipeline\nclient: Acme")).toBe("Clientele: client is an option of the client and records views, not of pipeline");
  });
});

describe("the records view", () => {
  it("contacts: names with roles, the latest last contact, the role warnings (a client without contacts too)", () => {
    const t = table("view: records\nkind: contacts");
    expect(t.columns).toEqual(["Client", "Contacts", "Last contact", "Warnings"]);
    expect(texts(t)).toEqual([
      ["Acme", "Ana (champion, user); Bo (billing)", "2026-11-18", "No decision maker"],
      ["Beta", "—", "—", "No champion; No decision maker"],
    ]);
    expect(t.rows[0]?.[0]).toEqual({ text: "Acme", link: "Clients/Acme.md" });
    expect(t.rows[1]?.[3]).toEqual({ text: "No champion; No decision maker", tone: "warn" });
  });
  it("deals: open count, open and weighted value, deals past their expected close", () => {
    const t = table("view: records\nkind: deal");
    expect(t.columns).toEqual(["Client", "Open deals", "Open value", "Weighted value", "Past close"]);
    expect(texts(t)).toEqual([["Acme", "2", "EUR 14,000", "EUR 6,000", "A (expected 2026-11-01, 20 days ago)"]]);
  });
  it("contract: the end, the notice deadline and the days to it; a passed notice is bad", () => {
    const t = table("view: records\nkind: contract");
    expect(t.columns).toEqual(["Client", "Contract", "Ends", "Notice by", "Days to notice"]);
    expect(texts(t)).toEqual([
      ["Acme", "Acme MSA (renews by itself)", "2027-01-31", "2026-12-02", "11 days"],
      ["Beta", "Beta SOW", "2026-12-31", "2026-11-01", "passed 20 days ago"],
    ]);
    expect(t.rows[0]?.[4]?.tone).toBe("warn");
    expect(t.rows[1]?.[4]).toEqual({ text: "passed 20 days ago", tone: "bad" });
    expect(t.rows[1]?.[3]?.tone).toBe("bad");
  });
  it("invoices: open, overdue and paid counts and amounts, the oldest overdue; overdue is bad", () => {
    const t = table("view: records\nkind: invoice");
    expect(t.columns).toEqual(["Client", "Open", "Overdue", "Paid", "Oldest overdue"]);
    expect(texts(t)).toEqual([["Acme", "1 · EUR 400", "1 · EUR 1,200", "1 · EUR 900", "47 days"]]);
    expect(t.rows[0]?.[2]?.tone).toBe("bad");
    expect(t.rows[0]?.[4]?.tone).toBe("bad");
  });
  it("invoices: an overdue amount in another currency is named, never read as EUR 0; cents show two decimals", () => {
    // Vela: only a USD invoice overdue (due 2026-11-08, 13 days). Wren: EUR 1,200.50 and USD 2,400 and
    // GBP 80 overdue. Yarrow: an overdue invoice without an amount. Paid EUR 684.2 + 500 = 1,184.20.
    const inv = (path: string, fm: Record<string, unknown>) => recordOf(path, { type: "invoice", ...fm });
    const vela = withRecords("Clients/Vela.md", { stage: "Active" }, [
      inv("B/V1.md", { client: "[[Vela]]", amount: 2400, currency: "USD", due: "2026-11-08" }),
      inv("B/V2.md", { client: "[[Vela]]", amount: 684.2, due: "2026-10-01", paid: "2026-10-01" }),
      inv("B/V3.md", { client: "[[Vela]]", amount: 500, due: "2026-10-01", paid: "2026-10-01" }),
    ]);
    const wren = withRecords("Clients/Wren.md", { stage: "Active" }, [
      inv("B/W1.md", { client: "[[Wren]]", amount: 1200.5, due: "2026-11-01" }),
      inv("B/W2.md", { client: "[[Wren]]", amount: 2400, currency: "USD", due: "2026-11-08" }),
      inv("B/W3.md", { client: "[[Wren]]", amount: 80, currency: "GBP", due: "2026-11-20" }),
    ]);
    const yarrow = withRecords("Clients/Yarrow.md", { stage: "Active" }, [inv("B/Y1.md", { client: "[[Yarrow]]", due: "2026-11-20" })]);
    const t = table("view: records\nkind: invoice", [vela, wren, yarrow]);
    expect(texts(t)).toEqual([
      ["Vela", "0", "1 overdue (USD 2,400 not in EUR)", "2 · EUR 1,184.20", "13 days"],
      ["Wren", "0", "3 overdue (EUR 1,200.50 plus GBP 80 and USD 2,400 not in EUR)", "0", "20 days"],
      ["Yarrow", "0", "1 overdue (no amount)", "0", "1 day"],
    ]);
    expect(t.rows[0]?.[2]?.tone).toBe("bad");
    expect(texts(table("view: client\nclient: Vela", [vela])).find((r) => r[0] === "Invoices")).toEqual(["Invoices", "open 0, 1 overdue (USD 2,400 not in EUR, oldest 13 days), paid 2 · EUR 1,184.20"]);
    expect(texts(table("view: client\nclient: Yarrow", [yarrow])).find((r) => r[0] === "Invoices")).toEqual(["Invoices", "open 0, 1 overdue (no amount, oldest 1 day), paid 0"]);
  });
  it("purchase orders: count, unbilled count and amount", () => {
    const t = table("view: records\nkind: po");
    expect(t.columns).toEqual(["Client", "Purchase orders", "Unbilled", "Unbilled amount"]);
    expect(texts(t)).toEqual([["Acme", "2", "1", "EUR 500"]]);
  });
  it("feedback: open, oldest open, average days to first response and to resolve", () => {
    const t = table("view: records\nkind: feedback");
    expect(t.columns).toEqual(["Client", "Open", "Oldest open", "Avg first response", "Avg to resolve"]);
    expect(texts(t)).toEqual([["Acme", "1", "10 days", "1.5 days", "10 days"]]);
  });
  it("one client by id or name; a client without the kind and an unknown client say so", () => {
    expect(texts(table("view: records\nkind: contract\nclient: beta"))).toEqual([["Beta", "Beta SOW", "2026-12-31", "2026-11-01", "passed 20 days ago"]]);
    expect(texts(table("view: records\nkind: contract\nclient: cli-00001"))[0]?.[0]).toBe("Acme");
    const none = table("view: records\nkind: invoice\nclient: Beta");
    expect(none.rows).toEqual([]);
    expect(none.empty).toBe("Beta has no invoices.");
    expect(table("view: records\nkind: invoice\nclient: Zeta").empty).toBe('No client named "Zeta".');
  });
  it("says when no client has records of the kind, and when the vault has no records at all", () => {
    const t = table("view: records\nkind: feedback", [gamma, beta]);
    expect(t.rows).toEqual([]);
    expect(t.empty).toBe("No client has feedback.");
    const bare = [withRecords("Clients/Acme.md", { stage: "Active" }, null), withRecords("Clients/Beta.md", { stage: "Lead" }, null)];
    const empty = table("view: records\nkind: invoice", bare);
    expect(empty.rows).toEqual([]);
    expect(empty.empty).toBe("No related records in this vault.");
  });
});

describe("the client view", () => {
  it("one client's facts and each kind's roll-up line", () => {
    const t = table("view: client\nclient: acme");
    expect(t.columns).toEqual(["Fact", "Value"]);
    expect(texts(t)).toEqual([
      ["Client", "Acme (CLI-00001)"],
      ["Stage", "Active"],
      ["Health", "75 Good"],
      ["Last activity", "2026-11-18 (3 days ago)"],
      ["Last contact", "2026-11-18"],
      ["Contacts", "Ana (champion, user); Bo (billing)"],
      ["Deals", "2 open deals: EUR 14,000, weighted EUR 6,000; past close: A (expected 2026-11-01, 20 days ago)"],
      ["Contract", "Acme MSA: ends 2027-01-31, notice by 2026-12-02 (in 11 days), renews by itself"],
      ["Invoices", "open 1 · EUR 400, overdue 1 · EUR 1,200 (oldest 47 days), paid 1 · EUR 900"],
      ["Purchase orders", "2, 1 unbilled: EUR 500"],
      ["Feedback", "1 open (oldest 10 days), first response in 1.5 days on average, resolved in 10 days on average"],
      ["Warnings", "No decision maker"],
    ]);
    expect(t.rows[0]?.[1]).toEqual({ text: "Acme (CLI-00001)", link: "Clients/Acme.md" });
    expect(t.rows[8]?.[1]?.tone).toBe("bad");
    expect(t.summary).toBeNull();
  });
  it("found by id; a passed notice is bad, kinds without records are none, at risk is shown", () => {
    expect(table("view: client\nclient: CLI-00001").rows[0]?.[1]?.text).toBe("Acme (CLI-00001)");
    const t = table("view: client\nclient: Beta");
    expect(texts(t)).toEqual([
      ["Client", "Beta"],
      ["Stage", "Retention"],
      ["Health", "Unscored"],
      ["Last activity", "2026-10-01 (51 days ago)"],
      ["Last contact", "2026-10-01"],
      ["At risk", "No activity for 51 days; No contact for 51 days; Risk 85 (High)"], // churn round(100 x 51 / 60) = 85, the only part
      ["Contacts", "none"],
      ["Deals", "none"],
      ["Contract", "Beta SOW: ends 2026-12-31, notice by 2026-11-01 (20 days ago)"],
      ["Invoices", "none"],
      ["Purchase orders", "none"],
      ["Feedback", "none"],
      ["Warnings", "No champion; No decision maker"],
    ]);
    expect(t.rows[8]?.[1]?.tone).toBe("bad");
  });
  it("an unknown client says so; without records in the vault only the client's own facts, and a line saying why", () => {
    const unknown = table("view: client\nclient: Zeta");
    expect(unknown.rows).toEqual([]);
    expect(unknown.empty).toBe('No client named "Zeta".');
    const t = table("view: client\nclient: Acme", [withRecords("Clients/Acme.md", { stage: "Active", last_contact: "2026-11-15" }, null)]);
    expect(texts(t).map((r) => r[0])).toEqual(["Client", "Stage", "Health", "Last activity", "Last contact"]);
    expect(t.summary).toBe("No related records in this vault.");
    expect(t.empty).toBe("No related records in this vault.");
  });
  it("two clients of one name: asks for the id", () => {
    const twin = withRecords("Other/Acme.md", { stage: "Lead" }, []);
    expect(table("view: client\nclient: acme", [acme, twin]).empty).toBe('Clientele: "acme" names 2 clients: Clients/Acme.md (CLI-00001), Other/Acme.md; use the id or the path.');
  });
});
