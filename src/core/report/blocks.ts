// The `clientele` code block: its options (YAML inside the block) and the table it shows, as
// plain data, so the DOM code only draws what this returns.
import { filterBySegment } from "../intel/segments";
import { showValue } from "../model/client";
import { linkTarget } from "../records/links";
import { RECORD_KINDS, recordKindOf } from "../records/record";
import { riskView, topValueView } from "./block-intel";
import { recordBlock } from "./block-records";
import { buildView } from "./block-views";
import { BLOCK_SORTS, BLOCK_VIEWS, type BlockSort, type BlockTable, type BlockView } from "./block-types";
import { DEFAULT_STAGES, type ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, RecordKind } from "../model/types";

export const BLOCK_LANGUAGE = "clientele";
export { BLOCK_SORTS, BLOCK_VIEWS, type BlockCell, type BlockSort, type BlockTable, type BlockView, type Tone } from "./block-types";
export const MAX_LIMIT = 1000;
const KEYS = ["view", "limit", "stage", "sort", "kind", "client", "segment"];

export interface BlockOptions {
  view: BlockView;
  /** At most this many rows; null for all. */
  limit: number | null;
  /** Only clients in these stages (configured spelling); null for every client. */
  stages: string[] | null;
  /** null: the view's own order. */
  sort: BlockSort | null;
  /** The records view's kind of record; null for the other views. */
  kind: RecordKind | null;
  /** The name or id of one client (the client view; the records view optionally); null for all. */
  client: string | null;
  /** Only the clients of this saved segment or condition (core/intel/segments.ts); null for all. */
  segment: string | null;
}

export type ParsedBlock = { ok: true; options: BlockOptions } | { ok: false; message: string };

function fail(message: string): ParsedBlock {
  return { ok: false, message: `Clientele: ${message}` };
}

function oneOf(list: readonly string[]): string {
  return list.join(", ");
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The first line of an error: YAML parsers put a code frame after it. */
function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] ?? text;
}

/** A kind as written: its name, a `type` spelling ("purchase order") or either in the plural. */
function kindOf(v: unknown): RecordKind | null {
  if (typeof v !== "string") return null;
  const s = v.trim();
  return recordKindOf({ type: s }) ?? (s.toLowerCase().endsWith("s") ? recordKindOf({ type: s.slice(0, -1) }) : null);
}

/** A client named as text or a number, or as a link: `"[[Acme]]"`, or `[[Acme]]` unquoted (YAML reads a list in a list). */
function clientQuery(v: unknown): string | null {
  const one = (x: unknown): unknown => (Array.isArray(x) && x.length === 1 ? one(x[0]) : x);
  const q = one(v);
  if (typeof q === "number" && Number.isFinite(q)) return String(q);
  return typeof q === "string" ? linkTarget(q) : null;
}

/**
 * Reads the block's options. `parseYaml` is Obsidian's (or any YAML parser); `stages` are the
 * configured stages a `stage` option must name. Never throws: every problem becomes a message.
 */
