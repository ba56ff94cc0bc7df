import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatClientId, nextClientId, parseClientId } from "../../../src/core/create/ids";

describe("formatClientId", () => {
  it("pads to five digits and grows beyond them", () => {
    expect(formatClientId(42)).toBe("CLI-00042");
    expect(formatClientId(1)).toBe("CLI-00001");
    expect(formatClientId(99999)).toBe("CLI-99999");
    expect(formatClientId(100000)).toBe("CLI-100000");
  });

  it("refuses numbers that are not positive integers", () => {
    for (const n of [0, -1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => formatClientId(n)).toThrow(RangeError);
    }
  });
});

describe("parseClientId", () => {
  it("reads valid ids", () => {
    expect(parseClientId("CLI-00042")).toBe(42);
    expect(parseClientId("CLI-100000")).toBe(100000);
    expect(parseClientId("  cli-00007 ")).toBe(7);
  });

  it("rejects anything malformed", () => {
    for (const v of [undefined, null, 42, ["CLI-00001"], {}, "", "CLI-", "CLI-0042", "CLI-00000", "CLI-042a1",
      "CLI-0000042", "CLI 00042", "XCLI-00042", "CLI-00042x", "CLI--0042", "CLI-99999999999999999999"]) {
      expect(parseClientId(v)).toBeNull();
    }
  });

  it("round-trips every positive number", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseClientId(formatClientId(n))).toBe(n);
    }));
  });
});

describe("nextClientId", () => {
  it("starts at CLI-00001", () => {
    expect(nextClientId([])).toBe("CLI-00001");
    expect(nextClientId(["junk", null, 3])).toBe("CLI-00001");
  });

  it("is one more than the highest valid id, ignoring malformed ones and gaps", () => {
    expect(nextClientId(["CLI-00003", "CLI-00010", "CLI-00002", "CLI-9", "oops", undefined])).toBe("CLI-00011");
    expect(nextClientId(new Set(["CLI-99999"]))).toBe("CLI-100000");
  });

  it("never returns an id already in the list", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 200000 }).map(formatClientId), fc.string())), (ids) => {
      const next = nextClientId(ids);
      expect(ids).not.toContain(next);
      const n = parseClientId(next) ?? 0;
      for (const id of ids) expect(parseClientId(id) ?? 0).toBeLessThan(n);
    }));
  });
});
