// The blocks' sort with precomputed keys orders clients exactly as the comparator it replaced:
// the sort's own key (missing values last; value and inactivity highest first, never active first),
// then name ignoring case, name as written, path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOCK_SORTS, type BlockSort } from "../../../src/core/report/block-types";
import { sortClients } from "../../../src/core/report/block-views";
import { defaultSettings } from "../../../src/core/model/settings";
import { byClientName, compareText, nullsLast } from "../../../src/core/model/order";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus } from "../../helpers/builders";

const settings = defaultSettings();

/** The comparator as it was before the keys were precomputed. */
function reference(sort: BlockSort): (a: ClientStatus, b: ClientStatus) => number {
  const num = (x: number, y: number) => x - y;
  const stageIndex = (c: ClientStatus) => {
    const i = c.client.stage === null ? -1 : settings.stages.indexOf(c.client.stage);
    return i < 0 ? null : i;
  };
  const by: Record<BlockSort, (a: ClientStatus, b: ClientStatus) => number> = {
    name: () => 0,
    stage: (a, b) => nullsLast(stageIndex(a), stageIndex(b), num),
    health: (a, b) => nullsLast(a.health.score, b.health.score, num),
    value: (a, b) => nullsLast(a.client.value, b.client.value, (x, y) => y - x),
    inactive: (a, b) => (a.daysInactive === null || b.daysInactive === null ? (a.daysInactive === b.daysInactive ? 0 : a.daysInactive === null ? -1 : 1) : b.daysInactive - a.daysInactive),
    due: (a, b) => nullsLast(a.client.nextActionDue, b.client.nextActionDue, compareText),
    renewal: (a, b) => nullsLast(a.client.renewal, b.client.renewal, compareText),
  };
  return (a, b) => by[sort](a, b) || byClientName(a, b);
}

const day = fc.option(fc.constantFrom("2026-01-05", "2026-11-21", "2026-11-30", "2027-03-01"), { nil: undefined });
const client = fc.record({
  name: fc.constantFrom("Acme", "acme", "Beta", "beta co", "Zed", "Émile"),
  stage: fc.option(fc.constantFrom("Discovery", "Proposal", "Active", "Retention", "Sunset", "Elsewhere"), { nil: undefined }),
  value: fc.option(fc.constantFrom(0, 100, 2500, 2500.5, -10), { nil: undefined }),
  health: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  last: day,
  due: day,
  renewal: day,
});

describe("sortClients", () => {
  it("orders as the comparator it replaced, for every sort", () => {
    fc.assert(fc.property(fc.array(client, { maxLength: 25 }), fc.constantFrom(...BLOCK_SORTS), (cs, sort) => {
      const statuses = cs.map((c, i) => clientStatus(`Clients/${i % 3}/${c.name}-${i}.md`, {
        company: c.name,
        ...(c.stage ? { stage: c.stage } : {}),
        ...(c.value !== undefined ? { value: c.value } : {}),
        ...(c.health !== undefined ? { health_profitability: c.health, health_communication: c.health, health_strategic_fit: c.health, health_growth: c.health } : {}),
        ...(c.last ? { last_contact: c.last } : {}),
        ...(c.due ? { next_action: "Call", next_action_due: c.due } : {}),
        ...(c.renewal ? { renewal: c.renewal } : {}),
      }));
      const paths = (xs: ClientStatus[]) => xs.map((x) => x.client.path);
      expect(paths(sortClients("pipeline", statuses, sort, settings))).toEqual(paths([...statuses].sort(reference(sort))));
    }), { numRuns: 300 });
  });
});
