// The status bar's "N at risk" kept per changed client (issue 16): after any sequence of changes
// the kept count equals a filter of the whole list.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeptCount } from "../../../src/core/model/kept-count";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus } from "../../helpers/builders";

const path = (i: number) => `Clients/C${String(i).padStart(2, "0")}.md`;
const status = (i: number, risky: boolean) => ({ ...clientStatus(path(i), { company: `C${i}`, stage: "Active" }), atRisk: risky });

describe("KeptCount", () => {
  it("equals a filter of the list after any sequence of added, changed and removed clients", () => {
    const change = fc.record({ client: fc.integer({ min: 0, max: 15 }), risky: fc.boolean(), remove: fc.boolean(), unknown: fc.boolean() });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (changes) => {
        const byPath = new Map<string, ClientStatus>();
        const kept = new KeptCount((c) => c.atRisk);
        for (const c of changes) {
          if (c.remove) byPath.delete(path(c.client));
          else byPath.set(path(c.client), status(c.client, c.risky));
          const list = [...byPath.values()].sort((a, b) => (a.client.path < b.client.path ? -1 : 1));
          expect(kept.count(list, c.unknown ? null : new Set([path(c.client)]))).toBe(list.filter((s) => s.atRisk).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tests only the changed clients", () => {
    const tested: string[] = [];
    const kept = new KeptCount((c) => (tested.push(c.client.path), c.atRisk));
    const list = [status(1, true), status(2, false), status(3, true)];
    expect(kept.count(list, null)).toBe(2);
    tested.length = 0;
    expect(kept.count([list[0] as ClientStatus, status(2, true), list[2] as ClientStatus], new Set([path(2)]))).toBe(3);
    expect(tested).toEqual([path(2)]);
  });
});
