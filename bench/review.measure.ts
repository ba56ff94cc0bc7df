// The weekly review for 2,000 generated clients, and the dashboard blocks over them.
import { it } from "vitest";
import { parse } from "yaml";
import { blockRows, parseBlockOptions } from "../src/core/report/blocks";
import type { NoteInput } from "../src/core/model/portfolio";
import { evaluateVault } from "../src/core/records/vault";
import { renderWeeklyReview } from "../src/core/report/review";
import { defaultSettings } from "../src/core/model/settings";
import { findFrontmatter } from "../src/core/note/frontmatter-block";
import { clientNote, rng } from "./gen-vault.mjs";
import { median, time, writeFigures } from "./measure";

it("weekly review and blocks for 2,000 clients", async () => {
  const r = rng(7);
  const notes: NoteInput[] = [];
  const bodies = new Map<string, string>();
  for (let i = 0; i < 2000; i++) {
    const n = clientNote(r, i);
    const path = `Clients/${n.name}`;
    notes.push({ path, frontmatter: parse(findFrontmatter(n.text).yaml) as Record<string, unknown>, modifiedDay: null });
    bodies.set(path, n.text);
  }
  const settings = defaultSettings();
  const clients = evaluateVault(notes, "2026-11-21", settings).clients;
  const review = await time(() => renderWeeklyReview({ today: "2026-11-21", clients, bodies, sinceDay: "2026-11-14", settings }), 15, 3);
  const evaluate = await time(() => evaluateVault(notes, "2026-11-21", settings).clients, 15, 3);
  const blocks: Record<string, number> = {};
  for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) {
    const parsed = parseBlockOptions(`view: ${view}`, (s) => parse(s) as unknown);
    if (!parsed.ok) throw new Error(parsed.message);
    blocks[view] = median(await time(() => blockRows(parsed.options, clients, "2026-11-21", settings), 15, 3));
  }
  writeFigures("review", {
    weeklyReview2000: { value: median(review), unit: "ms", runs: review.length, note: "renderWeeklyReview over 2,000 evaluated clients and their note bodies" },
    evaluate2000: { value: median(evaluate), unit: "ms", runs: evaluate.length, note: "parse and evaluate 2,000 clients' properties (the index does this once per change)" },
    ...Object.fromEntries(Object.entries(blocks).map(([k, v]) => [`block-${k}`, { value: v, unit: "ms", runs: 15 }])),
  });
});
