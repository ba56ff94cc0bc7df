// Plans the notes the "New client" command creates; the adapter only writes them.
import { nextClientId } from "./ids";
import { capFileName, nameKey, sanitiseNoteName } from "../note/names";
import { pathProblem, type ClienteleSettings } from "../model/settings";
import { BUILTIN_TEMPLATES } from "./builtin-templates";
import { renderTemplate } from "./template";
import { withHealthMatrix } from "./health-template";
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
  /**
   * The outcomes note's template. Left out, it is the built-in one (the sample's
   * Templates/Outcomes.md) when the `createLinkedNotes` setting is on, else none.
   */
  outcomes?: string | null;
}

/** Where "New client" puts a client's linked notes, under the clients folder, by kind. */
export const LINKED_NOTES = [
  { kind: "contract", folder: "legal", suffix: "-contract" },
  { kind: "invoices", folder: "billing", suffix: "-invoices" },
  { kind: "outcomes", folder: "outcomes", suffix: "-outcomes" },
] as const;

export type NewClientPlan =
  | { ok: true; title: string; clientId: string; note: NotePlan; linked: NotePlan[] }
  | { ok: false; reason: "empty-name" | "bad-folder" | "exists"; message: string; existingPath?: string };

function joinPath(folder: string, name: string): string {
  const f = folder.trim().replace(/^\/+|\/+$/g, "");
  return f === "" ? name : `${f}/${name}`;
}

/**
 * What is already in the vault: the paths themselves (best: compared here, NFC and case-folded),
 * or a function that answers for one path.
 */
export type ExistingPaths = Iterable<string> | ((path: string) => boolean);

/**
 * Finds the existing path a new note at `path` would collide with, comparing names as macOS and
 * Windows do: "CAFE\u0301.md" (decomposed, other case) collides with "Café.md". A function is
 * asked for the path in NFC and in NFD; a list is compared by `nameKey`. Null when free.
 */
export function existingPathFor(existing: ExistingPaths, path: string): string | null {
  if (typeof existing === "function") {
    for (const candidate of new Set([path, path.normalize("NFC"), path.normalize("NFD")])) if (existing(candidate)) return candidate;
    return null;
  }
  const key = nameKey(path);
  for (const p of existing) if (p === path || nameKey(p) === key) return p;
  return null;
}

/**
 * `existingIds` are the client ids already in the vault; `existing` are the vault's paths (or a
 * function that answers for one, case-insensitively as on macOS and Windows).
 */
export function planNewClient(
  input: NewClientInput,
  templates: NewClientTemplates,
  existingIds: Iterable<unknown>,
  existing: ExistingPaths,
  now: Date,
  settings: ClienteleSettings,
): NewClientPlan {
  // A list is read once: the checks below compare against it several times.
  const paths: ExistingPaths = typeof existing === "function" ? existing : [...existing];
  const company = input.company.trim();
  if (company === "") return { ok: false, reason: "empty-name", message: "Enter the company name." };
  const folderProblem = pathProblem(settings.clientsFolder);
  if (folderProblem) return { ok: false, reason: "bad-folder", message: `The clients folder "${settings.clientsFolder}" ${folderProblem}.` };
  const title = sanitiseNoteName(company);
  const path = joinPath(settings.clientsFolder, `${title}.md`);
  const taken = existingPathFor(paths, path);
  if (taken !== null) {
    const name = (taken.split("/").pop() ?? taken).replace(/\.md$/i, "");
    return { ok: false, reason: "exists", message: `A note named "${name}" already exists at ${taken}.`, existingPath: taken };
  }
  const clientId = nextClientId(existingIds);
  // The linked notes' paths go into the client note (`{{contract_note}}` ...), so its links follow
  // the clients folder and the names cut to fit; each note is created only when it is not there yet.
  const outcomes = templates.outcomes === undefined ? (settings.createLinkedNotes ? BUILTIN_TEMPLATES.outcomes : null) : templates.outcomes;
  const chosen = { contract: templates.contract, invoices: templates.invoices, outcomes };
  const extra = LINKED_NOTES.map((l) => ({ kind: l.kind, template: chosen[l.kind], path: joinPath(settings.clientsFolder, `${l.folder}/${capFileName(title, `${l.suffix}.md`)}`) }));
  const notePath = (kind: string) => (extra.find((e) => e.kind === kind)?.path ?? "").replace(/\.md$/, "");
  const vars = {
    company, title, client_id: clientId, stage: input.stage, engagement: input.engagement, currency: settings.currency,
    contract_note: notePath("contract"), invoices_note: notePath("invoices"), outcomes_note: notePath("outcomes"),
  };
  // The Health Matrix table lists the configured categories (unchanged with the default four).
  const note = { path, content: withHealthMatrix(renderTemplate(templates.client, vars, now), settings.healthMatrix) };
  const linked: NotePlan[] = [];
  for (const { template, path: p } of extra) {
    if (template !== null && existingPathFor(paths, p) === null) linked.push({ path: p, content: renderTemplate(template, vars, now) });
  }
  return { ok: true, title, clientId, note, linked };
}
