// The status bar's due counts kept per changed client (issue 16): after any sequence of changes
// the kept totals equal a full recount of the current list.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agendaCounts, DueCache, dueCountOf, type AgendaModelInput } from "../../../src/core/agenda/agenda-model";
import { DueTotals } from "../../../src/core/agenda/due-totals";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";

const settings = defaultSettings();
const DUE = [null, "2026-11-01", "2026-11-20", TODAY, "2026-11-25"] as const;
const path = (i: number) => `Clients/C${String(i).padStart(2, "0")}.md`;
const status = (i: number, due: number, review: number) =>
  clientStatus(path(i), { company: `C${i}`, stage: "Active", last_review: DUE[review] ?? "2026-09-01", ...(DUE[due] ? { next_action_due: DUE[due] } : {}) });
const input = (statuses: ClientStatus[], today = TODAY): AgendaModelInput => ({ statuses, records: () => [], needs: () => [], since: () => null, today, settings });

describe("DueTotals", () => {
  it("equals a full recount after any sequence of added, changed and removed clients and day changes", () => {
    const change = fc.record({ client: fc.integer({ min: 0, max: 11 }), due: fc.integer({ min: 0, max: 4 }), review: fc.integer({ min: 0, max: 4 }), remove: fc.boolean(), day: fc.constantFrom(TODAY, TODAY, TODAY, "2026-11-24") });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), fc.boolean(), (changes, unknown) => {
        const byPath = new Map<string, ClientStatus>();
        const totals = new DueTotals();
        const cache = new DueCache();
        for (const c of changes) {
          if (c.remove) byPath.delete(path(c.client));
          else byPath.set(path(c.client), status(c.client, c.due, c.review));
          const list = [...byPath.values()].sort((a, b) => (a.client.path < b.client.path ? -1 : 1));
          const i = input(list, c.day);
          const got = totals.totals(list, unknown ? null : new Set([path(c.client)]), c.day, settings, dueCountOf(i, cache));
          expect(got).toEqual(agendaCounts(input(list, c.day)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts only the changed clients again", () => {
    const asked: string[] = [];
    const list = [status(1, 3, 0), status(2, 0, 1), status(3, 1, 2)];
    const totals = new DueTotals();
    const countOf = (s: ClientStatus) => (asked.push(s.client.path), dueCountOf(input(list), new DueCache())(s));
    totals.totals(list, null, TODAY, settings, countOf);
    expect(asked).toHaveLength(3);
    asked.length = 0;
    const next = [list[0] as ClientStatus, status(2, 3, 1), list[2] as ClientStatus];
    expect(totals.totals(next, new Set([path(2)]), TODAY, settings, countOf)).toEqual(agendaCounts(input(next)));
    expect(asked).toEqual([path(2)]);
  });
});
