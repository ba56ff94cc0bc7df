import { describe, expect, it } from "vitest";
import { planTagRules, tagPatch, tagProblem, type TagRule } from "../../../src/core/intel/tag-rules";
import { applyPatch } from "../../../src/core/note/patch";
import type { ClientStatus, Tier } from "../../../src/core/model/types";
import { clientStatus } from "../../helpers/builders";

function client(path: string, fm: Record<string, unknown>, tier: Tier | null = null): ClientStatus {
  return { ...clientStatus(path, { last_contact: "2026-11-20", last_review: "2026-11-20", ...fm }), tier };
}

const fm = {
  zeta: { company: "Zeta", stage: "Active", tags: ["Healthcare", "VIP"] },
  acme: { company: "acme", stage: "Active", tags: ["#ISO-Required", "old"] },
  bolt: { company: "Bolt", stage: "Sunset", tags: [] as string[] },
};
const clients = () => [
  client("Clients/Zeta.md", fm.zeta, "Gold"),
  client("Clients/Acme.md", fm.acme, "Silver"),
  client("Clients/Bolt.md", fm.bolt),
];

const rules: TagRule[] = [
  { when: { tiers: ["Gold", "Silver"] }, tag: "key-account" },
  { when: { stages: ["Sunset"] }, tag: "Old", remove: false },
  { when: { stages: ["Active"] }, tag: "OLD", remove: true },
  { when: { tagsAny: ["healthcare"] }, tag: "#vip" },
];

describe("planTagRules", () => {
  it("hand-computed: adds and removes, keeps order and spelling, appends new tags, sorted by name", () => {
    expect(planTagRules(clients(), rules)).toEqual([
      // acme: Silver adds key-account; Active removes "old" (compared ignoring case); its # was already dropped on reading.
      { path: "Clients/Acme.md", name: "acme", add: ["key-account"], remove: ["old"], nextTags: ["ISO-Required", "key-account"] },
      // Bolt: no tier; Sunset adds "Old" in the rule's spelling.
      { path: "Clients/Bolt.md", name: "Bolt", add: ["Old"], remove: [], nextTags: ["Old"] },
      // Zeta: Gold adds key-account; "#vip" is already there as VIP.
      { path: "Clients/Zeta.md", name: "Zeta", add: ["key-account"], remove: [], nextTags: ["Healthcare", "VIP", "key-account"] },
    ]);
  });

  it("lists only the clients whose tags change; a rule matching nothing plans nothing", () => {
    expect(planTagRules(clients(), [{ when: { tiers: ["Bronze"] }, tag: "small" }])).toEqual([]);
    expect(planTagRules(clients(), [{ when: { tagsAny: ["vip"] }, tag: "healthcare" }])).toEqual([]); // Zeta has it already
    expect(planTagRules(clients(), [{ when: {}, tag: "missing", remove: true }])).toEqual([]);
    expect(planTagRules([], rules)).toEqual([]);
    expect(planTagRules(clients(), [])).toEqual([]);
  });

  it("every condition sees the client before the rules; a later rule wins on the same tag", () => {
    const [zeta] = clients();
    // The second rule's condition does not see the tag the first adds.
    expect(planTagRules([zeta!], [{ when: {}, tag: "a" }, { when: { tagsAll: ["a"] }, tag: "b" }]).map((c) => c.nextTags)).toEqual([["Healthcare", "VIP", "a"]]);
    // Added then removed: no change; removed then added back: no change.
    expect(planTagRules([zeta!], [{ when: {}, tag: "x" }, { when: {}, tag: "X", remove: true }])).toEqual([]);
    expect(planTagRules([zeta!], [{ when: {}, tag: "vip", remove: true }, { when: {}, tag: "vip" }])).toEqual([]);
    expect(planTagRules([zeta!], [{ when: {}, tag: "b" }, { when: {}, tag: "a" }, { when: {}, tag: "Healthcare", remove: true }, { when: {}, tag: "B" }])).toEqual([
      { path: "Clients/Zeta.md", name: "Zeta", add: ["B", "a"], remove: ["Healthcare"], nextTags: ["VIP", "B", "a"] },
    ]);
  });

  it("removes every spelling of a tag", () => {
    const c = client("Clients/D.md", { company: "D", tags: ["dup", "Other", "DUP"] });
    expect(planTagRules([c], [{ when: {}, tag: "#Dup", remove: true }])).toEqual([
      { path: "Clients/D.md", name: "D", add: [], remove: ["dup", "DUP"], nextTags: ["Other"] },
    ]);
  });

  it("the preview is the plan: applying each patch gives its nextTags, and planning again changes nothing", () => {
    const changes = planTagRules(clients(), rules);
    const after = changes.map((change) => {
      const key = change.name.toLowerCase() as keyof typeof fm;
      const front: Record<string, unknown> = { type: "client", ...fm[key], tags: [...fm[key].tags] };
      applyPatch(front, tagPatch(change));
      expect(front.tags).toEqual(change.nextTags);
      expect(tagPatch(change)).toEqual({ tags: change.nextTags });
      const tier = key === "bolt" ? null : key === "zeta" ? "Gold" : "Silver";
      return client(`Clients/${change.name}.md`, front, tier);
    });
    expect(planTagRules(after, rules)).toEqual([]);
  });

  it("the patch is a copy of the plan's list", () => {
    const [change] = planTagRules(clients(), rules);
    const patch = tagPatch(change!);
    (patch.tags as string[]).push("extra");
    expect(change!.nextTags).not.toContain("extra");
  });
});

describe("tagProblem", () => {
  it("accepts Obsidian tags and refuses the rest", () => {
    for (const ok of ["key-account", "#vip", "clients/gold", "Ärzte_2", "y2026"]) expect(tagProblem(ok)).toBeNull();
    expect(tagProblem("")).toMatch(/empty/);
    expect(tagProblem("#")).toMatch(/empty/);
    expect(tagProblem("two words")).toMatch(/letters/);
    expect(tagProblem("a,b")).toMatch(/letters/);
    expect(tagProblem("[[x]]")).toMatch(/letters/);
    expect(tagProblem("2026")).toMatch(/not a digit/);
  });
});
