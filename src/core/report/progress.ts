// The client-facing progress report (issue 14, item 6): one note for a period with the outcomes,
// the milestones reached, the work done and the next steps, and nothing internal. It reads only
// the master note's Next actions, Success plan, Interaction log and Stage history, its
// `next_action`, and the outcomes note's Results: never the health, risk, value, tier, persona,
// positioning, tags, Strategic identity or Strategic memory, and never a due date.
import { SECTION_INTERACTIONS, SECTION_STAGES } from "../change/actions";
import { addDaysToDay, isDay, toDay } from "../model/dates";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, NotePlan } from "../model/types";
import { escapeMarkdown, inertText, noteBasename, noteLink } from "../note/markdown";
import { sanitiseNoteName } from "../note/names";
import { readSections } from "../note/sections";
import { doubleQuoted } from "../note/yaml-scalar";
import { stageEntries } from "./history";
import { logEntries, outcomeLines, taskItems, visibleLines, withoutDue, type OutcomeLine } from "./progress-read";

export const PROGRESS_TYPE = "progress-report";
/** The folder under the review folder that holds the progress reports. */
export const PROGRESS_FOLDER = "Progress";
/** How far back a first progress report reaches. */
export const DEFAULT_PROGRESS_DAYS = 30;

const SECTION_NEXT = "## Next actions";
/** Where ticked items count as milestones: the Next actions and a success plan, if the note has one. */
const MILESTONE_SECTIONS = [SECTION_NEXT, "## Success plan", "### Success plan"];
/** The outcomes note's sections that are for the client: its results (and success metrics), not its quotes or case-study notes. */
const OUTCOME_SECTIONS = ["## Results", "## Success metrics"];
/** Interactions of this type are the user's own notes, not work done with the client. */
const INTERNAL_TYPE = "note";

export interface ProgressInput {
  client: ClientStatus;
  /** The master (client) note's text. */
  text: string;
  /** The outcomes note's text; null when the client has none. */
  outcomesText: string | null;
  from: Day;
  to: Day;
  today: Day;
  settings: ClienteleSettings;
  /** How the report's `client` property names the client note; default: its basename. */
  linkText?: (path: string) => string;
  /** Whether a path is already taken, so the report never overwrites a note; default: none is. */
  taken?: (path: string) => boolean;
}

/** The first day of the next report: the day after the newest earlier report's end, else 30 days ago. */
export function progressSince(previousEnds: Iterable<Day>, today: Day): Day {
  let best: Day | null = null;
  for (const day of previousEnds) if (isDay(day) && day <= today && (best === null || day > best)) best = day;
  if (best === null) return addDaysToDay(today, -DEFAULT_PROGRESS_DAYS);
  return best < today ? addDaysToDay(best, 1) : today;
}

/** The `period_end` of a progress report note's properties, or null for any other note. */
export function progressReportEnd(frontmatter: unknown): Day | null {
  const fm = typeof frontmatter === "object" && frontmatter !== null ? (frontmatter as Record<string, unknown>) : {};
  if (typeof fm.type !== "string" || fm.type.trim().toLowerCase() !== PROGRESS_TYPE) return null;
  return toDay(fm.period_end);
}

/** Why a period cannot be reported on, or null: both days, `from` not after `to`, `to` not after today. */
export function progressPeriodProblem(from: string, to: string, today: Day): string | null {
  if (!isDay(from.trim()) || !isDay(to.trim())) return "Both days must be dates as YYYY-MM-DD.";
  if (from.trim() > to.trim()) return "The first day must not be after the last day.";
  if (to.trim() > today) return "The last day must not be after today.";
  return null;
}

/** `<review folder>/Progress/<client> progress <to>.md`, or ` 2`, ` 3`, … before `.md` when taken. */
export function progressReportPath(clientName: string, to: Day, settings: ClienteleSettings, taken: (path: string) => boolean = () => false): string {
  const root = settings.reviewFolder.trim().replace(/\/+$/, "");
  const folder = `${root === "" ? "" : `${root}/`}${PROGRESS_FOLDER}`;
  const base = `${folder}/${sanitiseNoteName(clientName)} progress ${to}`;
  // Ends: the vault holds finitely many notes.
  for (let n = 1; ; n++) {
    const path = `${base}${n === 1 ? "" : ` ${n}`}.md`;
    if (!taken(path)) return path;
  }
}

