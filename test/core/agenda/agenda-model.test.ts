// The agenda view's model (contract section 9): rows grouped Overdue / Today / Next N days.
import { describe, expect, it } from "vitest";
import { agendaCounts, agendaModel, DueCache, type AgendaModelInput } from "../../../src/core/agenda/agenda-model";
import { dueCounts } from "../../../src/core/agenda/agenda-actions";
import type { NeedItem } from "../../../src/core/agenda/due";
import { defaultSettings } from "../../../src/core/model/settings";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

function input(over: Partial<AgendaModelInput> = {}): AgendaModelInput {
  const settings = defaultSettings();
  for (const k of Object.keys(settings.dueRules) as (keyof typeof settings.dueRules)[]) settings.dueRules[k] = k === "health-check" || k === "next-action" || k === "unmet-need";
  return {
    statuses: [
      clientStatus("Clients/Acme.md", { company: "Acme", stage: "Active", last_review: "2026-10-15" }), // due 2026-11-14: overdue 7 d
      clientStatus("Clients/Birch.md", { company: "Birch", stage: "Active", last_review: "2026-10-24", next_action_due: TODAY }), // review in 2 d; next action today
      clientStatus("Clients/Cobalt.md", { company: "Cobalt", stage: "Active", last_review: "2026-11-20" }), // due 2026-12-20: beyond 7 days
    ],
    records: () => [],
    needs: () => [],
    since: () => null,
    today: TODAY,
    settings,
    ...over,
  };
}

describe("agendaModel", () => {
  it("groups the items Overdue / Today / Next 7 days with labels, later ones left out", () => {
    const m = agendaModel(input());
    expect(m.groups.map((g) => g.heading)).toEqual(["Overdue", "Today", "Next 7 days"]);
    const [overdue, today, ahead] = m.groups;
    expect(overdue?.rows).toEqual([{ clientName: "Acme", clientPath: "Clients/Acme.md", kind: "health-check", day: "2026-11-14", text: "Health check due for Acme", label: "overdue 7 d", overdue: true, source: null }]);
    expect(today?.rows.map((r) => [r.clientName, r.kind, r.label])).toEqual([["Birch", "next-action", "today"]]);
    expect(ahead?.rows.map((r) => [r.clientName, r.kind, r.day, r.label])).toEqual([["Birch", "health-check", "2026-11-23", "in 2 d"]]);
    expect(m.count).toBe(3);
  });

  it("counts the look-ahead from the settings and names a one-day window", () => {
    const base = input();
    const m = agendaModel({ ...base, settings: { ...base.settings, agendaDays: 1 } });
    expect(m.groups[2]?.heading).toBe("Next day");
    expect(m.groups[2]?.rows).toEqual([]);
    expect(m.count).toBe(2);
  });

  it("makes an item of a dated unmet need 30 days on, and skips an undated one", () => {
    const needs: NeedItem[] = [{ text: "SSO", written: "2026-10-01" }, { text: "Exports", written: null }];
    const m = agendaModel(input({ needs: (p) => (p === "Clients/Cobalt.md" ? needs : []) }));
    const rows = m.groups.flatMap((g) => g.rows).filter((r) => r.kind === "unmet-need");
    expect(rows.map((r) => [r.clientName, r.day, r.label])).toEqual([["Cobalt", "2026-10-31", "overdue 21 d"]]);
  });

  it("carries the record note behind a record's item on its row (Mark paid writes to it)", () => {
    const base = input();
    base.settings.dueRules.invoice = true;
    const invoice = recordOf("Billing/INV-7.md", { type: "invoice", client: "[[Acme]]", amount: 100, currency: "EUR", issued: "2026-10-01", due: "2026-11-01" });
    const m = agendaModel({ ...base, records: (p) => (p === "Clients/Acme.md" ? [invoice] : []) });
    const rows = m.groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.kind === "invoice").map((r) => [r.clientName, r.source])).toEqual([["Acme", "Billing/INV-7.md"]]);
    expect(rows.filter((r) => r.kind !== "invoice").every((r) => r.source === null)).toBe(true);
  });

  it("is empty when nothing is due", () => {
    const m = agendaModel(input({ statuses: [] }));
    expect(m.count).toBe(0);
    expect(m.groups.every((g) => g.rows.length === 0)).toBe(true);
  });

  it("with a due cache: the same model, and only replaced statuses (or a new day or settings) are asked about again", () => {
    const asked: string[] = [];
    const base = input({ records: (p) => (asked.push(p), []) });
    const cache = new DueCache();
    const first = agendaModel({ ...base, cache });
    expect(first).toEqual(agendaModel(base));
    asked.length = 0;
    expect(agendaModel({ ...base, cache })).toEqual(first);
    expect(asked).toEqual([]);
    // Acme's status replaced (its note changed): only Acme is asked about, and its new items show.
    const acme = clientStatus("Clients/Acme.md", { company: "Acme", stage: "Active", last_review: "2026-11-20", next_action_due: TODAY });
    const statuses = [acme, ...base.statuses.slice(1)];
    const changed = agendaModel({ ...base, statuses, cache });
    expect(asked).toEqual(["Clients/Acme.md"]);
    expect(changed).toEqual(agendaModel({ ...base, statuses }));
    asked.length = 0;
    agendaModel({ ...base, statuses, today: "2026-11-22", cache });
    expect(asked).toHaveLength(3);
    asked.length = 0;
    agendaModel({ ...base, statuses, today: "2026-11-22", settings: { ...base.settings }, cache });
    expect(asked).toHaveLength(3);
  });

  it("agendaCounts says what dueCounts says of the whole model, for any day", () => {
    for (const today of ["2026-11-01", "2026-11-14", TODAY, "2026-11-23", "2026-12-20", "2027-02-01"]) {
      const i = { ...input(), today };
      expect(agendaCounts(i)).toEqual(dueCounts(agendaModel(i)));
    }
    expect(agendaCounts(input()).overdue).toBeGreaterThan(0);
    expect(agendaCounts(input()).today).toBeGreaterThan(0);
  });

  it("agendaCounts with a due cache: the same counts for any day, and a replaced status counted again", () => {
    const asked: string[] = [];
    const cache = new DueCache();
    for (const today of ["2026-11-01", TODAY, "2026-12-20", TODAY]) {
      const i = { ...input({ records: (p) => (asked.push(p), []) }), today };
      expect(agendaCounts({ ...i, cache })).toEqual(dueCounts(agendaModel(i)));
    }
    const base = input({ records: (p) => (asked.push(p), []) });
    agendaCounts({ ...base, cache });
    asked.length = 0;
    expect(agendaCounts({ ...base, cache })).toEqual(agendaCounts(base));
    asked.length = 0;
    agendaCounts({ ...base, cache });
    expect(asked).toEqual([]);
    // Acme now has its next action due today: one more item today, and only Acme asked about.
    const acme = clientStatus("Clients/Acme.md", { company: "Acme", stage: "Active", last_review: "2026-11-20", next_action_due: TODAY });
    const statuses = [acme, ...base.statuses.slice(1)];
    const counts = agendaCounts({ ...base, statuses, cache });
    expect(asked).toEqual(["Clients/Acme.md"]);
    expect(counts).toEqual(dueCounts(agendaModel({ ...base, statuses })));
    expect(counts).not.toEqual(agendaCounts(base));
  });
});
