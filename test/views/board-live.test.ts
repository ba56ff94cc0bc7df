// @vitest-environment happy-dom
// The board re-places only the changed cards; after any sequence of changes it shows what a board
// drawn afresh from the same clients shows: the same columns, counts, totals, cards in order and
// "Show more" lines, for every sort, with a filter and a segment.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_BOARD_STATE, SORT_KEYS, type BoardState } from "../../src/core/pipeline/board";
import { parseCondition } from "../../src/core/intel/segments";
import { defaultSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import { clientStatus, TODAY } from "../helpers/builders";
import { BoardRenderer, type BoardHost } from "../../src/views/board-render";

const cond = parseCondition("tier:gold OR stage:Active");
const settings = { ...defaultSettings(), segments: "problem" in cond ? [] : [{ name: "Picked", when: cond }] };

const props = fc.record({
  name: fc.constantFrom("Acme", "acme", "Beta", "beta co", "Zed", "Émile", "Gold"),
  stage: fc.option(fc.constantFrom("Discovery", "Proposal", "Active", "Retention", "Elsewhere"), { nil: undefined }),
  value: fc.option(fc.constantFrom(0, 100, 2500, 2500.5), { nil: undefined }),
  currency: fc.option(fc.constantFrom("USD", "EUR"), { nil: undefined }),
  health: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  due: fc.option(fc.constantFrom("2026-11-01", "2026-11-21", "2026-12-24"), { nil: undefined }),
  last: fc.option(fc.constantFrom("2026-06-01", "2026-11-20"), { nil: undefined }),
});
type Props = typeof props extends fc.Arbitrary<infer T> ? T : never;

function status(slot: number, c: Props): ClientStatus {
  return clientStatus(`Clients/c${slot}.md`, {
    company: c.name,
    ...(c.stage ? { stage: c.stage } : {}),
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.currency ? { currency: c.currency } : {}),
    ...(c.health !== undefined ? { health_profitability: c.health, health_communication: c.health, health_strategic_fit: c.health, health_growth: c.health } : {}),
    ...(c.due ? { next_action: "Call", next_action_due: c.due } : {}),
    ...(c.last ? { last_contact: c.last } : {}),
  }, { settings });
}

let parent: HTMLElement;
beforeEach(() => {
  parent = document.body.createDiv();
});
afterEach(() => {
  parent.remove();
});

const host = (): BoardHost => ({
  settings: () => settings, today: () => TODAY, move: () => Promise.resolve(true), open: () => undefined,
  notify: () => undefined, stateChanged: () => undefined, bulkEdit: () => undefined,
});

/** What a board shows, column by column. */
function shown(el: HTMLElement): unknown[] {
  return Array.from(el.querySelectorAll<HTMLElement>(".clientele-column")).map((col) => ({
    key: col.dataset.key,
    text: Array.from(col.querySelectorAll(".clientele-column-count, .clientele-column-totals, .clientele-column-more")).map((e) => e.textContent),
    cards: Array.from(col.querySelectorAll<HTMLElement>(".clientele-card")).map((c) => [c.dataset.path, c.textContent]),
  }));
}

const change = fc.record({ slot: fc.integer({ min: 0, max: 29 }), props: fc.option(props, { nil: null }) });
const state = fc.record({
  sort: fc.constantFrom(...SORT_KEYS),
  query: fc.constantFrom("", "a", "#vip"),
  segment: fc.constantFrom("", "Picked"),
  hideExcluded: fc.boolean(),
});

describe("the board's live update", () => {
  it("shows what a board drawn afresh shows, after random changes", () => {
    fc.assert(fc.property(state, fc.array(props, { maxLength: 30 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (st, start, rounds) => {
      const s: BoardState = { ...DEFAULT_BOARD_STATE, ...st };
      const slots = new Map<number, ClientStatus>(start.map((p, i) => [i, status(i, p)]));
      const live = new BoardRenderer(parent.createDiv(), host(), s);
      live.setClients([...slots.values()]);
      for (const round of rounds) {
        const paths = new Set<string>();
        for (const ch of round) {
          paths.add(`Clients/c${ch.slot}.md`);
          if (ch.props === null) slots.delete(ch.slot);
          else slots.set(ch.slot, status(ch.slot, ch.props));
        }
        const byPath = new Map([...slots.values()].map((c) => [c.client.path, c]));
        live.update(paths, (p) => byPath.get(p) ?? null);
      }
      const fresh = new BoardRenderer(parent.createDiv(), host(), s);
      fresh.setClients([...slots.values()]);
      expect(shown(live.el)).toEqual(shown(fresh.el));
      expect(live.fullRenders).toBeLessThanOrEqual(1 + rounds.length);
      live.destroy();
      fresh.destroy();
    }), { numRuns: 120 });
  }, 60_000);
});
