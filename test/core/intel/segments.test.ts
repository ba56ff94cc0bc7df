import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionFromData, filterBySegment, formatCondition, matches, normalizeTag, parseCondition, type Condition } from "../../../src/core/intel/segments";
import { defaultSegmentSettings } from "../../../src/core/intel/segment-settings";
import type { ClientStatus, RiskLevel, Tier } from "../../../src/core/model/types";
import { clientStatus } from "../../helpers/builders";
import { expectLinear } from "../../helpers/linear";

/** A client with its frontmatter and, set by hand, what records would give (tier, risk level). */
function client(path: string, fm: Record<string, unknown>, extra: { tier?: Tier; level?: RiskLevel } = {}): ClientStatus {
  const c = clientStatus(path, { last_contact: "2026-11-20", last_review: "2026-11-20", ...fm });
  return { ...c, tier: extra.tier ?? null, risk: { ...c.risk, level: extra.level ?? null } };
}

const acme = client("Clients/Acme.md", {
  company: "Acme Robotics", stage: "Active", engagement: "Retainer", tags: ["Healthcare", "#ISO-Required"], next_action: "Send the QBR deck",
  health_profitability: 5, health_communication: 5, health_strategic_fit: 5, health_growth: 5,
}, { tier: "Gold", level: "Low" });
const globex = client("Clients/Globex.md", {
  company: "Globex", stage: "Retention", engagement: "Fixed Fee", tags: ["archived", "healthcare"],
  health_profitability: 3, health_communication: 3, health_strategic_fit: 3, health_growth: 3,
}, { tier: "Silver", level: "High" });
const initech = client("Clients/initech-note.md", { company: "Initech", stage: "Discovery", tags: "gov" });

describe("matches", () => {
  it("the worked cases: each part narrows, all parts must hold", () => {
    expect(acme.health.band).toBe("Excellent");
    expect(globex.health.band).toBe("At Risk");
    expect(globex.atRisk).toBe(true);
    expect(acme.atRisk).toBe(false);
    const pick = (cond: Condition) => [acme, globex, initech].filter((c) => matches(c, cond)).map((c) => c.client.name);
    expect(pick({})).toEqual(["Acme Robotics", "Globex", "Initech"]);
    expect(pick({ stages: ["active", "RETENTION"] })).toEqual(["Acme Robotics", "Globex"]);
    expect(pick({ tiers: ["Gold"] })).toEqual(["Acme Robotics"]);
    expect(pick({ riskLevels: ["High", "Medium"] })).toEqual(["Globex"]);
    expect(pick({ bands: ["At Risk", "Critical"] })).toEqual(["Globex"]);
    expect(pick({ engagements: ["fixed fee"] })).toEqual(["Globex"]);
    expect(pick({ atRisk: false })).toEqual(["Acme Robotics", "Initech"]);
    expect(pick({ tagsAny: ["#HEALTHCARE", "gov"] })).toEqual(["Acme Robotics", "Globex", "Initech"]);
    expect(pick({ tagsAll: ["healthcare", "iso-required"] })).toEqual(["Acme Robotics"]);
    expect(pick({ tagsNone: ["Archived"] })).toEqual(["Acme Robotics", "Initech"]);
    expect(pick({ stages: ["Active", "Retention"], tagsAny: ["healthcare"], tagsNone: ["archived"] })).toEqual(["Acme Robotics"]);
    expect(pick({ stages: ["Active"], tiers: ["Silver"] })).toEqual([]);
  });

  it("an empty list sets no condition; a client without the value never meets a list", () => {
    expect(matches(initech, { stages: [], tiers: [], tagsAny: [] })).toBe(true);
    expect(matches(initech, { tiers: ["Gold", "Silver", "Bronze"] })).toBe(false);
    expect(matches(initech, { riskLevels: ["Low"] })).toBe(false);
    expect(matches(initech, { bands: ["Critical"] })).toBe(false);
    expect(matches(initech, { engagements: ["Retainer"] })).toBe(false);
  });

  it("text: ignoring case, in the name, the note's name or the next action", () => {
    expect(matches(acme, { text: "ROBOT" })).toBe(true);
    expect(matches(acme, { text: "qbr deck" })).toBe(true);
    expect(matches(initech, { text: "tech-no" })).toBe(true); // the note's name
    expect(matches(acme, { text: "globex" })).toBe(false);
    expect(matches(acme, { text: "aab" })).toBe(false);
    const long = client("Clients/L.md", { company: `${"a".repeat(50)}b` });
    expect(matches(long, { text: "aaab" })).toBe(true); // a partial match that falls back
    expect(matches(long, { text: "aaba" })).toBe(false);
  });

  it("is linear in long text", () => {
    // A needle that almost matches everywhere: a naive search is quadratic here.
    const input = (n: number) => ({ c: client("Clients/Big.md", { company: "a".repeat(n), next_action: "a".repeat(n) }), text: `${"a".repeat(n / 10)}b` });
    const big = input(10_000);
    expect(matches(big.c, { text: big.text })).toBe(false);
    expect(matches(big.c, { text: big.text.slice(0, -1) })).toBe(true);
    expectLinear("matches text", input, ({ c, text }) => matches(c, { text }), 10_000);
  });
});

