import { describe, expect, it } from "vitest";
import { kept, NONE, sharedWith, words } from "../../../src/core/model/compact";

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

  it("gives the pool's equal string when there is one", () => {
    const pool = [words("No contact for ", "3 days")];
    expect(sharedWith("No contact for 3 days", pool)).toBe(pool[0]);
    expect(sharedWith("other", pool)).toBe("other");
  });
});
