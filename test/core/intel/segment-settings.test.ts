import { describe, expect, it } from "vitest";
import { defaultSegmentSettings, migrateSegmentSettings } from "../../../src/core/intel/segment-settings";

function migrate(raw: Record<string, unknown>) {
  const s = defaultSegmentSettings();
  const bad: string[] = [];
  migrateSegmentSettings(raw, s, (key) => bad.push(key));
  return { s, bad };
}

describe("segment settings", () => {
  it("defaults: Key accounts (Gold or Silver), Needs attention (at risk), no tag rules; fresh copies", () => {
    expect(defaultSegmentSettings()).toEqual({
      segments: [
        { name: "Key accounts", when: { tiers: ["Gold", "Silver"] } },
        { name: "Needs attention", when: { atRisk: true } },
      ],
      tagRules: [],
    });
    const a = defaultSegmentSettings();
    a.segments[0]!.when.tiers!.push("Bronze");
    a.tagRules.push({ when: {}, tag: "x" });
    expect(defaultSegmentSettings().segments[0]!.when.tiers).toEqual(["Gold", "Silver"]);
    expect(defaultSegmentSettings().tagRules).toEqual([]);
  });

  it("keeps good stored values; a condition may be stored as the one-line syntax", () => {
    const { s, bad } = migrate({
      segments: [{ name: " Gov ", when: "tag:gov stage:Active" }, { name: "Big", when: { tiers: ["gold"] } }],
      tagRules: [{ when: { tiers: ["Gold"] }, tag: "#key-account" }, { when: "stage:Sunset", tag: "active", remove: true }],
    });
    expect(bad).toEqual([]);
    expect(s).toEqual({
      segments: [{ name: "Gov", when: { tagsAny: ["gov"], stages: ["Active"] } }, { name: "Big", when: { tiers: ["Gold"] } }],
      tagRules: [{ when: { tiers: ["Gold"] }, tag: "key-account" }, { when: { stages: ["Sunset"] }, tag: "active", remove: true }],
    });
    expect(migrate({}).s).toEqual(defaultSegmentSettings());
    expect(migrate({ segments: [], tagRules: [] }).s).toEqual({ segments: [], tagRules: [] });
  });

  it("leaves out each entry that cannot be used, naming it; a value that is not a list keeps the default", () => {
    const { s, bad } = migrate({
      segments: [
        { name: "A", when: {} },
        { name: "a", when: {} }, // a name used before
        { name: " ", when: {} },
        { name: "B", when: "tier:Platinum" },
        { name: "C", when: { colour: ["red"] } },
        "D",
        { name: "E" },
      ],
      tagRules: [{ when: {}, tag: "two words" }, { when: {}, tag: "ok", remove: "yes" }, { when: "stage:", tag: "ok" }, null, { when: {}, tag: "ok" }],
    });
    expect(bad).toEqual(["segments.1", "segments.2", "segments.3", "segments.4", "segments.5", "segments.6", "tagRules.0", "tagRules.1", "tagRules.2", "tagRules.3"]);
    expect(s).toEqual({ segments: [{ name: "A", when: {} }], tagRules: [{ when: {}, tag: "ok" }] });
    expect(migrate({ segments: {}, tagRules: "x" })).toEqual({ s: defaultSegmentSettings(), bad: ["segments", "tagRules"] });
  });
});
