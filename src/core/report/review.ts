// The weekly review: one Markdown snapshot of what needs attention, written once and never updated,
// so it still says what was true that week. Each client item is a task so decisions can be ticked.
import { formatDate } from "../model/date-format";
import { addDaysToDay, daysBetween, isDay, localNoon, toDay } from "../model/dates";
import { formatMoney, formatTotals, plural } from "../model/format";
import { noteHistories, type HealthEntry } from "./history";
import { escapeMarkdown, inertText, linkTexts, noteBasename, noteLink } from "../note/markdown";
import { byClientName, compareText, sortByClientName } from "../model/order";
import { groupByStage } from "../pipeline/pipeline";
import { pathProblem, type ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day } from "../model/types";
import { recordSections, renewalOf } from "./review-records";

export const REVIEW_TYPE = "weekly-review";
export const RENEWAL_WINDOW_DAYS = 60;
/** How far back "since the last review" reaches when there is no earlier review note. */
export const DEFAULT_SINCE_DAYS = 7;

export interface ReviewInput {
  today: Day;
  clients: ClientStatus[];
  /** Note text by path, for the histories and the unmet needs; a missing body just has none. */
  bodies: ReadonlyMap<string, string>;
  /** Changes dated on or after this day (and not after today) count as "since the last review". */
  sinceDay: Day;
  settings: ClienteleSettings;
  /** How a wikilink names a note; default: its basename, or its path when clients share a basename. */
  linkText?: (path: string) => string;
  /** Notes (or folders) that could not be read, so the review leaves them out: listed in their own section, none by default. */
  unreadable?: readonly { path: string; message: string }[];
}

/** The newest earlier review's day (before today), or a week ago when there is none. */
export function reviewSince(previousReviewDays: Iterable<Day>, today: Day): Day {
  let best: Day | null = null;
  for (const day of previousReviewDays) if (isDay(day) && day < today && (best === null || day > best)) best = day;
  return best ?? addDaysToDay(today, -DEFAULT_SINCE_DAYS);
}

/**
 * The day of an earlier review note: its `date` property, else `createdDay` (the file's creation
 * day). With `createdDay` null, only a note whose `type` is `weekly-review` counts.
 */
export function reviewNoteDay(frontmatter: unknown, createdDay: Day | null): Day | null {
  const fm = typeof frontmatter === "object" && frontmatter !== null ? (frontmatter as Record<string, unknown>) : {};
  const typed = typeof fm.type === "string" && fm.type.trim().toLowerCase() === REVIEW_TYPE;
  if (createdDay === null && !typed) return null;
  return toDay(fm.date) ?? createdDay;
}

