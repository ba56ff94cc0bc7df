// Reading a client note's frontmatter into ClientProps. Never throws, never mutates the input;
// every value it cannot use becomes a diagnostic that names the key and shows the value.
import { kept, NONE } from "./compact";
import { clientFieldsFor, type Field } from "./fields";
import { isValidCategoryScore } from "./health";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, Diagnostic } from "./types";
import { isRecord, own, readText, showValue, toNumber, READ_BY_KIND, type Problem } from "./read-fields";

export { showValue };

export { ENGAGEMENTS } from "./fields";

export function isClientFrontmatter(fm: unknown): boolean {
  if (!isRecord(fm)) return false;
  const type = own(fm, "type");
  return typeof type === "string" && type.trim().toLowerCase() === "client";
}

function basename(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

function emptyClient(path: string): ClientProps {
  return {
    path, id: null, name: basename(path), stage: null, engagement: null, persona: null, positioning: null,
    healthInput: {}, lastReview: null, lastContact: null, stageChanged: null, nextAction: null, nextActionDue: null,
    champion: null, value: null, currency: null, renewal: null, tags: NONE, diagnostics: NONE,
  };
}

/** Reads one client note's frontmatter. `path` is the vault-relative path of the note. */
export function parseClient(path: string, fm: Record<string, unknown>, settings: ClienteleSettings): ClientProps {
  const client = emptyClient(path);
  const diagnostics: Diagnostic[] = [];
  try {
    readInto(client, isRecord(fm) ? fm : {}, settings, diagnostics);
  } catch (e) {
    diagnostics.push({ field: "frontmatter", message: `frontmatter could not be read: ${e instanceof Error ? e.message : showValue(e)}` });
  }
  // An array grown by push keeps spare room for 16 items or more; the index keeps thousands of
  // these records, so they are trimmed to their length, and an empty one is the shared empty list.
  client.tags = kept(client.tags);
  client.diagnostics = kept(diagnostics);
  return client;
}

type Reader = (client: ClientProps, fm: Record<string, unknown>, f: Field, problem: Problem, settings: ClienteleSettings) => void;

/** Where a value goes: its ClientProps property, or the `extra` map for a field without one. */
function store(client: ClientProps, f: Field, value: unknown): void {
  if (value === undefined) return;
  if (f.prop !== undefined) (client as unknown as Record<string, unknown>)[f.prop] = value;
  else if (value !== null) client.extra = { ...client.extra, [f.key]: value as string | number | boolean | string[] };
}

const byKind: Reader = (client, fm, f, problem) => store(client, f, READ_BY_KIND[f.kind](fm, f, problem));

/** The special cases, by key: everything else is read by its kind. */
const HOOKS: Record<string, Reader> = {
  type: () => undefined, // how the note was recognised as a client; nothing to store
  company: (client, fm, f, problem) => {
    const company = readText(fm, f, problem);
    if (company !== null) client.name = company;
  },
  stage: (client, fm, f, problem, settings) => {
    const stage = own(fm, f.key);
    const stages = `one of ${settings.stages.join(", ")}`;
    if (typeof stage === "string" && stage.trim() !== "") {
      const wanted = stage.trim().toLowerCase();
      client.stage = settings.stages.find((s) => s.toLowerCase() === wanted) ?? null;
      if (client.stage === null) problem(f.key, stage, stages);
    } else {
      problem(f.key, stage, stages);
    }
  },
};

/** A Health Matrix key: absent is missing, not invalid; anything else must be a valid score. */
const healthReader: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  if (v === undefined || f.health === undefined) return;
  const n = toNumber(v);
  if (isValidCategoryScore(n)) client.healthInput[f.health] = n;
  else problem(f.key, v, "a number from 1 to 5");
};

function readInto(client: ClientProps, fm: Record<string, unknown>, settings: ClienteleSettings, diagnostics: Diagnostic[]): void {
  const problem: Problem = (field, value, expected) => {
    diagnostics.push({ field, message: `${field} is ${showValue(value)}; expected ${expected}` });
  };
  // The field table, with a row for each configured Health Matrix category it does not have.
  for (const f of clientFieldsFor(settings.healthMatrix)) {
    const read = HOOKS[f.key] ?? (f.health !== undefined ? healthReader : byKind);
    read(client, fm, f, problem, settings);
  }
}
