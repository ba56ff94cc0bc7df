// Plugin settings, their defaults and the pure migration from whatever `loadData()` returned.
import { defaultAgendaSettings, migrateAgendaSettings, type AgendaSettings } from "../agenda/agenda-settings";
import { defaultDailyNoteSettings, migrateDailyNoteSettings, type DailyNoteSettings } from "../agenda/daily-note-settings";
import { defaultWorkflowSettings, migrateWorkflowSettings, type WorkflowSettings } from "../create/workflow-settings";
import { defaultIntelSettings, migrateIntelSettings, type IntelSettings } from "../intel/intel-settings";
import { defaultStuckSettings, migrateStuckSettings, type StuckSettings } from "../intel/stuck-settings";
import { defaultSegmentSettings, migrateSegmentSettings, type SegmentSettings } from "../intel/segment-settings";
import { defaultHealthSettings, migrateHealthSettings, type HealthSettings } from "./health-settings";
import { defaultRecordSettings, migrateRecordSettings, type RecordSettings } from "./record-settings";
import { defaultCardPropertySettings, migrateCardPropertySettings, type CardPropertySettings } from "../pipeline/card-settings";

export const SETTINGS_VERSION = 1;

export interface ClienteleSettings extends HealthSettings, RecordSettings, IntelSettings, AgendaSettings, SegmentSettings, WorkflowSettings, StuckSettings, DailyNoteSettings, CardPropertySettings {
  version: number;
  clientsFolder: string;
  templatePath: string;
  contractTemplatePath: string;
  invoicesTemplatePath: string;
  /** Also create the contract, invoices and outcomes notes the client template links (`<clients>/legal/<Client>-contract.md`, …); on by default, so no new link is left unresolved. */
  createLinkedNotes: boolean;
  stages: string[];
  excludedStages: string[];
  staleDays: number;
  /** Per-stage staleness thresholds, keyed by stage name; missing stages use `staleDays`. */
  staleDaysByStage: Record<string, number>;
  /** What counts as a note's own activity (section 4): its last edit seen by the plugin, the file modification day, or only its dates. */
  activitySource: ActivitySource;
  /** Days without contact before a client is out of touch (section 4). */
  contactDays: number;
  /** Per-stage contact thresholds, keyed by stage name; missing stages use `contactDays`. */
  contactDaysByStage: Record<string, number>;
  /** Whether dated notes linking to a client or its contacts count as contact. */
  linkedNotesCount: boolean;
  healthCheckDays: number;
  currency: string;
  reviewFolder: string;
  /** date-fns format of the weekly review note name, e.g. `RRRR-'W'II 'Weekly review'`. */
  reviewNameFormat: string;
  dashboardPath: string;
  /** The highest client id number ever issued here, so a deleted client's id is never reused. */
  lastClientId: number;
}

export type ActivitySource = "edits" | "mtime" | "dates";
export const ACTIVITY_SOURCES: readonly ActivitySource[] = ["edits", "mtime", "dates"];

export const DEFAULT_STAGES = ["Discovery", "Proposal", "Active", "Retention", "Sunset"];

export const DEFAULT_SETTINGS: ClienteleSettings = {
  version: SETTINGS_VERSION,
  clientsFolder: "Clients",
  templatePath: "Templates/Client.md",
  contractTemplatePath: "Templates/Contract.md",
  invoicesTemplatePath: "Templates/Invoices.md",
  createLinkedNotes: true,
  stages: [...DEFAULT_STAGES],
  excludedStages: ["Sunset"],
  staleDays: 30,
  staleDaysByStage: {},
  activitySource: "edits",
  contactDays: 30,
  contactDaysByStage: {},
  linkedNotesCount: true,
  healthCheckDays: 30,
  currency: "USD",
  reviewFolder: "Reviews",
  reviewNameFormat: "RRRR-'W'II 'Weekly review'",
  dashboardPath: "Client dashboard.md",
  lastClientId: 0,
  ...defaultHealthSettings(),
  ...defaultRecordSettings(),
  ...defaultIntelSettings(),
  ...defaultAgendaSettings(),
  ...defaultSegmentSettings(),
  ...defaultWorkflowSettings(),
  ...defaultStuckSettings(),
  ...defaultDailyNoteSettings(),
  ...defaultCardPropertySettings(),
};

export function defaultSettings(): ClienteleSettings {
  return migrateSettings(undefined).settings;
}

export interface MigrationResult {
  settings: ClienteleSettings;
  /** True when the stored data differs from what should be saved (older version, bad values). */
  migrated: boolean;
  problems: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== "string" || item.trim() === "") return null;
    if (!out.some((s) => s.toLowerCase() === item.trim().toLowerCase())) out.push(item.trim());
  }
  return out;
}

function positiveInt(v: unknown): number | null {
  return typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 36500 ? v : null;
}

/** Why a vault-relative folder or file path is refused, or null when it is fine. */
export function pathProblem(path: string): string | null {
  const p = path.trim();
  if (p.startsWith("/") || p.startsWith("\\") || /^[a-zA-Z]:/.test(p)) return "must be a path inside the vault, not an absolute path";
  if (p.split(/[\\/]/).some((part) => part === "..")) return "must not contain `..`";
  if (p.includes("\0")) return "must not contain a null character";
  return null;
}

