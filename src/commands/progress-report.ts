// "Progress report" (command progress-report): a client-facing note for one client and a period,
// created once and opened. The client is the active client note, else the one picked; the period
// starts the day after that client's last progress report (else 30 days ago) and ends today.
import { normalizePath, TFile } from "obsidian";
import { linkTarget } from "../core/records/links";
import { planProgressReport, progressReportEnd, progressSince } from "../core/report/progress";
import type { ClientStatus, Day } from "../core/model/types";
import type { Deps } from "../deps";
import { createNote } from "../obsidian/writes";
import { ClientSuggestModal } from "../ui/client-suggest";
import { ProgressModal, type ProgressPeriod } from "../ui/progress-modal";
import { activeClient } from "./pick-client";

const OUTCOMES_TYPE = "outcomes";

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function typeOf(fm: Readonly<Record<string, unknown>>): string {
  return typeof fm.type === "string" ? fm.type.trim().toLowerCase() : "";
}

/** The notes whose `client` property links the client (one of a list too). */
function linksClient(deps: Deps, file: TFile, value: unknown, clientPath: string): boolean {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.some((v) => {
    const target = typeof v === "string" ? linkTarget(v) : null;
    return target !== null && deps.app.metadataCache.getFirstLinkpathDest(target, file.path)?.path === clientPath;
  });
}

/** The `period_end` of the client's progress reports, and its outcomes note (the first by path), from the metadata cache. Linear in the vault. */
function relatedNotes(deps: Deps, c: ClientStatus): { ends: Day[]; outcomes: TFile | null } {
  const ends: Day[] = [];
  let outcomes: TFile | null = null;
  for (const file of deps.app.vault.getMarkdownFiles()) {
    const fm = deps.app.metadataCache.getFileCache(file)?.frontmatter;
    if (!fm || !linksClient(deps, file, fm.client, c.client.path)) continue;
    const end = progressReportEnd(fm);
    if (end !== null) ends.push(end);
    else if (typeOf(fm) === OUTCOMES_TYPE && (outcomes === null || file.path < outcomes.path)) outcomes = file;
  }
  return { ends, outcomes };
}

/** Writes the report for `c` over `period` and opens it; the file, or null (with a Notice) when it could not be written. */
export async function writeProgressReport(deps: Deps, c: ClientStatus, period: ProgressPeriod): Promise<TFile | null> {
  const { vault, metadataCache } = deps.app;
  const file = vault.getFileByPath(c.client.path);
  if (!file) {
    deps.notify(`Clientele: "${c.client.path}" no longer exists.`);
    return null;
  }
  try {
    const { outcomes } = relatedNotes(deps, c);
    const text = await vault.cachedRead(file);
    const outcomesText = outcomes === null ? null : await vault.cachedRead(outcomes);
    const today = deps.today();
    const plan = planProgressReport({
      client: c, text, outcomesText, from: period.from, to: period.to, today, settings: deps.settings(),
      linkText: (p) => {
        const target = vault.getFileByPath(p);
        return target ? metadataCache.fileToLinktext(target, "", true) : p;
      },
      taken: (p) => vault.getAbstractFileByPath(normalizePath(p)) !== null,
    });
    const created = await createNote(deps, { path: normalizePath(plan.path), content: plan.content });
    await deps.openFile(created);
    return created;
  } catch (e) {
    deps.notify(`Clientele: could not write the progress report for ${c.client.name}: ${message(e)}`);
    return null;
  }
}

/** Asks for the period for `c`; resolves once the report is written, or the form is closed without one. */
function askPeriod(deps: Deps, c: ClientStatus): Promise<void> {
  const today = deps.today();
  const from = progressSince(relatedNotes(deps, c).ends, today);
  return new Promise<void>((resolve) => {
    const write = (period: ProgressPeriod) => void writeProgressReport(deps, c, period).then(() => resolve());
    new ProgressModal(deps.app, c.client.name, { from, to: today }, today, write, resolve).open();
  });
}

/**
 * The command: the active client note's report, or the picked client's. With the picker, it
 * resolves once the picker is open (the report follows the choice).
 */
export async function progressReport(deps: Deps): Promise<void> {
  if (!deps.index.ready) {
    deps.notify("Clientele: still reading your client notes; try again in a moment.");
    return;
  }
  const active = activeClient(deps);
  if (active) return askPeriod(deps, active);
  const clients = deps.index.clients(deps.today());
  if (clients.length === 0) {
    deps.notify("Clientele: no client notes yet. Create one with “New client”.");
    return;
  }
  const sorted = [...clients].sort((a, b) => a.client.name.localeCompare(b.client.name));
  new ClientSuggestModal(deps.app, sorted, "Progress report for…", (c) => void askPeriod(deps, c)).open();
}
