// How a board makes its columns: by stage (the sidebar board, and a Bases view whose column
// property is `stage`) or by any other property (a Bases view's "Column property"). The renderer
// asks its grouping for a card's column, the columns, where a card may move and how the move is
// written; the Bases view builds a new grouping each time Bases hands it data.
import { buildBoard, columnKey, stageOf, type BoardColumn, type BoardState } from "../core/pipeline/board";
import { buildPropertyBoard, NONE_KEY } from "../core/pipeline/group-by";
import { configuredStage } from "../core/pipeline/pipeline";
import type { ClienteleSettings } from "../core/model/settings";
import type { ClientStatus } from "../core/model/types";

export interface BoardGrouping {
  /** `stage`, or the name of the property whose values are the columns. */
  readonly property: string;
  /** The column a client (as the board shows it) is in: its value, or null for "No stage" / "(none)". */
  valueOf(c: ClientStatus, settings: ClienteleSettings): string | null;
  columns(list: ClientStatus[], settings: ClienteleSettings, state: BoardState): BoardColumn[];
  /** Every value a card can be moved to, in column order. */
  targets(settings: ClienteleSettings): string[];
  /** The value `to` names, or null when no card can move there. */
  target(to: string, settings: ClienteleSettings): string | null;
  /** The client as the board shows it while a move to `value` is under way. */
  withValue(c: ClientStatus, value: string): ClientStatus;
  /** Writes a move; absent: the host's stage move. */
  write?(c: ClientStatus, value: string): Promise<boolean>;
  /** A client's place in the order the clients came in (the `source` sort). */
  rank?: (c: ClientStatus) => number;
}

/** The rank of each path in `paths` (its index); unknown paths go last. */
export function rankOf(paths: readonly string[]): (c: ClientStatus) => number {
  const at = new Map(paths.map((p, i) => [p, i]));
  return (c) => at.get(c.client.path) ?? paths.length;
}

/** Columns by stage: the configured stages in order, then "No stage". */
export function stageGrouping(rank?: (c: ClientStatus) => number): BoardGrouping {
  return {
    property: "stage",
    valueOf: (c, settings) => stageOf(c, settings),
    columns: (list, settings, state) => buildBoard(list, settings, state, rank),
    targets: (settings) => settings.stages,
    target: (to, settings) => configuredStage(to, settings),
    withValue: (c, value) => ({ ...c, client: { ...c.client, stage: value } }),
    rank,
  };
}

/** The value text of each client's column and the value written when a card moves there. */
export interface PropertyColumns {
  /** Column value of each client path; null (or missing) is "(none)". */
  values: ReadonlyMap<string, string | null>;
  /** The column values in order (first seen first). */
  keys: readonly string[];
  write(c: ClientStatus, value: string): Promise<boolean>;
  rank?: (c: ClientStatus) => number;
}

/** Columns by any property other than `stage`: its values in first-seen order, then "(none)". */
export function propertyGrouping(property: string, cols: PropertyColumns): BoardGrouping {
  // The value each card shows while its move is under way (keyed by the shown copy of the client).
  const moving = new WeakMap<ClientStatus, string>();
  const valueOf = (c: ClientStatus): string | null => moving.get(c) ?? cols.values.get(c.client.path) ?? null;
  return {
    property,
    valueOf,
    columns: (list, settings, state) => buildPropertyBoard(list, (c) => columnKey(valueOf(c)), cols.keys, settings, state, cols.rank),
    targets: () => [...cols.keys],
    target: (to) => (to !== NONE_KEY && cols.keys.includes(to) ? to : null),
    withValue: (c, value) => {
      const copy = { ...c };
      moving.set(copy, value);
      return copy;
    },
    write: (c, value) => cols.write(c, value),
    rank: cols.rank,
  };
}

/** The stage board every host has unless it gives its own grouping. Stateless. */
export const STAGES: BoardGrouping = Object.freeze(stageGrouping());

