// Plans the notes an import creates: client notes from CSV rows, contact notes from vCards. Each
// note is planned by the same planner as "New client" / "New record", so an imported note looks
// exactly like a created one; the values that fit the field table become properties, the rest go,
// inert, under "## Imported" in the note, so nothing is lost. Never overwrites: a name already
// taken (in the vault, or earlier in the same import) is skipped and reported. Pure and linear.
import { formatClientId, parseClientId } from "../create/ids";
import { planNewClient, type NewClientTemplates } from "../create/new-client";
import { planNewRecord } from "../create/new-record";
import { checkRecordInput } from "../create/record-input";
import { editFrontmatterText } from "../note/frontmatter-edit";
import { knownValue, showValue } from "../model/read-fields";
import type { FrontmatterPatch } from "../model/types";
import { cellText, checkCell, columnName, matchColumns, type Column } from "./columns";
import type { CsvRow, CsvTable } from "./csv-parse";
import { inertValue, withImportedSection, type ImportedItem } from "./inert";
import { clientLookup, KEPT, pathLookup, recordClientOf, Where, type ImportContext, type ImportClient, type ImportPlan } from "./plan-common";
import type { VCardContact } from "./vcard";

export type { ImportClient, ImportContext, ImportedNote, ImportPlan, ImportProblem } from "./plan-common";

export interface ClientImportOptions extends ImportContext {
  templates: NewClientTemplates;
  /** The client ids in the vault, and the highest ever issued (`formatClientId(settings.lastClientId)`). */
  existingIds: Iterable<unknown>;
  /** The modal's choice: header as written -> field key, or null for the Imported section. */
  mapping?: Readonly<Record<string, string | null>>;
}

export interface ClientImportPlan extends ImportPlan {
  /** The highest client id number the plan gives, for `lastClientId` (0 when none). */
  highestClientId: number;
}

/** The client ids the rows may keep: valid ones, counted in the high-water mark from the start. */
function idPool(existingIds: Iterable<unknown>, rows: readonly CsvRow[], idColumn: Column | undefined): { used: Set<number>; max: number } {
  const used = new Set<number>();
  let max = 0;
  for (const id of existingIds) {
    const n = parseClientId(id);
    if (n === null) continue;
    used.add(n);
    max = Math.max(max, n);
  }
  if (idColumn) for (const row of rows) max = Math.max(max, parseClientId(cellText(row.cells[idColumn.index] ?? "")) ?? 0);
  return { used, max };
}

interface RowState {
  opts: ClientImportOptions;
  columns: Column[];
  paths: ReturnType<typeof pathLookup>;
  ids: { used: Set<number>; next: number };
  plan: ClientImportPlan;
}

/** Plans one CSV row's client note (and linked notes), or reports why it is left out. */
function planRow(row: CsvRow, index: number, s: RowState): void {
  const { opts, plan } = s;
  const at = new Where(row.line, index + 1, plan.problems, "Row");
  const items: ImportedItem[] = [];
  const patch: FrontmatterPatch = {};
  const patchText: Record<string, ImportedItem> = {};
  const input = { company: "", stage: opts.settings.stages[0] ?? "", engagement: "" };
  let keptId: number | null = null;
  for (const col of s.columns) {
    const text = cellText(row.cells[col.index] ?? "");
    const name = columnName(col.header, col.index);
    const f = col.field;
    if (text === "") continue;
    if (f === null) {
      items.push({ label: name, text });
      continue;
    }
    if (f.key === "company") {
      input.company = inertValue(text);
      if (input.company !== text) {
        at.problem(name, text, `the company name holds active text (a Templater tag, link, embed, HTML, code or a :: inline field); the note uses it made inert, and the name as written is ${KEPT}.`);
        items.push({ label: name, text });
      }
      continue;
    }
    if (f.key === "type") {
      if (text.toLowerCase() === "client") continue;
      at.problem(name, text, `${showValue(text)} is not "client"; the note is a client note and the value is ${KEPT}.`);
      items.push({ label: name, text });
      continue;
    }
    if (f.key === "stage") {
      const stage = knownValue(text, opts.settings.stages);
      if (stage !== null) input.stage = stage;
      else {
        at.misfit(name, text, `a stage (${opts.settings.stages.join(", ")}); the note gets ${showValue(input.stage)}`);
        items.push({ label: name, text });
      }
      continue;
    }
    if (f.key === "client_id") {
      const n = parseClientId(text);
      if (n !== null && !s.ids.used.has(n)) {
        keptId = n;
        continue;
      }
      if (n === null) at.misfit(name, text, `${f.patternWords ?? "a client id"}; a new id is given`);
      else at.problem(name, text, `${showValue(text)} is already another client's id; a new id is given and it is ${KEPT}.`);
      items.push({ label: name, text });
      continue;
    }
    const checked = checkCell(f, text);
    if ("expected" in checked) {
      at.misfit(name, text, checked.expected);
      items.push({ label: name, text });
    } else if (f.key === "engagement") input.engagement = String(checked.value);
    else {
      patch[f.key] = f.key === "currency" ? String(checked.value).toUpperCase() : checked.value;
      patchText[f.key] = { label: name, text };
    }
  }
  if (row.cells.length > s.columns.length) return at.problem(null, null, `the row has ${row.cells.length} cells, more than the ${s.columns.length} columns, so its values may be in the wrong columns; the row is left out.`, true);
  if (input.company === "") return at.problem(null, null, "no company name; the row is left out.", true);
  const id = keptId ?? s.ids.next;
  const planned = planNewClient(input, opts.templates, id > 1 ? [formatClientId(id - 1)] : [], s.paths.taken, opts.now, opts.settings);
  if (!planned.ok) return at.problem(null, input.company, `${planned.message} The row is left out.`, true);
  let content = planned.note.content;
  if (Object.keys(patch).length > 0) {
    const edited = editFrontmatterText(content, patch, opts.parse);
    if (edited !== null) content = edited;
    else {
      at.problem(null, null, `the client template's properties cannot be filled in line by line; the row's values are ${KEPT}.`);
      items.push(...Object.values(patchText));
    }
  }
  if (keptId === null) s.ids.next++;
  s.ids.used.add(id);
  plan.highestClientId = Math.max(plan.highestClientId, id);
  for (const note of [planned.note, ...planned.linked]) s.paths.plan(note.path);
  plan.notes.push({ path: planned.note.path, content: withImportedSection(content, items) }, ...planned.linked);
  plan.created.push({ line: row.line, row: index + 1, path: planned.note.path, id: planned.clientId });
}

