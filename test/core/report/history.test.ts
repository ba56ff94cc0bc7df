import { describe, expect, it } from "vitest";
import { healthHistory, stageHistory, unmetNeeds } from "../../../src/core/report/history";

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
