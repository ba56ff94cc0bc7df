// The same board as a Bases layout: the base's filters choose the notes, the board groups them by
// their `stage` property, and a drag writes through the same moveClient path as everywhere else.
import { BasesView, type BasesAllOptions, type Plugin, type QueryController } from "obsidian";
import { readBoardState, SORT_LABELS, type BoardState } from "../core/pipeline/board";
import { plural } from "../core/model/format";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { INDEX_CHANGED } from "../obsidian/client-index";
import { BoardRenderer } from "./board-render";
import { boardHost, PIPELINE_ICON, VIEW_TYPE_PIPELINE } from "./pipeline-view";

/** The Bases view id (the contract's stable name). */
export const BASES_VIEW_ID = VIEW_TYPE_PIPELINE;

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

/** Unprefixed keys that versions before the prefix may have left in a view config (never `sort`, which Bases owns). */
const OLD_KEYS_TO_CLEAR: readonly StateKey[] = ["query", "hideExcluded", "collapsed"];

interface ViewConfig {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Reads the board state from a view config. A config written before the keys were prefixed (no
 * prefixed key at all, some old plugin value present) is migrated once: the prefixed keys are written
 * and the old plugin keys dropped, except `sort`, which is never written because core Bases owns it.
 */
export function readBasesState(config: ViewConfig | null | undefined): BoardState {
  if (!config) return readBoardState(null);
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

/** Writes the board state under the prefixed keys only. */
export function writeBasesState(config: ViewConfig | null | undefined, state: BoardState): void {
  if (!config) return;
  for (const key of STATE_KEYS) config.set(BASES_CONFIG_KEYS[key], state[key]);
}

export class PipelineBasesView extends BasesView {
  type = BASES_VIEW_ID;
  private readonly board: BoardRenderer;
  private paths = new Set<string>();

  constructor(controller: QueryController, containerEl: HTMLElement, private readonly deps: Deps) {
    super(controller);
    containerEl.addClass("clientele-bases-pipeline");
    this.board = new BoardRenderer(containerEl, boardHost(deps, (s) => this.saveState(s)), readBoardState(null));
  }

  onload(): void {
    // The index evaluates a note a moment after Bases sees it change: refresh those cards then too.
    this.registerEvent(this.app.workspace.on(INDEX_CHANGED, (change) => {
      const today = this.deps.today();
      const mine = [...change.paths].filter((p) => this.paths.has(p));
      if (change.paths.size === 0 || this.board.isOutdated()) this.onDataUpdated();
      else if (mine.length > 0) this.board.update(mine, (p) => this.deps.index.client(p, today));
    }));
  }

  onunload(): void {
    this.board.destroy();
  }

  onDataUpdated(): void {
    const state = readBasesState(this.config);
    if (JSON.stringify(state) !== JSON.stringify(this.board.getState())) this.board.setState(state);

    const today = this.deps.today();
    const clients: ClientStatus[] = [];
    let others = 0;
    this.paths = new Set();
    for (const entry of this.data?.data ?? []) {
      const c = this.deps.index.client(entry.file.path, today);
      if (c) {
        clients.push(c);
        this.paths.add(c.client.path);
      } else others++;
    }
    this.board.setClients(clients);
    this.board.setNote(others === 0 ? "" : `${plural(others, "note")} in this base ${others === 1 ? "is" : "are"} not shown: no "type: client" property.`);
  }

  private saveState(state: BoardState): void {
    writeBasesState(this.config, state);
  }
}

function options(): BasesAllOptions[] {
  return [
    { type: "dropdown", key: BASES_CONFIG_KEYS.sort, displayName: "Sort cards by", default: "name", options: { ...SORT_LABELS } },
    { type: "toggle", key: BASES_CONFIG_KEYS.hideExcluded, displayName: "Hide excluded stages (e.g. Sunset)", default: false },
  ];
}

/** Offers the board as a Bases layout. False when Bases is off: everything else works without it. */
export function registerBasesPipeline(plugin: Plugin, deps: Deps): boolean {
  if (typeof plugin.registerBasesView !== "function") return false;
  return plugin.registerBasesView(BASES_VIEW_ID, {
    name: "Clientele pipeline",
    icon: PIPELINE_ICON,
    factory: (controller, containerEl) => new PipelineBasesView(controller, containerEl, deps),
    options,
  });
}
