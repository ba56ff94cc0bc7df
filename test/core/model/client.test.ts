import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { isClientFrontmatter, parseClient, showValue } from "../../../src/core/model/client";
import { defaultSettings } from "../../../src/core/model/settings";

const settings = defaultSettings();
const PATH = "Clients/Acme Robotics.md";

function parse(fm: Record<string, unknown>, path = PATH) {
  return parseClient(path, { type: "client", stage: "Active", ...fm }, settings);
}

describe("isClientFrontmatter", () => {
  it.each([
    [{ type: "client" }, true],
    [{ type: "Client" }, true],
    [{ type: "  CLIENT " }, true],
    [{ type: "clients" }, false],
    [{ type: "prospect" }, false],
    [{ type: ["client"] }, false],
    [{ type: 1 }, false],
    [{ kind: "client" }, false],
    [{}, false],
    [null, false],
    [undefined, false],
    ["type: client", false],
    [[{ type: "client" }], false],
    [Object.create({ type: "client" }) as unknown, false],
  ])("%j -> %s", (fm, expected) => {
    expect(isClientFrontmatter(fm)).toBe(expected);
  });
});

describe("parseClient: a complete note", () => {
  it("reads every property", () => {
    const c = parseClient(PATH, {
      type: "client", client_id: "CLI-00042", company: "Acme Robotics Ltd", stage: "active", engagement: "fixed fee",
      persona: "[[ICP - Agency owner]]", positioning: "Our trusted automation partner",
      health_profitability: 4, health_communication: "3", health_strategic_fit: 5, health_growth: 2,
      last_review: "2026-10-01", last_contact: new Date(Date.UTC(2026, 9, 11)), stage_changed: "2026-09-01T09:00:00+02:00",
      next_action: "Send proposal", next_action_due: "2026-11-30", champion: "[[Jane Doe]]",
      value: 4500, currency: "EUR", renewal: "2027-03-31", tags: ["AEROSPACE", "ISO-REQUIRED"], custom_key: "kept by the note",
    }, settings);
    expect(c).toEqual({
      path: PATH, id: "CLI-00042", name: "Acme Robotics Ltd", stage: "Active", engagement: "Fixed Fee",
      persona: "[[ICP - Agency owner]]", positioning: "Our trusted automation partner",
      healthInput: { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 },
      lastReview: "2026-10-01", lastContact: "2026-10-11", stageChanged: "2026-09-01", nextAction: "Send proposal",
      nextActionDue: "2026-11-30", champion: "[[Jane Doe]]", value: 4500, currency: "EUR", renewal: "2027-03-31",
      tags: ["AEROSPACE", "ISO-REQUIRED"], diagnostics: [],
    });
  });

  it("a minimal note has no diagnostics and nulls everywhere", () => {
    const c = parse({});
    expect(c.diagnostics).toEqual([]);
    expect(c).toMatchObject({ id: null, name: "Acme Robotics", engagement: null, healthInput: {}, lastReview: null, value: null, tags: [] });
  });
});

describe("parseClient: name", () => {
  it.each([
    [{ company: "Globex" }, PATH, "Globex"],
    [{ company: "  Globex  " }, PATH, "Globex"],
    [{ company: "" }, PATH, "Acme Robotics"],
    [{ company: null }, PATH, "Acme Robotics"],
    [{}, "Clients/Europe/Initech.md", "Initech"],
    [{}, "Initech.MD", "Initech"],
    [{ company: 1984 }, PATH, "1984"],
  ])("%j at %s -> %s", (fm, path, name) => {
    expect(parse(fm, path).name).toBe(name);
  });
});

describe("parseClient: stage", () => {
  it.each([
    ["Active", "Active"], ["active", "Active"], [" PROPOSAL ", "Proposal"], ["sunset", "Sunset"],
  ])("%j -> %s", (stage, expected) => {
    const c = parse({ stage });
    expect(c.stage).toBe(expected);
    expect(c.diagnostics).toEqual([]);
  });

  it.each([
    ["Negotiation", 'stage is "Negotiation"; expected one of Discovery, Proposal, Active, Retention, Sunset'],
    [undefined, "stage is missing; expected one of Discovery, Proposal, Active, Retention, Sunset"],
    [null, "stage is null; expected one of Discovery, Proposal, Active, Retention, Sunset"],
    [3, "stage is 3; expected one of Discovery, Proposal, Active, Retention, Sunset"],
  ])("%j -> null with a diagnostic", (stage, message) => {
    const c = parseClient(PATH, { type: "client", stage }, settings);
    expect(c.stage).toBeNull();
    expect(c.diagnostics).toEqual([{ field: "stage", message }]);
  });

  it("uses the configured stages and their spelling", () => {
    const custom = { ...settings, stages: ["Lead", "Won"] };
    expect(parseClient(PATH, { type: "client", stage: "WON" }, custom).stage).toBe("Won");
    expect(parseClient(PATH, { type: "client", stage: "Active" }, custom).stage).toBeNull();
  });
});

