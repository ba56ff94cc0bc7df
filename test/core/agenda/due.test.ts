import { describe, expect, it } from "vitest";
import { defaultAgendaSettings, type AgendaSettings } from "../../../src/core/agenda/agenda-settings";
import { DUE_KINDS, dueItems, type DueInput, type DueKind } from "../../../src/core/agenda/due";
import type { ClientStatus, RecordProps } from "../../../src/core/model/types";
import { rollUp } from "../../../src/core/records/rollup";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

const ACME = "Clients/Acme Robotics.md";
const LINK = "[[Acme Robotics]]";

/** One client's input for TODAY; `records` are Acme's own. */
function input(fm: Record<string, unknown>, more: Partial<DueInput> = {}): DueInput {
  return { status: clientStatus(ACME, fm), records: [], needs: [], healthCheckDays: 30, today: TODAY, ...more };
}

/** The status with its records rolled up, as the vault index hands it over. */
function withRecords(status: ClientStatus, records: readonly RecordProps[]): ClientStatus {
  return { ...status, records: rollUp(records, { currency: "EUR", rolesMatter: false, today: TODAY }) };
}

function only(kind: DueKind): AgendaSettings {
  const s = defaultAgendaSettings();
  for (const k of DUE_KINDS) s.dueRules[k] = k === kind;
  return s;
}

function of(kind: DueKind, i: DueInput, s: AgendaSettings = only(kind)) {
  return dueItems(i, s).filter((d) => d.kind === kind).map(({ day, text, source }) => ({ day, text, source }));
}

// A client that makes no item of its own: reviewed and contacted today, in no stage with a cadence.
const QUIET = { stage: "Sunset", last_review: TODAY, last_contact: TODAY };

describe("health-check", () => {
  it("falls due last_review + healthCheckDays, today when never reviewed", () => {
    expect(of("health-check", input({ stage: "Active", last_review: "2026-11-01" }))).toEqual([
      { day: "2026-12-01", text: "Health check due for Acme Robotics", source: null },
    ]);
    expect(of("health-check", input({ stage: "Active", last_review: "2026-11-01" }, { healthCheckDays: 10 }))[0]?.day).toBe("2026-11-11");
    expect(of("health-check", input({ stage: "Active" }))[0]?.day).toBe(TODAY);
  });
});

describe("touchpoint", () => {
  it("falls due the last contact + the stage's cadence", () => {
    const day = (stage: string) => of("touchpoint", input({ stage, last_contact: "2026-11-10" }))[0]?.day;
    expect(day("Discovery")).toBe("2026-11-17");
    expect(day("Proposal")).toBe("2026-11-17");
    expect(day("Active")).toBe("2026-11-24");
    expect(day("Retention")).toBe("2026-12-10");
    expect(of("touchpoint", input({ stage: "Active", last_contact: "2026-11-10" }))[0]?.text).toBe("Touchpoint due with Acme Robotics (last contact 2026-11-10)");
  });

  it("Sunset (cadence null) and a client without a stage get none", () => {
    expect(of("touchpoint", input({ stage: "Sunset", last_contact: "2026-01-01" }))).toEqual([]);
    expect(of("touchpoint", input({ last_contact: "2026-01-01" }))).toEqual([]);
  });

  it("uses the contacts' last contact and a configured cadence, matched in any case", () => {
    const contact = recordOf("Contacts/Jo.md", { type: "contact", client: LINK, last_contact: "2026-11-18" });
    const status = withRecords(clientStatus(ACME, { stage: "Active", last_contact: "2026-11-01" }), [contact]);
    const s = only("touchpoint");
    s.cadenceDays = { active: 3 };
    expect(of("touchpoint", { ...input({}), status, records: [contact] }, s)[0]?.day).toBe("2026-11-21");
    // Read without records: the contact's day still counts.
    expect(of("touchpoint", input({ stage: "Active", last_contact: "2026-11-01" }, { records: [contact] }), s)[0]?.day).toBe("2026-11-21");
  });

  it("with no contact at all: since + cadence when known, else today", () => {
    expect(of("touchpoint", input({ stage: "Active" }))).toEqual([{ day: TODAY, text: "First contact due with Acme Robotics", source: null }]);
    expect(of("touchpoint", input({ stage: "Active" }, { since: "2026-11-20" }))[0]?.day).toBe("2026-12-04");
  });
});

describe("next-action", () => {
  it("falls due next_action_due, with the action in the sentence", () => {
    expect(of("next-action", input({ next_action: "Send the proposal", next_action_due: "2026-11-25" }))).toEqual([
      { day: "2026-11-25", text: "Next action for Acme Robotics: Send the proposal", source: null },
    ]);
    expect(of("next-action", input({ next_action_due: "2026-11-25" }))[0]?.text).toBe("Next action due for Acme Robotics");
    expect(of("next-action", input({ next_action: "Call" }))).toEqual([]);
  });
});

describe("renewal", () => {
  const contract = recordOf("Contracts/CTR-0001.md", { type: "contract", client: LINK, number: "CTR-0001", status: "signed", end: "2027-03-01", notice_days: 90 });

  it("falls due the contract's notice deadline, which wins over the renewal property", () => {
    const status = withRecords(clientStatus(ACME, { renewal: "2027-01-31" }), [contract]);
    expect(of("renewal", { ...input({}), status, records: [contract] })).toEqual([
      { day: "2026-12-01", text: "Renewal notice deadline for Acme Robotics: contract CTR-0001 ends 2027-03-01", source: "Contracts/CTR-0001.md" },
    ]);
  });

  it("rolls up the records itself when the status was read without them", () => {
    expect(of("renewal", input({ renewal: "2027-01-31" }, { records: [contract] }))[0]?.day).toBe("2026-12-01");
  });

  it("else renewal - 60 days; nothing without either", () => {
    expect(of("renewal", input({ renewal: "2027-01-31" }))).toEqual([{ day: "2026-12-02", text: "Renewal of Acme Robotics on 2027-01-31", source: null }]);
    const draft = recordOf("Contracts/CTR-0002.md", { type: "contract", client: LINK, status: "draft", end: "2027-03-01" });
    expect(of("renewal", input({}, { records: [draft] }))).toEqual([]);
  });
});

