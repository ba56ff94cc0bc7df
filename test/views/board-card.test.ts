// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import { rollUp } from "../../src/core/records/rollup";
import type { ClientStatus, RecordProps } from "../../src/core/model/types";
import { clientStatus, TODAY } from "../helpers/builders";
import { cardRenderer } from "../helpers/card-render";
import { recordOf } from "../helpers/record-builder";

const settings = defaultSettings();

function acme(records: RecordProps[] | null, stage = "Proposal"): ClientStatus {
  const s = clientStatus("Clients/Acme.md", { company: "Acme", stage, currency: "EUR", last_contact: "2026-11-20" }, { settings });
  return { ...s, records: records === null ? null : rollUp(records, { currency: "EUR", rolesMatter: stage === "Proposal", today: TODAY }) };
}

const rec = (path: string, fm: Record<string, unknown>) => recordOf(path, { client: "[[Acme]]", ...fm });

const render = cardRenderer(settings);

const chipTexts = (el: HTMLElement) => Array.from(el.querySelectorAll(".clientele-card-records .clientele-card-chip")).map((e) => e.textContent);

describe("fillCard: related records", () => {
  const records = () => [
    rec("People/Ana.md", { type: "contact", role: "champion" }),
    rec("Deals/A.md", { type: "deal", value: 12000, probability: 50 }),
    rec("Inv/1.md", { type: "invoice", amount: 1500, due: "2026-10-05" }),
    rec("PO/1.md", { type: "po", amount: 300 }),
    rec("Fb/1.md", { type: "feedback", opened: "2026-11-10" }),
    rec("Legal/Main.md", { type: "contract", status: "signed", end: "2026-12-03" }),
  ];

  it("renders one line of chips as text, each with its tooltip and tone, then the warnings", () => {
    const el = render(acme(records()));
    expect(chipTexts(el)).toEqual(["1 contact", "1 open deal · EUR 12,000", "1 invoice overdue · 47 days", "1 PO unbilled", "1 open feedback", "Notice in 12 days"]);
    expect(el.querySelectorAll(".clientele-card-records").length).toBe(1);
    const chip = (kind: string) => el.querySelector<HTMLElement>(`.clientele-card-chip[data-kind="${kind}"]`)!;
    expect(chip("invoices").getAttribute("title")).toBe("1 invoice overdue, by 47 days (EUR 1,500)");
    expect(chip("invoices").classList.contains("is-bad")).toBe(true);
    expect(chip("feedback").classList.contains("is-warn")).toBe(true);
    expect(chip("notice").classList.contains("is-warn")).toBe(true);
    expect(chip("contacts").classList.contains("is-warn")).toBe(false);
    expect(chip("contacts").getAttribute("title")).toBe("1 contact (champion: Ana)");
    const warnings = Array.from(el.querySelectorAll(".clientele-card-warning"));
    expect(warnings.map((w) => w.textContent)).toEqual(["No decision maker"]);
    expect(warnings[0]?.getAttribute("title")).toBe("No decision maker");
    // The warnings follow the chips.
    expect(el.lastElementChild?.classList.contains("clientele-card-warning")).toBe(true);
    expect(el.getAttribute("aria-label")).toBe(
      "Acme, health Unscored, risk 2 Low, 1 contact, 1 open deal worth EUR 12,000, 1 invoice overdue by 47 days, 1 purchase order unbilled, 1 open feedback, Contract notice in 12 days, No decision maker",
    );
  });

  it("renders nothing of records when the vault has none, or nothing counts", () => {
    for (const c of [acme(null), acme([], "Discovery")]) {
      const el = render(c);
      expect(el.querySelector(".clientele-card-records")).toBeNull();
      expect(el.querySelector(".clientele-card-warning")).toBeNull();
      expect(el.getAttribute("aria-label")).toBe("Acme, health Unscored, risk 2 Low");
    }
  });

  it("renders warnings without a chip line when only warnings are there", () => {
    const el = render(acme([]));
    expect(el.querySelector(".clientele-card-records")).toBeNull();
    expect(Array.from(el.querySelectorAll(".clientele-card-warning")).map((w) => w.textContent)).toEqual(["No champion", "No decision maker"]);
  });

  it("replaces the chips when the same element is filled again", () => {
    const el = render(acme(records()));
    render(acme([rec("People/Ana.md", { type: "contact" }), rec("People/Bo.md", { type: "contact" })], "Discovery"), el);
    expect(chipTexts(el)).toEqual(["2 contacts"]);
    expect(el.querySelector(".clientele-card-warning")).toBeNull();
  });

  it("shows a record's name that looks like HTML as text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const el = render(acme([rec("Legal/x.md", { type: "contract", status: "signed", end: "2026-12-03" })].map((r) => ({ ...r, name: evil }))));
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector('.clientele-card-chip[data-kind="notice"]')?.getAttribute("title")).toContain(evil);
  });
});
