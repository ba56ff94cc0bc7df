// The weekly review and the dashboard blocks over 2,000 generated clients.
// Run: npx vitest bench --run bench/review-2000.bench.ts
import { bench, describe } from "vitest";
import { blockRows, parseBlockOptions } from "../src/core/report/blocks";
import { addDaysToDay } from "../src/core/model/dates";
import type { NoteInput } from "../src/core/model/portfolio";
import { evaluateVault } from "../src/core/records/vault";
import { renderWeeklyReview } from "../src/core/report/review";
import { defaultSettings } from "../src/core/model/settings";
import { parse } from "yaml";

const TODAY = "2026-11-21";
const COUNT = 2000;
const STAGES = ["Discovery", "Proposal", "Active", "Retention", "Sunset"];

/** A small deterministic generator, so every run measures the same vault. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const r = rng(7);
const int = (n: number) => Math.floor(r() * n);
const day = (back: number) => addDaysToDay(TODAY, -int(back) + 30);

const notes: NoteInput[] = [];
const bodies = new Map<string, string>();
for (let i = 0; i < COUNT; i++) {
  const path = `Clients/Client ${i}.md`;
  const score = () => 1 + int(5);
  notes.push({
    path,
    modifiedDay: null,
    frontmatter: {
      type: "client", company: `Client ${i}`, stage: STAGES[int(5)], value: 500 * (1 + int(20)), currency: "EUR",
      health_profitability: score(), health_communication: score(), health_strategic_fit: score(), health_growth: score(),
      last_review: day(120), last_contact: day(120), stage_changed: day(200),
      next_action: `Step ${i}`, next_action_due: day(90), renewal: day(200),
    },
  });
  const health = Array.from({ length: 4 }, () => `- ${day(300)}: P3 C3 S3 G3 = 50 (At Risk) — check ${i}`).sort();
  const stages = Array.from({ length: 3 }, () => `- ${day(300)}: Discovery → Proposal`).sort();
  bodies.set(path, ["# Client", "", "### Unmet needs", "", `- Need A ${i}`, `- Need B ${i}`, "", "## Interaction log", "", "- 2026-11-01 · call · hi", "", "## Health history", "", ...health, "", "## Stage history", "", ...stages, ""].join("\n"));
}
const settings = defaultSettings();
const clients = evaluateVault(notes, TODAY, settings).clients;

describe(`${COUNT} clients`, () => {
  bench("renderWeeklyReview", () => {
    renderWeeklyReview({ today: TODAY, clients, bodies, sinceDay: "2026-11-14", settings });
  });
  for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) {
    bench(`block ${view}`, () => {
      const parsed = parseBlockOptions(`view: ${view}`, (s) => parse(s) as unknown);
      if (parsed.ok) blockRows(parsed.options, clients, TODAY, settings);
    });
  }
});
