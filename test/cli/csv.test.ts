import { describe, expect, it } from "vitest";
import { csvField } from "../../src/cli/csv";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

describe("CSV export", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["plain", "plain"],
    ["a,b", "\"a,b\""],
    ["line\nbreak", "\"line\nbreak\""],
  ])("quotes %j safely", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("numbers stay numbers and null is empty", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });

  it("writes one row per client with every property and the computed columns", async () => {
    const { code, out } = await cli(["export", "vault-template", "--csv", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(out.startsWith("\uFEFFpath,client_id,company,stage")).toBe(true);
    const rows = out.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(15);
    expect(rows[0]).toContain("health_score,health_band,health_complete,last_activity,days_inactive,stale,health_check_due,at_risk,reasons");
    const meridian = rows.find((r) => r.includes("Meridian Clinics"));
    expect(meridian).toContain(",25,Critical,true,2026-07-24,120,true,true,true,");
  });

  it("defuses a hostile company name", async () => {
    const vault = tmpVault({ "x.md": "---\ntype: client\ncompany: \"=cmd|' /C calc'!A0\"\nstage: Active\n---\n" });
    const { out } = await cli(["export", vault, "--csv"]);
    expect(out).toContain("'=cmd|' /C calc'!A0");
    expect(out).not.toMatch(/,=cmd/);
  });
});
