// "New record": for the active client (or the client the active record links, or one picked),
// ask the kind and its few fields, plan from the kind's template (or the built-in one), create, open.
import { parseYaml, TFile } from "obsidian";
import { BUILTIN_TEMPLATES } from "../core/create/builtin-templates";
import { planIdNumber, planNewRecord, propertyLink, type NewRecordInput } from "../core/create/new-record";
import type { ClientStatus, RecordKind } from "../core/model/types";
import type { Deps } from "../deps";
import { createNote } from "../obsidian/writes";
import { ClientSuggestModal } from "../ui/client-suggest";
import { NewRecordModal, type RecordFormInput } from "../ui/new-record-modal";
import { activeClient } from "./pick-client";

const BUILTIN: Record<RecordKind, string> = {
  contact: BUILTIN_TEMPLATES.contact, deal: BUILTIN_TEMPLATES.deal, contract: BUILTIN_TEMPLATES.contract,
  invoice: BUILTIN_TEMPLATES.invoice, po: BUILTIN_TEMPLATES.po, feedback: BUILTIN_TEMPLATES.feedback,
};
const RAW_PO = new Set(["pdf", "txt", "json"]);

async function readTemplate(deps: Deps, path: string, fallback: string): Promise<string> {
  const file = deps.app.vault.getAbstractFileByPath(path);
  return file instanceof TFile ? deps.app.vault.read(file) : fallback;
}

function pathExists(deps: Deps, path: string): boolean {
  const lower = path.toLowerCase();
  return deps.app.vault.getAbstractFileByPath(path) !== null || deps.app.vault.getFiles().some((f) => f.path.toLowerCase() === lower);
}

function linkTextOf(deps: Deps, path: string): string {
  const file = deps.app.vault.getFileByPath(path);
  return file ? deps.app.metadataCache.fileToLinktext(file, "", true) : path.replace(/\.md$/i, "");
}

/** Creates the record for client `c`; returns a message to show in the modal when it cannot. */
export async function createRecord(deps: Deps, c: ClientStatus, form: RecordFormInput): Promise<string | null> {
  const s = deps.settings();
  const input: NewRecordInput = { ...form, fileLink: form.filePath ? propertyLink(form.filePath, linkTextOf(deps, form.filePath)) : null };
  const plan = planNewRecord(input, {
    client: { path: c.client.path, name: c.client.name, linkText: linkTextOf(deps, c.client.path), id: c.client.id, currency: c.client.currency },
    template: await readTemplate(deps, s.recordTemplates[form.kind], BUILTIN[form.kind]),
    existingIds: deps.index.records.all().map((r) => r.id),
    existing: (p) => pathExists(deps, p),
    now: deps.now(),
    settings: s,
    parse: parseYaml,
  });
  if (!plan.ok) return plan.message;
  try {
    const file = await createNote(deps, plan.note);
    const n = planIdNumber(plan);
    if (n !== null && plan.kind !== "contact") await deps.saveSettings({ ...s, lastRecordIds: { ...s.lastRecordIds, [plan.kind]: Math.max(s.lastRecordIds[plan.kind], n) } });
    await deps.openFile(file);
    deps.notify(`Created ${plan.id ?? file.basename} for ${c.client.name}.`);
    return null;
  } catch (e) {
    return `Could not create the note: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The active client note, or the first client the active record note links. */
function defaultClient(deps: Deps): ClientStatus | null {
  const active = activeClient(deps);
  if (active) return active;
  const file = deps.app.workspace.getActiveFile();
  const linked = file ? deps.index.records.clientsOf(file.path)[0] : undefined;
  return linked ? deps.index.client(linked, deps.today()) : null;
}

/** Opens the New record form for client `c` (the command, once it knows the client, and the file menu). */
export function openForm(deps: Deps, c: ClientStatus): void {
  const files = deps.app.vault.getFiles().filter((f) => RAW_PO.has(f.extension.toLowerCase())).map((f) => f.path).sort();
  new NewRecordModal(deps.app, c.client.name, files, (form) => createRecord(deps, c, form)).open();
}

export function newRecord(deps: Deps): void {
  const c = defaultClient(deps);
  if (c) return openForm(deps, c);
  const clients = deps.index.clients(deps.today());
  if (clients.length === 0) {
    deps.notify("Clientele: no client notes yet. Create one with “New client”.");
    return;
  }
  new ClientSuggestModal(deps.app, [...clients].sort((a, b) => a.client.name.localeCompare(b.client.name)), "New record for which client?", (picked) => openForm(deps, picked)).open();
}
