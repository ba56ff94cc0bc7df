// "New client": ask, plan from the user's template (or the built-in one), create, open.
import { TFile } from "obsidian";
import { BUILTIN_TEMPLATES } from "../core/create/builtin-templates";
import { formatClientId, parseClientId } from "../core/create/ids";
import { planNewClient, type NewClientInput } from "../core/create/new-client";
import type { Deps } from "../deps";
import { createNote } from "../obsidian/writes";
import { NewClientModal, OpenExistingModal } from "../ui/new-client-modal";

/** The template note's text, or the built-in `fallback` when there is no such file. */
export async function readTemplate(deps: Deps, path: string, fallback: string): Promise<string> {
  const file = deps.app.vault.getAbstractFileByPath(path);
  return file instanceof TFile ? deps.app.vault.read(file) : fallback;
}

/** The client ids of the vault and the highest ever issued, so a deleted client's id is never reused. */
export function allClientIds(deps: Deps): unknown[] {
  const last = deps.settings().lastClientId;
  const ids: unknown[] = last > 0 ? [formatClientId(last)] : [];
  for (const path of deps.index.paths()) ids.push(deps.index.frontmatter(path)?.client_id);
  return ids;
}

function pathExists(deps: Deps, path: string): boolean {
  const lower = path.toLowerCase();
  return deps.app.vault.getAbstractFileByPath(path) !== null || deps.app.vault.getFiles().some((f) => f.path.toLowerCase() === lower);
}

/** Creates the client; returns a message to show in the modal when it cannot. */
export async function createClient(deps: Deps, input: NewClientInput): Promise<string | null> {
  const s = deps.settings();
  const templates = {
    client: await readTemplate(deps, s.templatePath, BUILTIN_TEMPLATES.client),
    contract: s.createLinkedNotes ? await readTemplate(deps, s.contractTemplatePath, BUILTIN_TEMPLATES.contract) : null,
    invoices: s.createLinkedNotes ? await readTemplate(deps, s.invoicesTemplatePath, BUILTIN_TEMPLATES.invoices) : null,
  };
  const plan = planNewClient(input, templates, allClientIds(deps), (p) => pathExists(deps, p), deps.now(), s);
  if (!plan.ok) {
    if (plan.reason === "exists" && plan.existingPath) {
      // The note in the way may differ in letter case ("ACME" finds Acme.md): name the real one.
      const wanted = plan.existingPath.toLowerCase();
      const existing = deps.app.vault.getFileByPath(plan.existingPath) ?? deps.app.vault.getFiles().find((f) => f.path.toLowerCase() === wanted) ?? null;
      if (existing) {
        const message = `A note named "${existing.basename}" already exists at ${existing.path}.`;
        new OpenExistingModal(deps.app, `${message} Clientele never overwrites a note.`, () => void deps.openFile(existing)).open();
        return message;
      }
    }
    return plan.message;
  }
  try {
    const file = await createNote(deps, plan.note);
    await deps.saveSettings({ ...s, lastClientId: Math.max(s.lastClientId, parseClientId(plan.clientId) ?? 0) });
    for (const linked of plan.linked) await createNote(deps, linked);
    await deps.openFile(file);
    deps.notify(`Created ${plan.clientId} ${input.company.trim()}.`);
    return null;
  } catch (e) {
    return `Could not create the note: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** "New client"; `stage` is chosen at first (the board's "New client in this column"). */
export function newClient(deps: Deps, stage?: string | null): void {
  new NewClientModal(deps.app, deps.settings().stages, (input) => createClient(deps, input), stage).open();
}
