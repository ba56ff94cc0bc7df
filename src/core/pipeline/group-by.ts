// Columns by any property (a Bases view's "Column property" other than `stage`): one column per
// distinct value, in the order the values were first seen, then "(none)" for clients without one.
// Filter, segment and sort are the stage board's (board.ts). Pure.
import { cardFilter, compareCards, type BoardColumn, type BoardState } from "./board";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus } from "../model/types";

/** The key of the "(none)" column: clients with no value (or an empty one). */
export const NONE_KEY = "";
export const NONE_TITLE = "(none)";

/** The distinct values, first seen first; empty values and null are left out (they are "(none)"). */
export function distinctValues(values: Iterable<string | null>): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v !== null && v !== NONE_KEY) seen.add(v);
  return [...seen];
}

/**
 * The board grouped by a property: a column per key of `keys` in that order, then "(none)" when
 * some client has no value (like the stage board's "No stage"). `keyOf` gives a client's column
 * key (NONE_KEY for none); a client whose key is not in `keys` goes to "(none)" too.
 */
export function buildPropertyBoard(
  clients: readonly ClientStatus[],
  keyOf: (c: ClientStatus) => string,
  keys: readonly string[],
  settings: ClienteleSettings,
  state: BoardState,
  rank?: (c: ClientStatus) => number,
): BoardColumn[] {
  const all = [...keys.filter((k) => k !== NONE_KEY), NONE_KEY];
  const byKey = new Map<string, ClientStatus[]>(all.map((k) => [k, []]));
  for (const c of clients) {
    const list = byKey.get(keyOf(c)) ?? byKey.get(NONE_KEY);
    list?.push(c);
  }
  const shown = cardFilter(settings, state);
  const compare = compareCards(state.sort, rank);
  return all.filter((key) => key !== NONE_KEY || (byKey.get(NONE_KEY)?.length ?? 0) > 0).map((key) => {
    const members = byKey.get(key) ?? [];
    return {
      key,
      stage: key === NONE_KEY ? null : key,
      title: key === NONE_KEY ? NONE_TITLE : key,
      cards: (shown === null ? [...members] : members.filter(shown)).sort(compare),
      total: members.length,
      collapsed: state.collapsed.includes(key),
    };
  });
}
