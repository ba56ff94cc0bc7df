// The agenda settings' once-a-day Notice switch: default on, read from stored data, a bad value reported.
import { describe, expect, it } from "vitest";
import { defaultAgendaSettings, migrateAgendaSettings } from "../../../src/core/agenda/agenda-settings";

function migrate(raw: Record<string, unknown>) {
  const s = defaultAgendaSettings();
  const bad: string[] = [];
  migrateAgendaSettings(raw, s, (key) => bad.push(key));
  return { s, bad };
}

describe("agendaNotice", () => {
  it("is on by default and kept when not stored", () => {
    expect(defaultAgendaSettings().agendaNotice).toBe(true);
    expect(migrate({ agendaDays: 3 }).s).toMatchObject({ agendaDays: 3, agendaNotice: true });
  });

  it("reads a stored boolean, after agendaDays as before", () => {
    expect(migrate({ agendaNotice: false }).s.agendaNotice).toBe(false);
    expect(migrate({ agendaDays: 10, agendaNotice: false })).toMatchObject({ s: { agendaDays: 10, agendaNotice: false }, bad: [] });
  });

  it("keeps the default and reports a value that is not a boolean", () => {
    const { s, bad } = migrate({ agendaNotice: "no", agendaDays: -1 });
    expect(s.agendaNotice).toBe(true);
    expect(s.agendaDays).toBe(7);
    expect(bad).toEqual(["agendaDays", "agendaNotice"]);
  });
});
