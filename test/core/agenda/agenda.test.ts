import { describe, expect, it } from "vitest";
import { agenda, parseNeedLine } from "../../../src/core/agenda/agenda";
import { defaultAgendaSettings, migrateAgendaSettings } from "../../../src/core/agenda/agenda-settings";
import { dueItems, type DueItem, type DueKind } from "../../../src/core/agenda/due";
import { addDaysToDay } from "../../../src/core/model/dates";
import { clientStatus, TODAY } from "../../helpers/builders";
import { expectLinear } from "../../helpers/linear";

function item(client: string, clientName: string, kind: DueKind, day: string): DueItem {
  return { client, clientName, kind, day, text: `${kind} ${clientName}`, source: null };
}

const at = (n: number) => addDaysToDay(TODAY, n);

describe("agenda", () => {
  it("lists items due on or before today + days: +7 is in, +8 is out", () => {
    const items = [item("a.md", "A", "touchpoint", at(7)), item("a.md", "A", "renewal", at(8)), item("a.md", "A", "invoice", at(-40))];
    expect(agenda(items, TODAY, 7).map((e) => e.day)).toEqual([at(-40), at(7)]);
    expect(agenda(items, TODAY, 8)).toHaveLength(3);
    expect(agenda(items, TODAY, 0).map((e) => e.day)).toEqual([at(-40)]);
  });

  it("marks overdue items with their days late and others with the days to go", () => {
    const [late, now, soon] = agenda([item("a.md", "A", "touchpoint", at(3)), item("a.md", "A", "invoice", at(-2)), item("a.md", "A", "feedback", TODAY)], TODAY, 7);
    expect(late).toMatchObject({ day: at(-2), overdue: true, daysLate: 2, inDays: 0 });
    expect(now).toMatchObject({ day: TODAY, overdue: false, daysLate: 0, inDays: 0 });
    expect(soon).toMatchObject({ day: at(3), overdue: false, daysLate: 0, inDays: 3 });
  });

  it("orders overdue first, then by day, client name (case ignored, then path), then the table's kind order", () => {
    const items = [
      item("z.md", "beta", "health-check", at(1)),
      item("b.md", "Alpha", "unmet-need", TODAY),
      item("a.md", "alpha", "renewal", TODAY),
      item("a.md", "alpha", "health-check", TODAY),
      item("c.md", "Gamma", "invoice", at(-1)),
      item("d.md", "Delta", "feedback", at(-5)),
    ];
    expect(agenda(items, TODAY, 7).map((e) => `${e.day} ${e.client} ${e.kind}`)).toEqual([
      `${at(-5)} d.md feedback`,
      `${at(-1)} c.md invoice`,
      `${TODAY} a.md health-check`,
      `${TODAY} a.md renewal`,
      `${TODAY} b.md unmet-need`,
      `${at(1)} z.md health-check`,
    ]);
  });

  it("takes the items of several clients from dueItems", () => {
    const s = defaultAgendaSettings();
    const statuses = [
      clientStatus("Clients/Zeta.md", { stage: "Sunset", last_review: "2026-11-01" }),
      clientStatus("Clients/Acme.md", { stage: "Active", last_review: "2026-10-20", last_contact: "2026-11-10" }),
    ];
    const items = statuses.flatMap((status) => dueItems({ status, records: [], needs: [], healthCheckDays: 30, today: TODAY }, s));
    expect(agenda(items, TODAY, s.agendaDays).map((e) => `${e.clientName} ${e.kind} ${e.day}`)).toEqual([
      "Acme health-check 2026-11-19",
      "Acme touchpoint 2026-11-24",
    ]);
  });
});

describe("parseNeedLine", () => {
  it("takes a leading real day off the text", () => {
    expect(parseNeedLine("2026-10-01: SSO for the plant")).toEqual({ text: "SSO for the plant", written: "2026-10-01" });
    expect(parseNeedLine("2026-10-01 :Spaces")).toEqual({ text: "Spaces", written: "2026-10-01" });
    expect(parseNeedLine("2026-10-01:")).toEqual({ text: "2026-10-01:", written: "2026-10-01" });
  });

  it("leaves anything else undated, text as written", () => {
    expect(parseNeedLine("2026-02-30: no such day")).toEqual({ text: "2026-02-30: no such day", written: null });
    expect(parseNeedLine("SSO 2026-10-01: later")).toEqual({ text: "SSO 2026-10-01: later", written: null });
    expect(parseNeedLine("2026-10-01 no colon")).toEqual({ text: "2026-10-01 no colon", written: null });
  });

  it("grows linearly on a long line of spaces after the day", () => {
    // At n = 4,000 a quadratic scan of the spaces takes ~10 ms, at 8n ~0.6 s, so it fails.
    const line = (n: number) => `2026-10-01${" ".repeat(n)}x`;
    expectLinear("parseNeedLine", line, parseNeedLine, 4000);
    expect(parseNeedLine(line(100_000)).written).toBeNull();
  });
});

describe("agenda settings", () => {
  it("defaults: every rule on, the table's cadences, 7 days", () => {
    const s = defaultAgendaSettings();
    expect(Object.values(s.dueRules).every(Boolean)).toBe(true);
    expect(Object.keys(s.dueRules)).toHaveLength(7);
    expect(s.cadenceDays).toEqual({ Discovery: 7, Proposal: 7, Active: 14, Retention: 30, Sunset: null });
    expect(s.agendaDays).toBe(7);
    s.cadenceDays.Active = 1;
    expect(defaultAgendaSettings().cadenceDays.Active).toBe(14);
  });

  it("keeps good stored values and names each bad one, which keeps its default", () => {
    const s = defaultAgendaSettings();
    const bad: string[] = [];
    migrateAgendaSettings(
      { dueRules: { invoice: false, feedback: "no", nope: true }, cadenceDays: { Active: 21, Sunset: 10, Retention: null, Discovery: 0, Proposal: 2.5, Pilot: 3 }, agendaDays: 14 },
      s,
      (key) => bad.push(key),
    );
    expect(s.dueRules.invoice).toBe(false);
    expect(s.dueRules.feedback).toBe(true);
    expect(s.cadenceDays).toEqual({ Discovery: 7, Proposal: 7, Active: 21, Retention: null, Sunset: 10, Pilot: 3 });
    expect(s.agendaDays).toBe(14);
    expect(bad.sort()).toEqual(["cadenceDays.Discovery", "cadenceDays.Proposal", "dueRules.feedback"]);
  });

  it("reports a whole value of the wrong shape and keeps every default", () => {
    const s = defaultAgendaSettings();
    const bad: string[] = [];
    migrateAgendaSettings({ dueRules: [], cadenceDays: "7", agendaDays: -1 }, s, (key) => bad.push(key));
    expect(bad).toEqual(["dueRules", "cadenceDays", "agendaDays"]);
    expect(s).toEqual(defaultAgendaSettings());
  });
});