describe("parseCondition", () => {
  it("reads the documented example", () => {
    expect(parseCondition('stage:Active,Retention tier:Gold risk:High tag:healthcare -tag:archived band:"At Risk" text:acme')).toEqual({
      stages: ["Active", "Retention"], tiers: ["Gold"], riskLevels: ["High"], tagsAny: ["healthcare"], tagsNone: ["archived"], bands: ["At Risk"], text: "acme",
    });
  });

  it("keys and known values ignore case; tags drop #; duplicates go; quotes hold spaces, commas and escapes", () => {
    expect(parseCondition("  TIER:gold,GOLD,silver  Band:excellent atrisk:YES ")).toEqual({ tiers: ["Gold", "Silver"], bands: ["Excellent"], atRisk: true });
    expect(parseCondition("alltags:#a,##B,b engagement:\"Fixed Fee\",retainer atrisk:false")).toEqual({ tagsAll: ["a", "B"], engagements: ["Fixed Fee", "retainer"], atRisk: false });
    expect(parseCondition(String.raw`text:"acme, \"inc\" \\ co" stage:a:b`)).toEqual({ text: 'acme, "inc" \\ co', stages: ["a:b"] });
    expect(parseCondition("")).toEqual({});
    expect(parseCondition(" \t ")).toEqual({});
  });

  it.each([
    ["acme", /not key:value.*text:acme/],
    ["stage:", /empty/],
    ["stage:a,", /empty/],
    ['band:"At Risk', /not closed/],
    ['band:"At Risk"x', /followed by a comma or a space/],
    ['text:ab"c', /quote/],
    ["tier:Platinum", /Platinum.*Gold, Silver, Bronze/],
    ["risk:Severe", /Low, Medium, High/],
    ["atrisk:maybe", /yes or no/],
    ["text:a,b", /one value/],
    ["tag:a tag:b", /twice.*alltags/],
    ["-stage:Active", /only tag: can be negated/],
    ["colour:red", /not a key/],
    ["tag:#", /empty/],
  ])("refuses %j, saying why", (text, why) => {
    const got = parseCondition(text);
    expect(got).toHaveProperty("problem");
    expect((got as { problem: string }).problem).toMatch(why);
  });

  it("reads many values and escapes (duplicates dropped by a set, not by comparing every pair)", () => {
    // Timing many values or escapes measures the garbage collector more than the parser (each is
    // a string); a quadratic duplicate check would take minutes here, far over the test's limit.
    expect(parseCondition(`stage:${"a,".repeat(100_000)}b`)).toEqual({ stages: ["a", "b"] });
    expect((parseCondition(`tag:${Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(",")}`) as Condition).tagsAny).toHaveLength(100_000);
    expect(parseCondition(`text:"${"\\\\".repeat(100_000)}\\"x"`)).toEqual({ text: `${"\\".repeat(100_000)}"x` });
  });

  it("is linear in long input", () => {
    const cases: [string, (n: number) => string, number, (got: ReturnType<typeof parseCondition>) => void][] = [
      ["an open quote", (n) => `text:"${"\\\\".repeat(n)}`, 50_000, (got) => expect(got).toHaveProperty("problem")],
      ["a long value", (n) => `text:${"x".repeat(n)}`, 50_000, (got) => expect(got).toHaveProperty("text")],
      ["white space", (n) => `${" ".repeat(n)}tag:a${"\t".repeat(n)}`, 50_000, (got) => expect(got).toEqual({ tagsAny: ["a"] })],
    ];
    // Built strings are ropes until first read; flattening them (a copy) is left out of the timing.
    const flat = (s: string) => {
      void s.charCodeAt(s.length - 1);
      return s;
    };
    for (const [label, input, n, check] of cases) {
      check(parseCondition(input(n)));
      expectLinear(label, (size) => flat(input(size)), parseCondition, n);
    }
  });
});

