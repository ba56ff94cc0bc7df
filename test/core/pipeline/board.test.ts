import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  adjacentStage, buildBoard, cardKey, cardModel, columnCount, compareCards, DEFAULT_BOARD_STATE, matchesQuery,
  readBoardState, SORT_KEYS, type BoardState,
} from "../../../src/core/pipeline/board";
import { formatTotals } from "../../../src/core/model/format";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { rollUp } from "../../../src/core/records/rollup";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

const settings = defaultSettings();
const status = (path: string, fm: Record<string, unknown>, modifiedDay: string | null = null): ClientStatus => clientStatus(path, fm, { modifiedDay, settings });

const state = (s: Partial<BoardState> = {}): BoardState => ({ ...DEFAULT_BOARD_STATE, ...s });

const acme = status("Clients/Acme.md", {
  company: "Acme Robotics", client_id: "CLI-00001", stage: "Active", tags: ["AEROSPACE", "ISO-REQUIRED"], value: 9500, currency: "EUR",
  health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, last_contact: "2026-10-11",
  next_action: "Send the QBR deck", next_action_due: "2026-11-18", renewal: "2026-12-15", engagement: "Retainer",
});
const beta = status("Clients/Beta.md", {
  company: "beta labs", client_id: "CLI-00002", stage: "active", value: 100, last_contact: "2026-11-20",
  health_profitability: 5, health_communication: 5, health_strategic_fit: 5, health_growth: 5, next_action_due: "2026-11-21",
});
const cyan = status("Clients/Cyan.md", { company: "Cyan", client_id: "CLI-00003", stage: "Sunset", last_contact: "2026-01-01", renewal: "2026-12-01" });
const lost = status("Clients/Lost.md", { company: "Lost", stage: "Nowhere", value: 5, currency: "GBP" });
const all = [acme, beta, cyan, lost];

