import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../../src/cli/csv";
import { parseClient } from "../../../src/core/model/client";
import { CLIENT_FIELDS, OBSIDIAN_FIELDS, RECORD_FIELDS, obsidianTypes, readmeTable } from "../../../src/core/model/fields";
import { HEALTH_CATEGORIES, HEALTH_KEYS } from "../../../src/core/model/health";
import { defaultSettings } from "../../../src/core/model/settings";

const settings = defaultSettings();

/** The README's `| property | type | meaning |` block, as written. */
function readmeBlock(): string {
  const lines = readFileSync("README.md", "utf8").split("\n");
  const start = lines.indexOf("| property | type | meaning |");
  expect(start).toBeGreaterThan(lines.indexOf("## Client notes"));
  let end = start;
  while (end < lines.length && lines[end]!.startsWith("|")) end++;
  return lines.slice(start, end).join("\n");
}

describe("the field table", () => {
  it("README's client property table is the one rendered from the table (run node scripts/gen-types-json.mjs)", () => {
    expect(readmeBlock()).toBe(readmeTable());
  });

  it("vault-template/.obsidian/types.json is the one rendered from the table (run node scripts/gen-types-json.mjs)", () => {
    const file = readFileSync("vault-template/.obsidian/types.json", "utf8");
    expect(file).toBe(JSON.stringify(obsidianTypes(), null, 2) + "\n");
  });

  it("types.json uses only Obsidian's property types and keeps the keys it had", () => {
    const { types } = obsidianTypes();
    for (const t of Object.values(types)) expect(["text", "number", "date", "multitext", "checkbox", "tags", "aliases"]).toContain(t);
    for (const key of ["type", "client", "signed", "start", "end", "rate", "tags", "aliases"]) expect(types).toHaveProperty(key);
  });

  it("has no key twice within a note kind, and every field has words", () => {
    for (const fields of [CLIENT_FIELDS, OBSIDIAN_FIELDS, ...Object.values(RECORD_FIELDS)]) {
      const keys = fields.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of fields) {
        expect(f.label).not.toBe("");
        expect(f.meaning).not.toBe("");
      }
    }
  });

  it("lists the six record kinds of section 7, each with type and client", () => {
    expect(Object.keys(RECORD_FIELDS)).toEqual(["contact", "deal", "contract", "invoice", "po", "feedback"]);
    for (const fields of Object.values(RECORD_FIELDS)) expect(fields.slice(0, 2).map((f) => f.key)).toEqual(["type", "client"]);
  });

  it("the health keys are the Health Matrix's, each read into its category", () => {
    const health = CLIENT_FIELDS.filter((f) => f.health !== undefined);
    expect(health.map((f) => f.key)).toEqual(HEALTH_CATEGORIES.map((c) => HEALTH_KEYS[c]));
    expect(health.map((f) => f.health)).toEqual([...HEALTH_CATEGORIES]);
  });

  it("the CSV columns are path, the csv fields in table order, then the computed columns", () => {
    const fields = CLIENT_FIELDS.filter((f) => f.shows.includes("csv")).map((f) => f.key);
    expect(CSV_COLUMNS.slice(0, fields.length + 1)).toEqual(["path", ...fields]);
    expect(CSV_COLUMNS.slice(fields.length + 1)).toEqual([
      "health_score", "health_band", "health_complete", "last_activity", "days_inactive", "stale", "health_check_due", "at_risk", "reasons",
    ]);
  });

  it("a client field with no ClientProps property is read into extra, by its kind, with the kind's diagnostic", () => {
    const sample = { text: "x", link: "[[X]]", number: 7, date: "2026-01-02", list: ["a"], boolean: true } as const;
    const bad = { text: [[1]], link: [[1]], number: "lots", date: "someday", list: 3, boolean: "yes" } as const;
    for (const f of CLIENT_FIELDS.filter((x) => x.prop === undefined && x.health === undefined && x.key !== "type")) {
      const good = parseClient("Clients/A.md", { type: "client", stage: "Active", [f.key]: sample[f.kind] }, settings);
      expect(good.diagnostics).toEqual([]);
      expect(good.extra?.[f.key]).toEqual(sample[f.kind]);
      const wrong = parseClient("Clients/A.md", { type: "client", stage: "Active", [f.key]: bad[f.kind] }, settings);
      expect(wrong.diagnostics.map((d) => d.field)).toEqual([f.key]);
      expect(wrong.extra).toBeUndefined();
    }
  });

  it("a note without any extra property has no extra map", () => {
    expect(parseClient("Clients/A.md", { type: "client", stage: "Active", value: 3 }, settings)).not.toHaveProperty("extra");
  });
});
