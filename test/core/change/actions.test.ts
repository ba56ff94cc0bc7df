import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine, planHealthCheck, planInteraction, planStageChange, previousStageText, SECTION_STAGES } from "../../../src/core/change/actions";
import { parseClient } from "../../../src/core/model/client";
import { defaultSettings } from "../../../src/core/model/settings";
import { stageEntries, stageHistory } from "../../../src/core/report/history";
import { TODAY } from "../../helpers/builders";

const settings = defaultSettings();

/** The move to `to` planned from a note with these properties (`type: client` added). */
function move(fm: Record<string, unknown>, to = "Active") {
  const props = { type: "client", ...fm };
  return planStageChange(parseClient("Clients/Acme.md", props, settings), props, to, TODAY, settings);
}

/** The one history line of a move. */
function lineOf(fm: Record<string, unknown>, to = "Active"): string {
  const change = move(fm, to);
  expect(change?.section).toBe(SECTION_STAGES);
  expect(change?.lines).toHaveLength(1);
  return change?.lines[0] ?? "";
}

describe("planStageChange: the previous stage in the history line (issue 11, item 6)", () => {
  it("records the text that was in the note when it is not a configured stage", () => {
    expect(move({ stage: "Negotiation" })).toEqual({
      patch: { stage: "Active", stage_changed: TODAY },
      section: SECTION_STAGES,
      lines: [`- ${TODAY}: Negotiation → Active`],
    });
  });

  it("writes (none) only when the property is missing or empty", () => {
    for (const fm of [{}, { stage: null }, { stage: "" }, { stage: "   " }, { stage: [] }]) expect(lineOf(fm)).toBe(`- ${TODAY}: (none) → Active`);
  });

  it("uses the configured spelling of a configured stage, and plans nothing for the same stage", () => {
    expect(lineOf({ stage: " proposal " })).toBe(`- ${TODAY}: Proposal → Active`);
    expect(move({ stage: "ACTIVE" })).toBeNull();
    expect(move({ stage: "Negotiation" }, "Nowhere")).toBeNull();
  });

  it("keeps a value that is not text as the note says it", () => {
    expect(lineOf({ stage: 3 })).toBe(`- ${TODAY}: 3 → Active`);
    expect(lineOf({ stage: false })).toBe(`- ${TODAY}: false → Active`);
    expect(lineOf({ stage: ["Won", "Onboarding"] })).toBe(`- ${TODAY}: Won, Onboarding → Active`);
  });

  it("makes the text inert and one line, and escapes what would change how the line reads back", () => {
    expect(lineOf({ stage: "On\nhold" })).toBe(`- ${TODAY}: On hold → Active`);
    const risky = lineOf({ stage: "[[Deal]] <b>%%x%% `=this` A & B" });
    expect(risky).not.toMatch(/\[\[|<b|%%|`/);
    expect(lineOf({ stage: "Won → Lost -> Won" })).toBe(`- ${TODAY}: Won &rarr; Lost -&gt; Won → Active`);
    expect(lineOf({ stage: "(none)" })).toBe(`- ${TODAY}: &#40;none) → Active`);
    expect(lineOf({ stage: "Created in March" })).toBe(`- ${TODAY}: &#67;reated in March → Active`);
    expect(previousStageText(parseClient("a.md", { type: "client", stage: "a\u2028b" }, settings), { stage: "a\u2028b" })).toBe("a b");
  });

  it("reads back: the history reader gives the one-line text that was in the note (round trip)", () => {
    const section = (line: string) => `# Acme\n\n## Stage history\n\n${line}\n`;
    expect(stageHistory(section(lineOf({ stage: "Negotiation" })))).toEqual([{ day: TODAY, from: "Negotiation", to: "Active" }]);
    expect(stageHistory(section(lineOf({})))).toEqual([{ day: TODAY, from: null, to: "Active" }]);
    for (const stage of ["Won → Lost -> Won", "(none)", "Created in March", "[[Deal]] <b>%%x%% `=this`", "A & B &amp; &#40; \\[x\\] \\%", "On\r\nhold"]) {
      expect(stageHistory(section(lineOf({ stage })))).toEqual([{ day: TODAY, from: oneLine(stage), to: "Active" }]);
    }
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const piece = fc.constantFrom("→", "->", "-", ">", "&", "&amp;", "&#40;", "&rarr;", "\\", "[", "]", "%%", "<", "`", "(none)", "Created in ", "\n", "\u2028", " ", "x", "$$", "$");
    const stage = fc.oneof(text, fc.array(fc.oneof(piece, text), { maxLength: 8 }).map((a) => a.join("")));
    fc.assert(
      fc.property(stage, (s) => {
        const expected = oneLine(s.replace(/[\u2028\u2029]/g, " "));
        const line = lineOf({ stage: s });
        if (expected === "" || settings.stages.some((st) => st.toLowerCase() === expected.toLowerCase())) return;
        expect(stageEntries([line])).toEqual([{ day: TODAY, from: expected, to: "Active" }]);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe("typed text in a history line cannot swallow the headings after it", () => {
  const matrix = settings.healthMatrix;
  const scores = { profitability: 4, communication: 4, strategic_fit: 4, growth: 4 };

  it("a health comment that opens a comment or math block is escaped; a balanced one is kept", () => {
    expect(planHealthCheck(scores, "$$", TODAY, matrix).lines[0]).toMatch(/ — \$\\\$$/);
    expect(planHealthCheck(scores, "call <!-- Jo", TODAY, matrix).lines[0]).toMatch(/ — call &lt;!-- Jo$/);
    expect(planHealthCheck(scores, "%% aside %%", TODAY, matrix).lines[0]).toMatch(/ — %% aside %%$/);
  });

  it("so does an interaction summary", () => {
    const client = parseClient("Clients/Acme.md", { type: "client" }, settings);
    const change = planInteraction(client, { type: "call", date: TODAY, summary: "budget %% later", followUp: null });
    expect(change.lines).toEqual([`- ${TODAY} · call · budget %\\% later`]);
  });
});
