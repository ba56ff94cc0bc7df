// --segment on review, export and agenda: a saved segment from the vault's settings or a
// condition keeps only the matching clients; a bad one is a usage problem, exit 2.
import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const VAULT = {
  "Clients/Acme.md": "---\ntype: client\ncompany: Acme\nstage: Active\ntags: [retainer]\nlast_review: 2026-11-01\nlast_contact: 2026-11-01\n---\n",
  "Clients/Globex.md": "---\ntype: client\ncompany: Globex\nstage: Proposal\nlast_review: 2026-11-01\nlast_contact: 2026-11-01\n---\n",
  "Clients/Initech.md": "---\ntype: client\ncompany: Initech\nstage: Active\nlast_review: 2026-11-01\nlast_contact: 2026-11-01\n---\n",
  ".obsidian/plugins/clientele/data.json": JSON.stringify({ segments: [{ name: "Retainers", when: "tag:retainer" }] }),
};

const names = (json: string) => (JSON.parse(json) as { clients: { name: string }[] }).clients.map((c) => c.name);

describe("--segment", () => {
  it("review --json keeps the clients of a condition, or of a saved segment by name", async () => {
    const dir = tmpVault(VAULT);
    expect(names((await cli(["review", dir, "--json"])).out)).toEqual(["Acme", "Globex", "Initech"]);
    expect(names((await cli(["review", dir, "--json", "--segment", "stage:Active"])).out)).toEqual(["Acme", "Initech"]);
    expect(names((await cli(["review", dir, "--json", "--segment", "retainers"])).out)).toEqual(["Acme"]);
  });

  it("export and agenda follow it too", async () => {
    const dir = tmpVault(VAULT);
    const csv = (await cli(["export", dir, "--csv", "--segment", "stage:Proposal"])).out;
    expect(csv.split("\r\n").filter((l) => l !== "")).toHaveLength(2);
    expect(csv).toContain("Globex");
    const agenda = JSON.parse((await cli(["agenda", dir, "--json", "--days", "30", "--segment", "stage:Proposal"])).out) as { items: { clientName: string }[] };
    expect(agenda.items.length).toBeGreaterThan(0);
    expect(new Set(agenda.items.map((i) => i.clientName))).toEqual(new Set(["Globex"]));
  });

  it("names a bad segment and exits 2; refuses it on commands without clients to filter", async () => {
    const dir = tmpVault(VAULT);
    const bad = await cli(["review", dir, "--segment", "tier:Platinum"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^clientele: --segment: "tier:Platinum" is no saved segment and not a condition/);
    expect(bad.out).toBe("");
    const weekly = await cli(["weekly", dir, "--segment", "stage:Active"]);
    expect(weekly.code).toBe(2);
    expect(weekly.err).toContain('unknown option "--segment" for weekly');
  });
});