function section(title: string, items: string[], empty: string): string[] {
  return [`## ${title}`, "", ...(items.length > 0 ? items : [empty]), ""];
}

/** Outcome lines as Markdown: items as a list, rows as a table, a blank line between a list and a table. */
function outcomeMarkdown(lines: OutcomeLine[]): string[] {
  const out: string[] = [];
  let last: OutcomeLine["kind"] | null = null;
  for (const line of lines) {
    if (last !== null && last !== line.kind) out.push("");
    out.push(line.kind === "item" ? `- ${inertText(line.text)}` : inertText(line.text));
    last = line.kind;
  }
  return out;
}

function sameStep(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function planProgressReport(input: ProgressInput): NotePlan {
  const { client, from, to, today, settings } = input;
  const last = to < today ? to : today;
  const inPeriod = (day: Day) => day >= from && day <= last;
  const sections = readSections(input.text, [...MILESTONE_SECTIONS, SECTION_INTERACTIONS, SECTION_STAGES]);
  const lines = (heading: string) => visibleLines(sections.get(heading) ?? null);

  const milestones: string[] = [];
  const seen = new Set<string>();
  for (const heading of MILESTONE_SECTIONS) {
    for (const task of taskItems(lines(heading))) {
      if (!task.done || (task.doneDay !== null && !inPeriod(task.doneDay))) continue;
      const text = withoutDue(task.text);
      if (text === "" || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      milestones.push(`- ${inertText(text)}${task.doneDay === null ? "" : ` (${task.doneDay})`}`);
    }
  }
  for (const move of stageEntries(lines(SECTION_STAGES)).filter((e) => inPeriod(e.day))) {
    const to = escapeMarkdown(move.to);
    milestones.push(move.from === null ? `- ${move.day}: started in ${to}` : `- ${move.day}: moved from ${escapeMarkdown(move.from)} to ${to}`);
  }

  const work = logEntries(lines(SECTION_INTERACTIONS))
    .filter((e) => inPeriod(e.day) && (e.type === null || e.type.toLowerCase() !== INTERNAL_TYPE))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.day < b.e.day ? -1 : a.e.day > b.e.day ? 1 : a.i - b.i))
    .map(({ e }) => `- ${e.day}${e.type === null ? "" : ` · ${inertText(e.type)}`} · ${inertText(e.summary)}`);

  const open = taskItems(lines(SECTION_NEXT)).filter((t) => !t.done).map((t) => withoutDue(t.text)).filter((t) => t !== "");
  const next = client.client.nextAction === null ? "" : withoutDue(client.client.nextAction);
  const steps = [...(next !== "" && !open.some((t) => sameStep(t, next)) ? [next] : []), ...open].map((t) => `- ${inertText(t)}`);

  let outcomes: OutcomeLine[] = [];
  if (input.outcomesText !== null) {
    const found = readSections(input.outcomesText, OUTCOME_SECTIONS);
    outcomes = OUTCOME_SECTIONS.flatMap((h) => outcomeLines(visibleLines(found.get(h) ?? null)));
  }

  const path = client.client.path;
  const link = noteLink(path, (input.linkText ?? noteBasename)(path));
  return {
    path: progressReportPath(client.client.name, to, settings, input.taken),
    content: [
      "---",
      `type: ${PROGRESS_TYPE}`,
      `client: ${doubleQuoted(link)}`,
      `period_start: ${from}`,
      `period_end: ${to}`,
      "---",
      `# ${escapeMarkdown(client.client.name)}: progress report`,
      "",
      `Period: ${from} to ${to}.`,
      "",
      ...section("Outcomes", outcomeMarkdown(outcomes), "No outcomes written down yet."),
      ...section("Milestones reached", milestones, "No milestones in this period."),
      ...section("Work done", work, "No work logged in this period."),
      ...section("Next steps", steps, "No next steps written down yet."),
    ].join("\n"),
  };
}
