import { describe, expect, it } from "vitest";
import { dailyNoteSettingsOf, defaultDailyNoteSettings, isHeadingLine, migrateDailyNoteSettings } from "../../../src/core/agenda/daily-note-settings";
import { planDailyTasks } from "../../../src/core/agenda/daily-tasks";
import { TODAY } from "../../helpers/builders";

function migrate(raw: Record<string, unknown>) {
  const s = defaultDailyNoteSettings();
  const bad: string[] = [];
  migrateDailyNoteSettings(raw, s, (key) => bad.push(key));
  return { s, bad };
}

describe("daily note settings", () => {
  it("defaults: not automatic, under ## Clientele", () => {
    expect(defaultDailyNoteSettings()).toEqual({ dailyNoteAuto: false, dailyNoteHeading: "## Clientele" });
    expect(migrate({}).s).toEqual(defaultDailyNoteSettings());
  });

  it("keeps good stored values; a heading loses its trailing spaces", () => {
    const { s, bad } = migrate({ dailyNoteAuto: true, dailyNoteHeading: "### Client tasks  " });
    expect(bad).toEqual([]);
    expect(s).toEqual({ dailyNoteAuto: true, dailyNoteHeading: "### Client tasks" });
  });

  it("rejects bad values, naming each key; each keeps its default", () => {
    for (const heading of ["Clientele", "#Clientele", "####### Seven", "## ", "## a\n## b", " ## Indented", 3, null]) {
      const { s, bad } = migrate({ dailyNoteAuto: "yes", dailyNoteHeading: heading });
      expect(bad).toEqual(["dailyNoteAuto", "dailyNoteHeading"]);
      expect(s).toEqual(defaultDailyNoteSettings());
    }
  });

  it("accepts only headings that planDailyTasks can write under", () => {
    const item = { client: "A.md", clientName: "A", kind: "health-check" as const, day: TODAY, text: "Health check due for A", source: null };
    for (const h of ["# A", "###### Six", "## Clientele", "##\tTab"]) {
      expect(isHeadingLine(h)).toBe(true);
      expect(() => planDailyTasks("", [item], TODAY, h)).not.toThrow();
    }
  });

  it("reads them from a whole settings object, with defaults for what it lacks", () => {
    expect(dailyNoteSettingsOf({ healthCheckDays: 30 })).toEqual(defaultDailyNoteSettings());
    expect(dailyNoteSettingsOf({ dailyNoteAuto: true, dailyNoteHeading: "# Clients", other: 1 })).toEqual({ dailyNoteAuto: true, dailyNoteHeading: "# Clients" });
    expect(dailyNoteSettingsOf({ dailyNoteHeading: "nope" })).toEqual(defaultDailyNoteSettings());
  });
});