/**
 * Turns whatever `loadData()` returned (undefined, an old version, hand-edited JSON) into valid
 * settings. Never throws; each value that cannot be used falls back to its default and is named.
 */
export function migrateSettings(raw: unknown): MigrationResult {
  const d = DEFAULT_SETTINGS;
  const s: ClienteleSettings = { ...d, stages: [...d.stages], excludedStages: [...d.excludedStages], staleDaysByStage: {}, contactDaysByStage: {} };
  const problems: string[] = [];
  Object.assign(s, defaultHealthSettings(), defaultRecordSettings(), defaultIntelSettings(), defaultAgendaSettings(), defaultSegmentSettings(), defaultWorkflowSettings(), defaultStuckSettings(), defaultDailyNoteSettings(), defaultCardPropertySettings());
  if (raw === undefined || raw === null) return { settings: s, migrated: false, problems };
  if (!isRecord(raw)) return { settings: s, migrated: true, problems: ["settings are not an object; defaults used"] };
  let migrated = raw.version !== SETTINGS_VERSION;

  const bad = (key: string, value: unknown) => {
    problems.push(`setting ${key}: ${JSON.stringify(value)} is not valid; default used`);
    migrated = true;
  };
  const text = (key: "clientsFolder" | "templatePath" | "contractTemplatePath" | "invoicesTemplatePath" | "currency" | "reviewFolder" | "reviewNameFormat" | "dashboardPath", isPath: boolean) => {
    const v = raw[key];
    if (v === undefined) return;
    if (typeof v !== "string" || (isPath && pathProblem(v) !== null) || (!isPath && v.trim() === "")) return bad(key, v);
    s[key] = v.trim();
  };
  text("clientsFolder", true);
  text("templatePath", true);
  text("contractTemplatePath", true);
  text("invoicesTemplatePath", true);
  text("reviewFolder", true);
  text("dashboardPath", true);
  text("currency", false);
  text("reviewNameFormat", false);

  if (raw.createLinkedNotes !== undefined) {
    if (typeof raw.createLinkedNotes === "boolean") s.createLinkedNotes = raw.createLinkedNotes;
    else bad("createLinkedNotes", raw.createLinkedNotes);
  }
  // v1's `useModifiedTime` (false: only the dates; true: file times, now replaced by the edit record).
  if (raw.useModifiedTime !== undefined) {
    if (typeof raw.useModifiedTime === "boolean") s.activitySource = raw.useModifiedTime ? "edits" : "dates";
    else bad("useModifiedTime", raw.useModifiedTime);
    if (raw.activitySource === undefined) migrated = true;
  }
  if (raw.activitySource !== undefined) {
    if (ACTIVITY_SOURCES.includes(raw.activitySource as ActivitySource)) s.activitySource = raw.activitySource as ActivitySource;
    else bad("activitySource", raw.activitySource);
  }
  if (raw.linkedNotesCount !== undefined) {
    if (typeof raw.linkedNotesCount === "boolean") s.linkedNotesCount = raw.linkedNotesCount;
    else bad("linkedNotesCount", raw.linkedNotesCount);
  }
  if (raw.stages !== undefined) {
    const list = stringList(raw.stages);
    if (list && list.length > 0) s.stages = list;
    else bad("stages", raw.stages);
  }
  if (raw.excludedStages !== undefined) {
    const list = stringList(raw.excludedStages);
    if (list) s.excludedStages = list;
    else bad("excludedStages", raw.excludedStages);
  }
  for (const key of ["staleDays", "healthCheckDays", "contactDays"] as const) {
    if (raw[key] === undefined) continue;
    const n = positiveInt(raw[key]);
    if (n === null) bad(key, raw[key]);
    else s[key] = n;
  }
  for (const key of ["staleDaysByStage", "contactDaysByStage"] as const) {
    const byStage = raw[key];
    if (byStage === undefined) continue;
    if (!isRecord(byStage)) bad(key, byStage);
    else {
      for (const [stage, days] of Object.entries(byStage)) {
        const n = positiveInt(days);
        if (n === null) bad(`${key}.${stage}`, days);
        else if (stage !== "__proto__" && stage !== "constructor" && stage !== "prototype") s[key][stage] = n;
      }
    }
  }
  // The Health Matrix; v1's `weights` become the default four's weights, saved again in the new form.
  if (migrateHealthSettings(raw, s, bad)) migrated = true;
  if (raw.lastClientId !== undefined) {
    const n = raw.lastClientId;
    if (typeof n === "number" && Number.isInteger(n) && n >= 0) s.lastClientId = n;
    else bad("lastClientId", n);
  }
  migrateRecordSettings(raw, s, bad, pathProblem);
  migrateIntelSettings(raw, s, bad);
  migrateAgendaSettings(raw, s, bad);
  migrateSegmentSettings(raw, s, bad);
  migrateWorkflowSettings(raw, s, bad, pathProblem);
  migrateStuckSettings(raw, s, bad);
  migrateDailyNoteSettings(raw, s, bad);
  migrateCardPropertySettings(raw, s, bad);
  s.version = SETTINGS_VERSION;
  return { settings: s, migrated, problems };
}