/** `<reviewFolder>/<today formatted with reviewNameFormat>.md`, or why the name format cannot be used. */
export function reviewNotePath(today: Day, settings: ClienteleSettings): { ok: true; path: string } | { ok: false; message: string } {
  let name: string;
  try {
    name = formatDate(localNoon(today), settings.reviewNameFormat).trim();
  } catch (e) {
    return { ok: false, message: `the review name format "${settings.reviewNameFormat}" is not a date-fns format: ${e instanceof Error ? e.message : String(e)}` };
  }
  const folder = settings.reviewFolder.trim().replace(/\/+$/, "");
  const path = `${folder === "" ? "" : `${folder}/`}${name}.md`;
  const problem = name === "" ? "is empty" : /[\\:*?"<>|]/.test(name) ? 'holds one of \\ : * ? " < > |' : pathProblem(path);
  return problem === null ? { ok: true, path } : { ok: false, message: `the review note name "${name}" ${problem}` };
}

function section(title: string, items: string[], empty: string): string[] {
  return [`## ${title}`, "", ...(items.length > 0 ? items : [empty]), ""];
}

function healthText(score: number | null, band: string | null): string {
  if (score === null) return "Unscored";
  return band === null ? String(score) : `${score} (${band})`;
}

function currentHealth(c: ClientStatus): string {
  const band = c.health.band === null ? null : `${c.health.band}${c.health.complete ? "" : ", incomplete"}`;
  return healthText(c.health.score, band);
}

function change(before: number | null, after: number | null): string {
  if (before === null || after === null) return "";
  const d = after - before;
  return d === 0 ? ", unchanged" : d < 0 ? `, down ${-d}` : `, up ${d}`;
}

function days(n: number): string {
  return plural(n, "day");
}

export function renderWeeklyReview(input: ReviewInput): string {
  const { today, sinceDay, settings } = input;
  const clients = sortByClientName(input.clients);
  const linkText = input.linkText ?? linkTexts(clients.map((c) => c.client.path));
  // A client can stand in several sections (and once per unmet need): build its label once.
  const labels = new Map<string, string>();
  const label = (c: ClientStatus) => {
    let text = labels.get(c.client.path);
    if (text === undefined) {
      const link = noteLink(c.client.path, linkText(c.client.path));
      text = c.client.name === noteBasename(c.client.path) ? link : `${link} (${escapeMarkdown(c.client.name)})`;
      labels.set(c.client.path, text);
    }
    return text;
  };
  const task = (c: ClientStatus, detail: string) => `- [ ] ${label(c)} · ${detail}`;
  const inWindow = (day: Day) => day >= sinceDay && day <= today;
  const value = (c: ClientStatus) => (c.client.value === null ? null : escapeMarkdown(formatMoney(c.client.value, c.client.currency ?? settings.currency)));

  const atRisk = clients.filter((c) => c.atRisk);
  const overdue = clients
    .filter((c) => c.client.nextActionDue !== null && c.client.nextActionDue < today)
    .sort((a, b) => compareText(a.client.nextActionDue ?? "", b.client.nextActionDue ?? "") || byClientName(a, b));
  // The one rule, as in the CLI text and the JSON: core healthCheckDue (no last_review, or one healthCheckDays old or more), whatever the stage.
  const checksDue = clients.filter((c) => c.healthCheckDue);
  const horizon = addDaysToDay(today, RENEWAL_WINDOW_DAYS);
  // A signed contract's end wins over the client's own `renewal` (section 7).
  const renewals = clients
    .filter((c) => {
      const r = renewalOf(c);
      return r !== null && r >= today && r <= horizon;
    })
    .sort((a, b) => compareText(renewalOf(a) ?? "", renewalOf(b) ?? "") || byClientName(a, b));

  const healthItems: string[] = [];
  const stageItems: string[] = [];
  const needItems: string[] = [];
  for (const c of clients) {
    const body = input.bodies.get(c.client.path);
    if (body === undefined) continue;
    const histories = noteHistories(body);
    const health = histories.health;
    const baseline = health.filter((e) => e.day < sinceDay).pop() ?? null;
    const recent: HealthEntry | null = health.filter((e) => inWindow(e.day)).pop() ?? null;
    if (recent !== null || (baseline !== null && baseline.score !== c.health.score)) {
      const from = baseline === null ? "first check" : healthText(baseline.score, baseline.band === null ? null : escapeMarkdown(baseline.band));
      const when = recent === null ? "changed in the properties, no Health history line" : `${recent.day}${recent.comment ? `: ${escapeMarkdown(recent.comment)}` : ""}`;
      healthItems.push(task(c, `${from} → ${currentHealth(c)}${change(baseline?.score ?? null, c.health.score)} · ${when}`));
    }
    const moves = histories.stages.filter((e) => inWindow(e.day));
    if (moves.length > 0) {
      const text = moves.map((m) => `${m.from === null ? `created in ${escapeMarkdown(m.to)}` : `${escapeMarkdown(m.from)} → ${escapeMarkdown(m.to)}`} (${m.day})`);
      stageItems.push(task(c, text.join(", ")));
    }
    for (const need of histories.needs) needItems.push(task(c, inertText(need)));
  }

  const week = formatDate(localNoon(today), "RRRR-'W'II");
  const summary = [
    plural(clients.length, "client"),
    `${atRisk.length} at risk`,
    plural(overdue.length, "overdue next action"),
    `${plural(renewals.length, "renewal")} in the next ${RENEWAL_WINDOW_DAYS} days`,
  ];
  return [
    "---",
    `type: ${REVIEW_TYPE}`,
    `date: ${today}`,
    `since: ${sinceDay}`,
    "---",
    `# Weekly review ${week}`,
    "",
    `Written by Clientele on ${today}; changes are counted since ${sinceDay}. This note is a snapshot and does not update: tick each item once you have decided or acted on it.`,
    "",
    `${summary.join(" · ")}.`,
    "",
    ...section(`At risk (${atRisk.length})`, atRisk.map((c) => task(c, `${escapeMarkdown(c.client.stage ?? "No stage")} · ${c.reasons.map(escapeMarkdown).join("; ")}`)), "Nobody is at risk."),
    ...section(`Overdue next actions (${overdue.length})`, overdue.map((c) => {
      const due = c.client.nextActionDue ?? today;
      return task(c, `${escapeMarkdown(c.client.nextAction ?? "Next action")} · due ${due}, ${days(daysBetween(due, today))} overdue`);
    }), "Nothing is overdue."),
    ...section(`Health checks due (${checksDue.length})`, checksDue.map((c) => {
      const last = c.client.lastReview;
      return task(c, last === null ? "never checked" : `last check ${last}, ${days(daysBetween(last, today))} ago`);
    }), "Every client has a recent health check."),
    ...section(`Health changes since ${sinceDay} (${healthItems.length})`, healthItems, "No health check since the last review."),
    ...section(`Stage moves since ${sinceDay} (${stageItems.length})`, stageItems, "No client changed stage."),
    ...section(`Renewals in the next ${RENEWAL_WINDOW_DAYS} days (${renewals.length})`, renewals.map((c) => {
      const renewal = renewalOf(c) ?? today;
      const n = daysBetween(today, renewal);
      const parts = [`renews ${renewal} (${n === 0 ? "today" : `in ${days(n)}`})`, value(c), `health ${currentHealth(c)}`];
      return task(c, parts.filter((p) => p !== null).join(" · "));
    }), "No renewal in the next 60 days."),
    ...recordSections(clients, today, task, section),
    ...section(`Propose: unmet needs (${needItems.length})`, needItems, "No unmet needs written down."),
    ...pipelineTable(clients, settings),
    ...unreadableSection(input.unreadable ?? []),
  ].join("\n");
}

/** Nothing when every note was read; otherwise a section naming what this review leaves out. */
function unreadableSection(unreadable: readonly { path: string; message: string }[]): string[] {
  if (unreadable.length === 0) return [];
  const items = [...unreadable]
    .sort((a, b) => compareText(a.path, b.path))
    .map((u) => `- ${escapeMarkdown(u.path)}: ${escapeMarkdown(u.message)}`);
  return [`## Notes that could not be read (${unreadable.length})`, "", "This review leaves them out:", "", ...items, ""];
}

function pipelineTable(clients: ClientStatus[], settings: ClienteleSettings): string[] {
  const rows = groupByStage(clients, settings).map((col) => `| ${escapeMarkdown(col.stage ?? "No stage")} | ${col.count} | ${escapeMarkdown(formatTotals(col.clients, settings.currency))} |`);
  return [
    "## Pipeline",
    "",
    "| Stage | Clients | Value |",
    "| --- | ---: | ---: |",
    ...rows,
    `| Total | ${clients.length} | ${escapeMarkdown(formatTotals(clients, settings.currency))} |`,
    "",
  ];
}
