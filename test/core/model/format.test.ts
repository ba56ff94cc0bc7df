// formatMoney: whole amounts without decimals, every other amount with exactly two (issue 13).
import { describe, expect, it } from "vitest";
import { formatMoney, formatTotals } from "../../../src/core/model/format";

describe("formatMoney", () => {
  it("shows a whole amount without decimals, with en-US grouping", () => {
    expect(formatMoney(12500, "EUR")).toBe("EUR 12,500");
    expect(formatMoney(0, "EUR")).toBe("EUR 0");
    expect(formatMoney(-300, "USD")).toBe("USD -300");
  });
  it("shows an amount with cents with exactly two decimals, never one", () => {
    expect(formatMoney(29184.2, "EUR")).toBe("EUR 29,184.20");
    expect(formatMoney(2400.05, "USD")).toBe("USD 2,400.05");
    expect(formatMoney(0.5, "GBP")).toBe("GBP 0.50");
    expect(formatMoney(-12.3, "EUR")).toBe("EUR -12.30");
  });
  it("rounds to cents first: what rounds to a whole amount shows none, a float sum shows two", () => {
    expect(formatMoney(0.999, "EUR")).toBe("EUR 1");
    expect(formatMoney(1199.996, "EUR")).toBe("EUR 1,200");
    expect(formatMoney(0.1 + 0.2, "EUR")).toBe("EUR 0.30");
    expect(formatMoney(10.004, "EUR")).toBe("EUR 10");
  });
  it("is the formatter of the totals too", () => {
    const clients = [{ client: { value: 1000.5, currency: "EUR" } }, { client: { value: 200, currency: "gbp" } }];
    expect(formatTotals(clients, "EUR")).toBe("EUR 1,000.50 + GBP 200");
  });
});