/**
 * Plans a client note for each data row of `csv`. Columns are matched to the client properties of
 * the field table (or as `opts.mapping` says); a value that does not fit its property, and every
 * column that names none, goes under "## Imported". The CSV's own problems come first.
 */
export function planClientImport(csv: CsvTable, opts: ClientImportOptions): ClientImportPlan {
  const plan: ClientImportPlan = { notes: [], created: [], problems: [], highestClientId: 0 };
  for (const p of csv.problems) plan.problems.push({ line: p.line, row: null, column: null, value: null, message: p.message, skipped: /left out/.test(p.message) });
  const { columns, problems } = matchColumns(csv.header, opts.mapping);
  for (const p of problems) plan.problems.push({ line: 1, row: null, column: p.column, value: null, message: p.message, skipped: false });
  if (!columns.some((c) => c.field?.key === "company")) {
    plan.problems.push({ line: 1, row: null, column: null, value: null, message: "No column names the company (Company or Name); nothing is imported.", skipped: true });
    return plan;
  }
  const pool = idPool(opts.existingIds, csv.rows, columns.find((c) => c.field?.key === "client_id"));
  const state: RowState = { opts, columns, paths: pathLookup(opts.existingPaths), ids: { used: pool.used, next: pool.max + 1 }, plan };
  csv.rows.forEach((row, i) => planRow(row, i, state));
  return plan;
}

export interface ContactImportOptions extends ImportContext {
  /** The contact template. */
  template: string;
  existingClients: readonly ImportClient[];
}

/** The first of `values` the contact checks accept as `key`; the others go to `items`. */
function firstValid(values: readonly string[], key: "email" | "phone", label: string, at: Where, items: ImportedItem[]): string | undefined {
  let kept: string | undefined;
  for (const v of values) {
    const ok = checkRecordInput({ kind: "contact", title: "x", values: { [key]: v } }, "", "").ok;
    if (ok && kept === undefined) kept = v;
    else items.push({ label, text: v });
    if (!ok) at.misfit(label, v, key === "email" ? "an email address like name@example.com" : "a phone number");
  }
  return kept;
}

/**
 * Plans a contact note for each vCard: linked to the client whose name (or note name) is the
 * card's ORG; the first valid email and phone become properties, the rest, TITLE and NOTE go under
 * "## Imported". A card without such a client is left out and reported.
 */
export function planContactImport(contacts: readonly VCardContact[], opts: ContactImportOptions): ImportPlan {
  const plan: ImportPlan = { notes: [], created: [], problems: [] };
  const clients = clientLookup(opts.existingClients);
  const paths = pathLookup(opts.existingPaths);
  contacts.forEach((contact, i) => {
    const at = new Where(contact.line, i + 1, plan.problems, "Card");
    const org = contact.org?.trim() ?? "";
    const client = org === "" ? undefined : clients(org);
    if (client === undefined) {
      const why = org === "" ? "has no ORG, so no client to link it to" : `names ORG ${showValue(org)}, and there is no client named ${showValue(org)}`;
      return at.problem(org === "" ? null : "ORG", org || null, `${showValue(contact.name)} ${why}; it is left out.`, true);
    }
    const items: ImportedItem[] = [];
    const values: Record<string, string> = {};
    const email = firstValid(contact.emails, "email", "Email", at, items);
    const phone = firstValid(contact.phones, "phone", "Phone", at, items);
    if (email !== undefined) values.email = email;
    if (phone !== undefined) values.phone = phone;
    if (contact.title !== null) items.push({ label: "Title", text: contact.title });
    if (contact.note !== null) items.push({ label: "Note", text: contact.note });
    const recordClient = recordClientOf(client);
    const ctx = { client: recordClient, template: opts.template, existingIds: [], existing: paths.taken, now: opts.now, settings: opts.settings, parse: opts.parse };
    const planned = planNewRecord({ kind: "contact", title: contact.name, values }, ctx);
    if (!planned.ok) return at.problem(null, contact.name, `${planned.message} The card is left out.`, true);
    paths.plan(planned.note.path);
    plan.notes.push({ path: planned.note.path, content: withImportedSection(planned.note.content, items) });
    plan.created.push({ line: contact.line, row: i + 1, path: planned.note.path, id: null });
  });
  return plan;
}
