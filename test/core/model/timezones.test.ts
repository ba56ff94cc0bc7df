// Day arithmetic must not depend on the time zone. Node re-reads TZ when process.env.TZ is
// assigned, so each case runs under several zones in this process; the first test proves the
// switch really happens (otherwise every other test here could not fail).
import { describe, it, expect, afterAll } from "vitest";
import { evaluateClient } from "../../../src/core/model/activity";
import { parseClient } from "../../../src/core/model/client";
import { addDaysToDay, dayOfTimestamp, daysBetween, toDay } from "../../../src/core/model/dates";
import { defaultSettings } from "../../../src/core/model/settings";

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

// [zone, offset on 2026-01-15, offset on 2026-07-15] in minutes, as getTimezoneOffset() reports them
const ZONES: [string, number, number][] = [
  ["UTC", 0, 0],
  ["Pacific/Auckland", -780, -720],
  ["America/New_York", 300, 240],
];

function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  return run();
}

describe.each(ZONES)("in %s", (zone, winter, summer) => {
  it("the zone is really in effect", () => {
    inZone(zone, () => {
      expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(winter);
      expect(new Date(Date.UTC(2026, 6, 15, 12)).getTimezoneOffset()).toBe(summer);
    });
  });

  it.each([
    // New York: clocks change on 2026-03-08 and 2026-11-01; Auckland: 2026-04-05 and 2026-09-27
    ["2026-03-07", "2026-03-09", 2],
    ["2026-03-08", "2026-03-09", 1],
    ["2026-10-31", "2026-11-02", 2],
    ["2026-11-01", "2026-11-02", 1],
    ["2026-04-04", "2026-04-06", 2],
    ["2026-09-26", "2026-09-28", 2],
    ["2026-02-15", "2026-03-17", 30],
    ["2026-10-10", "2026-11-09", 30],
    ["2026-01-01", "2027-01-01", 365],
  ])("daysBetween(%s, %s) = %i", (from, to, days) => {
    inZone(zone, () => {
      expect(daysBetween(from, to)).toBe(days);
      expect(daysBetween(to, from)).toBe(-days);
      expect(addDaysToDay(from, days)).toBe(to);
      expect(addDaysToDay(to, -days)).toBe(from);
    });
  });

  it("every day of 2026 is one day after the previous one", () => {
    inZone(zone, () => {
      let day = "2025-12-31";
      for (let i = 1; i <= 365; i++) {
        const next = addDaysToDay(day, 1);
        expect(daysBetween(day, next)).toBe(1);
        expect(next > day).toBe(true);
        day = next;
      }
      expect(day).toBe("2026-12-31");
    });
  });

  it("staleness across a daylight-saving change: 29, 30 and 31 days", () => {
    inZone(zone, () => {
      const settings = defaultSettings();
      const client = parseClient("Clients/A.md", { type: "client", stage: "Active" }, settings);
      const at = (lastContact: string) => evaluateClient({ ...client, lastContact }, { today: "2026-11-21", modifiedDay: null }, settings);
      expect([at("2026-10-23"), at("2026-10-22"), at("2026-10-21")].map((s) => [s.daysInactive, s.stale])).toEqual([[29, false], [30, true], [31, true]]);
    });
  });

  it("dates in frontmatter keep their written day", () => {
    inZone(zone, () => {
      expect(toDay("2026-11-21T23:30:00-08:00")).toBe("2026-11-21");
      expect(toDay("2026-11-21T00:30:00+13:00")).toBe("2026-11-21");
      expect(toDay(new Date("2026-11-21T00:00:00Z"))).toBe("2026-11-21");
      expect(toDay(new Date("2026-11-21T23:59:00Z"))).toBe("2026-11-21");
    });
  });
});

describe("dayOfTimestamp: the local calendar day of a modification time", () => {
  it.each([
    ["UTC", "2026-11-20T20:00:00Z", "2026-11-20"],
    ["Pacific/Auckland", "2026-11-20T20:00:00Z", "2026-11-21"],
    ["America/New_York", "2026-11-20T20:00:00Z", "2026-11-20"],
    ["UTC", "2026-11-21T03:00:00Z", "2026-11-21"],
    ["Pacific/Auckland", "2026-11-21T03:00:00Z", "2026-11-21"],
    ["America/New_York", "2026-11-21T03:00:00Z", "2026-11-20"],
    ["America/New_York", "2026-03-08T06:59:00Z", "2026-03-08"],
    ["America/New_York", "2026-03-08T04:59:00Z", "2026-03-07"],
  ])("in %s, %s is %s", (zone, iso, day) => {
    inZone(zone, () => {
      expect(dayOfTimestamp(Date.parse(iso))).toBe(day);
    });
  });
});
