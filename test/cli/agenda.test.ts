import { describe, expect, it } from "vitest";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const TODAY = "2026-11-21";

// One item of each kind, on days chosen by hand for TODAY (2026-11-21):
// - Acme (Active, reviewed 2026-10-15): health check 2026-11-14 (overdue 7 d); touchpoint
//   2026-10-11 + 14 = 2026-10-25 (overdue 27 d); next action 2026-11-21 (today); contract CTR-0001
//   ends 2027-01-20 with 60 days notice: notice deadline 2026-11-21 (today); INV-0004 due 2026-11-10:
//   item 2026-11-11 (overdue 10 d); FB-0001 opened 2026-11-20: first response due 2026-11-22 (in 1 d);
//   unmet need written 2026-10-30: due 2026-11-29 (in 8 d: outside 7 days, inside 10).
// - Beta (Sunset, reviewed today, snooze over): health check 2026-12-21 only (outside every window).
// - Gamma: snoozed until 2026-12-01: nothing.
const VAULT = {
  "Clients/Acme Robotics.md":
    "---\ntype: client\ncompany: Acme Robotics\nstage: Active\nlast_review: 2026-10-15\nlast_contact: 2026-10-11\nnext_action: Send the proposal\nnext_action_due: 2026-11-21\n---\n# Acme\n\n### Unmet needs\n\n- 2026-10-30: A supplier portal\n- An undated need (the CLI cannot know when it was first seen)\n",
  "Clients/Beta.md": "---\ntype: client\nstage: Sunset\nlast_review: 2026-11-21\nlast_contact: 2026-11-21\nsnooze_until: 2026-11-01\n---\n",
  "Clients/Gamma.md": "---\ntype: client\nstage: Active\nsnooze_until: 2026-12-01\n---\n",
  "Legal/Acme MSA.md": '---\ntype: contract\nclient: "[[Acme Robotics]]"\nrecord_id: CTR-0001\nstart: 2026-01-20\nend: 2027-01-20\nnotice_days: 60\nstatus: signed\n---\n',
  "Billing/INV-0004.md": '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0004\namount: 100\ndue: 2026-11-10\n---\n',
  "Support/FB-0001.md": '---\ntype: feedback\nclient: "[[Acme Robotics]]"\nrecord_id: FB-0001\nopened: 2026-11-20\n---\n',
};

interface AgendaJson {
  today: string;
  days: number;
  items: { client: string; clientName: string; kind: string; day: string; text: string; source: string | null; overdue: boolean }[];
}

