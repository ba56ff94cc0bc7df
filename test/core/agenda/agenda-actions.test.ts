// Which action completes which agenda item, the labels, the record key, the item's record note, the
// due counts and when the once-a-day Notice is due.
import { describe, expect, it } from "vitest";
import {
  agendaNoticeText,
  completingAction,
  dueCounts,
  dueStatusLabel,
  dueStatusText,
  noticeDue,
  recordDayOf,
  rowLabel,
  sourceOf,
} from "../../../src/core/agenda/agenda-actions";
import type { AgendaModel, AgendaRow } from "../../../src/core/agenda/agenda-model";
import { DUE_KINDS, type DueItem } from "../../../src/core/agenda/due";
import { TODAY } from "../../helpers/builders";

describe("completingAction", () => {
  it("names the one action of each kind, as the issue lists them", () => {
    expect(Object.fromEntries(DUE_KINDS.map((k) => [k, completingAction(k).label]))).toEqual({
      "health-check": "Health check",
      touchpoint: "Log touchpoint",
      "next-action": "Log and set follow-up",
      renewal: "Open note",
      invoice: "Mark paid",
      feedback: "Mark answered",
      "unmet-need": "Open note",
    });
    for (const k of DUE_KINDS) expect(completingAction(k).icon).not.toBe("");
  });

  it("only invoice and feedback set a record day: paid and first_response", () => {
    expect(recordDayOf(completingAction("invoice").id)).toEqual({ kind: "invoice", key: "paid" });
    expect(recordDayOf(completingAction("feedback").id)).toEqual({ kind: "feedback", key: "first_response" });
    for (const k of DUE_KINDS.filter((k) => k !== "invoice" && k !== "feedback")) expect(recordDayOf(completingAction(k).id)).toBeNull();
  });
});

const item = (over: Partial<DueItem>): DueItem => ({
  client: "Clients/Acme.md", clientName: "Acme", kind: "invoice", day: "2026-11-11", text: "Invoice INV-1 overdue since 2026-11-11", source: "Billing/INV-1.md", ...over,
});

describe("sourceOf", () => {
  it("finds the record of the item with the same kind, day and sentence", () => {
    const items = [
      item({ kind: "health-check", text: "Health check due for Acme", source: null }),
      item({}),
      item({ day: "2026-11-12", text: "Invoice INV-2 overdue since 2026-11-12", source: "Billing/INV-2.md" }),
    ];
    expect(sourceOf(items, { kind: "invoice", day: "2026-11-12", text: "Invoice INV-2 overdue since 2026-11-12" })).toBe("Billing/INV-2.md");
    expect(sourceOf(items, { kind: "invoice", day: "2026-11-11", text: "Invoice INV-1 overdue since 2026-11-11" })).toBe("Billing/INV-1.md");
  });

  it("is null when no item matches (paid meanwhile) or the item has no record", () => {
    expect(sourceOf([item({})], { kind: "invoice", day: "2026-11-11", text: "Invoice INV-9 overdue since 2026-11-11" })).toBeNull();
    expect(sourceOf([item({})], { kind: "feedback", day: "2026-11-11", text: "Invoice INV-1 overdue since 2026-11-11" })).toBeNull();
    expect(sourceOf([item({ kind: "touchpoint", text: "t", source: null })], { kind: "touchpoint", day: "2026-11-11", text: "t" })).toBeNull();
  });
});

const row = (over: Partial<AgendaRow>): AgendaRow => ({
  clientName: "Acme", clientPath: "Clients/Acme.md", kind: "touchpoint", day: TODAY, text: "Touchpoint due with Acme", label: "today", overdue: false, source: null, ...over,
});

function model(overdue: number, today: number, ahead: number): AgendaModel {
  const rows = (n: number, o: Partial<AgendaRow>) => Array.from({ length: n }, () => row(o));
  return {
    today: TODAY,
    days: 7,
    groups: [
      { id: "overdue", heading: "Overdue", rows: rows(overdue, { overdue: true, label: "overdue 1 d" }) },
      { id: "today", heading: "Today", rows: rows(today, {}) },
      { id: "ahead", heading: "Next 7 days", rows: rows(ahead, { label: "in 2 d" }) },
    ],
    count: overdue + today + ahead,
  };
}

describe("due counts and their words", () => {
  it("counts today's and overdue rows, not the days ahead", () => {
    expect(dueCounts(model(2, 3, 4))).toEqual({ today: 3, overdue: 2 });
    expect(dueCounts(model(0, 0, 5))).toEqual({ today: 0, overdue: 0 });
  });

  it("words the Notice and the status bar, one item in the singular", () => {
    expect(agendaNoticeText({ today: 3, overdue: 2 })).toBe("Clientele: 3 items due today, 2 overdue. Open the agenda…");
    expect(agendaNoticeText({ today: 1, overdue: 0 })).toBe("Clientele: 1 item due today, 0 overdue. Open the agenda…");
    expect(dueStatusText({ today: 3, overdue: 2 })).toBe("5 due");
    expect(dueStatusLabel({ today: 1, overdue: 4 })).toBe("1 item due today, 4 overdue: open the agenda");
  });

  it("labels a row with its client, sentence and day", () => {
    expect(rowLabel(row({ label: "overdue 7 d", text: "Health check due for Acme" }))).toBe("Acme: Health check due for Acme, overdue 7 d");
  });
});

describe("noticeDue", () => {
  it("is due once a day while switched on", () => {
    expect(noticeDue(true, null, TODAY)).toBe(true);
    expect(noticeDue(true, "2026-11-20", TODAY)).toBe(true);
    expect(noticeDue(true, TODAY, TODAY)).toBe(false);
    expect(noticeDue(false, null, TODAY)).toBe(false);
    expect(noticeDue(true, { day: TODAY }, TODAY)).toBe(true); // anything else stored counts as never shown
  });
});
