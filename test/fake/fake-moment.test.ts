// The fake's moment gives what moment 2.29 gives for these formats (values written from moment's docs).
import { describe, expect, it } from "vitest";
import { moment } from "./moment";

describe("fake moment", () => {
  it("formats a day with moment's date tokens", () => {
    const m = moment("2026-11-21", "YYYY-MM-DD", true);
    expect(m.format("YYYY-MM-DD")).toBe("2026-11-21");
    expect(m.format("YYYY/MM/DD dddd")).toBe("2026/11/21 Saturday");
    expect(m.format("ddd, MMM Do YY")).toBe("Sat, Nov 21st 26");
    expect(m.format("D MMMM YYYY [week] Q")).toBe("21 November 2026 week 4");
    expect(m.format("DDDD E d")).toBe("325 6 6");
    expect(moment("2026-01-03", "YYYY-MM-DD", true).format("Do M D dd")).toBe("3rd 1 3 Sa");
    expect(moment("2026-01-11", "YYYY-MM-DD", true).format("Do")).toBe("11th");
  });

  it("rejects what a strict parse rejects", () => {
    expect(moment("2026-02-30", "YYYY-MM-DD", true).isValid()).toBe(false);
    expect(moment("2026-2-3", "YYYY-MM-DD", true).format("YYYY")).toBe("Invalid date");
  });
});
