import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTotals } from "../../../src/core/model/format";
import { ColumnTotals, toCents, type Valued } from "../../../src/core/pipeline/column-totals";

const card = (value: number | null, currency: string | null = null): Valued => ({ client: { value, currency } });

describe("toCents", () => {
  it("gives whole cents, and null for anything finer", () => {
    expect(toCents(12.5)).toBe(1250);
    expect(toCents(0.1)).toBe(10);
    expect(toCents(-3)).toBe(-300);
    expect(toCents(0.001)).toBeNull();
    expect(toCents(1e300)).toBeNull();
  });
});

describe("ColumnTotals", () => {
  it("says what formatTotals says, largest first, for nothing the default at 0", () => {
    const cards = [card(6000, "eur"), card(4000, "GBP"), card(null), card(100)];
    expect(ColumnTotals.of(cards, "USD").text(cards)).toBe(formatTotals(cards, "USD"));
    expect(ColumnTotals.of(cards, "USD").text(cards)).toBe("EUR 6,000 + GBP 4,000 + USD 100");
    expect(ColumnTotals.of([], "EUR").text([])).toBe("EUR 0");
  });

  it("adds cents exactly: 0.1 + 0.2 is 0.30, and taking both away leaves the default at 0", () => {
    const a = card(0.1);
    const b = card(0.2);
    const t = ColumnTotals.of([a, b], "EUR");
    expect(t.text([a, b])).toBe("EUR 0.30");
    t.remove(a);
    t.remove(b);
    expect(t.text([])).toBe("EUR 0");
  });

  it("sums its cards afresh while it holds a value finer than a cent", () => {
    const fine = card(0.004);
    const whole = card(10);
    const t = ColumnTotals.of([fine, whole], "EUR");
    expect(t.text([fine, whole])).toBe(formatTotals([fine, whole], "EUR"));
    t.remove(fine);
    expect(t.text([whole])).toBe("EUR 10");
  });

  // Values in quarters are exact in binary, so the fresh float sum is exact too and the two must agree on every text.
  const value = fc.option(fc.integer({ min: -4_000_000, max: 4_000_000 }).map((q) => q / 4), { nil: null });
  const valued = fc.record({ value, currency: fc.constantFrom(null, "EUR", "usd", "GBP") }).map((c) => ({ client: c }));
  it("after any adds and removes says what a fresh formatTotals over the cards left says", () => {
    fc.assert(
      fc.property(fc.array(valued, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (cards, removals) => {
        const left = [...cards];
        const t = ColumnTotals.of(left, "EUR");
        for (const r of removals) {
          if (left.length === 0) break;
          const [gone] = left.splice(r % left.length, 1);
          t.remove(gone!);
          expect(t.text(left)).toBe(formatTotals(left, "EUR"));
        }
        const back = cards[0];
        if (back) {
          left.push(back);
          t.add(back);
        }
        expect(t.text(left)).toBe(formatTotals(left, "EUR"));
      }),
    );
  });
});
