import { describe, expect, it } from "vitest";
import { defaultStuckSettings } from "../../../src/core/intel/stuck-settings";
import { addDaysToDay } from "../../../src/core/model/dates";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus, RecordProps } from "../../../src/core/model/types";
import type { ScoredDay } from "../../../src/core/intel/trend";
import { cardIntel, riskBreakdown, sparkHeights } from "../../../src/core/pipeline/card-intel";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21.
const settings = defaultSettings();
const stuck = defaultStuckSettings().stuckDays;
const ago = (n: number) => addDaysToDay(TODAY, -n);
const invoice = (name: string, fm: Record<string, unknown>) => recordOf(`Invoices/${name}.md`, { type: "invoice", client: "[[Acme]]", ...fm });

function status(fm: Record<string, unknown>, records: RecordProps[] = [], health: ScoredDay[] = []): ClientStatus {
  return clientStatus("Clients/Acme.md", { company: "Acme", ...fm }, { settings, intel: { records, health } });
}

/** The contract's risk example (section 8): 50 Medium, and one paid invoice of 6000 issued 2026-05-05. */
function example(): ClientStatus {
  const records = [
    invoice("INV-0001", { amount: 4000, issued: ago(75), due: ago(45) }),
    invoice("INV-0002", { amount: 6000, issued: ago(200), due: ago(170), paid: ago(180) }),
  ];
  return status({ stage: "Proposal", stage_changed: ago(42), last_contact: ago(30), health_profitability: 3 }, records, [{ day: ago(60), score: 60 }, { day: ago(10), score: 60 }]);
}

describe("card intel (section 8 on the card)", () => {
  it("the contract's risk example: badge, breakdown and reasons", () => {
    const i = cardIntel(example(), stuck, "USD")!;
    expect(i.risk).toEqual({
      text: "Risk 50",
      tone: "medium",
      breakdown: "Payment 50 · Churn 50 · Profitability 50",
      title: "Risk 50 (Medium): Payment 50 · Churn 50 · Profitability 50. 1 invoice overdue by 45 days; No contact for 30 days; Profitability 3 of 5",
    });
  });

  it("the tier: one paid invoice of 6000 over 6 months, 24 months' lifespan -> 6000 x 1/6 x 24 = 24000, Silver", () => {
    const i = cardIntel(example(), stuck, "USD")!;
    expect(i.tier).toEqual({ text: "Silver", tone: "silver", title: "Lifetime value USD 24,000 (Silver)" });
  });

  it("time in stage: 42 days in Proposal is over its 30-day limit; 30 days is not", () => {
    expect(cardIntel(example(), stuck, "USD")!.stage).toEqual({ text: "42 d in stage", title: "42 days in Proposal, stuck: over its limit of 30 days", stuck: true });
    const at = cardIntel(status({ stage: "Proposal", stage_changed: ago(30) }), stuck, "USD")!;
    expect(at.stage).toEqual({ text: "30 d in stage", title: "30 days in Proposal", stuck: false });
    // A stage without a limit (Sunset) is never stuck; the settings' own table counts.
    expect(cardIntel(status({ stage: "Sunset", stage_changed: ago(900) }), stuck, "USD")!.stage?.stuck).toBe(false);
    expect(cardIntel(status({ stage: "Proposal", stage_changed: ago(30) }), { proposal: 29 }, "USD")!.stage?.stuck).toBe(true);
  });

  it("the sparkline: the latest health scores, oldest first, with the trend in words", () => {
    const c = status({ stage: "Active" }, [], [{ day: ago(30), score: 58 }, { day: ago(90), score: 80 }, { day: ago(60), score: 72 }]);
    expect(cardIntel(c, stuck, "USD")!.spark).toEqual({ scores: [80, 72, 58], heights: [80, 72, 58], title: "Health history: 80, 72, 58 (-14 since the check before)" });
    const flat = cardIntel(example(), stuck, "USD")!.spark;
    expect(flat?.title).toBe("Health history: 60, 60");
    expect(cardIntel(status({ stage: "Active", stage_changed: ago(1) }, [], [{ day: ago(3), score: 58 }]), stuck, "USD")!.spark).toBeNull();
  });

  it("the label names each part for screen readers", () => {
    expect(cardIntel(example(), stuck, "USD")!.label).toEqual(["risk 50 Medium", "Silver tier", "42 days in Proposal, stuck: over its limit of 30 days", "health history: 60, 60"]);
  });

  it("nothing to show: null", () => {
    expect(cardIntel(status({ stage: "Active" }), stuck, "USD")).toBeNull();
  });

  it("a part without data says so; bar heights are clamped to 0-100", () => {
    expect(riskBreakdown({ payment: null, churn: 45, profitability: 0 })).toBe("Payment not scored · Churn 45 · Profitability 0");
    expect(sparkHeights([-5, 0, 33.4, 100, 140])).toEqual([0, 0, 33, 100, 100]);
  });
});
