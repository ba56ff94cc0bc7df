// Journeys (issue 14): stage presets a user can switch to. Switching never moves a note by itself:
// `planJourneySwitch` says how each current stage maps to a stage of the journey (the user may
// change it) and the settings to save, `journeyMoves` lists the notes that would change (the preview).
import type { ClienteleSettings } from "./settings";
import type { ClientStatus } from "./types";

export interface Journey {
  id: string;
  name: string;
  stages: readonly string[];
  /** Stages left out of the review and the staleness checks (like Sunset). */
  excluded: readonly string[];
  /** Days between touchpoints per stage; null: no touchpoint. */
  cadence: Readonly<Record<string, number | null>>;
}

export const JOURNEYS: readonly Journey[] = [
  {
    id: "consulting",
    name: "Consulting",
    stages: ["Discovery", "Proposal", "Active", "Retention", "Sunset"],
    excluded: ["Sunset"],
    cadence: { Discovery: 7, Proposal: 7, Active: 14, Retention: 30, Sunset: null },
  },
  {
    id: "success",
    name: "Success journey",
    stages: ["Onboard", "Adopt", "Grow", "Advocate", "Offboard"],
    excluded: ["Offboard"],
    cadence: { Onboard: 7, Adopt: 14, Grow: 30, Advocate: 30, Offboard: null },
  },
  {
    id: "lifecycle",
    name: "Customer lifecycle",
    // Churn Risk is the stage that most needs watching, so it is not excluded.
    stages: ["Prospect", "Opportunity", "Customer", "Churn Risk"],
    excluded: [],
    cadence: { Prospect: 14, Opportunity: 7, Customer: 30, "Churn Risk": 7 },
  },
];

/** A custom journey from the user's own stage list (no exclusions, no cadence: the agenda's default applies). */
export function customJourney(stages: readonly string[]): Journey {
  return { id: "custom", name: "Custom", stages: [...stages], excluded: [], cadence: {} };
}

export interface JourneySwitch {
  /** Each current stage → the journey's stage its clients move to. */
  mapping: Record<string, string>;
  settingsPatch: Pick<ClienteleSettings, "stages" | "excludedStages" | "cadenceDays">;
}

const own = (o: Record<string, string> | undefined, k: string): string | undefined =>
  o !== undefined && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/**
 * The default stage for `stage` (at `index` of `count` current stages) in `target`: the same name
 * (any case); else, for an excluded stage, the journey's first excluded stage; else the stage at
 * the same relative position (first → first, last → last; Discovery → Onboard … Sunset → Offboard).
 */
function defaultTarget(stage: string, index: number, count: number, excluded: boolean, target: Journey): string {
  const lower = stage.toLowerCase();
  const same = target.stages.find((s) => s.toLowerCase() === lower);
  if (same !== undefined) return same;
  const firstExcluded = target.excluded[0];
  if (excluded && firstExcluded !== undefined) return firstExcluded;
  const last = target.stages.length - 1;
  const at = count <= 1 ? 0 : Math.round((index * last) / (count - 1));
  return target.stages[Math.min(at, last)] ?? stage;
}

/**
 * How switching from `current` stages to `target` maps each stage, and the settings to save.
 * A `mapping` entry naming a stage of the journey wins; any other falls back to the default.
 * `currentExcluded` says which current stages are excluded (for the default of those).
 */
export function planJourneySwitch(current: readonly string[], target: Journey, mapping?: Record<string, string>, currentExcluded: readonly string[] = []): JourneySwitch {
  const out: [string, string][] = [];
  const ex = new Set(currentExcluded.map((s) => s.toLowerCase()));
  current.forEach((stage, i) => {
    const chosen = own(mapping, stage);
    const valid = chosen !== undefined ? target.stages.find((s) => s === chosen) : undefined;
    out.push([stage, valid ?? defaultTarget(stage, i, current.length, ex.has(stage.toLowerCase()), target)]);
  });
  return {
    mapping: Object.fromEntries(out),
    settingsPatch: { stages: [...target.stages], excludedStages: [...target.excluded], cadenceDays: { ...target.cadence } },
  };
}

export interface JourneyMove {
  client: ClientStatus;
  from: string;
  to: string;
}

/** The clients whose stage changes under `mapping`, by name: the preview of a switch. Clients without a (configured) stage stay. */
export function journeyMoves(clients: readonly ClientStatus[], mapping: Record<string, string>): JourneyMove[] {
  const moves: JourneyMove[] = [];
  for (const c of clients) {
    const from = c.client.stage;
    if (from === null) continue;
    const to = own(mapping, from);
    // Stages match without regard to case: "active" → "Active" moves nothing (the settings rename it).
    if (to !== undefined && to.toLowerCase() !== from.toLowerCase()) moves.push({ client: c, from, to });
  }
  return moves.sort((a, b) => a.client.client.name.localeCompare(b.client.client.name) || a.client.client.path.localeCompare(b.client.client.path));
}

/** The settings a journey switch changes, as they are in `settings`: what undo puts back. */
export type StageSettings = JourneySwitch["settingsPatch"];

export function stageSettingsOf(settings: ClienteleSettings): StageSettings {
  return { stages: [...settings.stages], excludedStages: [...settings.excludedStages], cadenceDays: { ...settings.cadenceDays } };
}

/** Whether two sets of stage settings are the same (cadences in any key order). */
export function sameStageSettings(a: StageSettings, b: StageSettings): boolean {
  const cadence = (c: StageSettings["cadenceDays"]) => JSON.stringify(Object.keys(c).sort().map((k) => [k, c[k] ?? null]));
  return JSON.stringify([a.stages, a.excludedStages]) === JSON.stringify([b.stages, b.excludedStages]) && cadence(a.cadenceDays) === cadence(b.cadenceDays);
}

/** Stages typed as one line, separated by commas: trimmed, empty ones and repeats (any case) dropped. */
export function parseStageList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(",")) {
    const stage = part.trim();
    if (stage === "" || seen.has(stage.toLowerCase())) continue;
    seen.add(stage.toLowerCase());
    out.push(stage);
  }
  return out;
}

export interface JourneyGroup {
  from: string;
  to: string;
  /** The clients' names, in the moves' order (by name). */
  names: string[];
}

/** The moves by the stage they leave (in the current stages' order), then the one they go to: the preview's groups. */
export function groupJourneyMoves(moves: readonly JourneyMove[], current: readonly string[]): JourneyGroup[] {
  const groups = new Map<string, JourneyGroup>();
  for (const m of moves) {
    const key = JSON.stringify([m.from, m.to]);
    const g = groups.get(key) ?? { from: m.from, to: m.to, names: [] };
    g.names.push(m.client.client.name);
    groups.set(key, g);
  }
  const at = (s: string) => {
    const i = current.indexOf(s);
    return i < 0 ? current.length : i;
  };
  return [...groups.values()].sort((a, b) => at(a.from) - at(b.from) || a.to.localeCompare(b.to));
}
