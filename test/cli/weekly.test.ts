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