describe("clientele agenda", () => {
  const vault = tmpVault(VAULT);

  it("prints every kind, grouped overdue / today / next days, with a count", async () => {
    const r = await cli(["agenda", vault, "--now", TODAY]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      [
        "Agenda for 2026-11-21: overdue, today and the next 7 days",
        "",
        "Overdue (3)",
        "2026-10-25  overdue 27 d  Acme Robotics  Touchpoint due with Acme Robotics (last contact 2026-10-11)",
        "2026-11-11  overdue 10 d  Acme Robotics  Invoice INV-0004 overdue since 2026-11-11",
        "2026-11-14  overdue 7 d   Acme Robotics  Health check due for Acme Robotics",
        "",
        "Today (2)",
        "2026-11-21  today         Acme Robotics  Next action for Acme Robotics: Send the proposal",
        "2026-11-21  today         Acme Robotics  Renewal notice deadline for Acme Robotics: contract CTR-0001 ends 2027-01-20",
        "",
        "Next 7 days (1)",
        "2026-11-22  in 1 d        Acme Robotics  Feedback FB-0001 from Acme Robotics awaits a first response",
        "",
        "6 items: 3 overdue, 2 today, 1 in the next 7 days",
        "",
      ].join("\n"),
    );
  });

  it("--days widens or narrows the window", async () => {
    const wide = await cli(["agenda", vault, "--now", TODAY, "--days", "10"]);
    expect(wide.out).toContain("Next 10 days (2)");
    expect(wide.out).toContain("2026-11-29  in 8 d        Acme Robotics  Unmet need of Acme Robotics since 2026-10-30: A supplier portal");
    expect(wide.out).not.toContain("undated");
    const none = await cli(["agenda", vault, "--now", TODAY, "--days", "0"]);
    expect(none.out).toContain("5 items: 3 overdue, 2 today\n");
    expect(none.out).not.toMatch(/^Next \d+ days/m);
  });

  it("--json: { today, days, items } with overdue", async () => {
    const r = await cli(["agenda", vault, "--now", TODAY, "--json", "--days", "10"]);
    const j = JSON.parse(r.out) as AgendaJson;
    expect(Object.keys(j)).toEqual(["today", "days", "items"]);
    expect(j.today).toBe(TODAY);
    expect(j.days).toBe(10);
    expect(j.items.map((i) => i.kind)).toEqual(["touchpoint", "invoice", "health-check", "next-action", "renewal", "feedback", "unmet-need"]);
    expect(j.items[1]).toEqual({
      client: "Clients/Acme Robotics.md", clientName: "Acme Robotics", kind: "invoice", day: "2026-11-11",
      text: "Invoice INV-0004 overdue since 2026-11-11", source: "Billing/INV-0004.md", overdue: true,
    });
    expect(j.items.map((i) => i.overdue)).toEqual([true, true, true, false, false, false, false]);
  });

  it("review --json and client --json carry the client's due items, all of them", async () => {
    const review = JSON.parse((await cli(["review", vault, "--json", "--now", TODAY])).out) as { clients: { name: string; due: { kind: string; day: string }[] }[] };
    const byName = Object.fromEntries(review.clients.map((c) => [c.name, c.due.map((d) => `${d.day} ${d.kind}`)]));
    expect(byName["Beta"]).toEqual(["2026-12-21 health-check"]);
    expect(byName["Gamma"]).toEqual([]);
    expect(byName["Acme Robotics"]).toHaveLength(7);
    const client = JSON.parse((await cli(["client", vault, "Acme Robotics", "--json", "--now", TODAY])).out) as { client: { due: unknown[] } };
    expect(client.client.due).toEqual(review.clients.find((c) => c.name === "Acme Robotics")!.due);
  });

  it("a bad --days: one clear message, exit 2", async () => {
    for (const bad of ["x", "1.5", "3661", ""]) {
      const r = await cli(["agenda", vault, "--days", bad]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")[0]).toBe(`clientele: --days needs a whole number of days from 0 to 3660, got ${JSON.stringify(bad)}`);
    }
    const other = await cli(["review", vault, "--days", "3"]);
    expect(other.code).toBe(2);
    expect(other.err.split("\n")[0]).toBe('clientele: unknown option "--days" for review');
  });

  it("terminal escapes in notes are inert in the text", async () => {
    const evil = tmpVault({ "Clients/Evil.md": '---\ntype: client\ncompany: "Evil\\u001b]0;pwned\\u0007 Corp"\nstage: Active\nnext_action: "Pay \\u001b[2J now"\nnext_action_due: 2026-11-20\n---\n' });
    const r = await cli(["agenda", evil, "--now", TODAY]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("\u001b");
    expect(r.out).not.toContain("\u0007");
    expect(r.out).toContain("Evil\uFFFD]0;pwned\uFFFD Corp");
    const j = JSON.parse((await cli(["agenda", evil, "--now", TODAY, "--json"])).out) as AgendaJson;
    expect(j.items.some((i) => i.text.includes("\u001b[2J"))).toBe(true); // kept as data, escaped by JSON
  });
});

describe("clientele agenda on the sample vault", () => {
  it("lists Meridian Clinics' overdue health check and next action", async () => {
    const r = await cli(["agenda", "vault-template", "--now", "2026-11-21", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as AgendaJson;
    expect(j.days).toBe(7);
    const meridian = j.items.filter((i) => i.clientName === "Meridian Clinics").map((i) => `${i.day} ${i.kind} ${i.overdue}`);
    // last_review 2026-06-30 + 30 days; next_action_due 2026-09-01 (both in the sample note).
    expect(meridian).toContain("2026-07-30 health-check true");
    expect(meridian).toContain("2026-09-01 next-action true");
    const days = j.items.map((i) => i.day);
    expect(days.every((d) => d <= "2026-11-28")).toBe(true);
    const text = await cli(["agenda", "vault-template", "--now", "2026-11-21"]);
    expect(text.out).toMatch(/^2026-07-30 {2}overdue 114 d +Meridian Clinics +Health check due for Meridian Clinics$/m);
  });
});
