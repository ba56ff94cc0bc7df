// "Import clients from CSV file" and "Import contacts from address book file" (vCard, .vcf): pick
// a file of the vault, map its columns, preview, and on the user's confirmation create exactly the previewed notes
// through the note store (never over an existing note). Client ids continue as "New client" gives
// them: one more than the highest in the vault or ever issued.
import { parseYaml, TFile, type Plugin } from "obsidian";
import { BUILTIN_TEMPLATES } from "../core/create/builtin-templates";
import { columnName, matchColumns } from "../core/import/columns";
import { parseCsv, type CsvTable } from "../core/import/csv-parse";
import { CONTACT_COLUMNS, CONTACT_MATCH, planContactCsvImport } from "../core/import/plan-contacts";
import { planClientImport, planContactImport, type ClientImportPlan, type ImportClient, type ImportPlan, type ImportProblem } from "../core/import/plan-import";
import { parseVCards } from "../core/import/vcard";
import { CLIENT_FIELDS } from "../core/model/fields";
import type { Deps } from "../deps";
import { createNote } from "../obsidian/writes";
import { ImportFileSuggest, ImportModal, type ImportChoice, type ImportColumn, type ImportKind, type ImportOutcome } from "../ui/import-modal";
import { allClientIds, readTemplate } from "./new-client";

type Source = "csv" | "vcf";


/** Every file path of the vault; the planner compares them as macOS and Windows compare names. */
function vaultPaths(deps: Deps): string[] {
  return deps.app.vault.getFiles().map((f) => f.path);
}

/** `csv` with the cells of the ignored columns blanked (blank cells are not imported). */
function blankColumns(csv: CsvTable, ignored: readonly number[]): CsvTable {
  if (ignored.length === 0) return csv;
  const drop = new Set(ignored);
  return { ...csv, rows: csv.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (drop.has(i) ? "" : c)) })) };
}

const fileProblem = (p: { line: number; message: string }): ImportProblem => ({ line: p.line, row: null, column: null, value: null, message: p.message, skipped: /left out/.test(p.message) });

/** Creates the plan's notes in order; a client's linked notes only when its own note was created. */
async function applyPlan(deps: Deps, plan: ImportPlan): Promise<ImportOutcome> {
  const heads = new Set(plan.created.map((c) => c.path));
  const failed: ImportOutcome["failed"] = [];
  let created = 0;
  let headFailed = false;
  for (const note of plan.notes) {
    const head = heads.has(note.path);
    if (head) headFailed = false;
    else if (headFailed) {
      failed.push({ path: note.path, message: "its client note was not created" });
      continue;
    }
    try {
      await createNote(deps, note);
      if (head) created++;
    } catch (e) {
      failed.push({ path: note.path, message: e instanceof Error ? e.message : String(e) });
      if (head) headFailed = true;
    }
  }
  const skippedRows = new Set(plan.problems.filter((p) => p.skipped && p.row !== null).map((p) => p.row)).size;
  return { created, skipped: skippedRows + (heads.size - created), failed };
}

async function clientPlanner(deps: Deps, text: string): Promise<{ columns: ImportColumn[]; preview: (c: ImportChoice) => ClientImportPlan }> {
  const s = deps.settings();
  const templates = {
    client: await readTemplate(deps, s.templatePath, BUILTIN_TEMPLATES.client),
    contract: s.createLinkedNotes ? await readTemplate(deps, s.contractTemplatePath, BUILTIN_TEMPLATES.contract) : null,
    invoices: s.createLinkedNotes ? await readTemplate(deps, s.invoicesTemplatePath, BUILTIN_TEMPLATES.invoices) : null,
  };
  const csv = parseCsv(text);
  const guessed = matchColumns(csv.header).columns;
  const columns = csv.header.map((header, i) => ({ header, name: columnName(header.trim(), i), guess: guessed[i]?.field?.key ?? null }));
  const preview = (c: ImportChoice) =>
    planClientImport(blankColumns(csv, c.ignored), { settings: s, now: deps.now(), parse: parseYaml, existingPaths: vaultPaths(deps), templates, existingIds: allClientIds(deps), mapping: c.mapping });
  return { columns, preview };
}

