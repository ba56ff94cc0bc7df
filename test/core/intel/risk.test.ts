import { describe, expect, it } from "vitest";
import { defaultIntelSettings } from "../../../src/core/intel/intel-settings";
import { riskLevel, riskScore, type RiskInput } from "../../../src/core/intel/risk";
import { addDaysToDay } from "../../../src/core/model/dates";
import { TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21.
const s = defaultIntelSettings();
const ago = (n: number) => addDaysToDay(TODAY, -n);
const base: RiskInput = { records: [], currency: "USD", lastContact: null, contactThreshold: 30, health: [], profitability: null, today: TODAY };

function invoice(name: string, fm: Record<string, unknown>) {
  return recordOf(`Invoices/${name}.md`, { type: "invoice", client: "[[Acme]]", ...fm });
}

describe("risk score (section 8)", () => {
  it("worked example: payment max(50, 40), churn 50, profitability 50 -> 50 Medium", () => {
    const records = [
      invoice("INV-0001", { amount: 4000, issued: ago(75), due: ago(45) }),
      invoice("INV-0002", { amount: 6000, issued: ago(200), due: ago(170), paid: ago(180) }),
    ];
    const health = [{ day: ago(60), score: 60 }, { day: ago(10), score: 60 }];
    const r = riskScore({ ...base, records, lastContact: ago(30), health, profitability: 3 }, s);
    expect(r).toEqual({
      score: 50,
      level: "Medium",
      parts: { payment: 50, churn: 50, profitability: 50 },
      reasons: ["1 invoice overdue by 45 days", "No contact for 30 days", "Profitability 3 of 5"],
    });
  });

  it("all parts null: score and level null", () => {
    expect(riskScore(base, s)).toEqual({ score: null, level: null, parts: { payment: null, churn: null, profitability: null }, reasons: [] });
  });

  it("payment: null without invoices, 0 when nothing is overdue", () => {
    expect(riskScore(base, s).parts.payment).toBeNull();
    const records = [invoice("INV-0001", { amount: 100, issued: ago(10), due: TODAY }), invoice("INV-0002", { amount: 100, issued: ago(100), due: ago(70), paid: ago(72) })];
    expect(riskScore({ ...base, records }, s)).toMatchObject({ score: 0, level: "Low", parts: { payment: 0 }, reasons: [] });
  });

  it("payment: the oldest of several overdue invoices, capped at 100; the amount share when larger", () => {
    const late = [invoice("INV-0001", { amount: 10, issued: ago(200), due: ago(120) }), invoice("INV-0002", { amount: 10, issued: ago(50), due: ago(20) })];
    expect(riskScore({ ...base, records: late }, s)).toMatchObject({ parts: { payment: 100 }, reasons: ["2 invoices overdue, oldest 120 days"] });
    const big = [invoice("INV-0001", { amount: 900, issued: ago(40), due: ago(9) }), invoice("INV-0002", { amount: 100, issued: ago(30), paid: ago(20) })];
    // days 9 -> 10; amount 900 of 1000 -> 90
    expect(riskScore({ ...base, records: big }, s)).toMatchObject({ parts: { payment: 90 }, reasons: ["1 invoice overdue by 9 days, 90% of the last year's invoicing"] });
  });

  it("payment: nothing invoiced in the last 365 days makes the amount share 0", () => {
    const records = [invoice("INV-0001", { amount: 900, issued: ago(366), due: ago(9) })];
    expect(riskScore({ ...base, records }, s).parts.payment).toBe(10);
    const edge = [invoice("INV-0001", { amount: 900, issued: ago(365), due: ago(9) })];
    expect(riskScore({ ...base, records: edge }, s).parts.payment).toBe(100);
  });

  it("payment: amounts in another currency are neither overdue money nor invoiced; their days count", () => {
    const records = [
      invoice("INV-0001", { amount: 9000, currency: "EUR", issued: ago(40), due: ago(9) }),
      invoice("INV-0002", { amount: 1000, issued: ago(30), paid: ago(20) }),
    ];
    expect(riskScore({ ...base, records }, s).parts.payment).toBe(10);
    const usd = [
      invoice("INV-0001", { amount: 500, issued: ago(40), due: ago(9) }),
      invoice("INV-0002", { amount: 500, issued: ago(30), paid: ago(20) }),
      invoice("INV-0003", { amount: 100000, currency: "EUR", issued: ago(30), paid: ago(20) }),
    ];
    expect(riskScore({ ...base, records: usd }, s).parts.payment).toBe(50);
  });

  it("churn: days since contact over twice the threshold, plus 25 on a health decline, capped at 100", () => {
    const health = [{ day: ago(10), score: 58 }, { day: ago(40), score: 72 }];
    expect(riskScore({ ...base, lastContact: ago(45), health }, s)).toMatchObject({
      parts: { churn: 100 },
      reasons: ["No contact for 45 days", "Health fell from 72 to 58"],
    });
    expect(riskScore({ ...base, lastContact: ago(15) }, s).parts.churn).toBe(25);
    expect(riskScore({ ...base, lastContact: ago(15), health }, s).parts.churn).toBe(50);
    expect(riskScore({ ...base, lastContact: ago(200) }, s).parts.churn).toBe(100);
    expect(riskScore({ ...base, lastContact: TODAY }, s)).toMatchObject({ parts: { churn: 0 }, reasons: [] });
  });

  it("churn: a health history without a contact date gives the decline alone", () => {
    const falling = [{ day: ago(40), score: 72 }, { day: ago(10), score: 58 }];
    expect(riskScore({ ...base, health: falling }, s)).toMatchObject({ parts: { churn: 25 }, reasons: ["Health fell from 72 to 58"] });
    expect(riskScore({ ...base, health: [{ day: ago(10), score: 58 }] }, s).parts.churn).toBe(0);
  });

  it("profitability: (5 - s) x 25; null when invalid", () => {
    expect(riskScore({ ...base, profitability: 2 }, s)).toMatchObject({ score: 75, level: "High", parts: { profitability: 75 }, reasons: ["Profitability 2 of 5"] });
    expect(riskScore({ ...base, profitability: 5 }, s)).toMatchObject({ score: 0, reasons: [] });
    expect(riskScore({ ...base, profitability: 1 }, s).parts.profitability).toBe(100);
    expect(riskScore({ ...base, profitability: 0 }, s).parts.profitability).toBeNull();
    expect(riskScore({ ...base, profitability: 6 }, s).parts.profitability).toBeNull();
  });

  it("weights are respected; parts that weigh nothing leave no score", () => {
    const records = [invoice("INV-0001", { amount: 10, issued: ago(100), due: ago(90) })];
    const input = { ...base, records, lastContact: TODAY }; // payment 100, churn 0
    expect(riskScore(input, s).score).toBe(57); // 4000 / 70
    expect(riskScore(input, { ...s, riskWeights: { payment: 1, churn: 3, profitability: 0 } }).score).toBe(25);
    expect(riskScore(input, { ...s, riskWeights: { payment: 0, churn: 30, profitability: 30 } }).score).toBe(0);
    expect(riskScore({ ...input, profitability: 1 }, { ...s, riskWeights: { payment: 0, churn: 0, profitability: 10 } }).score).toBe(100);
    const none = riskScore(input, { ...s, riskWeights: { payment: 0, churn: 0, profitability: 0 } });
    expect(none).toMatchObject({ score: null, level: null, parts: { payment: 100, churn: 0 } });
  });

  it("levels: Low < 30, Medium 30-60, High > 60", () => {
    // Churn alone with threshold 50: the score is the days since contact.
    const level = (days: number) => riskScore({ ...base, lastContact: ago(days), contactThreshold: 50 }, s);
    expect(level(29)).toMatchObject({ score: 29, level: "Low" });
    expect(level(30)).toMatchObject({ score: 30, level: "Medium" });
    expect(level(60)).toMatchObject({ score: 60, level: "Medium" });
    expect(level(61)).toMatchObject({ score: 61, level: "High" });
    expect([0, 29, 30, 60, 61, 100].map(riskLevel)).toEqual(["Low", "Low", "Medium", "Medium", "High", "High"]);
  });

  it("a future last contact counts as today; one day is said in the singular", () => {
    expect(riskScore({ ...base, lastContact: addDaysToDay(TODAY, 3) }, s).parts.churn).toBe(0);
    expect(riskScore({ ...base, lastContact: ago(1), contactThreshold: 1 }, s).reasons).toEqual(["No contact for 1 day"]);
  });
});
