// A live block gives, after any sequence of changes, the table a full blockRows gives for the same
// clients: same columns, rows, empty text and summary; rows of unchanged clients keep their objects.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiveBlock } from "../../../src/core/report/block-live";
import { blockRows, parseBlockOptions, type BlockOptions } from "../../../src/core/report/blocks";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import type { BlockTable } from "../../../src/core/report/block-types";
import { clientStatus, TODAY } from "../../helpers/builders";
import { parse } from "yaml";

const settings = defaultSettings();
const day = fc.option(fc.constantFrom("2026-01-05", "2026-11-21", "2026-11-25", "2026-11-30", "2027-03-01"), { nil: undefined });
const props = fc.record({
  name: fc.constantFrom("Acme", "acme", "Beta", "beta co", "Zed", "Émile"),
  stage: fc.option(fc.constantFrom("Discovery", "Proposal", "Active", "Retention", "Sunset", "Churned", "Elsewhere"), { nil: undefined }),
  value: fc.option(fc.constantFrom(0, 100, 2500, 2500.5, -10), { nil: undefined }),
  currency: fc.option(fc.constantFrom("USD", "EUR"), { nil: undefined }),
  health: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  partial: fc.boolean(),
  last: day,
  action: fc.option(fc.constantFrom("Call", "Send deck"), { nil: undefined }),
  due: day,
  renewal: day,
  review: day,
});
type Props = typeof props extends fc.Arbitrary<infer T> ? T : never;

function status(path: string, c: Props): ClientStatus {
  return clientStatus(path, {
    company: c.name,
    ...(c.stage ? { stage: c.stage } : {}),
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.currency ? { currency: c.currency } : {}),
    ...(c.health !== undefined ? { health_profitability: c.health, health_communication: c.health, ...(c.partial ? {} : { health_strategic_fit: c.health, health_growth: c.health }) } : {}),
    ...(c.last ? { last_contact: c.last } : {}),
    ...(c.action ? { next_action: c.action } : {}),
    ...(c.due ? { next_action_due: c.due } : {}),
    ...(c.renewal ? { renewal: c.renewal } : {}),
    ...(c.review ? { last_review: c.review } : {}),
  });
}

const SOURCES = [
  "view: pipeline", "view: at-risk", "view: health", "view: health\nlimit: 2", "view: renewals", "view: next-actions\nlimit: 3",
  "view: pipeline\nsort: value", "view: at-risk\nstage: [Active, Retention]", "view: next-actions\nsort: name", "view: review",
  "view: risk", "view: top-value", "view: pipeline\nsegment: \"stage:Active\"",
];

function options(source: string): BlockOptions {
  const parsed = parseBlockOptions(source, parse, settings.stages);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

const byPath = (a: ClientStatus, b: ClientStatus) => (a.client.path < b.client.path ? -1 : a.client.path > b.client.path ? 1 : 0);
/** A change: set the client at a slot (new or changed) or remove it. */
const change = fc.record({ slot: fc.integer({ min: 0, max: 14 }), props: fc.option(props, { nil: null }) });

describe("LiveBlock", () => {
  it("gives the full table after random changes, for every view", () => {
    fc.assert(fc.property(fc.constantFrom(...SOURCES), fc.array(props, { maxLength: 12 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (source, start, rounds) => {
      const opts = options(source);
      const live = new LiveBlock(opts);
      const slots = new Map<number, ClientStatus>();
      start.forEach((p, i) => slots.set(i, status(`Clients/${i % 3}/c${i}.md`, p)));
      const list = () => [...slots.values()].sort(byPath);
      let last = live.table(list(), null, TODAY, settings);
      expect(last).toEqual(blockRows(opts, list(), TODAY, settings));
      const handedOut: { table: BlockTable; copy: string }[] = [{ table: last, copy: JSON.stringify(last) }];
      for (const round of rounds) {
        const changed = new Set<string>();
        for (const ch of round) {
          const path = `Clients/${ch.slot % 3}/c${ch.slot}.md`;
          changed.add(path);
          if (ch.props === null) slots.delete(ch.slot);
          else slots.set(ch.slot, status(path, ch.props));
        }
        const table = live.table(list(), changed, TODAY, settings);
        expect(table).toEqual(blockRows(opts, list(), TODAY, settings));
        // The same object again only when nothing it shows changed; no table is changed once handed out.
        if (table !== last) handedOut.push({ table, copy: JSON.stringify(table) });
        last = table;
        for (const h of handedOut) expect(JSON.stringify(h.table)).toBe(h.copy);
      }
    }), { numRuns: 400 });
  });

  it("keeps the row objects of clients that did not change, and a change outside the view changes no row", () => {
    const opts = options("view: at-risk");
    const live = new LiveBlock(opts);
    const a = status("Clients/a.md", { name: "Acme", stage: "Active", partial: false, health: 1 } as Props);
    const b = status("Clients/b.md", { name: "Beta", stage: "Active", partial: false, health: 1 } as Props);
    const calm = status("Clients/c.md", { name: "Calm", stage: "Active", partial: false, health: 5, last: TODAY } as unknown as Props);
    const first = live.table([a, b, calm], null, TODAY, settings);
    expect(first.rows.map((r) => r[0]?.text)).toEqual(["Acme", "Beta"]);
    const calm2 = status("Clients/c.md", { name: "Calm", stage: "Active", partial: false, health: 4, last: TODAY, action: "Call" } as unknown as Props);
    const second = live.table([a, b, calm2], new Set(["Clients/c.md"]), TODAY, settings);
    expect(second).toBe(first); // nothing the table shows changed: the same table
    expect(second.rows).toHaveLength(2);
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[1]).toBe(first.rows[1]);
    const b2 = status("Clients/b.md", { name: "Beta", stage: "Active", partial: false, health: 1, action: "Call" } as Props);
    const third = live.table([a, b2, calm2], new Set(["Clients/b.md"]), TODAY, settings);
    expect(third.rows[0]).toBe(first.rows[0]);
    expect(third).toEqual(blockRows(opts, [a, b2, calm2], TODAY, settings));
  });
});