describe("readBoardState", () => {
  it("gives the default for nothing or junk", () => {
    expect(readBoardState(undefined)).toEqual(DEFAULT_BOARD_STATE);
    expect(readBoardState("x")).toEqual(DEFAULT_BOARD_STATE);
    expect(readBoardState({ sort: "random", query: 4, hideExcluded: "yes", collapsed: "Active" })).toEqual(DEFAULT_BOARD_STATE);
  });

  it("keeps valid values and drops bad collapsed keys", () => {
    expect(readBoardState({ sort: "value", query: "acme", hideExcluded: true, collapsed: ["Active", 3, "Active", ""] }))
      .toEqual({ sort: "value", query: "acme", hideExcluded: true, collapsed: ["Active", ""], segment: "" });
  });

  it("round-trips through JSON", () => {
    const s = state({ query: "x", sort: "due", hideExcluded: true, collapsed: ["Sunset"] });
    expect(readBoardState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe("matchesQuery", () => {
  it("matches company, id and tags ignoring case; every word must match", () => {
    expect(matchesQuery(acme, "")).toBe(true);
    expect(matchesQuery(acme, "acme")).toBe(true);
    expect(matchesQuery(acme, "cli-00001")).toBe(true);
    expect(matchesQuery(acme, "aerospace")).toBe(true);
    expect(matchesQuery(acme, "robotics iso")).toBe(true);
    expect(matchesQuery(acme, "robotics beta")).toBe(false);
    expect(matchesQuery(acme, "QBR")).toBe(false); // the next action is not searched
  });

  it("matches the value tier with a tier: word, and nothing for a client without one", () => {
    const gold: ClientStatus = { ...acme, clv: 60000, tier: "Gold" };
    expect(matchesQuery(gold, "tier:gold")).toBe(true);
    expect(matchesQuery(gold, "TIER:G acme")).toBe(true);
    expect(matchesQuery(gold, "tier:silver")).toBe(false);
    expect(matchesQuery(acme, "tier:gold")).toBe(false);
  });

  it("matches only tags with a # word", () => {
    expect(matchesQuery(acme, "#iso")).toBe(true);
    expect(matchesQuery(acme, "#acme")).toBe(false);
    expect(matchesQuery(acme, "#")).toBe(true);
  });
});

describe("compareCards", () => {
  const names = (list: ClientStatus[], key: (typeof SORT_KEYS)[number]) => [...list].sort(compareCards(key)).map((c) => c.client.name);

  it("sorts by name ignoring case", () => {
    expect(names(all, "name")).toEqual(["Acme Robotics", "beta labs", "Cyan", "Lost"]);
  });
  it("sorts by health lowest first, unscored last", () => {
    expect(names(all, "health")).toEqual(["Acme Robotics", "beta labs", "Cyan", "Lost"]);
    expect(names([beta, cyan, acme], "health")).toEqual(["Acme Robotics", "beta labs", "Cyan"]);
  });
  it("sorts by days inactive, most first; no activity first of all", () => {
    expect(names(all, "inactive")).toEqual(["Lost", "Cyan", "Acme Robotics", "beta labs"]);
  });
  it("sorts by value highest first, none last", () => {
    expect(names(all, "value")).toEqual(["Acme Robotics", "beta labs", "Lost", "Cyan"]);
  });
  it("sorts by lifetime value highest first, none last (ties by name)", () => {
    const withClv = (c: ClientStatus, clv: number | null): ClientStatus => ({ ...c, clv, tier: clv === null ? null : clv >= 50000 ? "Gold" : clv >= 10000 ? "Silver" : "Bronze" });
    const list = [withClv(acme, 12900), withClv(beta, null), withClv(cyan, 60000), withClv(lost, 12900)];
    expect(names(list, "clv")).toEqual(["Cyan", "Acme Robotics", "Lost", "beta labs"]);
  });
  it("sorts by next action due, soonest first, none last", () => {
    expect(names(all, "due")).toEqual(["Acme Robotics", "beta labs", "Cyan", "Lost"]);
  });

  it("is a total order consistent with itself for every key (property)", () => {
    const arb = fc.record({
      name: fc.constantFrom("a", "B", "b", "c"),
      value: fc.option(fc.integer({ min: 0, max: 5 })),
      contact: fc.option(fc.constantFrom("2026-11-01", "2026-11-10", "2026-11-21")),
      due: fc.option(fc.constantFrom("2026-11-01", "2026-11-30")),
      p: fc.option(fc.integer({ min: 1, max: 5 })),
    });
    fc.assert(fc.property(fc.array(arb, { maxLength: 8 }), fc.constantFrom(...SORT_KEYS), (rows, key) => {
      const list = rows.map((r, i) => status(`C/${i}.md`, {
        company: r.name, stage: "Active", value: r.value, last_contact: r.contact, next_action_due: r.due, health_growth: r.p,
      }));
      const cmp = compareCards(key);
      const once = [...list].sort(cmp).map((c) => c.client.path);
      const twice = [...list].reverse().sort(cmp).map((c) => c.client.path);
      expect(twice).toEqual(once);
      for (const a of list) expect(cmp(a, a)).toBe(0);
    }));
  });
});

describe("buildBoard", () => {
  it("has every configured stage in order plus No stage when needed", () => {
    const cols = buildBoard(all, settings, state());
    expect(cols.map((c) => [c.key, c.title, c.cards.length, c.total])).toEqual([
      ["Discovery", "Discovery", 0, 0], ["Proposal", "Proposal", 0, 0], ["Active", "Active", 2, 2],
      ["Retention", "Retention", 0, 0], ["Sunset", "Sunset", 1, 1], ["", "No stage", 1, 1],
    ]);
  });

  it("shows only a saved segment's clients, with the filter on top; a segment no longer saved shows all", () => {
    const withSegments = { ...settings, segments: [{ name: "Retainers", when: { engagements: ["retainer"] } }, { name: "Dormant", when: { stages: ["Sunset"] } }] };
    const shown = (s: Partial<BoardState>) => buildBoard(all, withSegments, state(s)).flatMap((c) => c.cards.map((x) => x.client.name));
    expect(shown({ segment: "retainers" })).toEqual(["Acme Robotics"]);
    expect(shown({ segment: "Dormant" })).toEqual(["Cyan"]);
    expect(shown({ segment: "Dormant", query: "acme" })).toEqual([]);
    expect(shown({ segment: "Gone" })).toEqual(shown({}));
    expect(buildBoard(all, withSegments, state({ segment: "Dormant" })).find((c) => c.key === "Active")?.total).toBe(2);
  });

  it("hides excluded stages on request and keeps collapsed flags", () => {
    const cols = buildBoard(all, settings, state({ hideExcluded: true, collapsed: ["Active"] }));
    expect(cols.map((c) => c.key)).toEqual(["Discovery", "Proposal", "Active", "Retention", ""]);
    expect(cols.find((c) => c.key === "Active")?.collapsed).toBe(true);
  });

  it("filters and sorts the cards but keeps the stage totals", () => {
    const active = buildBoard(all, settings, state({ query: "beta", sort: "value" }))[2];
    expect(active?.cards.map((c) => c.client.name)).toEqual(["beta labs"]);
    expect(active?.total).toBe(2);
  });
});

describe("a column's header: columnCount and formatTotals", () => {
  it("counts and totals per currency", () => {
    const summary = (shown: ClientStatus[], total: number) => ({ count: columnCount(shown.length, total), totals: formatTotals(shown, "USD") });
    expect(summary([acme, beta], 2)).toEqual({ count: "2", totals: "EUR 9,500 + USD 100" });
    expect(summary([beta], 2)).toEqual({ count: "1 of 2", totals: "USD 100" });
    expect(summary([], 0)).toEqual({ count: "0", totals: "USD 0" });
  });
});

describe("adjacentStage", () => {
  const stages = settings.stages;
  it("steps through the stages and stops at the ends", () => {
    expect(adjacentStage("Discovery", stages, 1)).toBe("Proposal");
    expect(adjacentStage("proposal", stages, -1)).toBe("Discovery");
    expect(adjacentStage("Discovery", stages, -1)).toBeNull();
    expect(adjacentStage("Sunset", stages, 1)).toBeNull();
  });
  it("moves a client without a stage into the first stage", () => {
    expect(adjacentStage(null, stages, 1)).toBe("Discovery");
    expect(adjacentStage(null, stages, -1)).toBeNull();
  });
  it("skips hidden stages (only the stages given count)", () => {
    expect(adjacentStage("Retention", ["Discovery", "Retention"], 1)).toBeNull();
    expect(adjacentStage("Sunset", ["Discovery", "Retention"], -1)).toBeNull();
  });
});

describe("cardModel", () => {
  it("shows everything a card needs", () => {
    const m = cardModel(acme, TODAY, settings);
    expect(m).toMatchObject({
      path: "Clients/Acme.md", company: "Acme Robotics", id: "CLI-00001",
      badge: { text: "63 Good", tone: "good" }, stale: "41 days inactive", engagement: "Retainer",
      nextAction: "Send the QBR deck", due: { text: "Overdue 3 days", title: "Next action due 2026-11-18", overdue: true },
      renewal: { text: "Renews in 24 days", urgent: false },
    });
    expect(m.label).toBe("Acme Robotics, CLI-00001, health 63 Good, risk 47 Medium, 41 days inactive, Retainer, next: Send the QBR deck, Overdue 3 days (due 2026-11-18), Renews in 24 days");
  });

  it("gives the badge tone of each band and Unscored", () => {
    const tone = (p: number) => cardModel(status("x.md", { health_profitability: p, health_communication: p, health_strategic_fit: p, health_growth: p }), TODAY, settings).badge;
    expect([5, 4, 3, 1].map((p) => tone(p).tone)).toEqual(["excellent", "good", "risk", "critical"]);
    expect(tone(1).text).toBe("0 Critical");
    expect(cardModel(cyan, TODAY, settings).badge).toMatchObject({ text: "Unscored", tone: "unscored" });
    expect(cardModel(status("x.md", { health_growth: 5 }), TODAY, settings).badge.title).toContain("fewer than four");
  });

  it("says due today, tomorrow, or the date", () => {
    const due = (d: string) => cardModel(status("x.md", { next_action_due: d }), TODAY, settings).due;
    expect(due("2026-11-21")).toEqual({ text: "Due today", title: "Next action due 2026-11-21", overdue: false, today: true });
    expect(due("2026-11-22")?.text).toBe("Due tomorrow");
    expect(due("2026-12-02")?.text).toBe("Due 2026-12-02");
    expect(due("2026-11-20")?.text).toBe("Overdue 1 day");
  });

  it("counts down renewals within 60 days, not for excluded stages", () => {
    const ren = (d: string, stage = "Active") => cardModel(status("x.md", { renewal: d, stage }), TODAY, settings).renewal;
    expect(ren("2027-01-20")).toEqual({ text: "Renews in 60 days", urgent: false });
    expect(ren("2027-01-21")).toBeNull();
    expect(ren("2026-11-30")).toEqual({ text: "Renews in 9 days", urgent: true });
    expect(ren("2026-11-21")).toEqual({ text: "Renews today", urgent: true });
    expect(ren("2026-11-19")).toEqual({ text: "Renewal passed 2 days ago", urgent: true });
    expect(ren("2026-11-30", "Sunset")).toBeNull();
  });

  it("marks stale clients, but not excluded stages or fresh ones", () => {
    expect(cardModel(beta, TODAY, settings).stale).toBeNull();
    expect(cardModel(cyan, TODAY, settings).stale).toBeNull();
    expect(cardModel(lost, TODAY, settings).stale).toBe("No recorded activity");
  });

  it("changes its key when something shown changes, not otherwise", () => {
    const again = status("Clients/Acme.md", { company: "Acme Robotics", client_id: "CLI-00001", stage: "Active", tags: ["AEROSPACE", "ISO-REQUIRED"], value: 9500, currency: "EUR", health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, last_contact: "2026-10-11", next_action: "Send the QBR deck", next_action_due: "2026-11-18", renewal: "2026-12-15", engagement: "Retainer" });
    expect(cardKey(again)).toBe(cardKey(acme));
    const moved = status("Clients/Acme.md", { company: "Acme Robotics", stage: "Proposal" });
    expect(cardKey(moved)).not.toBe(cardKey(acme));
  });

  it("rolls up related records on the card when the vault has any (details in card-records.test.ts)", () => {
    expect(cardModel(acme, TODAY, settings).records).toBeNull();
    const people = (n: number) => Array.from({ length: n }, (_, i) => recordOf(`People/P${i}.md`, { type: "contact", client: "[[Acme]]" }));
    const withContacts = (n: number): ClientStatus => ({ ...acme, records: rollUp(people(n), { currency: "EUR", rolesMatter: false, today: TODAY }) });
    const m = cardModel(withContacts(2), TODAY, settings);
    expect(m.records?.chips.map((c) => c.text)).toEqual(["2 contacts"]);
    expect(m.label.endsWith(", Renews in 24 days, 2 contacts")).toBe(true);
    expect(cardKey(withContacts(2))).toBe(cardKey(withContacts(2)));
    expect(cardKey(withContacts(3))).not.toBe(cardKey(withContacts(2)));
    expect(cardKey(withContacts(2))).not.toBe(cardKey(acme));
  });
});
