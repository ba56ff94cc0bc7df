// `clientele client VAULT NAME [--json]` shows the client's success plan (issue 14): `successPlan`
// in the JSON, a line in the profile; null and no line without a plan.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const PLAN = "## Success plan\n\n### Goals\n- [x] Weekly reporting live\n- [ ] Two teams onboarded\n  - [X] Team A\n\n### Milestones\n- [ ] First quarterly review\n- [ ] \n\n## Interaction log\n- [x] not a goal\n";
const VAULT = {
  "Clients/Acme.md": `---\ntype: client\nclient_id: CLI-00001\nstage: Active\n---\n# Acme\n\n${PLAN}`,
  "Clients/Beta.md": "---\ntype: client\nclient_id: CLI-00002\nstage: Active\n---\n# Beta\n",
};

describe("clientele client: success plan", () => {
  const vault = tmpVault(VAULT);

  it("puts the plan in the JSON as successPlan, null without one", async () => {
    const acme = await cli(["client", vault, "Acme", "--json"]);
    expect(acme.code).toBe(0);
    expect((JSON.parse(acme.out) as { successPlan: unknown }).successPlan).toEqual({ done: 2, total: 4, percent: 50 });
    const beta = await cli(["client", vault, "Beta", "--json"]);
    expect((JSON.parse(beta.out) as { successPlan: unknown }).successPlan).toBeNull();
  });

  it("says it in the profile", async () => {
    expect((await cli(["client", vault, "Acme"])).out).toContain("\n  Success plan       50% (2 of 4 done)\n");
    expect((await cli(["client", vault, "Beta"])).out).not.toContain("Success plan");
  });

  it("keeps the plan when the second run reads the CLI's cache", async () => {
    const cached = tmpVault({ ...VAULT, ".obsidian/app.json": "{}" });
    const first = await cli(["client", cached, "Acme", "--json"]);
    const second = await cli(["client", cached, "Acme", "--json"]);
    expect(existsSync(join(cached, ".obsidian/plugins/clientele/cli-cache.json"))).toBe(true);
    expect(second.out).toBe(first.out);
    expect((JSON.parse(second.out) as { successPlan: unknown }).successPlan).toEqual({ done: 2, total: 4, percent: 50 });
  });
});
