import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { successPlan } from "../../../src/core/report/success-plan";
import { textActivity } from "../../../src/core/report/history";

const note = (body: string) => `---\ntype: client\n---\n# Acme\n\n${body}`;

describe("successPlan", () => {
  it("is null without the section, or with a section without boxes", () => {
    expect(successPlan(note("## Next actions\n- [x] Sent\n"))).toBeNull();
    expect(successPlan(note("## Success plan\n\nGoals to agree in the kickoff.\n"))).toBeNull();
    // Empty template boxes (no text yet) are not goals.
    expect(successPlan(note("## Success plan\n### Goals\n- [ ] \n### Milestones\n- [ ]\n"))).toBeNull();
  });

  it("counts the boxes of the subsections and nested boxes, ticked with x or X", () => {
    const text = note([
      "## Success plan",
      "### Goals",
      "- [x] Cut onboarding time to a week",
      "- [ ] Two teams using it daily",
      "  - [X] Team A",
      "  - [ ] Team B",
      "### Milestones",
      "1. [x] Kickoff held",
      "* [ ] First report",
      "",
    ].join("\n"));
    expect(successPlan(text)).toEqual({ done: 3, total: 6, percent: 50 });
  });

  it("stops at the next section of the same level, and ignores boxes before it", () => {
    const text = note("- [x] Not in the plan\n\n## Success plan\n- [x] One\n- [ ] Two\n\n## Interaction log\n- [x] Not in the plan either\n- [x] Nor this\n");
    expect(successPlan(text)).toEqual({ done: 1, total: 2, percent: 50 });
  });

  it("leaves out other task states, boxes in code blocks and in comments", () => {
    const text = note("## Success plan\n- [-] Dropped\n- [/] Half\n- [x] Done\n```\n- [ ] code\n```\n%% - [ ] hidden %%\n<!-- - [x] hidden -->\n- [ ] Open\n");
    expect(successPlan(text)).toEqual({ done: 1, total: 2, percent: 50 });
  });

  it("reads a plan kept one level down, and the `##` one when both exist", () => {
    expect(successPlan(note("## Plans\n### Success plan\n- [x] A\n"))).toEqual({ done: 1, total: 1, percent: 100 });
    expect(successPlan(note("### Success plan\n- [x] A\n\n## Success plan\n- [ ] B\n"))).toEqual({ done: 0, total: 1, percent: 0 });
  });

  it("does not read a heading inside the frontmatter or a code block", () => {
    expect(successPlan("---\ntype: client\nx: |\n  ## Success plan\n  - [x] A\n---\n")).toBeNull();
    expect(successPlan(note("```\n## Success plan\n- [x] A\n```\n"))).toBeNull();
  });

  it("reaches the note's text activity, which both the plugin and the CLI read", () => {
    expect(textActivity(note("## Success plan\n- [x] A\n- [ ] B\n")).successPlan).toEqual({ done: 1, total: 2, percent: 50 });
    expect(textActivity(note("## Stage history\n")).successPlan).toBeNull();
  });

  it("is linear: a long run of brackets and spaces reads fast", () => {
    const hostile = note(`## Success plan\n- [${" ".repeat(50_000)}\n${"- [ ".repeat(20_000)}\n${"  ".repeat(30_000)}- [x]${" ".repeat(30_000)}x\n`);
    const t = performance.now();
    successPlan(hostile);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it("total counts every open or ticked box with text, done only the ticked (property)", () => {
    const item = fc.record({ mark: fc.constantFrom(" ", "x", "X", "-"), depth: fc.nat(3), text: fc.constantFrom("Goal", "Milestone two", "a") });
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), (items) => {
      const lines = items.map((i) => `${"  ".repeat(i.depth)}- [${i.mark}] ${i.text}`);
      const counted = items.filter((i) => i.mark !== "-");
      const done = counted.filter((i) => i.mark !== " ").length;
      const got = successPlan(note(`## Success plan\n${lines.join("\n")}\n`));
      expect(got === null ? null : [got.done, got.total]).toEqual(counted.length === 0 ? null : [done, counted.length]);
    }));
  });
});