// Values as the parser gives them: trimmed, not empty, tags without a leading `#`, no two equal
// ignoring case (duplicates are dropped), known values in their own spelling.
const word = fc.string({ unit: fc.constantFrom("a", "B", " ", ",", '"', "\\", ":", "-", "#", "é", "\t", "x"), minLength: 1, maxLength: 8 })
  .map((s) => s.trim()).filter((s) => s !== "");
const tag = word.map(normalizeTag).filter((s) => s !== "");
const list = (item: fc.Arbitrary<string>) => fc.uniqueArray(item, { minLength: 1, maxLength: 4, selector: (s) => s.toLowerCase() });
const known = <T extends string>(values: T[]) => fc.subarray(values, { minLength: 1 });
const condition: fc.Arbitrary<Condition> = fc.record({
  stages: list(word), tiers: known<Tier>(["Gold", "Silver", "Bronze"]), riskLevels: known<RiskLevel>(["Low", "Medium", "High"]),
  tagsAll: list(tag), tagsAny: list(tag), tagsNone: list(tag), bands: known(["Excellent", "Good", "At Risk", "Critical"] as const).map((b) => [...b]),
  engagements: list(word), atRisk: fc.boolean(), text: word,
}, { requiredKeys: [] });

describe("formatCondition", () => {
  it("writes the syntax back", () => {
    expect(formatCondition({ text: "acme inc", bands: ["At Risk"], atRisk: true, stages: ["Active"], tagsNone: ["x"] })).toBe('stage:Active band:"At Risk" atrisk:yes -tag:x text:"acme inc"');
    expect(formatCondition({})).toBe("");
    expect(formatCondition({ stages: [], text: "" })).toBe("");
  });

  it("round-trips: parseCondition(formatCondition(c)) is c", () => {
    fc.assert(fc.property(condition, (c) => {
      expect(parseCondition(formatCondition(c))).toEqual(c);
    }), { numRuns: 500 });
  });

  it("a stored condition reads to the same condition, and bad data is refused", () => {
    fc.assert(fc.property(condition, (c) => {
      expect(conditionFromData(JSON.parse(JSON.stringify(c)))).toEqual(c);
    }), { numRuns: 200 });
    expect(conditionFromData({ tiers: ["gold"], tagsAny: ["#a"], stages: [], text: " " })).toEqual({ tiers: ["Gold"], tagsAny: ["a"] });
    for (const bad of [null, [], "x", { tiers: "Gold" }, { tiers: ["Platinum"] }, { atRisk: "yes" }, { text: 3 }, { colour: ["red"] }, JSON.parse('{"__proto__":{"x":1}}')]) {
      expect(conditionFromData(bad)).toHaveProperty("problem");
    }
  });
});

describe("filterBySegment", () => {
  const { segments } = defaultSegmentSettings();
  const all = [acme, globex, initech];
  const names = (r: ClientStatus[] | { problem: string }) => (Array.isArray(r) ? r.map((c) => c.client.name) : r);

  it("by a saved segment's name, ignoring case, or by a condition, in the order given", () => {
    expect(names(filterBySegment(all, "key ACCOUNTS", segments))).toEqual(["Acme Robotics", "Globex"]);
    expect(names(filterBySegment(all, " Needs attention ", segments))).toEqual(["Globex"]);
    expect(names(filterBySegment([initech, acme], "tag:gov,healthcare", segments))).toEqual(["Initech", "Acme Robotics"]);
    expect(names(filterBySegment(all, "", segments))).toEqual(["Acme Robotics", "Globex", "Initech"]);
  });

  it("says why text is neither", () => {
    const got = filterBySegment(all, "Big fish", segments);
    expect(got).toEqual({ problem: expect.stringMatching(/^"Big fish" is no saved segment and not a condition: .*text:Big/) as unknown });
  });
});
