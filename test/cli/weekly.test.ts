import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const client = (name: string, extra: string, body = "") => `---\ntype: client\ncompany: ${name}\nstage: Active\n${extra}\n---\n# ${name}\n${body}`;

describe("clientele weekly", () => {
  it("prints the approved sample review (the same core function as the plugin)", async () => {
    const { code, out, err } = await cli(["weekly", "vault-template", "--now", "2026-11-21"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toBe(readFileSync("test/core/report/__approved__/weekly-review.sample.approved.md", "utf8"));
  });

  it("counts changes since the newest earlier review note in the review folder", async () => {
    const vault = tmpVault({
      "Clients/Acme.md": client("Acme", "last_contact: 2026-11-20", "\n## Stage history\n\n- 2026-11-02: Proposal → Active\n- 2026-11-10: Active → Retention\n"),
      "Reviews/2026-W45 Weekly review.md": "---\ntype: weekly-review\ndate: 2026-11-05\n---\n# old\n",
      "Reviews/2026-W46 Weekly review.md": "---\ntype: weekly-review\ndate: 2026-11-09\n---\n# older than today\n",
      "Reviews/Future.md": "---\ntype: weekly-review\ndate: 2026-12-01\n---\n",
    });
    const { code, out } = await cli(["weekly", vault, "--now", "2026-11-21"]);
    expect(code).toBe(0);
    expect(out).toContain("since: 2026-11-09");
    expect(out).toContain("- [ ] [[Acme]] · Active → Retention (2026-11-10)");
    expect(out).not.toContain("Proposal → Active");
  });

  it("names weekly in the usage and refuses bad arguments", async () => {
    const { code, err } = await cli(["weekly", "vault-template", "--now", "tomorrow"]);
    expect(code).toBe(2);
    expect(err).toContain("clientele weekly VAULT [--now YYYY-MM-DD]");
  });
});

describe("health checks due: one rule in the weekly note, the text review and the JSON (issue 11, item 13)", () => {
  it("lists a Sunset client whose check is due, and a client without a stage, everywhere the JSON says healthCheckDue", async () => {
    const vault = tmpVault({
      "Clients/Old.md": client("Old", "last_review: 2026-01-05"),
      "Clients/Recent.md": client("Recent", "last_review: 2026-11-20"),
      "Clients/Gone.md": "---\ntype: client\ncompany: Gone\nstage: Sunset\nlast_review: 2026-10-22\n---\n# Gone\n",
      "Clients/Nostage.md": "---\ntype: client\ncompany: Nostage\n---\n# Nostage\n",
    });
    const json = JSON.parse((await cli(["review", vault, "--json", "--now", "2026-11-21"])).out) as { clients: { name: string; healthCheckDue: boolean }[] };
    const due = json.clients.filter((c) => c.healthCheckDue).map((c) => c.name);
    expect(due).toEqual(["Gone", "Nostage", "Old"]);
    const text = (await cli(["review", vault, "--now", "2026-11-21"])).out;
    expect(text).toContain("Health checks due (3)\n  Gone: last review 2026-10-22\n  Nostage: never reviewed\n  Old: last review 2026-01-05\n");
    const weekly = (await cli(["weekly", vault, "--now", "2026-11-21"])).out;
    expect(weekly).toContain("## Health checks due (3)\n\n- [ ] [[Gone]] · last check 2026-10-22, 30 days ago\n- [ ] [[Nostage]] · never checked\n- [ ] [[Old]] · last check 2026-01-05, 320 days ago\n");
  });
});
