// The human-readable review printed by `clientele review VAULT`.
import { groupByStage } from "../core/pipeline/pipeline";
import { formatTotals, plural } from "../core/model/format";
import type { ClienteleSettings } from "../core/model/settings";
import type { ClientStatus, Day } from "../core/model/types";
import { oneSafeLine as t } from "./safe-text";
import type { ScanError } from "./vault";

export interface Paint {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOUR: Paint = { bold: ansi(1), dim: ansi(2), red: ansi(31), yellow: ansi(33), green: ansi(32) };
export const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };

function pad(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + " ".repeat(width - len);
}

function clip(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : chars.slice(0, width - 1).join("") + "…";
}

function bandColour(p: Paint, s: ClientStatus): (t: string) => string {
  switch (s.health.band) {
    case "Excellent":
    case "Good":
      return p.green;
    case "At Risk":
      return p.yellow;
    case "Critical":
      return p.red;
    default:
      return p.dim;
  }
}

/** The health trend as a text arrow and the change: "↑ 5", "↓ 12", "→ 0"; "—" with fewer than two checks. */
export function trendArrow(trend: number | null): string {
  if (trend === null) return "—";
  if (trend > 0) return `↑ ${trend}`;
  return trend < 0 ? `↓ ${-trend}` : "→ 0";
}

function trendColour(p: Paint, trend: number | null): (t: string) => string {
  if (trend === null || trend === 0) return p.dim;
  return trend > 0 ? p.green : p.red;
}

function problems(errors: ScanError[], clients: ClientStatus[], p: Paint): string[] {
  const out: string[] = [];
  const withDiagnostics = clients.filter((c) => c.client.diagnostics.length > 0);
  if (withDiagnostics.length > 0 || errors.length > 0) {
    out.push(p.bold(p.yellow(`Problems (${withDiagnostics.length + errors.length})`)));
    for (const e of errors) out.push(`  ${p.red("✗")} ${t(e.path)}: ${t(e.message)}`);
    for (const c of withDiagnostics) for (const d of c.client.diagnostics) out.push(`  ${p.yellow("△")} ${t(c.client.path)}: ${t(d.message)}`);
    out.push("");
  }
  return out;
}

/**
 * The text review. With no client at all, and `noteCount` (the Markdown notes scanned) given, it
 * says so instead of an empty all-clear, and still lists the problems.
 */
export function renderReviewText(today: Day, clients: ClientStatus[], errors: ScanError[], settings: ClienteleSettings, p: Paint, noteCount?: number): string {
  const out: string[] = [];
  if (clients.length === 0 && noteCount !== undefined) {
    out.push(p.bold(`Clientele review for ${today}`) + ` · no client notes found in ${plural(noteCount, "note")}`);
    out.push(p.dim('  A client note has "type: client" in its properties.'));
    out.push("");
    out.push(...problems(errors, clients, p));
    return out.join("\n");
  }
  const atRisk = clients.filter((c) => c.atRisk);
  out.push(p.bold(`Clientele review for ${today}`) + ` · ${plural(clients.length, "client")} · ${atRisk.length} at risk`);
  out.push("");

  out.push(p.bold("Pipeline"));
  for (const col of groupByStage(clients, settings)) {
    const name = t(col.stage ?? "No stage");
    out.push(`  ${pad(name, 12)} ${pad(plural(col.count, "client"), 11)} ${t(formatTotals(col.clients, settings.currency))}`);
  }
  out.push("");

  const nameWidth = Math.min(28, Math.max(6, ...clients.map((c) => [...t(c.client.name)].length)));
  out.push(p.bold("Health"));
  out.push(p.dim(`  ${pad("Client", nameWidth)}  ${pad("Stage", 10)} ${pad("Score", 5)} ${pad("Band", 9)} ${pad("Trend", 5)} ${pad("In stage", 8)} ${pad("Inactive", 8)}  Warnings`));
  for (const c of clients) {
    const h = c.health;
    const score = h.score === null ? "—" : `${h.score}${h.complete ? "" : "*"}`;
    const band = h.band ?? "Unscored";
    const inactive = c.daysInactive === null ? "never" : `${c.daysInactive} d`;
    const inStage = c.daysInStage === null ? "—" : `${c.daysInStage} d`;
    const row = `  ${pad(clip(t(c.client.name), nameWidth), nameWidth)}  ${pad(t(c.client.stage ?? "—"), 10)} ${pad(score, 5)} ${bandColour(p, c)(pad(band, 9))} ${trendColour(p, c.trend)(pad(trendArrow(c.trend), 5))} ${pad(inStage, 8)} ${pad(inactive, 8)}  ${t(h.warnings.join("; "))}`;
    out.push(row.trimEnd());
  }
  if (clients.some((c) => !c.health.complete && c.health.score !== null)) out.push(p.dim("  * computed from fewer than four categories"));
  out.push("");

  out.push(p.bold(`At risk (${atRisk.length})`));
  if (atRisk.length === 0) out.push("  Nobody. Keep it that way.");
  for (const c of atRisk) out.push(`  ${p.red("!")} ${t(c.client.name)} (${t(c.client.path)}): ${t(c.reasons.join("; "))}`);
  out.push("");

  // The core's rule, as in the JSON's healthCheckDue: no last_review, or one healthCheckDays old or more.
  const due = clients.filter((c) => c.healthCheckDue);
  out.push(p.bold(`Health checks due (${due.length})`));
  for (const c of due) out.push(`  ${t(c.client.name)}: ${c.client.lastReview ? `last review ${c.client.lastReview}` : "never reviewed"}`);
  out.push("");

  out.push(...problems(errors, clients, p));
  return out.join("\n");
}
