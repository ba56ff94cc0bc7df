import { describe, expect, it } from "vitest";
import { cardKey, cardModel } from "../../../src/core/pipeline/board";
import { cardRecords } from "../../../src/core/pipeline/card-records";
import { defaultSettings } from "../../../src/core/model/settings";
import { rollUp } from "../../../src/core/records/rollup";
import type { ClientStatus, RecordProps } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21.
const settings = defaultSettings();
const fm = { company: "Acme", client_id: "CLI-00001", stage: "Discovery", currency: "EUR", last_contact: "2026-11-20" };

/** Acme with `records` rolled up for TODAY (in EUR; roles matter from Proposal on). */
function acme(records: RecordProps[] | null, extra: Record<string, unknown> = {}): ClientStatus {
  const s = clientStatus("Clients/Acme.md", { ...fm, ...extra }, { settings });
  const rolesMatter = extra.stage === "Proposal" || extra.stage === "Active";
  return { ...s, records: records === null ? null : rollUp(records, { currency: "EUR", rolesMatter, today: TODAY }) };
}

const rec = (path: string, f: Record<string, unknown>) => recordOf(path, { client: "[[Acme]]", ...f });
const chips = (c: ClientStatus) => cardModel(c, TODAY, settings).records?.chips.map((ch) => [ch.text, ch.tone]);