describe("invoice", () => {
  it("each overdue invoice falls due its due + 1; paid and open ones none", () => {
    const records = [
      recordOf("Invoices/INV-0004.md", { type: "invoice", client: LINK, number: "INV-0004", due: "2026-11-01" }),
      recordOf("Invoices/Old.md", { type: "invoice", client: LINK, due: "2026-11-20" }),
      recordOf("Invoices/INV-0005.md", { type: "invoice", client: LINK, number: "INV-0005", due: "2026-10-01", paid: "2026-10-02" }),
      recordOf("Invoices/INV-0006.md", { type: "invoice", client: LINK, number: "INV-0006", due: TODAY }),
    ];
    const status = withRecords(clientStatus(ACME, {}), records);
    expect(of("invoice", { ...input({}), status, records })).toEqual([
      { day: "2026-11-02", text: "Invoice INV-0004 overdue since 2026-11-02", source: "Invoices/INV-0004.md" },
      { day: TODAY, text: `Invoice Old overdue since ${TODAY}`, source: "Invoices/Old.md" },
    ]);
  });
});

describe("feedback", () => {
  it("falls due opened + 2 while first_response is empty and it is not resolved", () => {
    const records = [
      recordOf("Feedback/FB-0001.md", { type: "feedback", client: LINK, number: "FB-0001", opened: "2026-11-19" }),
      recordOf("Feedback/FB-0002.md", { type: "feedback", client: LINK, number: "FB-0002", opened: "2026-11-19", first_response: "2026-11-20" }),
      recordOf("Feedback/FB-0003.md", { type: "feedback", client: LINK, number: "FB-0003", opened: "2026-11-19", resolved: "2026-11-19" }),
      recordOf("Feedback/FB-0004.md", { type: "feedback", client: LINK, number: "FB-0004" }),
    ];
    expect(of("feedback", input({}, { records }))).toEqual([
      { day: TODAY, text: "Feedback FB-0001 from Acme Robotics awaits a first response", source: "Feedback/FB-0001.md" },
    ]);
  });
});

describe("unmet-need", () => {
  const needs = [
    { text: "SSO for the plant", written: "2026-10-01" },
    { text: "A German invoice", written: "2026-11-10" },
    { text: "Seen on no known day", written: null },
  ];

  it("falls due 30 days after it was written; an item without a day makes none", () => {
    expect(of("unmet-need", input({}, { needs }))).toEqual([
      { day: "2026-10-31", text: "Unmet need of Acme Robotics since 2026-10-01: SSO for the plant", source: null },
      { day: "2026-12-10", text: "Unmet need of Acme Robotics since 2026-11-10: A German invoice", source: null },
    ]);
  });

  it("a deal opened on or after the day clears it; an older deal does not", () => {
    const deal = (opened: string) => recordOf(`Deals/${opened}.md`, { type: "deal", client: LINK, status: "won", opened });
    expect(of("unmet-need", input({}, { needs, records: [deal("2026-09-30")] })).length).toBe(2);
    expect(of("unmet-need", input({}, { needs, records: [deal("2026-10-01")] })).map((d) => d.day)).toEqual(["2026-12-10"]);
    expect(of("unmet-need", input({}, { needs, records: [deal("2026-11-15")] }))).toEqual([]);
  });
});

describe("rules and snooze", () => {
  const busy = { stage: "Active", last_contact: "2026-11-01", next_action_due: "2026-11-22", renewal: "2027-01-01" };

  it("every rule is on by default and each can be switched off", () => {
    const all = dueItems(input(busy), defaultAgendaSettings()).map((d) => d.kind);
    expect(all).toEqual(["health-check", "touchpoint", "next-action", "renewal"]);
    for (const kind of all) {
      const s = defaultAgendaSettings();
      s.dueRules[kind] = false;
      expect(dueItems(input(busy), s).map((d) => d.kind)).toEqual(all.filter((k) => k !== kind));
    }
  });

  it("rules switched off make no item even when due", () => {
    const s = defaultAgendaSettings();
    for (const k of DUE_KINDS) s.dueRules[k] = false;
    const fb = recordOf("Feedback/FB-0001.md", { type: "feedback", client: LINK, opened: "2026-11-01" });
    const inv = recordOf("Invoices/INV-0001.md", { type: "invoice", client: LINK, due: "2026-11-01" });
    expect(dueItems(input(busy, { records: [fb, inv], needs: [{ text: "x", written: "2026-01-01" }] }), s)).toEqual([]);
  });

  it("snooze_until hides every item before its day; they are back on it and after", () => {
    const at = (today: string) => dueItems({ ...input({ ...busy, snooze_until: "2026-11-25" }), today }, defaultAgendaSettings()).length;
    expect(at("2026-11-24")).toBe(0);
    expect(at("2026-11-25")).toBe(4);
    expect(at("2026-11-26")).toBe(4);
  });

  it("items carry the client's path and name", () => {
    const [first] = dueItems(input(QUIET, { healthCheckDays: 0 }), defaultAgendaSettings());
    expect(first).toMatchObject({ client: ACME, clientName: "Acme Robotics", kind: "health-check", day: TODAY });
  });
});
