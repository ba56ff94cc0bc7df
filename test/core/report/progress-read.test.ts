import { describe, expect, it } from "vitest";
import { logEntries, outcomeLines, taskItems, visibleLines, withoutDue } from "../../../src/core/report/progress-read";
import { expectLinear } from "../../helpers/linear";

describe("visibleLines", () => {
  it("drops code blocks and cuts %% and HTML comments, also across lines", () => {
    const lines = ["- a %% hidden %% b", "- c <!-- x", "still hidden", "--> d", "```", "- in code", "```", "%%", "- gone", "%%", "- e"];
    expect(visibleLines(lines)).toEqual(["- a  b", "- c", " d", "- e"]);
    expect(visibleLines(null)).toEqual([]);
  });
});

describe("taskItems, logEntries, outcomeLines", () => {
  it("reads ticked and open tasks with a done day, and skips other states", () => {
    expect(taskItems(["- [x] A ✅ 2026-11-02", "  - [ ] B (due 2026-12-01)", "- [-] C", "- [X] D [completion:: 2026-11-03]", "- plain"])).toEqual([
      { done: true, text: "A", doneDay: "2026-11-02" },
      { done: false, text: "B (due 2026-12-01)", doneDay: null },
      { done: true, text: "D", doneDay: "2026-11-03" },
    ]);
    expect(withoutDue("B (due 2026-12-01) 📅 2026-12-02")).toBe("B");
  });

  it("reads interaction lines with and without a type, dropping the follow-up date", () => {
    expect(logEntries(["- 2026-11-04 · meeting · Review (follow up 2026-12-01)", "- 2026-11-05: Wrote the plan", "- soon · call · x"])).toEqual([
      { day: "2026-11-04", type: "meeting", summary: "Review" },
      { day: "2026-11-05", type: null, summary: "Wrote the plan" },
    ]);
  });

  it("reads list items and table rows", () => {
    expect(outcomeLines(["- [x] Done", "1. First", "| a | b |", "text", "> quote"])).toEqual([
      { kind: "item", text: "Done" },
      { kind: "item", text: "First" },
      { kind: "row", text: "| a | b |" },
    ]);
  });
});

describe("linear on hostile text", () => {
  const hostile = (n: number) => [
    "%%".repeat(n) + "<!--".repeat(n),
    "- [x] " + "✅ 2026".repeat(n) + "[completion:: ".repeat(n),
    "- [ ] " + "(due 2026-1".repeat(n) + "📅 ".repeat(n),
    "- 2026-11-04 " + " · ".repeat(n) + "(follow up ".repeat(n),
    " ".repeat(n) + "-" + " ".repeat(n),
    "|".repeat(n),
  ];
  const reads: [string, (lines: string[]) => unknown][] = [
    ["visibleLines", visibleLines],
    ["taskItems", taskItems],
    ["logEntries", logEntries],
    ["outcomeLines", outcomeLines],
    ["withoutDue", (lines) => lines.map(withoutDue)],
  ];
  for (const [name, read] of reads) it(`${name} stays linear`, () => void expectLinear(name, hostile, read, 30_000));
});
