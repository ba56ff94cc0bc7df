import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyPatch, patchChangesSomething } from "../../../src/core/note/patch";

describe("applyPatch", () => {
  it("keeps the position of existing keys and appends new ones", () => {
    const fm: Record<string, unknown> = { type: "client", stage: "Discovery", custom: "mine", tags: ["A"] };
    applyPatch(fm, { last_contact: "2026-11-21", stage: "Active" });
    expect(Object.keys(fm)).toEqual(["type", "stage", "custom", "tags", "last_contact"]);
    expect(fm).toEqual({ type: "client", stage: "Active", custom: "mine", tags: ["A"], last_contact: "2026-11-21" });
  });

  it("deletes keys set to null and ignores null for missing keys", () => {
    const fm: Record<string, unknown> = { a: 1, b: 2, c: 3 };
    applyPatch(fm, { b: null, zzz: null });
    expect(fm).toEqual({ a: 1, c: 3 });
    expect("zzz" in fm).toBe(false);
  });

  it("copies arrays so later changes to the patch do not leak into the note", () => {
    const tags = ["A", "B"];
    const fm: Record<string, unknown> = {};
    applyPatch(fm, { tags });
    tags.push("C");
    expect(fm.tags).toEqual(["A", "B"]);
  });

  it("refuses prototype keys by name and changes nothing", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const fm: Record<string, unknown> = { a: 1 };
      const patch = JSON.parse(`{"b": 2, "${key}": {"polluted": true}}`) as Record<string, string>;
      expect(() => applyPatch(fm, patch)).toThrow(key);
      expect(() => patchChangesSomething(fm, patch)).toThrow(key);
      expect(fm).toEqual({ a: 1 });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(fm)).toBe(Object.prototype);
    }
  });

  it("works on objects without a prototype", () => {
    const fm = Object.create(null) as Record<string, unknown>;
    fm.a = 1;
    applyPatch(fm, { a: null, b: "x" });
    expect(Object.keys(fm)).toEqual(["b"]);
  });

  it("leaves every key the patch does not name untouched", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string()), fc.constant(null));
    const key = fc.string().filter((k) => !["__proto__", "constructor", "prototype"].includes(k));
    fc.assert(fc.property(fc.dictionary(key, fc.jsonValue()), fc.dictionary(key, value), (fm, patch) => {
      const before = structuredClone(fm);
      const target: Record<string, unknown> = { ...fm };
      applyPatch(target, patch);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) expect(Object.prototype.hasOwnProperty.call(target, k)).toBe(false);
        else expect(target[k]).toEqual(v);
      }
      for (const k of Object.keys(before)) if (!(k in patch)) expect(target[k]).toEqual(before[k]);
      expect(patchChangesSomething(target, patch)).toBe(false);
    }));
  });
});

describe("patchChangesSomething", () => {
  const fm = { stage: "Active", value: 5, ok: true, tags: ["A", "B"] };

  it("is false when every value already matches", () => {
    expect(patchChangesSomething(fm, { stage: "Active", value: 5, ok: true, tags: ["A", "B"] })).toBe(false);
    expect(patchChangesSomething(fm, { missing: null })).toBe(false);
    expect(patchChangesSomething(fm, {})).toBe(false);
  });

  it("is true for any difference", () => {
    expect(patchChangesSomething(fm, { stage: "Retention" })).toBe(true);
    expect(patchChangesSomething(fm, { value: "5" })).toBe(true);
    expect(patchChangesSomething(fm, { tags: ["B", "A"] })).toBe(true);
    expect(patchChangesSomething(fm, { tags: ["A"] })).toBe(true);
    expect(patchChangesSomething(fm, { stage: ["Active"] })).toBe(true);
    expect(patchChangesSomething(fm, { tags: "A" })).toBe(true);
    expect(patchChangesSomething(fm, { stage: null })).toBe(true);
    expect(patchChangesSomething(fm, { new_key: "x" })).toBe(true);
  });

  it("does not treat inherited properties as present", () => {
    expect(patchChangesSomething({}, { toString: null })).toBe(false);
    expect(patchChangesSomething({}, { hasOwnProperty: "x" })).toBe(true);
  });
});
