// @vitest-environment happy-dom
// The success plan chip on a board card (issue 14): "Plan 60%" with the count in its title.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import type { SuccessPlan } from "../../src/core/model/success-plan";
import { cardKey } from "../../src/core/pipeline/board";
import type { ClientStatus } from "../../src/core/model/types";
import { clientStatus } from "../helpers/builders";
import { cardRenderer } from "../helpers/card-render";

const settings = defaultSettings();

function status(plan: SuccessPlan | null, fm: Record<string, unknown> = {}): ClientStatus {
  return { ...clientStatus("Clients/Acme.md", { company: "Acme", stage: "Active", ...fm }, { settings }), successPlan: plan };
}

const render = cardRenderer(settings);

describe("the success plan chip", () => {
  it("shows the percent, with how many of how many in its title and the card's label", () => {
    const el = render(status({ done: 3, total: 5, percent: 60 }));
    const chip = el.querySelector<HTMLElement>(".clientele-card-intel .clientele-card-plan")!;
    expect(chip.textContent).toBe("Plan 60%");
    expect(chip.getAttribute("title")).toBe("Success plan: 3 of 5 goals and milestones done");
    expect(chip.getAttribute("aria-label")).toBe("Success plan: 3 of 5 goals and milestones done");
    expect(chip.classList.contains("is-complete")).toBe(false);
    expect(el.getAttribute("aria-label")).toContain("success plan: 3 of 5 goals and milestones done");
  });

  it("is marked complete at 100%, sits after the time in stage, and is absent without a plan", () => {
    const done = render(status({ done: 2, total: 2, percent: 100 }, { stage_changed: "2026-11-09" }));
    const line = Array.from(done.querySelector(".clientele-card-intel")!.children).map((e) => e.className);
    expect(line).toEqual(["clientele-card-stage-time", "clientele-card-plan is-complete"]);
    const none = render(status(null));
    expect(none.querySelector(".clientele-card-plan")).toBeNull();
    expect(none.querySelector(".clientele-card-intel")).toBeNull();
  });

  it("a change of the plan changes the card's key, so the board redraws the card", () => {
    expect(cardKey(status({ done: 1, total: 2, percent: 50 }))).not.toBe(cardKey(status({ done: 2, total: 2, percent: 100 })));
  });
});