export function parseBlockOptions(source: string, parseYaml: (s: string) => unknown, stages: readonly string[] = DEFAULT_STAGES): ParsedBlock {
  const example = `add a line such as "view: at-risk" (views: ${oneOf(BLOCK_VIEWS)})`;
  if (source.trim() === "") return fail(`this block is empty; ${example}`);
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (e) {
    return fail(`the block's options are not valid YAML: ${firstLine(e)}`);
  }
  if (typeof raw === "string") raw = { view: raw }; // a block holding just "at-risk"
  if (!isRecord(raw)) return fail(`write the options as "key: value" lines; ${example}`);
  const unknown = Object.keys(raw).find((k) => !KEYS.includes(k));
  if (unknown !== undefined) return fail(`unknown option "${unknown}"; use ${oneOf(KEYS)}`);

  const view = typeof raw.view === "string" ? raw.view.trim().toLowerCase() : null;
  if (raw.view === undefined || raw.view === null) return fail(`this block has no view; ${example}`);
  const known = BLOCK_VIEWS.find((v) => v === view);
  if (!known) return fail(`unknown view ${showValue(raw.view)}; use one of ${oneOf(BLOCK_VIEWS)}`);

  let limit: number | null = null;
  if (raw.limit !== undefined && raw.limit !== null) {
    const n = typeof raw.limit === "string" && /^\s*\d+\s*$/.test(raw.limit) ? Number(raw.limit) : raw.limit;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) return fail(`limit must be a whole number from 1 to ${MAX_LIMIT}, not ${showValue(raw.limit)}`);
    limit = n;
  }

  let chosen: string[] | null = null;
  if (raw.stage !== undefined && raw.stage !== null) {
    const wanted: unknown[] = Array.isArray(raw.stage) ? (raw.stage as unknown[]) : [raw.stage];
    chosen = [];
    for (const w of wanted) {
      const match = typeof w === "string" ? stages.find((s) => s.toLowerCase() === w.trim().toLowerCase()) : undefined;
      if (match === undefined) return fail(`unknown stage ${showValue(w)}; use one of ${oneOf(stages)}`);
      chosen.push(match);
    }
  }

  let sort: BlockSort | null = null;
  if (raw.sort !== undefined && raw.sort !== null) {
    const s = typeof raw.sort === "string" ? raw.sort.trim().toLowerCase() : null;
    const match = BLOCK_SORTS.find((k) => k === s);
    if (!match) return fail(`unknown sort ${showValue(raw.sort)}; use one of ${oneOf(BLOCK_SORTS)}`);
    sort = match;
  }

  let kind: RecordKind | null = null;
  if (raw.kind !== undefined && raw.kind !== null) {
    kind = kindOf(raw.kind);
    if (kind === null) return fail(`unknown kind ${showValue(raw.kind)}; use one of ${oneOf(RECORD_KINDS)}`);
    if (known !== "records") return fail(`kind is an option of the records view, not of ${known}`);
  }
  if (known === "records" && kind === null) return fail(`the records view needs a kind; add a line such as "kind: invoice" (kinds: ${oneOf(RECORD_KINDS)})`);

  let client: string | null = null;
  if (raw.client !== undefined && raw.client !== null) {
    client = clientQuery(raw.client);
    if (client === null) return fail(`client must be a client's name or id, e.g. "client: Acme Robotics", not ${showValue(raw.client)}`);
    if (known !== "client" && known !== "records") return fail(`client is an option of the client and records views, not of ${known}`);
  }
  if (known === "client" && client === null) return fail('the client view needs a client; add a line such as "client: Acme Robotics" (its name or id)');
  let segment: string | null = null;
  if (raw.segment !== undefined && raw.segment !== null) {
    if (typeof raw.segment !== "string" || raw.segment.trim() === "") return fail(`segment must be a saved segment's name or a condition such as "stage:Active tier:Gold", not ${showValue(raw.segment)}`);
    segment = raw.segment.trim();
  }
  return { ok: true, options: { view: known, limit, stages: chosen, sort, kind, client, segment } };
}

/** The table a block shows for these clients on `today`. */
export function blockRows(options: BlockOptions, clients: ClientStatus[], today: Day, settings: ClienteleSettings): BlockTable {
  const stages = options.stages;
  const inStages = stages === null ? clients : clients.filter((c) => c.client.stage !== null && stages.includes(c.client.stage));
  const inSegment = options.segment === null ? inStages : filterBySegment(inStages, options.segment, settings.segments);
  if (!Array.isArray(inSegment)) return { columns: ["Client"], rows: [], empty: `Clientele: segment: ${inSegment.problem}`, summary: null };
  const chosen = inSegment;
  const view = options.view;
  const table = view === "records" || view === "client"
    ? recordBlock(view, chosen, { kind: options.kind, client: options.client, sort: options.sort }, today, settings)
    : view === "risk" ? riskView(chosen, options.sort, settings)
      : view === "top-value" ? topValueView(chosen, options.sort, options.limit, settings)
        : buildView(view, chosen, options.sort, options.limit, today, settings);
  if (options.limit === null || table.rows.length <= options.limit) return table;
  const shown = `Showing ${options.limit} of ${table.rows.length}.`;
  return { ...table, rows: table.rows.slice(0, options.limit), summary: table.summary === null ? shown : `${table.summary} ${shown}` };
}
