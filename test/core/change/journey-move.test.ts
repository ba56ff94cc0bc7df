import { describe, expect, it } from "vitest";
import { planJourneyMove } from "../../../src/core/change/journey-move";
import { parseClient } from "../../../src/core/model/client";
import { defaultSettings } from "../../../src/core/model/settings";
import { TODAY } from "../../helpers/builders";

const settings = defaultSettings();
const plan = (fm: Record<string, unknown>, move: { from: string; to: string }) => planJourneyMove(parseClient("Clients/A.md", { type: "client", ...fm }, settings), { type: "client", ...fm }, move, TODAY, settings);

describe("planJourneyMove", () => {
  it("moves to a stage of the journey that the settings do not have yet, with a Stage history line", () => {
    expect(plan({ stage: "Active" }, { from: "Active", to: "Grow" })).toEqual({
      patch: { stage: "Grow", stage_changed: TODAY },
      section: "## Stage history",
      lines: [`- ${TODAY}: Active → Grow`],
    });
  });

  it("is stale when the note is no longer in the stage the preview showed (or has none)", () => {
    expect(plan({ stage: "Retention" }, { from: "Active", to: "Grow" })).toBe("stale");
    expect(plan({}, { from: "Active", to: "Grow" })).toBe("stale");
    // The same stage in another case is the same stage.
    expect(plan({ stage: "active" }, { from: "Active", to: "Grow" })).not.toBe("stale");
  });

  it("writes nothing for a target that is the current stage in another case", () => {
    expect(plan({ stage: "Active" }, { from: "Active", to: "ACTIVE" })).toBeNull();
  });
});
