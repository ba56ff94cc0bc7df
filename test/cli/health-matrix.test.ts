// The CLI reads the Health Matrix from the vault's .obsidian/plugins/clientele/data.json.
import { describe, expect, it } from "vitest";
import { SEED_002_MATRIX } from "../../src/core/model/health-matrix";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const NOTE = [
  "---", "type: client", "client_id: CLI-00001", "company: Usage Co", "stage: Active", "last_contact: 2026-11-20",
  "health_usage: 4", "health_support: 3", "health_relationship_depth: 5", "health_outcomes: 2", "health_growth: 1", "---",
  "# Usage Co", "", "## Health history", "",
  "- 2026-10-01: usage=2 support=2 relationship_depth=3 outcomes=2 = 31 (Critical)",
  "- 2026-11-01: usage=4 support=3 relationship_depth=5 outcomes=2 = 64 (Good)", "",
].join("\n");

const vault = (data?: object) => tmpVault({
  "Clients/Usage Co.md": NOTE,
  ...(data ? { ".obsidian/plugins/clientele/data.json": JSON.stringify(data) } : {}),
});

describe("the CLI follows the Health Matrix setting", () => {
  it("review --json scores the configured categories (seed 002: 64 Good) and ignores health_growth", async () => {
    const { code, out } = await cli(["review", vault({ version: 1, healthMatrix: SEED_002_MATRIX }), "--json", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    const c = (JSON.parse(out) as { clients: { health: unknown; diagnostics: unknown[] }[] }).clients[0]!;
    expect(c.health).toEqual({
      score: 64, band: "Good", complete: true,
      scores: { usage: 4, support: 3, relationship_depth: 5, outcomes: 2 },
      warnings: ["Business outcomes is 2/5"],
    });
    expect(c.diagnostics).toEqual([]);
  });

  it("without a stored matrix, the same note is scored by the default four (only growth is there)", async () => {
    const { out } = await cli(["review", vault(), "--json", "--now", "2026-11-21"]);
    const c = (JSON.parse(out) as { clients: { health: unknown }[] }).clients[0]!;
    expect(c.health).toEqual({ score: 0, band: "Critical", complete: false, scores: { growth: 1 }, warnings: ["Growth potential is 1/5"] });
  });

  it("client --json lists the custom keys among the properties and reads the trend from id=score lines", async () => {
    const { out } = await cli(["client", vault({ version: 1, healthMatrix: SEED_002_MATRIX }), "CLI-00001", "--json", "--now", "2026-11-21"]);
    const report = JSON.parse(out) as { client: { properties: Record<string, unknown> } };
    const keys = Object.keys(report.client.properties);
    expect(keys.filter((k) => k.startsWith("health_"))).toEqual(["health_growth", "health_usage", "health_support", "health_relationship_depth", "health_outcomes"]);
    expect(out).toContain("\"trend\": 33");
  });

  it("export --csv has a column for each configured category after the default four", async () => {
    const { out } = await cli(["export", vault({ version: 1, healthMatrix: SEED_002_MATRIX }), "--csv", "--now", "2026-11-21"]);
    const [header, row] = out.slice(1).trimEnd().split("\r\n");
    const cols = header!.split(",");
    expect(cols.filter((k) => k.startsWith("health_"))).toEqual([
      "health_profitability", "health_communication", "health_strategic_fit", "health_growth",
      "health_usage", "health_support", "health_relationship_depth", "health_outcomes", "health_score", "health_band", "health_complete", "health_check_due",
    ]);
    const cells = row!.split(",");
    expect(cells[cols.indexOf("health_usage")]).toBe("4");
    expect(cells[cols.indexOf("health_score")]).toBe("64");
  });

  it("v1 data.json weights still load", async () => {
    const { out } = await cli(["review", vault({ version: 1, weights: { profitability: 1, communication: 1, strategic_fit: 1, growth: 0 } }), "--json", "--now", "2026-11-21"]);
    const c = (JSON.parse(out) as { clients: { health: { score: unknown; warnings: unknown } }[] }).clients[0]!;
    // growth is the only valid category and weighs 0: unscored, but it still warns.
    expect(c.health).toMatchObject({ score: null, warnings: ["Growth potential is 1/5"] });
  });
});
