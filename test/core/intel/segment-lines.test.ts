// Segments and tag rules as the settings tab's lines: they read back what they write, and every
// problem names its line.
import { describe, expect, it } from "vitest";
import { formatSegments, formatTagRules, parseSegmentLines, parseTagRuleLines } from "../../../src/core/intel/segment-lines";
import { defaultSegmentSettings } from "../../../src/core/intel/segment-settings";

describe("segment lines", () => {
  it("reads names and conditions, skipping blank and // lines", () => {
    expect(parseSegmentLines("Key = tier:Gold,Silver\n\n// a note\r\nHot leads = stage:Discovery risk:Low")).toEqual({
      ok: true,
      items: [{ name: "Key", when: { tiers: ["Gold", "Silver"] } }, { name: "Hot leads", when: { stages: ["Discovery"], riskLevels: ["Low"] } }],
    });
  });

  it("round-trips the defaults", () => {
    const { segments } = defaultSegmentSettings();
    expect(parseSegmentLines(formatSegments(segments))).toEqual({ ok: true, items: segments });
  });

  it("names the line of a missing =, a missing name, a name used twice and a bad condition", () => {
    expect(parseSegmentLines("A = tier:Gold\nno equals")).toEqual({ ok: false, problem: expect.stringMatching(/^line 2: write a name/) as string });
    expect(parseSegmentLines(" = tier:Gold")).toEqual({ ok: false, problem: 'line 1: the segment needs a name before "="' });
    expect(parseSegmentLines("A = tier:Gold\na = risk:High")).toEqual({ ok: false, problem: 'line 2: the name "a" is used twice' });
    const bad = parseSegmentLines("A = tier:Platinum");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^line 1: .*Platinum/);
  });
});

describe("tag rule lines", () => {
  it("reads adding and removing rules, and writes them back", () => {
    const text = "tier:Gold => key-account\nstage:Sunset => -active";
    const read = parseTagRuleLines(text);
    expect(read).toEqual({ ok: true, items: [{ when: { tiers: ["Gold"] }, tag: "key-account" }, { when: { stages: ["Sunset"] }, tag: "active", remove: true }] });
    if (read.ok) expect(formatTagRules(read.items)).toBe(text);
  });

  it("names the line of a missing arrow or a bad tag", () => {
    expect(parseTagRuleLines("tier:Gold key")).toEqual({ ok: false, problem: expect.stringMatching(/^line 1: write a condition/) as string });
    expect(parseTagRuleLines("tier:Gold => two words")).toEqual({ ok: false, problem: expect.stringMatching(/^line 1: the tag "two words" may hold only/) as string });
    expect(parseTagRuleLines("tier:Gold => #")).toEqual({ ok: false, problem: 'line 1: the tag "#" is empty' });
  });
});
