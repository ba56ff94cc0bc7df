// `clientele client VAULT ID_OR_NAME [--json]`: one client with its records, derived values and
// diagnostics, found by id or name; the roll-ups below are computed by hand for 2026-11-21.
import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const VAULT = {
  // File times are today's real date here, after --now: they must not count.
  ".obsidian/plugins/clientele/data.json": '{"useModifiedTime": false}',
  "Clients/Acme Robotics.md": "---\ntype: client\nclient_id: CLI-00001\nstage: Proposal\ncurrency: EUR\nlast_contact: 2026-10-01\n---\n# Acme\n",
  "Clients/Beta.md": "---\ntype: client\nclient_id: CLI-00002\nstage: Active\n---\n",
  "People/Ana Ruiz.md": '---\ntype: contact\nclient: "[[Acme Robotics]]"\nrole: [champion, billing]\nlast_contact: 2026-11-18\n---\n',
  "Billing/INV-0001.md": '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0001\namount: 1200\ncurrency: EUR\nissued: 2026-09-05\ndue: 2026-10-05\n---\n',
  "Billing/INV-0002.md": '---\ntype: invoice\nclient: ["[[Clients/Acme Robotics]]", "[[Beta]]"]\nnumber: INV-0002\namount: 90\ncurrency: USD\ndue: 2026-12-20\n---\n',
  "Legal/Acme MSA.md": '---\ntype: contract\nclient: "[[Acme Robotics]]"\nrecord_id: CTR-0001\nstatus: signed\nend: 2027-01-31\nnotice_days: 60\n---\n',
  "Deals/Orphan.md": '---\ntype: deal\nclient: "[[Gone Ltd]]"\nvalue: 5\n---\n',
  "Templates/Invoice.md": '---\ntype: invoice\nclient: "[[{{title}}]]"\n---\n',
};

interface ClientJson {
  client: { id: string; lastContact: string; lastActivity: string; properties: Record<string, unknown> };
  rollup: { counts: Record<string, number>; byRole: Record<string, string[]>; invoices: Record<string, unknown>; contract: Record<string, unknown>; warnings: string[]; diagnostics: { path: string; message: string }[] };
  records: { path: string; kind: string; id: string | null }[];
}