describe("the records part of a card", () => {
  it("is absent when the vault has no records, or none of this client's shows", () => {
    expect(cardModel(acme(null), TODAY, settings).records).toBeNull();
    expect(cardModel(acme([]), TODAY, settings).records).toBeNull();
    // Paid invoices, won deals and resolved feedback count for nothing on the card.
    expect(cardModel(acme([
      rec("Inv/1.md", { type: "invoice", amount: 100, due: "2026-10-01", paid: "2026-10-02" }),
      rec("Deals/W.md", { type: "deal", status: "won", value: 500 }),
      rec("Fb/1.md", { type: "feedback", opened: "2026-11-01", resolved: "2026-11-03" }),
    ]), TODAY, settings).records).toBeNull();
  });

  it("counts contacts, their roles in the tooltip", () => {
    const m = cardModel(acme([
      rec("People/Ana.md", { type: "contact", role: ["champion"] }),
      rec("People/Bo.md", { type: "contact", role: "decision maker" }),
      rec("People/Cy.md", { type: "contact" }),
    ]), TODAY, settings).records;
    expect(m?.chips).toEqual([{ kind: "contacts", text: "3 contacts", title: "3 contacts (champion: Ana; decision maker: Bo)", spoken: "3 contacts", tone: "normal" }]);
    expect(cardRecords(acme([rec("People/Ana.md", { type: "contact" })]).records)?.chips[0]).toMatchObject({ text: "1 contact", title: "1 contact, none with a role" });
  });

  it("shows open deals with their value in the client's currency", () => {
    const m = cardModel(acme([
      rec("Deals/A.md", { type: "deal", status: "open", value: 10000, probability: 50, expected_close: "2026-12-15" }),
      rec("Deals/B.md", { type: "deal", status: "open", value: 2000, probability: 25, expected_close: "2026-12-20" }),
      rec("Deals/C.md", { type: "deal", status: "lost", value: 99 }),
    ]), TODAY, settings).records;
    expect(m?.chips).toEqual([{
      kind: "deals", text: "2 open deals · EUR 12,000", title: "2 open deals worth EUR 12,000 (weighted EUR 5,500)",
      spoken: "2 open deals worth EUR 12,000", tone: "normal",
    }]);
    // Past its expected close: a warning; a value in another currency is not summed, so only the count shows.
    const late = cardRecords(acme([rec("Deals/D.md", { type: "deal", value: 800, currency: "USD", expected_close: "2026-11-01" })]).records);
    expect(late?.chips).toEqual([{ kind: "deals", text: "1 open deal", title: "1 open deal; 1 past its expected close", spoken: "1 open deal", tone: "warn" }]);
  });

  it("shows overdue invoices (bad) over open ones, the open ones in the tooltip", () => {
    const m = cardModel(acme([
      rec("Inv/1.md", { type: "invoice", amount: 1500, due: "2026-10-05" }),
      rec("Inv/2.md", { type: "invoice", amount: 500, due: "2026-11-10" }),
      rec("Inv/3.md", { type: "invoice", amount: 700, due: "2026-12-10" }),
    ]), TODAY, settings).records;
    expect(m?.chips).toEqual([{
      kind: "invoices", text: "2 invoices overdue · 47 days",
      title: "2 invoices overdue, the oldest by 47 days (EUR 2,000); 1 more invoice open, not yet due (EUR 700)",
      spoken: "2 invoices overdue by 47 days", tone: "bad",
    }]);
    expect(chips(acme([rec("Inv/1.md", { type: "invoice", amount: 1500, due: "2026-10-05" })]))).toEqual([["1 invoice overdue · 47 days", "bad"]]);
    const open = cardRecords(acme([rec("Inv/3.md", { type: "invoice", amount: 700, due: "2026-12-10" }), rec("Inv/4.md", { type: "invoice" })]).records);
    expect(open?.chips).toEqual([{ kind: "invoices", text: "2 open invoices", title: "2 open invoices, not yet due (EUR 700)", spoken: "2 open invoices", tone: "normal" }]);
  });

  it("shows purchase orders not invoiced yet", () => {
    const m = cardRecords(acme([
      rec("PO/1.md", { type: "po", amount: 3000 }),
      rec("PO/2.md", { type: "po", amount: 100, invoice: "[[Inv 1]]" }),
    ]).records);
    expect(m?.chips).toEqual([{ kind: "pos", text: "1 PO unbilled", title: "1 purchase order not invoiced yet (EUR 3,000)", spoken: "1 purchase order unbilled", tone: "normal" }]);
    expect(chips(acme([rec("PO/1.md", { type: "po" }), rec("PO/3.md", { type: "po" })]))).toEqual([["2 POs unbilled", "normal"]]);
  });

  it("shows open feedback, a warning when the oldest has been open more than 2 days", () => {
    const fresh = cardRecords(acme([rec("Fb/1.md", { type: "feedback", opened: "2026-11-19" })]).records);
    expect(fresh?.chips).toEqual([{ kind: "feedback", text: "1 open feedback", title: "1 feedback item open, the oldest opened 2 days ago", spoken: "1 open feedback", tone: "normal" }]);
    const old = cardRecords(acme([rec("Fb/1.md", { type: "feedback", opened: "2026-11-18" }), rec("Fb/2.md", { type: "feedback", opened: "2026-11-21" })]).records);
    expect(old?.chips[0]).toMatchObject({ text: "2 open feedback", title: "2 feedback items open, the oldest opened 3 days ago", tone: "warn" });
    expect(chips(acme([rec("Fb/3.md", { type: "feedback" })]))).toEqual([["1 open feedback", "normal"]]);
  });

  it("counts down the contract's notice deadline within 60 days: warn from 30, bad once passed", () => {
    const notice = (end: string, noticeDays: number, autoRenew = false) => cardRecords(acme([
      rec("Legal/Main.md", { type: "contract", status: "signed", end, notice_days: noticeDays, auto_renew: autoRenew }),
    ]).records)?.chips ?? [];
    expect(notice("2027-03-31", 60)).toEqual([]); // notice by 2027-01-30: 70 days
    expect(notice("2027-03-21", 60)).toEqual([{
      kind: "notice", text: "Notice in 60 days", title: "The last day to give notice on Main (2027-01-20) is in 60 days; it ends 2027-03-21",
      spoken: "Contract notice in 60 days", tone: "normal",
    }]);
    expect(notice("2026-12-03", 0, true)).toEqual([{
      kind: "notice", text: "Notice in 12 days", title: "The last day to give notice on Main (2026-12-03) is in 12 days; it ends 2026-12-03, renews by itself",
      spoken: "Contract notice in 12 days", tone: "warn",
    }]);
    expect(notice("2026-12-21", 30)[0]).toMatchObject({ text: "Notice due today", tone: "warn" });
    expect(notice("2026-12-21", 33)[0]).toMatchObject({
      text: "Notice passed 3 days ago", tone: "bad", title: "The last day to give notice on Main (2026-11-18) passed 3 days ago; it ends 2026-12-21",
    });
    // A contract not signed yet has no deadline.
    expect(cardRecords(acme([rec("Legal/Draft.md", { type: "contract", status: "draft", end: "2026-12-01" })]).records)).toBeNull();
  });

  it("lists the record warnings after the chips, and adds both to the card's label", () => {
    const c = acme([
      rec("People/Ana.md", { type: "contact", role: "champion" }),
      rec("Inv/1.md", { type: "invoice", amount: 1500, due: "2026-10-05" }),
    ], { stage: "Proposal" });
    const m = cardModel(c, TODAY, settings);
    expect(m.records?.chips.map((ch) => ch.text)).toEqual(["1 contact", "1 invoice overdue · 47 days"]);
    expect(m.records?.warnings).toEqual(["No decision maker"]);
    expect(m.label).toBe("Acme, CLI-00001, health Unscored, risk 2 Low, 1 contact, 1 invoice overdue by 47 days, No decision maker");
    // Warnings alone still show.
    expect(cardModel(acme([], { stage: "Active" }), TODAY, settings).records).toEqual({ chips: [], warnings: ["No champion", "No decision maker"], label: ["No champion", "No decision maker"] });
    expect(cardModel(acme(null), TODAY, settings).label).toBe("Acme, CLI-00001, health Unscored, risk 2 Low");
  });

  it("keeps every kind in a fixed order", () => {
    const m = cardRecords(acme([
      rec("Legal/Main.md", { type: "contract", status: "signed", end: "2026-12-03" }),
      rec("Fb/1.md", { type: "feedback", opened: "2026-11-20" }),
      rec("PO/1.md", { type: "po" }),
      rec("Inv/4.md", { type: "invoice" }),
      rec("Deals/A.md", { type: "deal" }),
      rec("People/Ana.md", { type: "contact" }),
    ]).records);
    expect(m?.chips.map((ch) => ch.kind)).toEqual(["contacts", "deals", "invoices", "pos", "feedback", "notice"]);
  });
});

