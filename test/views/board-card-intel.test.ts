// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDaysToDay } from "../../src/core/model/dates";
import { defaultSettings } from "../../src/core/model/settings";
import type { ScoredDay } from "../../src/core/intel/trend";
import type { ClientStatus, RecordProps } from "../../src/core/model/types";
import { clientStatus, TODAY } from "../helpers/builders";
import { cardRenderer } from "../helpers/card-render";
import { recordOf } from "../helpers/record-builder";

const settings = defaultSettings();
const ago = (n: number) => addDaysToDay(TODAY, -n);
const invoice = (name: string, fm: Record<string, unknown>) => recordOf(`Invoices/${name}.md`, { type: "invoice", client: "[[Acme]]", ...fm });

function status(fm: Record<string, unknown>, records: RecordProps[] = [], health: ScoredDay[] = []): ClientStatus {
  return clientStatus("Clients/Acme.md", { company: "Acme", ...fm }, { settings, intel: { records, health } });
}

/** The contract's risk example (50 Medium), a paid invoice worth a Silver CLV, 42 days in Proposal, three health checks. */
function example(): ClientStatus {
  const records = [
    invoice("INV-0001", { amount: 4000, issued: ago(75), due: ago(45) }),
    invoice("INV-0002", { amount: 6000, issued: ago(200), due: ago(170), paid: ago(180) }),
  ];
  const health = [{ day: ago(90), score: 60 }, { day: ago(40), score: 45 }, { day: ago(10), score: 60 }];
  return status({ stage: "Proposal", currency: "eur", stage_changed: ago(42), last_contact: ago(30), health_profitability: 3 }, records, health);
}

const render = cardRenderer(settings);

describe("fillCard: value and risk", () => {
  it("puts the risk badge (its level a class, the breakdown and reasons its title) and the tier right after the health badge", () => {
    const el = render(example());
    const meta = Array.from(el.querySelector(".clientele-card-meta")!.children).map((e) => e.className);
    expect(meta.slice(0, 3)).toEqual(["clientele-badge is-risk", "clientele-risk-badge is-medium", "clientele-card-tier is-silver"]);
    const risk = el.querySelector<HTMLElement>(".clientele-risk-badge")!;
    expect(risk.textContent).toBe("Risk 50");
    const why = "Risk 50 (Medium): Payment 50 · Churn 50 · Profitability 50. 1 invoice overdue by 45 days; No contact for 30 days; Profitability 3 of 5";
    expect(risk.getAttribute("title")).toBe(why);
    expect(risk.getAttribute("aria-label")).toBe(why);
    const tier = el.querySelector<HTMLElement>(".clientele-card-tier")!;
    expect(tier.textContent).toBe("Silver");
    expect(tier.getAttribute("title")).toBe("Lifetime value EUR 24,000 (Silver)");
  });

  it("shows the time in stage, stuck past the stage's limit, and a bar per recent health score", () => {
    const el = render(example());
    const time = el.querySelector<HTMLElement>(".clientele-card-intel .clientele-card-stage-time")!;
    expect(time.textContent).toBe("42 d in stage");
    expect(time.classList.contains("is-stuck")).toBe(true);
    expect(time.getAttribute("title")).toBe("42 days in Proposal, stuck: over its limit of 30 days");
    const spark = el.querySelector<HTMLElement>(".clientele-card-spark")!;
    expect(spark.getAttribute("aria-label")).toBe("Health history: 60, 45, 60 (+15 since the check before)");
    const bars = Array.from(spark.querySelectorAll<HTMLElement>(".clientele-card-spark-bar"));
    expect(bars.map((b) => b.style.getPropertyValue("--clientele-spark-height"))).toEqual(["60%", "45%", "60%"]);
    expect(bars.map((b) => b.textContent)).toEqual(["", "", ""]);
    expect(el.getAttribute("aria-label")).toContain("risk 50 Medium, Silver tier, 42 days in Proposal, stuck: over its limit of 30 days, health history: 60, 45, 60");
  });

  it("a client within its limit is not stuck; one without value, risk or history shows none of it", () => {
    const ok = render(status({ stage: "Active", stage_changed: ago(12) }));
    expect(ok.querySelector(".clientele-card-stage-time")?.textContent).toBe("12 d in stage");
    expect(ok.querySelector(".clientele-card-stage-time")?.classList.contains("is-stuck")).toBe(false);
    expect(ok.querySelector(".clientele-card-spark")).toBeNull();
    const bare = render(status({ stage: "Active" }));
    expect(bare.querySelector(".clientele-risk-badge, .clientele-card-tier, .clientele-card-intel")).toBeNull();
  });

  it("draws the stuck limit from the settings when they hold one", () => {
    const mine = { ...settings, stuckDays: { Active: 10 } };
    const el = render(status({ stage: "Active", stage_changed: ago(12) }), undefined, mine);
    expect(el.querySelector(".clientele-card-stage-time")?.classList.contains("is-stuck")).toBe(true);
  });
});
