// Property: the risk score stays in 0-100 (or null), and each part's reason appears exactly when
// that part is above zero (contract section 8: "reasons in words name what drives each part").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultIntelSettings } from "../../../src/core/intel/intel-settings";
import { riskScore, type RiskInput, type RiskParts } from "../../../src/core/intel/risk";
import { addDaysToDay } from "../../../src/core/model/dates";
import { TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

const day = (offset: number) => addDaysToDay(TODAY, offset);

type InvoiceDraw = { amount: number | undefined; issued: number | undefined; due: number | undefined; paid: number | undefined; currency: string | undefined };

const invoice: fc.Arbitrary<InvoiceDraw> = fc.record({
  amount: fc.oneof(fc.integer({ min: 0, max: 50000 }), fc.constant(undefined)),
  issued: fc.option(fc.integer({ min: -800, max: 30 }), { nil: undefined }),
  due: fc.option(fc.integer({ min: -400, max: 60 }), { nil: undefined }),
  paid: fc.option(fc.integer({ min: -400, max: 0 }), { nil: undefined }),
  currency: fc.constantFrom(undefined, "USD", "EUR"),
});

function invoiceRecord(r: InvoiceDraw, i: number) {
  const fm: Record<string, unknown> = { type: "invoice", client: "[[Acme]]" };
  if (r.amount !== undefined) fm.amount = r.amount;
  if (r.issued !== undefined) fm.issued = day(r.issued);
  if (r.due !== undefined) fm.due = day(r.due);
  if (r.paid !== undefined) fm.paid = day(r.paid);
  if (r.currency !== undefined) fm.currency = r.currency;
  return recordOf(`Invoices/INV-${String(i)}.md`, fm);
}

const input: fc.Arbitrary<RiskInput> = fc.record({
  records: fc.array(invoice, { maxLength: 6 }).map((list) => list.map(invoiceRecord)),
  currency: fc.constant("USD"),
  lastContact: fc.option(fc.integer({ min: -400, max: 10 }).map(day), { nil: null }),
  contactThreshold: fc.integer({ min: -5, max: 120 }),
  health: fc.array(fc.record({ day: fc.integer({ min: -400, max: 0 }).map(day), score: fc.integer({ min: 0, max: 100 }) }), { maxLength: 5 }),
  profitability: fc.option(fc.oneof(fc.double({ min: 0, max: 6, noNaN: false }), fc.constantFrom(1, 2, 3, 4, 5, 4.5)), { nil: null }),
  today: fc.constant(TODAY),
});

const weights = fc.record({ payment: fc.integer({ min: 0, max: 100 }), churn: fc.integer({ min: 0, max: 100 }), profitability: fc.integer({ min: 0, max: 100 }) });

const PART_OF: [keyof RiskParts, RegExp][] = [
  ["payment", /invoices? overdue/],
  ["churn", /^(No contact for|Health fell from)/],
  ["profitability", /^Profitability /],
];

describe("risk score, any input (property)", () => {
  it("is 0-100 with a matching level, and a part has a reason exactly when it is above zero", () => {
    fc.assert(
      fc.property(input, weights, (i, w) => {
        const r = riskScore(i, { ...defaultIntelSettings(), riskWeights: w });
        if (r.score !== null) {
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.level).toBe(r.score < 30 ? "Low" : r.score <= 60 ? "Medium" : "High");
        } else expect(r.level).toBeNull();
        for (const [part, pattern] of PART_OF) {
          const value = r.parts[part];
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
          const has = r.reasons.some((reason) => pattern.test(reason));
          expect(has, `${part} is ${String(value)}, reasons ${JSON.stringify(r.reasons)}`).toBe(value !== null && value > 0);
        }
        // Every reason belongs to exactly one part.
        for (const reason of r.reasons) expect(PART_OF.filter(([, p]) => p.test(reason))).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });
});
