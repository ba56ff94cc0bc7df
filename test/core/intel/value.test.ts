import { describe, expect, it } from "vitest";
import { defaultIntelSettings } from "../../../src/core/intel/intel-settings";
import { clientValue, monthsBetween } from "../../../src/core/intel/value";
import { TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21, the day of the spec's worked example.
const s = defaultIntelSettings();
const input = { currency: "USD", acquisitionCost: null, today: TODAY };

function invoice(name: string, fm: Record<string, unknown>) {
  return recordOf(`Invoices/${name}.md`, { type: "invoice", client: "[[Acme]]", ...fm });
}

describe("monthsBetween", () => {
  it("counts whole calendar months, a month once its day is reached", () => {
    expect(monthsBetween("2026-01-15", "2026-11-21")).toBe(10);
    expect(monthsBetween("2026-01-15", "2026-11-15")).toBe(10);
    expect(monthsBetween("2026-01-15", "2026-11-14")).toBe(9);
    expect(monthsBetween("2025-12-31", "2026-01-30")).toBe(0);
    expect(monthsBetween("2026-11-21", "2026-11-21")).toBe(0);
    expect(monthsBetween("2026-11-21", "2026-01-15")).toBe(-10);
  });
});

describe("client lifetime value (section 8)", () => {
  it("worked example: n 3, aov 2000, span 10, perMonth 0.3, lifespan 24, clv 12900 Silver", () => {
    const records = [
      invoice("INV-0001", { amount: 1000, issued: "2026-01-15", paid: "2026-02-01" }),
      invoice("INV-0002", { amount: 2000, issued: "2026-04-15", paid: "2026-05-01" }),
      invoice("INV-0003", { amount: 3000, issued: "2026-07-15", paid: "2026-08-01" }),
      invoice("INV-0004", { amount: 500, issued: "2026-10-15", due: "2026-11-14" }),
    ];
    const v = clientValue(records, { ...input, acquisitionCost: 1500 }, s);
    expect(v).toEqual({ clv: 12900, tier: "Silver", paidInvoices: 3, aov: 2000, perMonth: 0.3, lifespanMonths: 24 });
  });

  it("no paid invoice: clv and tier null", () => {
    expect(clientValue([], input, s)).toEqual({ clv: null, tier: null, paidInvoices: 0, aov: null, perMonth: null, lifespanMonths: null });
    const unpaid = [invoice("INV-0001", { amount: 500, issued: "2026-10-15" })];
    expect(clientValue(unpaid, input, s).clv).toBeNull();
  });

  it("ignores invoices in another currency, without an amount, and other kinds", () => {
    const records = [
      invoice("INV-0001", { amount: 1000, issued: "2026-01-15", paid: "2026-02-01" }),
      invoice("INV-0002", { amount: 90000, currency: "EUR", issued: "2025-01-15", paid: "2025-02-01" }),
      invoice("INV-0003", { issued: "2026-02-15", paid: "2026-03-01" }),
      recordOf("Deals/D.md", { type: "deal", client: "[[Acme]]", value: 5000, paid: "2026-01-01" }),
    ];
    const v = clientValue(records, input, s);
    // 1000 x (1 / 10) x 24
    expect(v).toMatchObject({ clv: 2400, tier: "Bronze", paidInvoices: 1, aov: 1000 });
  });

  it("a record currency matches whatever its case; a missing one is the client's", () => {
    const records = [invoice("INV-0001", { amount: 1000, currency: "usd", issued: "2026-01-15", paid: "2026-02-01" })];
    expect(clientValue(records, input, s).paidInvoices).toBe(1);
  });

  it("a paid invoice without issued counts from its paid day", () => {
    const records = [invoice("INV-0001", { amount: 1200, paid: "2025-11-21" })];
    // span 12 months, lifespan 24: 1200 x (1/12) x 24
    expect(clientValue(records, input, s)).toMatchObject({ clv: 2400, perMonth: 1 / 12, lifespanMonths: 24 });
  });

  it("span is at least one month; lifespan is the longer of span and the setting", () => {
    const fresh = [invoice("INV-0001", { amount: 100, issued: "2026-11-20", paid: "2026-11-21" })];
    expect(clientValue(fresh, input, s)).toMatchObject({ perMonth: 1, lifespanMonths: 24, clv: 2400 });
    const old = [invoice("INV-0001", { amount: 100, issued: "2023-11-21", paid: "2023-12-01" })];
    expect(clientValue(old, input, s)).toMatchObject({ lifespanMonths: 36, clv: 100 });
  });

  it("tiers follow the settings: Gold at the gold line, Silver at the silver line", () => {
    const records = [invoice("INV-0001", { amount: 1000, issued: "2026-10-21", paid: "2026-10-30" })];
    // 1000 x 1 x 24 = 24000
    expect(clientValue(records, input, s).tier).toBe("Silver");
    expect(clientValue(records, input, { ...s, tiers: { gold: 24000, silver: 100 } }).tier).toBe("Gold");
    expect(clientValue(records, input, { ...s, tiers: { gold: 90000, silver: 24001 } }).tier).toBe("Bronze");
    expect(clientValue(records, { ...input, acquisitionCost: 30000 }, s)).toMatchObject({ clv: -6000, tier: "Bronze" });
  });
});
