import { describe, expect, it } from "vitest";
import { dueByClient } from "../../../src/core/agenda/vault-agenda";
import { defaultSettings } from "../../../src/core/model/settings";
import { evaluateVault } from "../../../src/core/records/vault";
import { TODAY } from "../../helpers/builders";
import { expectLinear } from "../../helpers/linear";

const settings = defaultSettings();
const note = (path: string, frontmatter: Record<string, unknown>) => ({ path, frontmatter, modifiedDay: null });

describe("dueByClient", () => {
  it("gives every client its own items, from its own records, needs and start day, in the agenda's order", () => {
    const evaluation = evaluateVault(
      [
        note("Clients/Acme.md", { type: "client", stage: "Active", last_review: "2026-11-01" }),
        note("Clients/Beta.md", { type: "client", stage: "Sunset", last_review: TODAY, last_contact: TODAY }),
        note("Billing/INV-1.md", { type: "invoice", client: "[[Acme]]", number: "INV-0001", amount: 10, due: "2026-11-01" }),
      ],
      TODAY,
      settings,
    );
    const needs = new Map([["Clients/Beta.md", [{ text: "A portal", written: "2026-11-01" }]]]);
    const since = new Map([["Clients/Acme.md", "2026-11-15"]]);
    const due = dueByClient(evaluation, needs, since, TODAY, settings);
    expect([...due.keys()]).toEqual(["Clients/Acme.md", "Clients/Beta.md"]);
    // Acme: the invoice overdue since 2026-11-02, the health check on 2026-12-01, the first contact
    // 14 days after its start (2026-11-29).
    expect(due.get("Clients/Acme.md")!.map((d) => `${d.day} ${d.kind} ${d.source ?? ""}`.trim())).toEqual([
      "2026-11-02 invoice Billing/INV-1.md",
      "2026-11-29 touchpoint",
      "2026-12-01 health-check",
    ]);
    // Beta (Sunset, reviewed today): the health check 30 days on and its unmet need 30 days after 2026-11-01.
    expect(due.get("Clients/Beta.md")!.map((d) => `${d.day} ${d.kind}`)).toEqual(["2026-12-01 unmet-need", "2026-12-21 health-check"]);
    expect(due.get("Clients/Beta.md")![0]!.text).toBe("Unmet need of Beta since 2026-11-01: A portal");
  });

  it("follows the settings: a rule switched off makes no item, healthCheckDays moves the check", () => {
    const s = defaultSettings();
    s.dueRules.touchpoint = false;
    s.healthCheckDays = 10;
    const evaluation = evaluateVault([note("Clients/Acme.md", { type: "client", stage: "Active", last_review: "2026-11-01" })], TODAY, s);
    expect(dueByClient(evaluation, new Map(), new Map(), TODAY, s).get("Clients/Acme.md")!.map((d) => `${d.day} ${d.kind}`)).toEqual(["2026-11-11 health-check"]);
  });

  it("stays linear in the number of clients and records", () => {
    expectLinear("dueByClient", (n) => {
      const notes = [];
      for (let i = 0; i < n; i++) {
        notes.push(note(`Clients/C${i}.md`, { type: "client", stage: "Active" }));
        notes.push(note(`Billing/I${i}.md`, { type: "invoice", client: `[[C${i}]]`, amount: 1, due: "2026-11-01" }));
      }
      const evaluation = evaluateVault(notes, TODAY, settings);
      dueByClient(evaluation, new Map(), new Map(), TODAY, settings);
    }, 200);
  });
});
