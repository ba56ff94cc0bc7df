// Bulk operations planned per note: tags keep the note's order and spelling.
import { describe, expect, it } from "vitest";
import { bulkLabel, nextTags, planBulkChange, tagsOf } from "../../../src/core/change/bulk";
import { parseClient } from "../../../src/core/model/client";
import { defaultSettings } from "../../../src/core/model/settings";
import { TODAY } from "../../helpers/builders";

const settings = defaultSettings();
function plan(op: Parameters<typeof planBulkChange>[0], fm: Record<string, unknown>) {
  return planBulkChange(op, parseClient("Clients/Acme.md", fm, settings), fm, TODAY, settings);
}

describe("tags", () => {
  it("reads a list, a text of tags and nothing", () => {
    expect(tagsOf({ tags: ["A", 7, null, " "] })).toEqual(["A", "7"]);
    expect(tagsOf({ tags: "one, two three" })).toEqual(["one", "two", "three"]);
    expect(tagsOf({})).toEqual([]);
  });

  it("adds at the end and never twice, whatever the case or #", () => {
    expect(nextTags(["HEALTHCARE"], "#vip", true)).toEqual(["HEALTHCARE", "vip"]);
    expect(nextTags(["HEALTHCARE"], "#healthcare", true)).toBeNull();
    expect(nextTags(["a"], "two words", true)).toEqual(["a", "two-words"]);
    expect(nextTags(["a"], " # ", true)).toBeNull();
  });

  it("removes every spelling of the tag, and nothing when it is missing", () => {
    expect(nextTags(["VIP", "b", "vip"], "Vip", false)).toEqual(["b"]);
    expect(nextTags(["b"], "vip", false)).toBeNull();
  });
});

describe("planBulkChange", () => {
  const fm = { type: "client", company: "Acme", stage: "Proposal", tags: ["B2B"], last_contact: "2026-11-01" };

  it("moves with a Stage history line, and not to the stage the note has", () => {
    const move = plan({ kind: "move", stage: "Active" }, fm);
    expect(move?.patch.stage).toBe("Active");
    expect(move?.lines).toEqual([`- ${TODAY}: Proposal → Active`]);
    expect(plan({ kind: "move", stage: "proposal" }, fm)).toBeNull();
  });

  it("tags, logs, sets a next action and snoozes", () => {
    expect(plan({ kind: "add-tag", tag: "vip" }, fm)).toEqual({ patch: { tags: ["B2B", "vip"] }, section: "", lines: [] });
    expect(plan({ kind: "remove-tag", tag: "b2b" }, fm)).toEqual({ patch: { tags: [] }, section: "", lines: [] });
    const log = plan({ kind: "log", interaction: { type: "email", date: TODAY, summary: "Year-end\nnote", followUp: null } }, fm);
    expect(log).toEqual({ patch: { last_contact: TODAY }, section: "## Interaction log", lines: [`- ${TODAY} · email · Year-end note`] });
    expect(plan({ kind: "next-action", text: " Send\nplan ", due: "2026-12-01" }, fm)?.patch).toEqual({ next_action: "Send plan", next_action_due: "2026-12-01" });
    expect(plan({ kind: "snooze", until: "2026-12-01" }, fm)?.patch).toEqual({ snooze_until: "2026-12-01" });
  });

  it("labels the change for its undo", () => {
    expect(bulkLabel({ kind: "move", stage: "Active" }, 3)).toBe("Move 3 clients to Active");
    expect(bulkLabel({ kind: "add-tag", tag: "#vip" }, 1)).toBe("Tag 1 client #vip");
  });
});
