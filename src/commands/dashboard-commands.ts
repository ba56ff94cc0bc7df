// "Open dashboard" and "Weekly review": open the note when it exists, otherwise write it once.
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { DASHBOARD_NOTE, dashboardNotePath } from "../core/report/dashboard";
import { dataviewDashboardNote, dataviewDashboardPath } from "../core/report/dataview-dashboard";
import { dayOfTimestamp } from "../core/model/dates";
import { noteBasename } from "../core/note/markdown";
import { renderWeeklyReview, reviewNoteDay, reviewNotePath, reviewSince } from "../core/report/review";
import type { Day } from "../core/model/types";
import type { Deps } from "../deps";
import { createNote } from "../obsidian/writes";

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Opens the note at `path`, or creates it with `content` (only called from a command). */
async function openOrCreate(deps: Deps, path: string, content: () => Promise<string>, existed: string): Promise<void> {
  const existing = deps.app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    await deps.openFile(existing);
    if (existed) deps.notify(existed);
    return;
  }
  if (existing) {
    deps.notify(`Clientele: "${path}" is a folder; change the path in the settings.`);
    return;
  }
  try {
    const file = await createNote(deps, { path, content: await content() });
    await deps.openFile(file);
  } catch (e) {
    deps.notify(`Clientele: could not create "${path}": ${message(e)}`);
  }
}

/** Whether the Dataview community plugin is enabled (Obsidian's `app.plugins`, not in its typings). */
function dataviewEnabled(app: App): boolean {
  const enabled = (app as unknown as { plugins?: { enabledPlugins?: unknown } }).plugins?.enabledPlugins;
  return enabled instanceof Set && enabled.has("dataview");
}

/** With Dataview enabled, its flavour of the dashboard (beside the built-in one), else the built-in dashboard. */
export async function openDashboard(deps: Deps): Promise<void> {
  const builtIn = normalizePath(dashboardNotePath(deps.settings()));
  if (!dataviewEnabled(deps.app)) {
    await openOrCreate(deps, builtIn, () => Promise.resolve(DASHBOARD_NOTE), "");
    return;
  }
  const path = normalizePath(dataviewDashboardPath(deps.settings()));
  if (path === builtIn) {
    await openOrCreate(deps, builtIn, () => Promise.resolve(DASHBOARD_NOTE), "");
    return;
  }
  const existed = deps.app.vault.getAbstractFileByPath(path) !== null;
  await openOrCreate(deps, path, () => Promise.resolve(dataviewDashboardNote()), "");
  if (!existed && deps.app.vault.getAbstractFileByPath(path) instanceof TFile) deps.notify(`Clientele: Dataview is on, so its flavour of the dashboard was created. The built-in dashboard stays "${builtIn}".`);
}

/** The days of the review notes directly in the review folder (at the vault root: only notes typed as reviews). */
function previousReviewDays(deps: Deps, folderPath: string): Day[] {
  const folder = folderPath === "" ? deps.app.vault.getRoot() : deps.app.vault.getFolderByPath(folderPath);
  if (!(folder instanceof TFolder)) return [];
  const days: Day[] = [];
  for (const child of folder.children) {
    if (!(child instanceof TFile) || child.extension !== "md") continue;
    const fm = deps.app.metadataCache.getFileCache(child)?.frontmatter;
    const day = reviewNoteDay(fm, folderPath === "" ? null : dayOfTimestamp(child.stat.ctime));
    if (day !== null) days.push(day);
  }
  return days;
}

async function writeReview(deps: Deps, path: string, today: Day): Promise<string> {
  const { vault, metadataCache } = deps.app;
  const settings = deps.settings();
  const clients = deps.index.clients(today);
  const bodies = new Map<string, string>();
  await Promise.all(clients.map(async (c) => {
    const file = vault.getFileByPath(c.client.path);
    if (file) bodies.set(c.client.path, await vault.cachedRead(file));
  }));
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const linkText = (p: string) => {
    const file = vault.getFileByPath(p);
    return file ? metadataCache.fileToLinktext(file, path, true) : noteBasename(p);
  };
  const sinceDay = reviewSince(previousReviewDays(deps, folder), today);
  return renderWeeklyReview({ today, clients, bodies, sinceDay, settings, linkText, unreadable: deps.index.errors() });
}

export async function weeklyReview(deps: Deps): Promise<void> {
  const today = deps.today();
  const planned = reviewNotePath(today, deps.settings());
  if (!planned.ok) {
    deps.notify(`Clientele: ${planned.message}. Change it in the settings.`);
    return;
  }
  const path = normalizePath(planned.path);
  if (!deps.index.ready && !(deps.app.vault.getAbstractFileByPath(path) instanceof TFile)) {
    deps.notify("Clientele: still reading your client notes; try again in a moment.");
    return;
  }
  await openOrCreate(deps, path, () => writeReview(deps, path, today), "Clientele: this week's review already exists, so it was opened and left as it is.");
}
