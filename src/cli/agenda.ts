// `clientele agenda VAULT [--days N] [--json]`: the due items of a vault read from disk (contract
// section 9), and the inputs the rules need that only the note text holds (unmet needs, start day).
import { agenda, type AgendaEntry } from "../core/agenda/agenda";
import type { DueItem, NeedItem } from "../core/agenda/due";
import { dueByClient } from "../core/agenda/vault-agenda";
import { activityContext } from "../core/model/linked-notes";
import type { Day } from "../core/model/types";
import type { VaultEvaluation } from "../core/records/vault";
import type { ScannedVault } from "./vault";

/**
 * Client path -> its due items for `today`, in the agenda's order. Unmet needs are the items under
 * `### Unmet needs` with a leading `YYYY-MM-DD:` day (the CLI keeps no record of when it first saw
 * an undated one, so those make no item); the start day is `created`, else the first history line.
 */
export function vaultDue(vault: ScannedVault, evaluation: VaultEvaluation, today: Day): Map<string, DueItem[]> {
  const clients = new Set(evaluation.clients.map((c) => c.client.path));
  const readNeeds = vault.settings.dueRules["unmet-need"];
  const needs = new Map<string, NeedItem[]>();
  const since = new Map<string, Day | null>();
  for (const note of vault.notes) {
    if (!clients.has(note.path)) continue;
    since.set(note.path, activityContext(note.frontmatter, note.activity).created);
    if (!readNeeds) continue;
    const dated = note.activity?.needs ?? [];
    if (dated.length > 0) needs.set(note.path, [...dated]);
  }
  return dueByClient(evaluation, needs, since, today, vault.settings);
}

/** Every client's items in one list, for the agenda. */
export function allItems(due: ReadonlyMap<string, readonly DueItem[]>): DueItem[] {
  const out: DueItem[] = [];
  for (const items of due.values()) for (const item of items) out.push(item);
  return out;
}

export interface AgendaJson {
  today: Day;
  days: number;
  items: { client: string; clientName: string; kind: DueItem["kind"]; day: Day; text: string; source: string | null; overdue: boolean }[];
}

export function agendaJson(entries: readonly AgendaEntry[], today: Day, days: number): AgendaJson {
  return {
    today,
    days,
    items: entries.map(({ client, clientName, kind, day, text, source, overdue }) => ({ client, clientName, kind, day, text, source, overdue })),
  };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function ahead(days: number): string {
  return days === 1 ? "next day" : `next ${days} days`;
}

/** "overdue 7 d", "today" or "in 3 d". */
function when(e: AgendaEntry): string {
  return e.overdue ? `overdue ${e.daysLate} d` : e.inDays === 0 ? "today" : `in ${e.inDays} d`;
}

/**
 * The agenda as text: a heading per group (Overdue, Today, Next N days) with one line per item
 * (day, when, client, sentence, in aligned columns), then a count. Note text goes through `t`.
 */
export function renderAgendaText(entries: readonly AgendaEntry[], today: Day, days: number, t: (s: string) => string): string {
  const rows = entries.map((e) => ({ e, when: when(e), name: t(e.clientName), text: t(e.text) }));
  const whenWidth = rows.reduce((w, r) => Math.max(w, r.when.length), 0);
  const nameWidth = rows.reduce((w, r) => Math.max(w, r.name.length), 0);
  const groups: [string, typeof rows][] = [
    ["Overdue", rows.filter((r) => r.e.overdue)],
    ["Today", rows.filter((r) => !r.e.overdue && r.e.inDays === 0)],
    [ahead(days).replace(/^n/, "N"), rows.filter((r) => r.e.inDays > 0)],
  ];
  const out: string[] = [days === 0 ? `Agenda for ${today}: overdue and today` : `Agenda for ${today}: overdue, today and the ${ahead(days)}`];
  for (const [heading, list] of groups) {
    if (list.length === 0) continue;
    out.push("", `${heading} (${list.length})`);
    for (const r of list) out.push(`${r.e.day}  ${r.when.padEnd(whenWidth)}  ${r.name.padEnd(nameWidth)}  ${r.text}`);
  }
  if (rows.length === 0) out.push("", "Nothing due.");
  const [overdue, due, later] = groups.map(([, list]) => list.length);
  out.push("", `${count(rows.length, "item")}: ${overdue} overdue, ${due} today${days === 0 ? "" : `, ${later} in the ${ahead(days)}`}`);
  return out.join("\n") + "\n";
}

/** The agenda of `due` for `today` and the `days` after it. */
export function agendaEntries(due: ReadonlyMap<string, readonly DueItem[]>, today: Day, days: number): AgendaEntry[] {
  return agenda(allItems(due), today, days);
}