describe("parseClient: engagement", () => {
  it.each([
    ["Subscription", "Subscription", []],
    ["fixed fee", "Fixed Fee", []],
    [" RETAINER ", "Retainer", []],
    ["Hourly", "Hourly", [{ field: "engagement", message: 'engagement is "Hourly"; expected one of Subscription, Fixed Fee, Retainer' }]],
    [null, null, []],
  ])("%j -> %j", (engagement, expected, diagnostics) => {
    const c = parse({ engagement });
    expect(c.engagement).toBe(expected);
    expect(c.diagnostics).toEqual(diagnostics);
  });
});

describe("parseClient: Health Matrix values", () => {
  it.each([
    [4, 4], [" 4 ", 4], ["4", 4], [3.5, 3.5], ["2.5", 2.5], [1, 1], [5, 5], ["5.0", 5],
  ])("%j is valid: %f", (value, expected) => {
    const c = parse({ health_growth: value });
    expect(c.healthInput).toEqual({ growth: expected });
    expect(c.diagnostics).toEqual([]);
  });

  it.each([
    [0], [6], [-1], [0.99], [5.01], ["high"], ["4x"], ["0x4"], ["1e0x"], [[]], [[4]], [{}], [null], [""], [" "],
    [Number.NaN], [Number.POSITIVE_INFINITY], [true], [false],
  ])("%j is invalid: a diagnostic naming the key and the value, counted as missing", (value) => {
    const c = parse({ health_growth: value, health_profitability: 4 });
    expect(c.healthInput).toEqual({ profitability: 4 });
    expect(c.diagnostics).toEqual([{ field: "health_growth", message: `health_growth is ${showValue(value)}; expected a number from 1 to 5` }]);
  });

  it("words the diagnostic as the contract shows", () => {
    expect(parse({ health_growth: "high" }).diagnostics).toEqual([
      { field: "health_growth", message: 'health_growth is "high"; expected a number from 1 to 5' },
    ]);
    expect(parse({ health_communication: 0 }).diagnostics[0]!.message).toBe("health_communication is 0; expected a number from 1 to 5");
    expect(parse({ health_strategic_fit: [] }).diagnostics[0]!.message).toBe("health_strategic_fit is []; expected a number from 1 to 5");
    expect(parse({ health_profitability: null }).diagnostics[0]!.message).toBe("health_profitability is null; expected a number from 1 to 5");
  });

  it("reads each category from its own key", () => {
    const c = parse({ health_profitability: 1, health_communication: 2, health_strategic_fit: 3, health_growth: 4 });
    expect(c.healthInput).toEqual({ profitability: 1, communication: 2, strategic_fit: 3, growth: 4 });
  });
});

describe("parseClient: dates", () => {
  it.each([
    ["last_review", "lastReview"], ["last_contact", "lastContact"], ["stage_changed", "stageChanged"],
    ["next_action_due", "nextActionDue"], ["renewal", "renewal"],
  ] as const)("%s -> %s", (key, prop) => {
    expect(parse({ [key]: "2026-11-01" })[prop]).toBe("2026-11-01");
    expect(parse({ [key]: new Date(Date.UTC(2026, 10, 1)) })[prop]).toBe("2026-11-01");
    expect(parse({ [key]: "" })).toMatchObject({ [prop]: null, diagnostics: [] });
    const bad = parse({ [key]: "2026-02-30" });
    expect(bad[prop]).toBeNull();
    expect(bad.diagnostics).toEqual([{ field: key, message: `${key} is "2026-02-30"; expected a date YYYY-MM-DD` }]);
  });

  it.each([[20261101], ["next week"], [["2026-11-01"]], [true]])("an invalid date %j gives a diagnostic", (value) => {
    const c = parse({ last_contact: value });
    expect(c.lastContact).toBeNull();
    expect(c.diagnostics).toEqual([{ field: "last_contact", message: `last_contact is ${showValue(value)}; expected a date YYYY-MM-DD` }]);
  });
});

describe("parseClient: value", () => {
  it.each([[4500, 4500], ["4500", 4500], [" 99.5 ", 99.5], [0, 0]])("%j -> %f", (value, expected) => {
    const c = parse({ value });
    expect(c.value).toBe(expected);
    expect(c.diagnostics).toEqual([]);
  });

  it.each([[-1], ["abc"], ["1,200"], ["$1200"], [Number.NaN], [Number.POSITIVE_INFINITY], [[]], [true]])("%j is refused", (value) => {
    const c = parse({ value });
    expect(c.value).toBeNull();
    expect(c.diagnostics).toEqual([{ field: "value", message: `value is ${showValue(value)}; expected a number of 0 or more` }]);
  });
});

