import { describe, expect, it } from "vitest";
import { evaluateClient } from "../../../src/core/model/activity";
import { parseClient } from "../../../src/core/model/client";
import { internPool, kept, NONE, words } from "../../../src/core/model/compact";
import { defaultSettings } from "../../../src/core/model/settings";
import { TODAY } from "../../helpers/builders";

describe("compact values", () => {
  it("shares one frozen empty list", () => {
    expect(kept([])).toBe(NONE);
    expect(Object.isFrozen(NONE)).toBe(true);
    expect(() => (NONE as unknown as string[]).push("x")).toThrow(TypeError);
  });

  it("copies a list that has items, so the caller's array can grow without changing it", () => {
    const items = ["a", "b"];
    const copy = kept(items);
    items.push("c");
    expect(copy).toEqual(["a", "b"]);
  });

  it("joins words and numbers into one string", () => {
    expect(words("Health ", 42, " (", "Good", ")")).toBe("Health 42 (Good)");
    expect(words()).toBe("");
  });

  it("a pool gives back each string unchanged, also after it starts again past its limit", () => {
    const intern = internPool(2);
    const said = ["a", "b", "a", "c", "d", "b", "a"].map((s) => intern(words(s, "!")));
    expect(said).toEqual(["a!", "b!", "a!", "c!", "d!", "b!", "a!"]);
  });
});

describe("every word of a status goes through the index's pool", () => {
  // A marking pool: a string that skipped it would show without the mark.
  const mark = (s: string) => `§${s}`;
  const settings = defaultSettings();

  it("reasons, health warnings and risk reasons", () => {
    const client = parseClient("Clients/Acme.md", {
      type: "client", stage: "Active", last_contact: "2026-06-01", last_review: "2026-01-01", health_profitability: 1, health_communication: 2, health_strategic_fit: 1, health_growth: 2,
    }, settings);
    const s = evaluateClient(client, { today: TODAY, modifiedDay: null, intern: mark, intel: { health: [{ day: "2026-01-01", score: 80 }, { day: "2026-02-01", score: 40 }] } }, settings);
    const all = [...s.reasons, ...s.health.warnings, ...s.risk.reasons];
    expect(s.reasons.length).toBeGreaterThanOrEqual(3);
    expect(s.health.warnings.length).toBe(4);
    expect(s.risk.reasons.length).toBe(3);
    for (const w of all) expect(w.startsWith("§")).toBe(true);
  });
});
