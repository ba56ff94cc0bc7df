// Plans contact notes from the rows of a CSV file: each row's `client` column names an existing
// client (by name, note name, client id or link), the other columns fill the contact properties
// of the field table; a value that fits none goes, inert, under "## Imported". Each note is planned
// by the "New record" planner, so an imported contact looks like a created one. Never overwrites:
// a contact whose note name is taken (in the vault or earlier in the file) is left out and
// reported, and so is a row naming no known client. Pure and linear.
import { planNewRecord } from "../create/new-record";
import { checkRecordInput } from "../create/record-input";
import { RECORD_FIELDS, type Field } from "../model/fields";
import { showValue } from "../model/read-fields";
import type { FrontmatterPatch } from "../model/types";
import { editFrontmatterText } from "../note/frontmatter-edit";
import { cellText, checkCell, columnName, matchColumns, type Column } from "./columns";
import type { CsvTable } from "./csv-parse";
import { inertValue, withImportedSection, type ImportedItem } from "./inert";
import { clientLookup, KEPT, pathLookup, recordClientOf, Where, type ImportClient, type ImportContext, type ImportPlan } from "./plan-common";

/** The contact's name: the note's name (not a property). */
const NAME: Field = { key: "name", kind: "text", label: "Name", meaning: "the contact's name, the note's name", shows: [] };
const FULL_NAME: Field = { ...NAME, key: "full_name", label: "Full name" };

/** The columns a contact CSV may fill: the name, then the field table's contact properties. */
export const CONTACT_COLUMNS: readonly Field[] = [NAME, ...RECORD_FIELDS.contact];
/** What a header is matched against: the columns, and "Full name" for the name. */
export const CONTACT_MATCH: readonly Field[] = [...CONTACT_COLUMNS, FULL_NAME];

export interface ContactCsvOptions extends ImportContext {
  /** The contact template. */
  template: string;
  existingClients: readonly ImportClient[];
  /** The modal's choice: header as written -> field key, or null for the Imported section. */
  mapping?: Readonly<Record<string, string | null>>;
}

const ROLES = RECORD_FIELDS.contact.find((f) => f.key === "role")?.values ?? [];

/** The row's values for the record planner and the properties it does not fill, or what went to Imported. */
interface RowValues {
  name: string;
  client: string;
  values: Record<string, string>;
  roles: string[];
  patch: FrontmatterPatch;
  items: ImportedItem[];
}

function readRow(cells: readonly string[], columns: readonly Column[], at: Where): RowValues {
  const row: RowValues = { name: "", client: "", values: {}, roles: [], patch: {}, items: [] };
  for (const col of columns) {
    const text = cellText(cells[col.index] ?? "");
    const label = columnName(col.header, col.index);
    const f = col.field;
    if (text === "") continue;
    const keep = () => row.items.push({ label, text });
    if (f === null) keep();
    else if (f.key === "name" || f.key === "full_name") {
      row.name = inertValue(text);
      if (row.name !== text) {
        at.problem(label, text, `the name holds active text (a Templater tag, link, embed, HTML, code or a :: inline field); the note uses it made inert, and the name as written is ${KEPT}.`);
        keep();
      }
    } else if (f.key === "client") row.client = text;
    else if (f.key === "type") {
      if (text.toLowerCase() !== "contact") {
        at.problem(label, text, `${showValue(text)} is not "contact"; the note is a contact note and the value is ${KEPT}.`);
        keep();
      }
    } else if (f.key === "email" || f.key === "phone") {
      const ok = checkRecordInput({ kind: "contact", title: "x", values: { [f.key]: text } }, "", "").ok;
      if (ok) row.values[f.key] = text;
      else {
        at.misfit(label, text, f.key === "email" ? "an email address like name@example.com" : "a phone number");
        keep();
      }
    } else if (f.key === "role") {
      for (const r of text.split(/[,;/]/).map((x) => x.trim()).filter((x) => x !== "")) {
        const role = ROLES.find((k) => k === r.toLowerCase());
        if (role === undefined) {
          at.misfit(label, r, `a role (${ROLES.join(", ")})`);
          row.items.push({ label, text: r });
        } else if (!row.roles.includes(role)) row.roles.push(role);
      }
    } else {
      const checked = checkCell(f, text);
      if ("expected" in checked) {
        at.misfit(label, text, checked.expected);
        keep();
      } else row.patch[f.key] = checked.value;
    }
  }
  return row;
}

/**
 * Plans a contact note for each data row of `csv`. Columns are matched to the contact properties
 * (or as `opts.mapping` says); the `client` column is required, and a name column (Name or Full
 * name). The CSV's own problems come first.
 */
export function planContactCsvImport(csv: CsvTable, opts: ContactCsvOptions): ImportPlan {
  const plan: ImportPlan = { notes: [], created: [], problems: [] };
  for (const p of csv.problems) plan.problems.push({ line: p.line, row: null, column: null, value: null, message: p.message, skipped: /left out/.test(p.message) });
  const { columns, problems } = matchColumns(csv.header, opts.mapping, CONTACT_MATCH);
  for (const p of problems) plan.problems.push({ line: 1, row: null, column: p.column, value: null, message: p.message, skipped: false });
  const has = (key: string) => columns.some((c) => c.field?.key === key);
  if (!has("name") && !has("full_name")) plan.problems.push({ line: 1, row: null, column: null, value: null, message: "No column names the contact (Name or Full name); nothing is imported.", skipped: true });
  if (!has("client")) plan.problems.push({ line: 1, row: null, column: null, value: null, message: "No column names the client (Client); nothing is imported.", skipped: true });
  if (plan.problems.some((p) => p.skipped && p.row === null && p.line === 1)) return plan;
  const clients = clientLookup(opts.existingClients);
  const paths = pathLookup(opts.existingPaths);
  csv.rows.forEach((csvRow, i) => {
    const at = new Where(csvRow.line, i + 1, plan.problems, "Row");
    if (csvRow.cells.length > columns.length) return at.problem(null, null, `the row has ${csvRow.cells.length} cells, more than the ${columns.length} columns, so its values may be in the wrong columns; the row is left out.`, true);
    const row = readRow(csvRow.cells, columns, at);
    if (row.name === "") return at.problem(null, null, "no contact name; the row is left out.", true);
    const client = row.client === "" ? undefined : clients(row.client);
    if (client === undefined) {
      const why = row.client === "" ? "names no client" : `names the client ${showValue(row.client)}, and there is no client by that name or id`;
      return at.problem(row.client === "" ? null : "client", row.client || null, `${showValue(row.name)} ${why}; the row is left out.`, true);
    }
    const ctx = { client: recordClientOf(client), template: opts.template, existingIds: [], existing: paths.taken, now: opts.now, settings: opts.settings, parse: opts.parse };
    const planned = planNewRecord({ kind: "contact", title: row.name, values: row.values, roles: row.roles }, ctx);
    if (!planned.ok) return at.problem(null, row.name, `${planned.message} The row is left out.`, true);
    let content = planned.note.content;
    if (Object.keys(row.patch).length > 0) {
      const edited = editFrontmatterText(content, row.patch, opts.parse);
      if (edited !== null) content = edited;
      else {
        at.problem(null, null, `the contact template's properties cannot be filled in line by line; the row's values are ${KEPT}.`);
        for (const [key, value] of Object.entries(row.patch)) row.items.push({ label: key, text: String(value) });
      }
    }
    paths.plan(planned.note.path);
    plan.notes.push({ path: planned.note.path, content: withImportedSection(content, row.items) });
    plan.created.push({ line: csvRow.line, row: i + 1, path: planned.note.path, id: null });
  });
  return plan;
}
