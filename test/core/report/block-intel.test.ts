import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateClient } from "../../../src/core/model/activity";
import { parseClient } from "../../../src/core/model/client";
import { addDaysToDay } from "../../../src/core/model/dates";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus, RecordProps } from "../../../src/core/model/types";
import { rollUp } from "../../../src/core/records/rollup";
import { riskView, topValueView } from "../../../src/core/report/block-intel";
import { blockRows, parseBlockOptions, type BlockTable } from "../../../src/core/report/blocks";
import { TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21.
const settings = defaultSettings();
const ago = (n: number) => addDaysToDay(TODAY, -n);

function client(name: string, fm: Record<string, unknown>, invoices: Record<string, unknown>[] = [], health: { day: string; score: number }[] = []): ClientStatus {
  const records: RecordProps[] = invoices.map((inv, i) => recordOf(`Invoices/${name}-${i}.md`, { type: "invoice", client: `[[${name}]]`, ...inv }));
  const props = parseClient(`Clients/${name}.md`, { type: "client", company: name, ...fm }, settings);
  const currency = (props.currency ?? settings.currency).toUpperCase();
  const rolled = records.length === 0 ? null : rollUp(records, { currency, rolesMatter: false, today: TODAY });
  return evaluateClient(props, { today: TODAY, modifiedDay: null, records: rolled, intel: { records, health } }, settings);
}

// The contract's risk example: overdue 45 days of 4000, 10000 invoiced in the year, contact 30 days ago,
// profitability 3 -> 50 / 50 / 50, risk 50 Medium. Its one paid invoice (6000, issued 2026-05-05, 6 months
// ago) makes CLV 6000 x 1/6 x 24 = 24000, Silver.
const acme = client("Acme", { stage: "Active", currency: "EUR", last_contact: ago(30), health_profitability: 3 }, [
  { amount: 4000, issued: ago(75), due: ago(45) },
  { amount: 6000, issued: ago(200), due: ago(170), paid: ago(180) },
], [{ day: ago(60), score: 60 }, { day: ago(10), score: 60 }]);
// The contract's CLV example: 3 paid (1000, 2000, 3000 from 2026-01-15), one open -> 12900, Silver.
// Nothing overdue: payment 0, churn and profitability unscored -> risk 0 Low.
const bolt = client("Bolt", { stage: "Proposal", currency: "USD", acquisition_cost: 1500 }, [
  { amount: 1000, issued: "2026-01-15", due: "2026-02-15", paid: "2026-02-01" },
  { amount: 2000, issued: "2026-04-15", due: "2026-05-15", paid: "2026-05-01" },
  { amount: 3000, issued: "2026-07-15", due: "2026-08-15", paid: "2026-08-01" },
  { amount: 500, issued: "2026-11-15", due: "2026-12-15" },
]);
// Profitability 1 alone: round((5 - 1) x 25) = 100 -> risk 100 High; no invoice, no value.
const cyan = client("Cyan", { health_profitability: 1 });
// Nothing to score at all.
const dot = client("Dot", { stage: "Active" });
const all = [dot, bolt, cyan, acme];

const texts = (t: BlockTable) => t.rows.map((r) => r.map((c) => c.text));
const rows = (source: string, clients = all) => {
  const parsed = parseBlockOptions(source, parse);
  if (!parsed.ok) throw new Error(parsed.message);
  return blockRows(parsed.options, clients, TODAY, settings);
};

describe("risk block view", () => {
  it("lists the clients with a risk score, highest first, with the three parts and the reasons", () => {
    const t = rows("view: risk");
    expect(t.columns).toEqual(["Client", "Stage", "Risk", "Payment", "Churn", "Profitability", "Reasons"]);
    expect(texts(t)).toEqual([
      ["Cyan", "No stage", "100 High", "—", "—", "100", "Profitability 1 of 5"],
      ["Acme", "Active", "50 Medium", "50", "50", "50", "1 invoice overdue by 45 days; No contact for 30 days; Profitability 3 of 5"],
      ["Bolt", "Proposal", "0 Low", "0", "—", "—", "—"],
    ]);
    expect(t.rows.map((r) => r[2]?.tone)).toEqual(["bad", "warn", "good"]);
    expect(t.rows[0]?.[0]?.link).toBe("Clients/Cyan.md");
  });

  it("keeps to the stage and limit options, and says so when no client is scored", () => {
    expect(texts(rows("view: risk\nstage: Active"))).toEqual([["Acme", "Active", "50 Medium", "50", "50", "50", "1 invoice overdue by 45 days; No contact for 30 days; Profitability 3 of 5"]]);
    const one = rows("view: risk\nlimit: 1");
    expect(texts(one).map((r) => r[0])).toEqual(["Cyan"]);
    expect(one.summary).toBe("Showing 1 of 3.");
    expect(riskView([dot], null, settings)).toMatchObject({ rows: [], empty: "No client has a risk score yet." });
  });

  it("a sort option replaces its own order", () => {
    expect(texts(rows("view: risk\nsort: name")).map((r) => r[0])).toEqual(["Acme", "Bolt", "Cyan"]);
  });
});

describe("top-value block view", () => {
  it("lists the clients with a lifetime value, highest first: tier, CLV in the client's currency, paid invoices", () => {
    const t = rows("view: top-value");
    expect(t.columns).toEqual(["Client", "Tier", "Lifetime value", "Paid invoices"]);
    expect(texts(t)).toEqual([
      ["Acme", "Silver", "EUR 24,000", "1"],
      ["Bolt", "Silver", "USD 12,900", "3"],
    ]);
    expect(t.summary).toBeNull();
    expect(topValueView([cyan, dot], null, null, settings)).toMatchObject({ rows: [], empty: "No client has a paid invoice yet." });
  });

  it("shows the top 20 without a limit, and respects a limit", () => {
    // One paid invoice of 100 x (i + 1), issued 6 months ago: CLV = amount x 1/6 x 24 = 400 x (i + 1).
    const many = Array.from({ length: 21 }, (_, i) => client(`C${String(i + 1).padStart(2, "0")}`, {}, [{ amount: 100 * (i + 1), issued: ago(200), paid: ago(190) }]));
    const top = rows("view: top-value", many);
    expect(top.rows.length).toBe(20);
    expect(texts(top)[0]).toEqual(["C21", "Bronze", "USD 8,400", "1"]);
    expect(texts(top)[19]?.[0]).toBe("C02");
    expect(top.summary).toBe("Top 20 of 21 clients with a lifetime value.");
    const five = rows("view: top-value\nlimit: 5", many);
    expect(texts(five).map((r) => r[0])).toEqual(["C21", "C20", "C19", "C18", "C17"]);
    expect(five.summary).toBe("Showing 5 of 21.");
    expect(rows("view: top-value\nlimit: 50", many).rows.length).toBe(21);
  });
});
