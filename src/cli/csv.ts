// `clientele export VAULT --csv`: one row per client, safe to open in Excel and LibreOffice.
import { HEALTH_CATEGORIES, HEALTH_KEYS } from "../core/model/health";
import type { ClientStatus } from "../core/model/types";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas by prefixing a `'`. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  "path", "client_id", "company", "stage", "engagement", "persona", "positioning",
  ...HEALTH_CATEGORIES.map((c) => HEALTH_KEYS[c]),
  "last_review", "last_contact", "stage_changed", "next_action", "next_action_due", "champion",
  "value", "currency", "renewal", "tags",
  "health_score", "health_band", "health_complete", "last_activity", "days_inactive", "stale", "health_check_due", "at_risk", "reasons",
];

export function toCsv(clients: ClientStatus[], defaultCurrency: string): string {
  const rows = [CSV_COLUMNS.map(csvField).join(",")];
  for (const s of clients) {
    const c = s.client;
    const cells: (string | number | boolean | null)[] = [
      c.path, c.id, c.name, c.stage, c.engagement, c.persona, c.positioning,
      ...HEALTH_CATEGORIES.map((cat) => c.healthInput[cat] ?? null),
      c.lastReview, c.lastContact, c.stageChanged, c.nextAction, c.nextActionDue, c.champion,
      c.value, c.currency ?? defaultCurrency, c.renewal, c.tags.join(", "),
      s.health.score, s.health.band, s.health.complete, s.lastActivity, s.daysInactive, s.stale, s.healthCheckDue, s.atRisk, s.reasons.join("; "),
    ];
    rows.push(cells.map(csvField).join(","));
  }
  // CRLF rows and a byte order mark: what Excel expects to detect UTF-8.
  return "\uFEFF" + rows.join("\r\n") + "\r\n";
}
