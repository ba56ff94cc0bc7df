// The settings of related records (contract section 7): the folder and template of each kind and
// the highest record id ever issued per kind. Read by `migrateSettings`; kept apart so the
// settings module stays small.
import type { RecordKind } from "./types";

/** The record kinds that get an id (contacts get none). */
export type NumberedKind = Exclude<RecordKind, "contact">;
export const NUMBERED_KINDS: readonly NumberedKind[] = ["deal", "contract", "invoice", "po", "feedback"];
const ALL_KINDS: readonly RecordKind[] = ["contact", ...NUMBERED_KINDS];

export interface RecordSettings {
  /** Where "New record" creates each kind; empty: `<clients folder>/<RECORD_FOLDER_NAMES[kind]>`. */
  recordFolders: Record<RecordKind, string>;
  /** The template of each kind; a built-in one is used when the file is missing. */
  recordTemplates: Record<RecordKind, string>;
  /** The highest id number ever issued per kind, so a deleted record's id is never reused. */
  lastRecordIds: Record<NumberedKind, number>;
}

/** The default folder of each kind, inside the clients folder. */
export const RECORD_FOLDER_NAMES: Readonly<Record<RecordKind, string>> = {
  contact: "Contacts", deal: "Deals", contract: "Contracts", invoice: "Invoices", po: "Purchase orders", feedback: "Feedback",
};

/** The template note of each kind in the sample vault's Templates folder, without `.md`. */
export const RECORD_TEMPLATE_NAMES: Readonly<Record<RecordKind, string>> = {
  contact: "Contact", deal: "Deal", contract: "Contract", invoice: "Invoice", po: "Purchase order", feedback: "Feedback",
};

export function defaultRecordSettings(): RecordSettings {
  const folders = {} as Record<RecordKind, string>;
  const templates = {} as Record<RecordKind, string>;
  for (const k of ALL_KINDS) {
    folders[k] = "";
    templates[k] = `Templates/${RECORD_TEMPLATE_NAMES[k]}.md`;
  }
  const last = {} as Record<NumberedKind, number>;
  for (const k of NUMBERED_KINDS) last[k] = 0;
  return { recordFolders: folders, recordTemplates: templates, lastRecordIds: last };
}

/** The folder "New record" creates `kind` in: the setting, else `<clients folder>/<Kind folder>`. */
export function recordFolder(settings: { clientsFolder: string } & Pick<RecordSettings, "recordFolders">, kind: RecordKind): string {
  const own = (settings.recordFolders[kind] ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (own !== "") return own;
  const clients = settings.clientsFolder.trim().replace(/^\/+|\/+$/g, "");
  return clients === "" ? RECORD_FOLDER_NAMES[kind] : `${clients}/${RECORD_FOLDER_NAMES[kind]}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads the record settings from stored data into `s`; each value that cannot be used keeps its
 * default and is reported with `bad` (named like `recordFolders.invoice`). `pathProblem` says why
 * a vault path is refused.
 */
export function migrateRecordSettings(raw: Record<string, unknown>, s: RecordSettings, bad: (key: string, value: unknown) => void, pathProblem: (p: string) => string | null): void {
  for (const key of ["recordFolders", "recordTemplates"] as const) {
    const stored = raw[key];
    if (stored === undefined) continue;
    if (!isObject(stored)) {
      bad(key, stored);
      continue;
    }
    for (const kind of ALL_KINDS) {
      const v = stored[kind];
      if (v === undefined) continue;
      // An empty folder means the default one; an empty template path means nothing.
      if (typeof v !== "string" || pathProblem(v) !== null || (key === "recordTemplates" && v.trim() === "")) bad(`${key}.${kind}`, v);
      else s[key][kind] = v.trim();
    }
  }
  const last = raw.lastRecordIds;
  if (last === undefined) return;
  if (!isObject(last)) return bad("lastRecordIds", last);
  for (const kind of NUMBERED_KINDS) {
    const n = last[kind];
    if (n === undefined) continue;
    if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) s.lastRecordIds[kind] = n;
    else bad(`lastRecordIds.${kind}`, n);
  }
}
