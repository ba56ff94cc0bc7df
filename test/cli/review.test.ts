import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const client = (extra: string) => `---\ntype: client\n${extra}\n---\n# Body\n`;

describe("clientele review --json on the sample vault", () => {
  it("has the contract's shape for every client", async () => {
    const { code, out, err } = await cli(["review", "vault-template", "--json", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["today", "clients", "pipeline", "errors"]);
    expect(report.today).toBe("2026-11-21");
    const clients = report.clients as Record<string, unknown>[];
    expect(clients).toHaveLength(14);
    for (const c of clients) {
      expect(Object.keys(c)).toEqual([
        "path", "id", "name", "stage", "health", "lastActivity", "daysInactive", "stale", "healthCheckDue", "atRisk", "reasons", "diagnostics",
        "lastContact", "daysSinceContact", "outOfTouch", "clv", "tier", "risk", "trend", "daysInStage", "records", "due",
      ]);
      expect(Object.keys(c.risk as object)).toEqual(["score", "level", "parts", "reasons"]);
      expect(Object.keys(c.health as object)).toEqual(["score", "band", "complete", "scores", "warnings"]);
    }
    const paths = clients.map((c) => c.path as string);
    expect(paths).toEqual([...paths].sort());
    expect(report.pipeline).toEqual({ Discovery: 3, Proposal: 2, Active: 4, Retention: 3, Sunset: 2 });
    expect(report.errors).toEqual([]);
  });

  it("reports the sample's stale, critical and unscored clients from dates alone", async () => {
    const report = JSON.parse((await cli(["review", "vault-template", "--json", "--now", "2026-11-21"])).out) as { clients: { name: string; atRisk: boolean; reasons: string[]; health: { score: number | null } }[] };
    const atRisk = Object.fromEntries(report.clients.filter((c) => c.atRisk).map((c) => [c.name, c.reasons]));
    expect(atRisk).toEqual({
      // Risk (section 8): churn is round(100 x days since contact / 60) at most 100; profitability (5 - p) x 25.
      "Copperleaf Coffee Roasters": ["No activity for 52 days", "No contact for 52 days", "Risk 87 (High)"],
      "Fieldnote Analytics": ["Health 19 (Critical)"],
      // Halloran: churn 68 + 25 for the fall from 63 to 50 = 93, profitability 3 -> 50, and its invoices
      // are all paid (payment 0): risk round((40 x 0 + 30 x 93 + 30 x 50) / 100) = 43, Medium, so no risk reason.
      "Halloran Pike Solicitors": ["No activity for 41 days", "No contact for 41 days", "Health 50 (At Risk)"],
      "Kessler Fluid Systems": ["No activity for 65 days", "No contact for 65 days", "Risk 63 (High): Profitability 4 of 5"],
      // Meridian: INV-0015 (EUR 2,800) overdue 5 days of EUR 8,400 invoiced -> payment max(6, 33) = 33, churn 100,
      // profitability 2 -> 75: risk round((40 x 33 + 30 x 100 + 30 x 75) / 100) = 66.
      "Meridian Clinics": ["No activity for 120 days", "No contact for 120 days", "Health 25 (Critical)", "Risk 66 (High): 1 invoice overdue by 5 days, 33% of the last year's invoicing; Health fell from 56 to 25; Profitability 2 of 5"],
    });
    expect(report.clients.filter((c) => c.health.score === null).map((c) => c.name)).toEqual(["Copperleaf Coffee Roasters", "Open Harbour Foundation", "Tidewater Learning"]);
  });

  it("prints a readable review without colour when not on a terminal", async () => {
    const { code, out } = await cli(["review", "vault-template", "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(out).toContain("Clientele review for 2026-11-21 · 14 clients · 5 at risk");
    expect(out).toContain("Retention    3 clients   EUR 6,000 + GBP 4,000");
    expect(out).toMatch(/Meridian Clinics \(Clients\/Meridian Clinics\.md\): No activity for 120 days; No contact for 120 days; Health 25 \(Critical\); Risk 66 \(High\): 1 invoice overdue by 5 days/);
    expect(out).not.toContain("\u001b[");
  });

  it("shows each client's health trend as a text arrow and its days in stage", async () => {
    const { out } = await cli(["review", "vault-template", "--now", "2026-11-21"]);
    const lines = out.split("\n");
    expect(lines.find((l) => l.includes("Client") && l.includes("Warnings"))).toMatch(/Band\s+Trend\s+In stage\s+Inactive/);
    // Meridian's Health history fell from 56 to 25 (the risk reason above says so): 31 points down.
    const meridian = lines.find((l) => l.startsWith("  Meridian Clinics"));
    expect(meridian).toMatch(/↓ 31/);
    // Copperleaf has no scored health check: no trend.
    expect(lines.find((l) => l.startsWith("  Copperleaf Coffee Roasters"))).toMatch(/Unscored\s+—/);
    expect(lines.filter((l) => /[↑↓→] \d+/.test(l)).length).toBeGreaterThan(1);
  });
});

describe("reading notes from disk", () => {
  it.each([
    ["a byte order mark", "\uFEFF---\ntype: client\nstage: Active\n---\nbody"],
    ["CRLF line endings", "---\r\ntype: client\r\nstage: Active\r\n---\r\nbody\r\n"],
    ["a thematic break later in the body", "---\ntype: client\nstage: Active\n---\n# A\n\n---\n\nmore\n"],
  ])("finds the frontmatter with %s", async (_name, text) => {
    const vault = tmpVault({ "Clients/A.md": text });
    const report = JSON.parse((await cli(["review", vault, "--json"])).out) as { clients: { stage: string }[] };
    expect(report.clients.map((c) => c.stage)).toEqual(["Active"]);
  });

  it.each([
    ["no frontmatter", "# Just a note\n\ntype: client\n"],
    ["an empty block", "---\n---\nbody\n"],
    ["frontmatter only later in the body", "# Title\n---\ntype: client\n---\n"],
  ])("does not make a client of a note with %s", async (_name, text) => {
    const vault = tmpVault({ "A.md": text });
    const report = JSON.parse((await cli(["review", vault, "--json"])).out) as { clients: unknown[]; errors: unknown[] };
    expect(report.clients).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it("keeps dates as calendar days, not shifted through UTC", async () => {
    const vault = tmpVault({
      ".obsidian/plugins/clientele/data.json": JSON.stringify({ useModifiedTime: false }),
      "C.md": client("stage: Active\nlast_contact: 2026-11-01\nlast_review: 2026-10-31T23:30:00-10:00"),
    });
    for (const tz of ["UTC", "Pacific/Auckland", "America/Los_Angeles"]) {
      process.env.TZ = tz;
      const report = JSON.parse((await cli(["review", vault, "--json", "--now", "2026-11-21"])).out) as { clients: { lastActivity: string; daysInactive: number }[] };
      expect(report.clients[0]).toMatchObject({ lastActivity: "2026-11-01", daysInactive: 20 });
    }
    delete process.env.TZ;
  });

  it("lists a broken note under errors with the parser's message and line, and goes on", async () => {
    const vault = tmpVault({
      "Broken.md": "---\ntype: client\ntitle: Ver: 4.4\n---\n",
      "Dup.md": "---\ntype: client\nstage: Active\nstage: Proposal\n---\n",
      "Good.md": client("stage: Proposal"),
    });
    const { code, out } = await cli(["review", vault, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { clients: { path: string }[]; errors: { path: string; message: string }[] };
    expect(report.clients.map((c) => c.path)).toEqual(["Good.md"]);
    expect(report.errors.map((e) => e.path)).toEqual(["Broken.md", "Dup.md"]);
    expect(report.errors[0]?.message).toMatch(/line 3/);
    expect(report.errors[1]?.message).toMatch(/unique.*line 4/);
  });

  it("skips .obsidian and .trash", async () => {
    const vault = tmpVault({ ".obsidian/x.md": client("stage: Active"), ".trash/y.md": client("stage: Active"), "z.md": client("stage: Active") });
    const report = JSON.parse((await cli(["review", vault, "--json"])).out) as { clients: { path: string }[] };
    expect(report.clients.map((c) => c.path)).toEqual(["z.md"]);
  });

  it("uses the vault's plugin settings", async () => {
    const vault = tmpVault({
      ".obsidian/plugins/clientele/data.json": JSON.stringify({ stages: ["Lead", "Won"], staleDays: 10, useModifiedTime: false }),
      "a.md": client("stage: won\nlast_contact: 2026-11-10"),
    });
    const report = JSON.parse((await cli(["review", vault, "--json", "--now", "2026-11-21"])).out) as { clients: { stage: string; stale: boolean }[]; pipeline: object };
    expect(report.pipeline).toEqual({ Lead: 0, Won: 1 });
    expect(report.clients[0]).toMatchObject({ stage: "Won", stale: true });
  });
});

describe("arguments", () => {
  it.each([
    [[]],
    [["review"]],
    [["frobnicate", "vault-template"]],
    [["review", "vault-template", "--now", "21/11/2026"]],
    [["review", "vault-template", "--now"]],
    [["review", "vault-template", "--bogus"]],
    [["export", "vault-template"]],
    [["review", "vault-template", "extra"]],
  ])("%j gets a usage line and exit status 2", async (args) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^clientele: .+\nusage: clientele review VAULT/);
  });

  it("a missing vault folder is exit status 2 with a one-line message", async () => {
    const { code, err } = await cli(["review", "/nonexistent/vault"]);
    expect(code).toBe(2);
    expect(err).toBe("clientele: vault folder not found: /nonexistent/vault\n");
  });
});