describe("parseClient: tags, links, text", () => {
  it.each([
    [["AEROSPACE", "ISO-REQUIRED"], ["AEROSPACE", "ISO-REQUIRED"]],
    ["AEROSPACE, ISO-REQUIRED", ["AEROSPACE", "ISO-REQUIRED"]],
    ["#aerospace #iso", ["aerospace", "iso"]],
    [["#aerospace", " iso "], ["aerospace", "iso"]],
    [[2026, "x"], ["2026", "x"]],
    ["", []],
    [null, []],
  ])("tags %j -> %j", (tags, expected) => {
    const c = parse({ tags });
    expect(c.tags).toEqual(expected);
    expect(c.diagnostics).toEqual([]);
  });

  it("refuses tags that are not text", () => {
    const c = parse({ tags: [{ a: 1 }, "ok"] });
    expect(c.tags).toEqual(["ok"]);
    expect(c.diagnostics).toEqual([{ field: "tags", message: 'tags is [{"a":1},"ok"]; expected a list of tags' }]);
  });

  it("keeps links as written and explains an unquoted link", () => {
    expect(parse({ persona: "[[ICP - Agency owner]]", champion: "[[Jane|Jane D.]]" })).toMatchObject({
      persona: "[[ICP - Agency owner]]", champion: "[[Jane|Jane D.]]", diagnostics: [],
    });
    // YAML reads an unquoted [[X]] as a nested list
    const c = parse({ champion: [["Jane Doe"]] });
    expect(c.champion).toBeNull();
    expect(c.diagnostics).toEqual([{ field: "champion", message: 'champion is [["Jane Doe"]]; expected a link in quotes, e.g. "[[Note]]"' }]);
  });

  it.each([
    [{ client_id: "CLI-1" }, "client_id", 'client_id is "CLI-1"; expected CLI- and 5 digits, e.g. CLI-00042'],
    [{ currency: "Euro" }, "currency", 'currency is "Euro"; expected a 3-letter ISO code, e.g. USD'],
    [{ positioning: { a: 1 } }, "positioning", 'positioning is {"a":1}; expected text'],
  ])("%j gives a diagnostic", (fm, field, message) => {
    expect(parse(fm).diagnostics).toEqual([{ field, message }]);
  });
});

describe("parseClient: robustness", () => {
  it("every diagnostic names its key and shows its value", () => {
    const c = parseClient(PATH, {
      type: "client", stage: "Pending", engagement: "Barter", health_profitability: 9, last_review: "soon", value: -5, tags: 7,
    }, settings);
    expect(c.diagnostics.map((d) => d.field)).toEqual(["stage", "engagement", "health_profitability", "last_review", "value", "tags"]);
    for (const d of c.diagnostics) expect(d.message.startsWith(`${d.field} is `)).toBe(true);
    expect(c.diagnostics.map((d) => d.message.split(";")[0])).toEqual([
      'stage is "Pending"', 'engagement is "Barter"', "health_profitability is 9", 'last_review is "soon"', "value is -5", "tags is 7",
    ]);
  });

  it("reads only own keys, survives __proto__ and constructor keys", () => {
    const fm = JSON.parse('{"type":"client","__proto__":{"stage":"Active"},"constructor":5,"stage":"Proposal"}') as Record<string, unknown>;
    expect(parseClient(PATH, fm, settings).stage).toBe("Proposal");
    const inherited = Object.create({ stage: "Active", company: "Inherited" }) as Record<string, unknown>;
    const c = parseClient(PATH, inherited, settings);
    expect(c.stage).toBeNull();
    expect(c.name).toBe("Acme Robotics");
    expect(({} as Record<string, unknown>).stage).toBeUndefined();
  });

  it("does not mutate the frontmatter", () => {
    const fm = { type: "client", stage: " active ", tags: ["#a", "b"], health_growth: " 4 ", last_review: new Date(Date.UTC(2026, 0, 1)) };
    const copy = structuredClone(fm);
    parseClient(PATH, Object.freeze(fm), settings);
    expect(fm).toEqual(copy);
  });

  it("never throws: a throwing getter becomes a diagnostic", () => {
    const fm = { type: "client", get stage(): unknown { throw new Error("boom"); } };
    const c = parseClient(PATH, fm, settings);
    expect(c.diagnostics).toEqual([{ field: "frontmatter", message: "frontmatter could not be read: boom" }]);
    expect(c.name).toBe("Acme Robotics");
  });

  it("never throws on any frontmatter", () => {
    const keys = fc.constantFrom(
      "type", "client_id", "company", "stage", "engagement", "persona", "health_profitability", "health_growth",
      "last_review", "renewal", "value", "tags", "champion", "currency", "__proto__", "constructor", "toString",
    );
    fc.assert(fc.property(fc.dictionary(keys, fc.anything({ withDate: true, withNullPrototype: true, withBigInt: true })), (fm) => {
      const c = parseClient("Clients/X.md", fm, settings);
      expect(typeof c.name).toBe("string");
      for (const d of c.diagnostics) expect(d.message.startsWith(`${d.field} is `) || d.field === "frontmatter").toBe(true);
    }), { numRuns: 500 });
    expect(() => parseClient(PATH, null as unknown as Record<string, unknown>, settings)).not.toThrow();
  });
});
