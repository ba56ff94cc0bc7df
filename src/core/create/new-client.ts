// Plans the notes the "New client" command creates; the adapter only writes them.
import { nextClientId } from "./ids";
import { sanitiseNoteName } from "../note/names";
import { pathProblem, type ClienteleSettings } from "../model/settings";
import { renderTemplate } from "./template";
import type { NotePlan } from "../model/types";

export interface NewClientInput {
  company: string;
  stage: string;
  engagement: string;
}

export interface NewClientTemplates {
  client: string;
  contract: string | null;
  invoices: string | null;
}

export type NewClientPlan =
  | { ok: true; title: string; clientId: string; note: NotePlan; linked: NotePlan[] }
  | { ok: false; reason: "empty-name" | "bad-folder" | "exists"; message: string; existingPath?: string };

function joinPath(folder: string, name: string): string {
  const f = folder.trim().replace(/^\/+|\/+$/g, "");
  return f === "" ? name : `${f}/${name}`;
}

/**
 * `existingIds` are the client ids already in the vault; `pathExists` answers for a vault path
 * (case-insensitively, as on macOS and Windows).
 */
export function planNewClient(
  input: NewClientInput,
  templates: NewClientTemplates,
  existingIds: Iterable<unknown>,
  pathExists: (path: string) => boolean,
  now: Date,
  settings: ClienteleSettings,
): NewClientPlan {
  const company = input.company.trim();
  if (company === "") return { ok: false, reason: "empty-name", message: "Enter the company name." };
  const folderProblem = pathProblem(settings.clientsFolder);
  if (folderProblem) return { ok: false, reason: "bad-folder", message: `The clients folder "${settings.clientsFolder}" ${folderProblem}.` };
  const title = sanitiseNoteName(company);
  const path = joinPath(settings.clientsFolder, `${title}.md`);
  if (pathExists(path)) return { ok: false, reason: "exists", message: `A note named "${title}" already exists at ${path}.`, existingPath: path };
  const clientId = nextClientId(existingIds);
  const vars = { company, title, client_id: clientId, stage: input.stage, engagement: input.engagement, currency: settings.currency };
  const note = { path, content: renderTemplate(templates.client, vars, now) };
  const linked: NotePlan[] = [];
  const extra: [string | null, string][] = [
    [templates.contract, joinPath(settings.clientsFolder, `legal/${title}-contract.md`)],
    [templates.invoices, joinPath(settings.clientsFolder, `billing/${title}-invoices.md`)],
  ];
  for (const [template, p] of extra) {
    if (template !== null && !pathExists(p)) linked.push({ path: p, content: renderTemplate(template, vars, now) });
  }
  return { ok: true, title, clientId, note, linked };
}
