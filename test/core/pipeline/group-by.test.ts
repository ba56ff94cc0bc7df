// Columns by any property: first-seen order, "(none)" last, the board's filter and sort applied.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BOARD_STATE, type BoardState } from "../../../src/core/pipeline/board";
import { buildPropertyBoard, distinctValues, NONE_KEY } from "../../../src/core/pipeline/group-by";
import { cardPropertiesOf, moveItem, propertyText } from "../../../src/core/pipeline/card-properties";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus } from "../../helpers/builders";

const settings = defaultSettings();
const state = (s: Partial<BoardState> = {}): BoardState => ({ ...DEFAULT_BOARD_STATE, ...s });

describe("distinctValues", () => {
  it("keeps the first-seen order and leaves out none and empty", () => {
    expect(distinctValues(["Lee", null, "Dana", "Lee", "", "Ann"])).toEqual(["Lee", "Dana", "Ann"]);
  });
});

describe("buildPropertyBoard", () => {
  const owner: Record<string, string | null> = { "C/Acme.md": "Dana", "C/Beta.md": "Lee", "C/Cyan.md": "Dana", "C/Delta.md": null };
  const list = Object.keys(owner).map((p) => clientStatus(p, { company: p.slice(2, -3), value: p.length * 100 }));
  const keyOf = (c: ClientStatus) => owner[c.client.path] ?? NONE_KEY;

  it("makes a column per key in order, then (none) when a client has no value, each sorted by the board's sort", () => {
    const cols = buildPropertyBoard(list, keyOf, ["Dana", "Lee"], settings, state());
    expect(cols.map((c) => [c.key, c.title, c.stage, c.cards.map((x) => x.client.name)])).toEqual([
      ["Dana", "Dana", "Dana", ["Acme", "Cyan"]],
      ["Lee", "Lee", "Lee", ["Beta"]],
      ["", "(none)", null, ["Delta"]],
    ]);
  });

  it("has no (none) column when every client has a value", () => {
    const all = list.filter((c) => owner[c.client.path] !== null);
    expect(buildPropertyBoard(all, keyOf, ["Dana", "Lee"], settings, state()).map((c) => c.title)).toEqual(["Dana", "Lee"]);
  });

  it("applies the filter (totals keep every client) and the source sort by rank", () => {
    const filtered = buildPropertyBoard(list, keyOf, ["Dana", "Lee"], settings, state({ query: "cy" }));
    expect(filtered[0]).toMatchObject({ total: 2 });
    expect(filtered[0]?.cards.map((c) => c.client.name)).toEqual(["Cyan"]);
    const order = ["C/Cyan.md", "C/Acme.md"];
    const ranked = buildPropertyBoard(list, keyOf, ["Dana", "Lee"], settings, state({ sort: "source" }), (c) => order.indexOf(c.client.path));
    expect(ranked[0]?.cards.map((c) => c.client.name)).toEqual(["Cyan", "Acme"]);
  });

  it("puts every client in exactly one column, for any values (property)", () => {
    fc.assert(fc.property(fc.array(fc.option(fc.constantFrom("a", "b", "c", "")), { maxLength: 12 }), (vals) => {
      const clients = vals.map((_, i) => clientStatus(`N/${i}.md`, { company: `N${i}` }));
      const byPath = new Map(clients.map((c, i) => [c.client.path, vals[i] ?? null]));
      const keys = distinctValues(byPath.values());
      const cols = buildPropertyBoard(clients, (c) => byPath.get(c.client.path) ?? NONE_KEY, keys, settings, state());
      const placed = cols.flatMap((c) => c.cards.map((x) => x.client.path)).sort();
      expect(placed).toEqual(clients.map((c) => c.client.path).sort());
      const anyNone = [...byPath.values()].some((v) => v === null || v === "");
      expect(cols.map((c) => c.key)).toEqual(anyNone ? [...keys, NONE_KEY] : keys);
      for (const col of cols) for (const c of col.cards) expect(byPath.get(c.client.path) || NONE_KEY).toBe(col.key);
    }));
  });
});

describe("card properties", () => {
  it("reads values as text in the names' order, leaving out empty and missing ones", () => {
    expect(propertyText(["a", 2, null, true])).toBe("a, 2, true");
    expect(propertyText({ nested: 1 })).toBe("");
    expect(propertyText(Number.NaN)).toBe("");
    expect(cardPropertiesOf({ owner: "Dana", region: " ", tier: 3 }, ["tier", "region", "owner", "none"])).toEqual([{ label: "tier", value: "3" }, { label: "owner", value: "Dana" }]);
    expect(cardPropertiesOf(null, ["owner"])).toEqual([]);
  });

  it("moves one name up or down, and keeps the list at its ends", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
