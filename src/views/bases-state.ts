// What a Bases view of the board keeps in the base's view config: the board's own options under
// prefixed keys (Bases owns `sort`, `order` and the rest), the column property, and the sort the board
// starts with when the view has a Bases sort (the entries' order).
import { readBoardState, type BoardState } from "../core/pipeline/board";

const STATE_KEYS = ["query", "sort", "hideExcluded", "collapsed", "segment"] as const;
type StateKey = (typeof STATE_KEYS)[number];

/**
 * Where each board option lives in the base's view config. Prefixed: `sort` (and whatever else core
 * Bases adds) belongs to Bases, and a board sort written there would erase the user's Bases sort.
 */
export const BASES_CONFIG_KEYS: Readonly<Record<StateKey, string>> = {
  query: "clientele_query",
  sort: "clientele_sort",
  hideExcluded: "clientele_hideExcluded",
  collapsed: "clientele_collapsed",
  segment: "clientele_segment",
};

/** The view option naming the property whose values are the columns (a property id, `note.stage` by default). */
export const COLUMN_PROPERTY_KEY = "clientele_columnProperty";
export const DEFAULT_COLUMN_PROPERTY = "note.stage";

/** Unprefixed keys that versions before the prefix may have left in a view config (never `sort`, which Bases owns). */
const OLD_KEYS_TO_CLEAR: readonly StateKey[] = ["query", "hideExcluded", "collapsed"];

export interface ViewConfig {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Bases' Sort menu (Obsidian 1.10+); the query's entries come sorted by it. */
  getSort?(): readonly unknown[];
  getAsPropertyId?(key: string): string | null;
}

/** True when the view has a Bases sort: the board then keeps the entries' order unless a board sort is chosen. */
export function hasBasesSort(config: ViewConfig): boolean {
  return typeof config.getSort === "function" && config.getSort().length > 0;
}

/**
 * The frontmatter property that makes the columns: the option's note property (`note.owner` →
 * `owner`), `stage` when unset or when it names a file or formula property (those cannot be written).
 */
export function columnPropertyOf(config: ViewConfig | null | undefined): string {
  if (!config) return "stage";
  const raw = typeof config.getAsPropertyId === "function" ? config.getAsPropertyId(COLUMN_PROPERTY_KEY) : config.get(COLUMN_PROPERTY_KEY);
  if (typeof raw !== "string" || raw.trim() === "") return "stage";
  if (raw.startsWith("note.")) return raw.slice("note.".length).trim() || "stage";
  return raw.startsWith("file.") || raw.startsWith("formula.") ? "stage" : raw.trim();
}

/**
 * Reads the board state from a view config. A config written before the keys were prefixed (no
 * prefixed key at all, some old plugin value present) is migrated once: the prefixed keys are written
 * and the old plugin keys dropped, except `sort`, which is never written because core Bases owns it.
 * With no board sort stored and a Bases sort set, the cards keep the entries' order (`source`).
 */
export function readBasesState(config: ViewConfig | null | undefined): BoardState {
  if (!config) return readBoardState(null);
  const state = readStored(config);
  if (config.get(BASES_CONFIG_KEYS.sort) === undefined && hasBasesSort(config)) state.sort = "source";
  return state;
}

function readStored(config: ViewConfig): BoardState {
  const stored: Record<string, unknown> = {};
  for (const key of STATE_KEYS) stored[key] = config.get(BASES_CONFIG_KEYS[key]);
  if (STATE_KEYS.some((key) => stored[key] !== undefined)) return readBoardState(stored);

  const old: Record<string, unknown> = {};
  for (const key of STATE_KEYS) old[key] = config.get(key);
  const state = readBoardState(old);
  const defaults = readBoardState(null);
  const hadOld = STATE_KEYS.some((key) => JSON.stringify(state[key]) !== JSON.stringify(defaults[key]));
  if (hadOld) {
    writeBasesState(config, state);
    for (const key of OLD_KEYS_TO_CLEAR) if (config.get(key) !== undefined) config.set(key, null);
  }
  return state;
}

/**
 * Writes the board state under the prefixed keys only. The `source` sort the board started with
 * because of a Bases sort is not stored (so it follows the Bases sort); a sort chosen in the toolbar is.
 */
export function writeBasesState(config: ViewConfig | null | undefined, state: BoardState): void {
  if (!config) return;
  for (const key of STATE_KEYS) {
    const implicit = key === "sort" && state.sort === "source" && config.get(BASES_CONFIG_KEYS.sort) === undefined && hasBasesSort(config);
    if (!implicit) config.set(BASES_CONFIG_KEYS[key], state[key]);
  }
}
