import { describe, it, expect } from "vitest";
import { addDaysToDay, daysBetween, isDay, toDay } from "../../../src/core/model/dates";

describe("toDay", () => {
  it.each([
    ["2026-11-21", "2026-11-21"],
    ["  2026-11-21 ", "2026-11-21"],
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
    ["2026-12-31", "2026-12-31"],
    // a full ISO date-time: the day as written, never shifted to UTC or local time
    ["2026-11-21T23:30:00-08:00", "2026-11-21"],
    ["2026-11-21T00:30:00+13:00", "2026-11-21"],
    ["2026-11-21T10:00:00Z", "2026-11-21"],
    ["2026-11-21T10:00:00.123Z", "2026-11-21"],
    ["2026-11-21T10:00", "2026-11-21"],
    ["2026-11-21 10:00:00", "2026-11-21"],
    ["2026-11-21T23:59:59+0530", "2026-11-21"],
  ])("reads %j as %s", (input, expected) => {
    expect(toDay(input)).toBe(expected);
  });

  it.each([
    "2026-02-29", "2026-02-30", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-11-00", "2026-11-32",
    "2026-1-5", "26-11-21", "2026/11/21", "21-11-2026", "2026-11-21x", "2026-11-21T", "2026-11-21Tnoon",
    "2026-11-21T24:00:00Z", "2026-11-21T10:60Z", "2026-11-21T10:00:61Z", "2026-11-21T10:00:00+25:00",
    "2026-02-30T10:00:00Z", "", "   ", "today",
  ])("rejects the string %j", (input) => {
    expect(toDay(input)).toBeNull();
  });

  it.each([[null], [undefined], [20261121], [true], [[]], [["2026-11-21"]], [{}], [new Date(Number.NaN)]])(
    "rejects the non-date %j",
    (input) => {
      expect(toDay(input)).toBeNull();
    },
  );

  it.each([
    [new Date(Date.UTC(2026, 10, 21)), "2026-11-21"],
    // a YAML timestamp is a moment: its UTC day is used, whatever the local zone
    [new Date("2026-11-21T23:30:00Z"), "2026-11-21"],
    [new Date("2026-11-21T00:30:00Z"), "2026-11-21"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
  ])("reads the Date %s as its UTC day", (input, expected) => {
    expect(toDay(input)).toBe(expected);
  });
});

describe("isDay", () => {
  it.each([
    ["2026-11-21", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    [" 2026-11-21", false],
    ["2026-11-21T10:00:00Z", false],
    ["", false],
  ])("%j -> %s", (input, expected) => {
    expect(isDay(input)).toBe(expected);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-11-21", "2026-11-21", 0],
    ["2026-10-11", "2026-11-21", 41],
    ["2026-10-22", "2026-11-21", 30],
    ["2026-11-21", "2026-10-22", -30],
    ["2026-12-31", "2027-01-01", 1],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-02-28", "2026-03-01", 1],
    ["2026-01-01", "2027-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
    ["2026-03-07", "2026-03-09", 2],
    ["2026-10-31", "2026-11-02", 2],
  ])("from %s to %s is %i", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it("throws on something that is not a day", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
  });
});

describe("addDaysToDay", () => {
  it.each([
    ["2026-11-21", 0, "2026-11-21"],
    ["2026-11-21", 10, "2026-12-01"],
    ["2026-11-21", -30, "2026-10-22"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2026-03-07", 1, "2026-03-08"],
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-11-01", -1, "2026-10-31"],
  ])("%s + %i days is %s", (day, n, expected) => {
    expect(addDaysToDay(day, n)).toBe(expected);
  });

  it("round-trips with daysBetween over a whole year", () => {
    for (let n = 0; n <= 366; n++) expect(daysBetween("2026-01-01", addDaysToDay("2026-01-01", n))).toBe(n);
  });

  it("refuses a fractional number of days and a non-day", () => {
    expect(() => addDaysToDay("2026-11-21", 1.5)).toThrow(RangeError);
    expect(() => addDaysToDay("2026-11-31", 1)).toThrow(RangeError);
  });
});