describe("cardKey and records", () => {
  const contacts = (n: number) => Array.from({ length: n }, (_, i) => rec(`People/P${i}.md`, { type: "contact" }));

  it("changes when a record count or state the card shows changes", () => {
    expect(cardKey(acme(contacts(2)))).toBe(cardKey(acme(contacts(2))));
    expect(cardKey(acme(contacts(3)))).not.toBe(cardKey(acme(contacts(2))));
    expect(cardKey(acme(null))).not.toBe(cardKey(acme(contacts(1))));
    const inv = (due: string) => acme([rec("Inv/1.md", { type: "invoice", amount: 10, due })]);
    expect(cardKey(inv("2026-12-01"))).not.toBe(cardKey(inv("2026-11-01")));
    const deal = (value: number) => acme([rec("Deals/A.md", { type: "deal", value })]);
    expect(cardKey(deal(100))).not.toBe(cardKey(deal(200)));
  });

  it("does not change for records the card does not show", () => {
    // A paid invoice or a resolved feedback shows nothing; an empty roll-up shows what no records show.
    const paid = rec("Inv/1.md", { type: "invoice", amount: 100, due: "2026-10-01", paid: "2026-10-02" });
    expect(cardKey(acme([...contacts(1), paid]))).toBe(cardKey(acme(contacts(1))));
    expect(cardKey(acme([]))).toBe(cardKey(acme(null)));
  });
});
