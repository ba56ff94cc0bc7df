// `clientele import VAULT FILE`: client notes from a CSV file, contact notes from a vCard file, planned
// by the same core as the plugin's import commands (core/import/plan-import.ts). Prints the plan;
// writes it unless --dry-run, each note created only where no file is (never overwrites).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { BUILTIN_TEMPLATES } from "../core/create/builtin-templates";
import { formatClientId } from "../core/create/ids";
import { columnKey } from "../core/import/columns";
import { parseCsv, type CsvTable } from "../core/import/csv-parse";
import { CONTACT_COLUMNS, planContactCsvImport } from "../core/import/plan-contacts";
import { planClientImport, planContactImport, type ImportPlan, type ImportProblem } from "../core/import/plan-import";
import { parseVCards } from "../core/import/vcard";
import { isClientFrontmatter } from "../core/model/client";
import { CLIENT_FIELDS, type Field } from "../core/model/fields";
import type { Day } from "../core/model/types";
import { evaluateVault } from "../core/records/vault";
import type { Args } from "./args";
import { CSV_COLUMNS } from "./csv";
import { oneSafeLine as t } from "./safe-text";
import { scanVault } from "./vault";

/** `--map` words that are no property: keep the values under Imported, or leave them out. */
const IMPORTED = "imported";
const IGNORE = "ignore";
/** The columns `export --csv` computes: an export imported back leaves them out unless --map names them. */
const EXPORT_ONLY = CSV_COLUMNS.filter((c) => !CLIENT_FIELDS.some((f) => f.key === c));

class ImportError extends Error {}

/** What the import prints to, and today (for the vault's clients) when --now is not given. */
export interface ImportIo {
  out(text: string): void;
  err(text: string): void;
  today(): Day;
}

export interface CsvChoice {
  /** Header as written -> field key, or null for the Imported section. */
  mapping: Record<string, string | null>;
  /** The columns (0-based) left out altogether. */
  ignored: Set<number>;
}

/** `csv` without the cells of the `ignored` columns (blank cells are not imported). */
export function blankColumns(csv: CsvTable, ignored: ReadonlySet<number>): CsvTable {
  if (ignored.size === 0) return csv;
  return { ...csv, rows: csv.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (ignored.has(i) ? "" : c)) })) };
}

/** Reads `--map` items (`COL=KEY`, several per item split by commas) against the CSV's header; KEY is one of `fields`. */
export function csvChoice(header: readonly string[], items: readonly string[], fields: readonly Field[] = CLIENT_FIELDS): CsvChoice {
  const choice: CsvChoice = { mapping: {}, ignored: new Set() };
  const named = new Set<number>();
  for (const pair of items.flatMap((item) => item.split(",")).filter((p) => p.trim() !== "")) {
    const eq = pair.lastIndexOf("=");
    if (eq < 0) throw new ImportError(`--map needs COL=KEY, got ${JSON.stringify(pair)}`);
    const col = pair.slice(0, eq).trim();
    const key = pair.slice(eq + 1).trim();
    let index = header.findIndex((h) => h.trim() === col);
    if (index < 0) index = header.findIndex((h) => columnKey(h) === columnKey(col));
    if (index < 0) throw new ImportError(`--map names column ${JSON.stringify(col)}, which the file's header does not have`);
    const raw = header[index] ?? col;
    named.add(index);
    if (key === IGNORE) choice.ignored.add(index);
    else if (key === IMPORTED || key === "") choice.mapping[raw] = null;
    else if (fields.some((f) => f.key === key)) choice.mapping[raw] = key;
    else throw new ImportError(`--map: ${JSON.stringify(key)} is not a ${fields === CLIENT_FIELDS ? "client" : "contact"} property (nor ${IMPORTED} or ${IGNORE})`);
  }
  const trimmed = header.map((h) => h.trim());
  if (fields === CLIENT_FIELDS && CSV_COLUMNS.every((c) => trimmed.includes(c))) trimmed.forEach((h, i) => {
    if (EXPORT_ONLY.includes(h) && !named.has(i)) choice.ignored.add(i);
  });
  return choice;
}

/** Every file and folder path of the vault (`/` separators), compared by the planner as macOS and Windows compare names. */
function vaultPaths(root: string): string[] {
  const out: string[] = [];
  const stack = [""];
  for (let rel = stack.pop(); rel !== undefined; rel = stack.pop()) {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = rel === "" ? e.name : `${rel}/${e.name}`;
      out.push(p);
      if (e.isDirectory()) stack.push(p);
    }
  }
  return out;
}

function readTemplate(root: string, rel: string, fallback: string): string {
  try {
    return readFileSync(path.join(root, rel), "utf8");
  } catch {
    return fallback;
  }
}

/** A calendar day as a local time (noon), for the templates' dates; the clock when no --now. */
function nowOf(day: Day | null): Date {
  if (day === null) return new Date();
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12, 0);
}

const yaml = (s: string): unknown => parseYaml(s, { schema: "core", version: "1.2", logLevel: "silent" });

