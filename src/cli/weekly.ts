// `clientele weekly VAULT [--now YYYY-MM-DD]`: the weekly review Markdown the plugin would write.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { dayOfTimestamp } from "../core/model/dates";
import { findFrontmatter } from "../core/note/frontmatter-block";
import { evaluateVault } from "../core/records/vault";
import { renderWeeklyReview, reviewNoteDay, reviewSince } from "../core/report/review";
import type { Day } from "../core/model/types";
import { parseFrontmatterYaml, type ScannedVault } from "./vault";

/** The day of one earlier review note, or null when it is not one. */
function reviewDay(file: string, atRoot: boolean): Day | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    const block = findFrontmatter(readFileSync(file, "utf8"));
    const parsed = block.exists ? parseFrontmatterYaml(block.yaml, 2) : { value: {} };
    const created = stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.mtimeMs;
    return reviewNoteDay("value" in parsed ? parsed.value : {}, atRoot ? null : dayOfTimestamp(created));
  } catch {
    return null; // an unreadable note is not a review
  }
}

/** The days of the review notes directly in the vault's review folder. */
function previousReviewDays(root: string, reviewFolder: string): Day[] {
  const parts = reviewFolder.split("/").filter((p) => p !== "");
  const dir = path.join(root, ...parts);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const days: Day[] = [];
  for (const name of names) {
    const day = name.toLowerCase().endsWith(".md") ? reviewDay(path.join(dir, name), parts.length === 0) : null;
    if (day !== null) days.push(day);
  }
  return days;
}

/** The review Markdown for the scanned vault on `today`, since its newest earlier review note; the scan's errors are listed as notes it leaves out. */
export function weeklyReviewMarkdown(root: string, vault: ScannedVault, today: Day): string {
  const clients = evaluateVault(vault.notes, today, vault.settings).clients;
  const bodies = new Map(vault.notes.map((n) => [n.path, n.text]));
  const sinceDay = reviewSince(previousReviewDays(root, vault.settings.reviewFolder), today);
  return renderWeeklyReview({ today, clients, bodies, sinceDay, settings: vault.settings, unreadable: vault.errors });
}
