// "Insert workflow" (issue 14, item 5): for the active client (or one picked), pick a built-in
// workflow or one of the workflows folder, then append its checklist to the client note under a
// dated heading, or create it as a note of its own linked to the client, and open the result.
import { normalizePath, TFile } from "obsidian";
import { parseWorkflowNote } from "../core/create/workflow-note";
import { workflowNotesFolder, workflowSettingsOf } from "../core/create/workflow-settings";
import { BUILTIN_WORKFLOWS, planWorkflowNote, type Workflow } from "../core/create/workflows";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { writeWorkflow } from "../obsidian/workflow-writes";
import { createNote, fileOf } from "../obsidian/writes";
import { WorkflowSuggestModal } from "../ui/workflow-suggest";
import { withClient } from "./pick-client";

export interface LoadedWorkflows {
  workflows: Workflow[];
  /** One sentence per note of the workflows folder that is not a workflow. */
  problems: string[];
}

/** The built-in workflows, then those of the workflows folder (and its subfolders) by path. */
export async function loadWorkflows(deps: Deps): Promise<LoadedWorkflows> {
  const folder = workflowSettingsOf(deps.settings()).workflowsFolder;
  const workflows: Workflow[] = [...BUILTIN_WORKFLOWS];
  const problems: string[] = [];
  if (folder === "") return { workflows, problems };
  const prefix = `${normalizePath(folder)}/`.toLowerCase();
  const files = deps.app.vault.getMarkdownFiles().filter((f) => f.path.toLowerCase().startsWith(prefix));
  files.sort((a, b) => a.path.localeCompare(b.path));
  for (const file of files) {
    const parsed = parseWorkflowNote(file.path, await deps.app.vault.cachedRead(file));
    if ("problem" in parsed) problems.push(parsed.problem);
    else workflows.push(parsed);
  }
  return { workflows, problems };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Appends the workflow's checklist to the client note, once per workflow and day. */
async function insertSection(deps: Deps, c: ClientStatus, w: Workflow, file: TFile): Promise<boolean> {
  const { outcome, steps } = await writeWorkflow(deps, c, w, file);
  if (outcome === "not-client") deps.notify(`Clientele: "${file.path}" is no longer a client note; nothing was written.`);
  if (outcome === "already") {
    deps.notify(`Clientele: ${c.client.name} already has the workflow "${w.name}" of ${deps.today()}; nothing was added.`);
    await deps.openFile(file);
  }
  if (outcome !== "written") return false;
  await deps.openFile(file);
  deps.notify(`Added the workflow "${w.name}" (${plural(steps, "step")}) to ${c.client.name}.`);
  return true;
}

/** Creates the workflow's own note linked to the client, unless that day's note exists already. */
async function insertNote(deps: Deps, c: ClientStatus, w: Workflow, file: TFile): Promise<boolean> {
  const settings = deps.settings();
  const folder = workflowNotesFolder({ clientsFolder: settings.clientsFolder, ...workflowSettingsOf(settings) });
  const linkText = deps.app.metadataCache.fileToLinktext(file, "", true);
  const plan = planWorkflowNote(w, c, deps.today(), { folder, linkText });
  const path = normalizePath(plan.path);
  const lower = path.toLowerCase();
  const existing = deps.app.vault.getAbstractFileByPath(path) ?? deps.app.vault.getFiles().find((f) => f.path.toLowerCase() === lower) ?? null;
  if (existing) {
    deps.notify(`Clientele: "${existing.path}" already exists; nothing was added.`);
    if (existing instanceof TFile) await deps.openFile(existing);
    return false;
  }
  try {
    const created = await createNote(deps, plan);
    await deps.openFile(created);
    deps.notify(`Created the workflow "${w.name}" (${plural(w.steps.length, "step")}) for ${c.client.name}: ${created.path}.`);
    return true;
  } catch (e) {
    deps.notify(`Clientele: could not create "${path}": ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

/** Inserts workflow `w` for client `c`; resolves to whether something was written. */
export function insertWorkflowFor(deps: Deps, c: ClientStatus, w: Workflow): Promise<boolean> {
  const file = fileOf(deps, c);
  if (!file) return Promise.resolve(false);
  return w.target === "note" ? insertNote(deps, c, w, file) : insertSection(deps, c, w, file);
}

/** The command: the client (active note, else picked), then the workflow, then the write. */
export async function insertWorkflow(deps: Deps): Promise<void> {
  const { workflows, problems } = await loadWorkflows(deps);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${plural(problems.length - 1, "more note")})` : "";
    deps.notify(`Clientele: a workflow note was skipped: ${problems[0] ?? ""}${more}.`);
  }
  withClient(deps, "Insert a workflow for…", (c) => {
    new WorkflowSuggestModal(deps.app, workflows, `Workflow for ${c.client.name}…`, (w) => void insertWorkflowFor(deps, c, w)).open();
  });
}
