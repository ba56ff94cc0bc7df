// Plans the note "New record" creates (contract section 7): a contact, deal, contract, invoice,
// purchase order or feedback note for one client, from its template, with the next record id.
// Pure: `now` and Obsidian's YAML parser are parameters; the adapter only writes the plan.
import { formatDate } from "../model/date-format";
import { sanitiseNoteName } from "../note/names";
import { inertText } from "../note/markdown";
import { editFrontmatterText } from "../note/frontmatter-edit";
import { findFrontmatter } from "../note/frontmatter-block";
import type { ParseYaml } from "../note/properties";
import { RECORD_FIELDS } from "../model/fields";
import { recordFolder } from "../model/record-settings";
import { pathProblem, type ClienteleSettings } from "../model/settings";
import type { FrontmatterPatch, NotePlan, RecordKind } from "../model/types";
import { nextRecordId, parseRecordId, recordIdKey, type NumberedKind } from "./ids";
import { existingPathFor, type ExistingPaths } from "./new-client";
import { checkRecordInput, type NewRecordInput } from "./record-input";
import { renderTemplate } from "./template";

export type { NewRecordInput } from "./record-input";

/** The client a record is for. */
export interface RecordClient {
  path: string;
  /** The display name (`company`). */
  name: string;
  /** How a link names the client note (Obsidian's link text): its name, or its path when the name is not unique. */
  linkText: string;
  id: string | null;
  currency: string | null;
}

export interface NewRecordContext {
  client: RecordClient;
  template: string;
  /** The ids of the records in the vault (`number` or `record_id`). */
  existingIds: Iterable<unknown>;
  existing: ExistingPaths;
  now: Date;
  settings: ClienteleSettings;
  parse: ParseYaml;
}

export type NewRecordPlan =
  | { ok: true; kind: RecordKind; id: string | null; note: NotePlan }
  | { ok: false; reason: "input" | "bad-folder" | "exists" | "template"; message: string; existingPath?: string };

/** What a wikilink to a note may not hold to stay a plain, inert link. */
const NOT_LINK_SAFE = /[[\]|#^:<>\r\n`\\]|%%/;

/**
 * A link for a property: `[[linkText]]`, or a Markdown link with an encoded path when the text
 * could break a wikilink or carry active Markdown (its text then keeps only plain characters).
 */
export function propertyLink(path: string, linkText: string): string {
  if (linkText.trim() !== "" && !NOT_LINK_SAFE.test(linkText)) return `[[${linkText}]]`;
  const file = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  const text = file.replace(/[^\p{L}\p{N}\p{M} _.,'()-]/gu, " ").trim() || "note";
  return `[${text}](${path.split("/").map(encodeURIComponent).join("/")})`;
}

function joinPath(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

const isNumbered = (kind: RecordKind): kind is NumberedKind => kind !== "contact";

/** The note's name: invoices and POs by number, contacts by name, the others `<Client> - <title>`. */
function noteName(input: NewRecordInput, id: string | null, client: RecordClient, start: string): string | null {
  const title = input.title.trim();
  if (input.kind === "invoice" || input.kind === "po") return id;
  if (input.kind === "contact") return title === "" ? null : sanitiseNoteName(title);
  const clientName = client.linkText.slice(client.linkText.lastIndexOf("/") + 1);
  const fallback = input.kind === "contract" ? `Contract${start === "" ? "" : ` ${start}`}` : "";
  const what = title === "" ? fallback : title;
  return what === "" ? null : sanitiseNoteName(`${clientName} - ${what}`);
}

/** The template's text with the client's words filled in (made inert), and a frontmatter block. */
function rendered(ctx: NewRecordContext, kind: RecordKind, currency: string): string {
  const c = ctx.client;
  const title = NOT_LINK_SAFE.test(c.linkText) ? inertText(c.linkText) : c.linkText;
  const vars = { company: inertText(c.name), title, client_id: inertText(c.id ?? ""), stage: "", engagement: "", currency };
  const text = renderTemplate(ctx.template, vars, ctx.now);
  return findFrontmatter(text).exists ? text : `---\ntype: ${kind}\n---\n${text}`;
}

/**
 * Plans the record note: checks the input, takes the next id of the kind (one more than the
 * highest among `existingIds` and `settings.lastRecordIds`), names the note, refuses a bad
 * folder or a name already taken, fills the template and sets the record's properties.
 */
export function planNewRecord(input: NewRecordInput, ctx: NewRecordContext): NewRecordPlan {
  const { kind } = input;
  const s = ctx.settings;
  const clientCurrency = ctx.client.currency?.trim() ?? "";
  const currency = /^[A-Za-z]{3}$/.test(clientCurrency) ? clientCurrency.toUpperCase() : s.currency;
  const checked = checkRecordInput(input, formatDate(ctx.now, "yyyy-MM-dd"), currency);
  if (!checked.ok) return { ok: false, reason: "input", message: checked.message };
  const folder = recordFolder(s, kind);
  const problem = pathProblem(folder);
  if (problem) return { ok: false, reason: "bad-folder", message: `The ${kind} folder "${folder}" ${problem}.` };
  const id = isNumbered(kind) ? nextRecordId(kind, ctx.existingIds, s.lastRecordIds[kind]) : null;
  const start = typeof checked.values.start === "string" ? checked.values.start : "";
  const name = noteName(input, id, ctx.client, start);
  if (name === null) return { ok: false, reason: "input", message: kind === "contact" ? "Enter the contact's name." : "Enter a title." };
  const path = joinPath(folder, `${name}.md`);
  const taken = existingPathFor(ctx.existing, path);
  if (taken !== null) {
    const other = taken.slice(taken.lastIndexOf("/") + 1).replace(/\.md$/i, "");
    const hint = id !== null && (kind === "invoice" || kind === "po") ? " Rename or move it, then try again." : " Choose another title.";
    return { ok: false, reason: "exists", message: `A note named "${other}" already exists at ${taken}.${hint}`, existingPath: taken };
  }
  const patch: FrontmatterPatch = { type: kind, client: propertyLink(ctx.client.path, ctx.client.linkText) };
  if (id !== null && isNumbered(kind)) patch[recordIdKey(kind)] = id;
  for (const f of RECORD_FIELDS[kind]) {
    const v = checked.values[f.key];
    if (v !== undefined) patch[f.key] = v;
  }
  const text = editFrontmatterText(rendered(ctx, kind, currency), patch, ctx.parse);
  if (text === null) return { ok: false, reason: "template", message: `The ${kind} template's properties cannot be filled in (check its frontmatter: a comment or YAML that is not plain key: value).` };
  return { ok: true, kind, id, note: { path, content: text } };
}

/** The id number of a plan, for the `lastRecordIds` high-water mark. */
export function planIdNumber(plan: { kind: RecordKind; id: string | null }): number | null {
  return isNumbered(plan.kind) ? parseRecordId(plan.kind, plan.id) : null;
}