describe("clientele client", () => {
  const vault = tmpVault(VAULT);

  it("finds the client by id, name or note name, case-insensitively, and prints its records as JSON", async () => {
    const byId = await cli(["client", vault, "cli-00001", "--json"]);
    expect(byId.code).toBe(0);
    const j = JSON.parse(byId.out) as ClientJson;
    expect(j.client.id).toBe("CLI-00001");
    // The contact's last contact (2026-11-18) is later than the note's own (2026-10-01).
    expect(j.client.lastContact).toBe("2026-11-18");
    expect(j.client.lastActivity).toBe("2026-11-18");
    expect(j.client.properties).toMatchObject({ client_id: "CLI-00001", stage: "Proposal", currency: "EUR" });
    expect(j.rollup.counts).toEqual({ contact: 1, deal: 0, contract: 1, invoice: 2, po: 0, feedback: 0 });
    expect(j.rollup.byRole).toEqual({ champion: ["Ana Ruiz"], billing: ["Ana Ruiz"] });
    // INV-0001 1200 EUR due 2026-10-05: 47 days overdue. INV-0002 is in USD: listed, not summed.
    expect(j.rollup.invoices).toMatchObject({ overdue: 1200, overdueCount: 1, oldestOverdueDays: 47, open: 0, openCount: 1 });
    expect(j.rollup.diagnostics.map((d) => d.message)).toEqual(["INV-0002: amount 90 USD is not in the client's currency EUR; listed, not summed"]);
    // 2027-01-31 minus 60 days is 2026-12-02: 11 days away.
    expect(j.rollup.contract).toMatchObject({ end: "2027-01-31", noticeDeadline: "2026-12-02", daysToNotice: 11 });
    expect(j.rollup.warnings).toEqual(["No decision maker"]);
    expect(j.records.map((r) => [r.path, r.kind, r.id])).toEqual([
      ["Billing/INV-0001.md", "invoice", "INV-0001"],
      ["Billing/INV-0002.md", "invoice", "INV-0002"],
      ["Legal/Acme MSA.md", "contract", "CTR-0001"],
      ["People/Ana Ruiz.md", "contact", null],
    ]);
    const byName = await cli(["client", vault, "ACME robotics", "--json"]);
    expect(byName.out).toBe(byId.out);
  });

  it("a record linking two clients counts for both, in each client's currency", async () => {
    const j = JSON.parse((await cli(["client", vault, "Beta", "--json"])).out) as ClientJson;
    expect(j.rollup.counts.invoice).toBe(1);
    expect(j.rollup.invoices).toMatchObject({ open: 90, openCount: 1 });
  });

  it("prints a readable profile without --json", async () => {
    const r = await cli(["client", vault, "CLI-00001"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Acme Robotics (CLI-00001)");
    expect(r.out).toContain("Stakeholders       champion: Ana Ruiz; billing: Ana Ruiz");
    expect(r.out).toContain("Contract           Acme MSA: ends 2027-01-31, notice by 2026-12-02 (in 11 days)");
    expect(r.out).toContain("Overdue            INV-0001: EUR 1,200, due 2026-10-05, 47 days overdue");
  });

  it("names an overdue amount in another currency instead of EUR 0, shows cents with two decimals and says 1 day", async () => {
    const v = tmpVault({
      "Clients/Vela.md": "---\ntype: client\nclient_id: CLI-00001\nstage: Active\ncurrency: EUR\n---\n",
      // USD 2,400 due 2026-11-08: 13 days overdue on 2026-11-21, listed, not summed into EUR.
      "Billing/INV-0001.md": '---\ntype: invoice\nclient: "[[Vela]]"\nnumber: INV-0001\namount: 2400\ncurrency: USD\ndue: 2026-11-08\n---\n',
      // Paid EUR 684.2 + 500 = 1,184.20; open EUR 9,500.5.
      "Billing/INV-0002.md": '---\ntype: invoice\nclient: "[[Vela]]"\nnumber: INV-0002\namount: 684.2\ndue: 2026-10-31\npaid: 2026-10-27\n---\n',
      "Billing/INV-0003.md": '---\ntype: invoice\nclient: "[[Vela]]"\nnumber: INV-0003\namount: 500\ndue: 2026-10-31\npaid: 2026-10-27\n---\n',
      "Billing/INV-0004.md": '---\ntype: invoice\nclient: "[[Vela]]"\nnumber: INV-0004\namount: 9500.5\ndue: 2026-12-02\n---\n',
      // Opened 2026-11-10, first response and resolved a day later: 1 day each on average.
      "Feedback/FB-0001.md": '---\ntype: feedback\nclient: "[[Vela]]"\nopened: 2026-11-10\nfirst_response: 2026-11-11\nresolved: 2026-11-11\n---\n',
    });
    const r = await cli(["client", v, "CLI-00001"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Invoices           open EUR 9,500.50, 1 overdue (USD 2,400 not in EUR, oldest 13 days), paid EUR 1,184.20\n");
    expect(r.out).not.toContain("EUR 0");
    expect(r.out).toContain("Overdue            INV-0001: USD 2,400, due 2026-11-08, 13 days overdue");
    expect(r.out).toContain("Feedback           0 open, first response in 1 day on average, resolved in 1 day on average\n");
  });

  it("says so, with exit status 2, when no client or several match", async () => {
    const none = await cli(["client", vault, "Nobody"]);
    expect(none.code).toBe(2);
    expect(none.err).toBe('clientele: no client "Nobody" among 2 client notes (try the client id, e.g. CLI-00001, or the note\'s name)\n');
    const twice = tmpVault({ "A/Same.md": "---\ntype: client\nclient_id: CLI-00001\n---\n", "B/Same.md": "---\ntype: client\nclient_id: CLI-00002\n---\n" });
    const several = await cli(["client", twice, "same"]);
    expect(several.code).toBe(2);
    expect(several.err).toContain('"same" names 2 clients: A/Same.md (CLI-00001), B/Same.md (CLI-00002)');
    const missing = await cli(["client", vault]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("client needs the client's id or name after VAULT");
  });
});
