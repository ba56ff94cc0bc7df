import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthHistory, stageHistory, unmetNeeds } from "../../../src/core/report/history";
import { expectLinear } from "../../helpers/linear";

const NOTE = `---
type: client
---
# Acme

## Strategic memory

### Unmet needs

*One line per need.*

- A pricing model for [[Services]].
- [ ] A second-in-command
  - a nested detail, not a need
-
* Star bullets count too

### Champion

- not a need

## Health history

- 2026-10-02: P4 C3 S5 G2 = 63 (Good) — Fine, mostly.
- 2026-09-12: P4 C3 S4 G- = 67 (Good, incomplete) — Early read.
- 2026-11-01: P- C- S- G- = Unscored
- someday: P1 C1 S1 G1 = 0 (Critical)
- 2026-11-05 nothing to see

\`\`\`
## Stage history
- 2026-01-01: fenced → ignored
\`\`\`

## Stage history

- 2026-09-01: Proposal → Active
- 2025-10-06: Created in Discovery
- 2026-10-01: (none) -> Retention
- 2026-11-31: Active → Sunset
`;

describe("healthHistory", () => {
  it("reads dated result lines oldest first and skips lines that do not parse", () => {
    expect(healthHistory(NOTE)).toEqual([
      { day: "2026-09-12", score: 67, band: "Good, incomplete", comment: "Early read." },
      { day: "2026-10-02", score: 63, band: "Good", comment: "Fine, mostly." },
      { day: "2026-11-01", score: null, band: null, comment: "" },
    ]);
  });
  it("is empty without the section", () => {
    expect(healthHistory("# Nothing\n")).toEqual([]);
  });
});

describe("stageHistory", () => {
  it("reads moves and creations oldest first, outside code blocks, real days only", () => {
    expect(stageHistory(NOTE)).toEqual([
      { day: "2025-10-06", from: null, to: "Discovery" },
      { day: "2026-09-01", from: "Proposal", to: "Active" },
      { day: "2026-10-01", from: null, to: "Retention" },
    ]);
  });
});

describe("unmetNeeds", () => {
  it("lists the top-level items of the section as written", () => {
    expect(unmetNeeds(NOTE)).toEqual(["A pricing model for [[Services]].", "A second-in-command", "Star bullets count too"]);
  });
});

describe("history lines are read in linear time (issue 11, item 8)", () => {
  const SPACES = " ".repeat(200_000);
  const note = (heading: string, line: string) => `${heading}\n\n${line}\n`;
  // Hostile lines of about n characters. At n = 4,000 a quadratic scan (the old patterns on the
  // spaces) takes ~10 ms, at 8n ~0.6 s, so it fails; the linear readers stay within the slack.
  const N = 4000;
  const health = (line: (n: number) => string) => (n: number) => note("## Health history", `- 2026-01-01: ${line(n)}`);
  const stage = (line: (n: number) => string) => (n: number) => note("## Stage history", `- 2026-01-01: ${line(n)}`);

  it("a long health line of spaces with no result, or with a result and junk after the spaces, grows linearly", () => {
    expectLinear("healthHistory, no result", health((n) => `P4 = 5${" ".repeat(n)}x`), healthHistory, N);
    expectLinear("healthHistory, junk after a result", health((n) => `= 5 (Good)${" ".repeat(n)}x`), healthHistory, N);
    expectLinear("healthHistory, repeated results", health((n) => `${"= 1 ".repeat(n / 4)}x`), healthHistory, N);
    expect(healthHistory(note("## Health history", `- 2026-01-01: = 5${SPACES}x`))).toEqual([]);
  });

  it("a long stage line of spaces with no arrow grows linearly", () => {
    expectLinear("stageHistory, words around spaces", stage((n) => `a${" ".repeat(n)}b`), stageHistory, N);
    expectLinear("stageHistory, spaces only", stage((n) => " ".repeat(n)), stageHistory, N);
    expect(stageHistory(note("## Stage history", `- 2026-01-01: a${SPACES}b`))).toEqual([]);
  });

  it("reads health and stage lines exactly as the old patterns did", () => {
    const OLD_RESULT = /=\s*(\d+(?:\.\d+)?|Unscored)\s*(?:\(([^)]*)\))?\s*(?:[—–-]\s*(.*))?$/;
    const OLD_MOVE = /^(.*?)\s*(?:→|->)\s*(.+)$/;
    const piece = fc.constantFrom("=", " ", "  ", "5", "12.5", "Unscored", "(", ")", "Good", "—", "-", "–", "→", "->", ">", "x", "(none)", "\t");
    const rest = fc.array(piece, { maxLength: 12 }).map((a) => a.join("").trim());
    fc.assert(
      fc.property(rest, (r) => {
        const m = OLD_RESULT.exec(r);
        const health = healthHistory(note("## Health history", `- 2026-01-01: ${r}`));
        const expected = m?.[1] ? [{ day: "2026-01-01", score: m[1] === "Unscored" ? null : Number(m[1]), band: m[2]?.trim() || null, comment: m[3]?.trim() ?? "" }] : [];
        expect(health).toEqual(expected);
        const mv = /^created in\s+(.+)$/i.test(r) ? null : OLD_MOVE.exec(r);
        if (mv?.[2] === undefined) {
          if (!/^created in\s+(.+)$/i.test(r)) expect(stageHistory(note("## Stage history", `- 2026-01-01: ${r}`))).toEqual([]);
          return;
        }
        const from = mv[1]?.trim() ?? "";
        expect(stageHistory(note("## Stage history", `- 2026-01-01: ${r}`))).toEqual([{ day: "2026-01-01", from: from === "" || from === "(none)" ? null : from, to: mv[2].trim() }]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("stage lines with an unknown previous stage (issue 11, item 6)", () => {
  it("reads back the escapes Clientele writes for the text that was in the note", () => {
    const lines = [
      "- 2026-11-20: Negotiation → Active",
      "- 2026-11-21: Won &rarr; Lost -&gt; Won → Active",
      "- 2026-11-22: &#40;none) → Active",
      "- 2026-11-23: &#67;reated in March → Active",
      "- 2026-11-24: \\[\\[Deal\\]\\] &lt;b>%\\%x%\\% &#96;=this&#96; A &amp; B → Active",
      "- 2026-11-25: \\* kept \\B &nbsp; &#0; → Active",
    ];
    expect(stageHistory(`## Stage history\n\n${lines.join("\n")}\n`)).toEqual([
      { day: "2026-11-20", from: "Negotiation", to: "Active" },
      { day: "2026-11-21", from: "Won → Lost -> Won", to: "Active" },
      { day: "2026-11-22", from: "(none)", to: "Active" },
      { day: "2026-11-23", from: "Created in March", to: "Active" },
      { day: "2026-11-24", from: "[[Deal]] <b>%%x%% `=this` A & B", to: "Active" },
      { day: "2026-11-25", from: "\\* kept \\B &nbsp; &#0;", to: "Active" },
    ]);
  });
});