function planFor(args: Args, kind: "client" | "contact", text: string, today: Day): ImportPlan {
  const root = args.vault;
  const vault = scanVault(root);
  const s = vault.settings;
  const ctx = { settings: s, now: nowOf(args.now), parse: yaml, existingPaths: vaultPaths(root) };
  const clients = () => evaluateVault(vault.notes, today, s).clients.map((c) => ({ name: c.client.name, path: c.client.path, id: c.client.id, currency: c.client.currency }));
  const contactTemplate = () => readTemplate(root, s.recordTemplates.contact, BUILTIN_TEMPLATES.contact);
  if (kind === "contact" && !isVCard(args)) {
    const csv = parseCsv(text);
    const choice = csvChoice(csv.header, args.map ?? [], CONTACT_COLUMNS);
    return planContactCsvImport(blankColumns(csv, choice.ignored), { ...ctx, template: contactTemplate(), existingClients: clients(), mapping: choice.mapping });
  }
  if (kind === "contact") {
    const cards = parseVCards(text);
    const plan = planContactImport(cards.contacts, { ...ctx, template: contactTemplate(), existingClients: clients() });
    const fileProblems = cards.problems.map((p): ImportProblem => ({ line: p.line, row: null, column: null, value: null, message: p.message, skipped: /left out/.test(p.message) }));
    return { ...plan, problems: [...fileProblems, ...plan.problems] };
  }
  const csv = parseCsv(text);
  const choice = csvChoice(csv.header, args.map ?? []);
  const ids: unknown[] = s.lastClientId > 0 ? [formatClientId(s.lastClientId)] : [];
  for (const n of vault.notes) if (isClientFrontmatter(n.frontmatter)) ids.push(n.frontmatter.client_id);
  const templates = {
    client: readTemplate(root, s.templatePath, BUILTIN_TEMPLATES.client),
    contract: s.createLinkedNotes ? readTemplate(root, s.contractTemplatePath, BUILTIN_TEMPLATES.contract) : null,
    invoices: s.createLinkedNotes ? readTemplate(root, s.invoicesTemplatePath, BUILTIN_TEMPLATES.invoices) : null,
  };
  return planClientImport(blankColumns(csv, choice.ignored), { ...ctx, templates, existingIds: ids, mapping: choice.mapping });
}

interface Outcome {
  written: string[];
  failed: { path: string; message: string }[];
}

/** Creates each planned note where no file is yet (`wx`: never overwrites), inside the vault only. */
function writePlan(root: string, plan: ImportPlan): Outcome {
  const out: Outcome = { written: [], failed: [] };
  const base = path.resolve(root);
  for (const note of plan.notes) {
    const full = path.resolve(base, note.path);
    if (!full.startsWith(base + path.sep)) {
      out.failed.push({ path: note.path, message: "outside the vault; not written" });
      continue;
    }
    try {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, note.content, { flag: "wx" });
      out.written.push(note.path);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      out.failed.push({ path: note.path, message: code === "EEXIST" ? "a file is there already; not overwritten" : (e as Error).message });
    }
  }
  return out;
}

function isVCard(args: Args): boolean {
  const ext = path.extname(args.file ?? "").toLowerCase();
  return ext === ".vcf" || ext === ".vcard";
}

/** A vCard file imports contacts; a CSV file clients, or contacts with `--kind contact`. */
function kindOf(args: Args): "client" | "contact" {
  const vcard = isVCard(args);
  const kind = args.kind ?? (vcard ? "contact" : "client");
  if (vcard && kind !== "contact") throw new ImportError("a vCard (.vcf) file imports contacts, not clients");
  return kind;
}

function textReport(args: Args, kind: "client" | "contact", plan: ImportPlan, outcome: Outcome | null): string {
  const words = kind === "client" ? ["client", "clients"] : ["contact", "contacts"];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const skipped = plan.problems.filter((p) => p.skipped);
  const other = plan.problems.filter((p) => !p.skipped);
  const lines = [`Import of ${t(args.file ?? "")} into ${t(args.vault)}${outcome ? "" : " (dry run: nothing written)"}`];
  lines.push(`${outcome ? "Created" : "Would create"} ${n(plan.created.length, words[0] ?? "", words[1] ?? "")} (${n(plan.notes.length, "note", "notes")}):`);
  for (const c of plan.created) lines.push(`  ${c.id ? `${c.id} ` : ""}${t(c.path)}  (line ${c.line})`);
  lines.push(`Skipped ${n(skipped.length, "row", "rows")}:`);
  for (const p of skipped) lines.push(`  ${t(p.message)}`);
  if (other.length > 0) lines.push("Notes:", ...other.map((p) => `  ${t(p.message)}`));
  if (outcome && outcome.failed.length > 0) lines.push("Not written:", ...outcome.failed.map((f) => `  ${t(f.path)}: ${t(f.message)}`));
  return lines.join("\n") + "\n";
}

/** Runs `clientele import`; returns the exit status (2: bad arguments or file, 1: a note not written). */
export function runImport(args: Args, io: ImportIo): number {
  let kind: "client" | "contact";
  let plan: ImportPlan;
  try {
    kind = kindOf(args);
    let text: string;
    try {
      text = readFileSync(args.file ?? "", "utf8");
    } catch (e) {
      throw new ImportError(`could not read ${args.file ?? ""}: ${(e as Error).message}`);
    }
    plan = planFor(args, kind, text, args.now ?? io.today());
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    io.err(`clientele: ${t(e.message)}\n`);
    return 2;
  }
  const outcome = args.dryRun ? null : writePlan(args.vault, plan);
  if (args.json) {
    const json = { file: args.file, kind, dryRun: args.dryRun === true, created: plan.created, notes: plan.notes.map((n) => n.path), skipped: plan.problems.filter((p) => p.skipped), problems: plan.problems.filter((p) => !p.skipped), written: outcome?.written ?? [], failed: outcome?.failed ?? [] };
    io.out(JSON.stringify(json, null, 2) + "\n");
  } else io.out(textReport(args, kind, plan, outcome));
  return outcome && outcome.failed.length > 0 ? 1 : 0;
}
