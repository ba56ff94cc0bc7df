// @vitest-environment happy-dom
// The fake's prepareFuzzySearch / renderMatches / sortSearchResults follow obsidian.d.ts.
import { describe, expect, it } from "vitest";
import { prepareFuzzySearch, renderMatches, sortSearchResults } from "./obsidian";

describe("fake fuzzy search", () => {
  it("matches the query's letters in order, case ignored, or gives null", () => {
    const search = prepareFuzzySearch("acr");
    expect(search("Acme Robotics")?.matches).toEqual([[0, 2], [5, 6]]);
    expect(search("Crane Co")).toBeNull();
    expect(prepareFuzzySearch("ME RO")("Acme Robotics")?.matches).toEqual([[2, 4], [5, 7]]);
    expect(prepareFuzzySearch("")("anything")).toEqual({ score: 0, matches: [] });
  });

  it("scores a contiguous, early, word-start match higher", () => {
    const s = prepareFuzzySearch("acme");
    const score = (t: string) => s(t)?.score ?? -Infinity;
    expect(score("Acme")).toBeGreaterThan(score("The Acme"));
    expect(score("The Acme")).toBeGreaterThan(score("A cat meal"));
    const results = ["A cat meal", "Acme", "The Acme"].map((t) => ({ t, match: s(t)! }));
    sortSearchResults(results);
    expect(results.map((r) => r.t)).toEqual(["Acme", "The Acme", "A cat meal"]);
  });

  it("renderMatches wraps each range in span.suggestion-highlight and keeps the rest as text", () => {
    const el = document.createElement("div");
    renderMatches(el, "Acme Robotics", [[0, 2], [5, 6]]);
    expect(el.innerHTML).toBe('<span class="suggestion-highlight">Ac</span>me <span class="suggestion-highlight">R</span>obotics');
    const none = document.createElement("div");
    renderMatches(none, "<b>x</b>", null);
    expect(none.textContent).toBe("<b>x</b>");
    expect(none.children).toHaveLength(0);
    const shifted = document.createElement("div");
    renderMatches(shifted, "Robotics", [[5, 6]], -5);
    expect(shifted.innerHTML).toBe('<span class="suggestion-highlight">R</span>obotics');
  });
});