/** The vault's clients, as a contact's client column or a vCard's ORG may name them. */
function importClients(deps: Deps): ImportClient[] {
  return deps.index.clients(deps.today()).map((c) => {
    const file = deps.app.vault.getFileByPath(c.client.path);
    return { name: c.client.name, path: c.client.path, id: c.client.id, currency: c.client.currency, linkText: file ? deps.app.metadataCache.fileToLinktext(file, "", true) : c.client.path.replace(/\.md$/i, "") };
  });
}

async function contactPlanner(deps: Deps, text: string): Promise<(c: ImportChoice) => ImportPlan> {
  const s = deps.settings();
  const template = await readTemplate(deps, s.recordTemplates.contact, BUILTIN_TEMPLATES.contact);
  const cards = parseVCards(text);
  return () => {
    const plan = planContactImport(cards.contacts, { settings: s, now: deps.now(), parse: parseYaml, existingPaths: vaultPaths(deps), template, existingClients: importClients(deps) });
    return { ...plan, problems: [...cards.problems.map(fileProblem), ...plan.problems] };
  };
}

/** A CSV file imported as contacts: its columns matched to the contact properties. */
async function contactCsvKind(deps: Deps, text: string): Promise<ImportKind> {
  const s = deps.settings();
  const template = await readTemplate(deps, s.recordTemplates.contact, BUILTIN_TEMPLATES.contact);
  const csv = parseCsv(text);
  const guessed = matchColumns(csv.header, {}, CONTACT_MATCH).columns;
  const guess = (key: string | undefined) => (key === "full_name" ? "name" : (key ?? null));
  const columns = csv.header.map((header, i) => ({ header, name: columnName(header.trim(), i), guess: guess(guessed[i]?.field?.key) }));
  const preview = (c: ImportChoice) =>
    planContactCsvImport(blankColumns(csv, c.ignored), { settings: s, now: deps.now(), parse: parseYaml, existingPaths: vaultPaths(deps), template, existingClients: importClients(deps), mapping: c.mapping });
  return { noun: "contact", columns, fields: CONTACT_COLUMNS.filter((f) => f.key !== "type"), preview };
}

/** Opens the import modal for `file`. */
export async function openImport(deps: Deps, file: TFile, source: Source): Promise<void> {
  const text = await deps.app.vault.read(file);
  const main = source === "csv" ? "client" : "contact";
  const planner = source === "csv" ? await clientPlanner(deps, text) : { columns: [], preview: await contactPlanner(deps, text) };
  const confirm = async (plan: ImportPlan, noun: string): Promise<ImportOutcome> => {
    const outcome = await applyPlan(deps, plan);
    const highest = "highestClientId" in plan ? (plan as ClientImportPlan).highestClientId : 0;
    const s = deps.settings();
    if (highest > s.lastClientId) await deps.saveSettings({ ...s, lastClientId: highest });
    const see = outcome.skipped > 0 || outcome.failed.length > 0 ? " (see the import window)" : "";
    deps.notify(`Imported ${outcome.created} ${noun}${outcome.created === 1 ? "" : "s"}; skipped ${outcome.skipped}${see}.`);
    return outcome;
  };
  const alternatives = source === "csv" ? [await contactCsvKind(deps, text)] : [];
  new ImportModal(deps.app, { fileName: file.name, noun: main, columns: planner.columns, fields: source === "csv" ? CLIENT_FIELDS.filter((f) => f.key !== "type") : [], preview: planner.preview, alternatives, confirm }).open();
}

/** Lists the vault's files of `source`'s extension to pick one, or says there is none. */
export function pickImportFile(deps: Deps, source: Source): void {
  const exts = source === "csv" ? ["csv"] : ["vcf", "vcard"];
  const files = deps.app.vault.getFiles().filter((f) => exts.includes(f.extension.toLowerCase())).sort((a, b) => a.path.localeCompare(b.path));
  if (files.length === 0) {
    deps.notify(`Clientele: no .${exts[0] ?? source} file in the vault to import.`);
    return;
  }
  new ImportFileSuggest(deps.app, files, `Import which .${exts[0] ?? source} file?`, (file) => void openImport(deps, file, source).catch((e: unknown) => deps.notify(`Clientele: could not import ${file.path}: ${e instanceof Error ? e.message : String(e)}`))).open();
}

export function registerImportCommands(plugin: Plugin, deps: Deps): void {
  plugin.addCommand({ id: "import-csv", name: "Import clients from CSV file", callback: () => pickImportFile(deps, "csv") });
  plugin.addCommand({ id: "import-vcard", name: "Import contacts from address book file", callback: () => pickImportFile(deps, "vcf") });
}
