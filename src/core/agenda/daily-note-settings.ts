// The settings of today's agenda in the daily note (issue 14): whether Clientele adds the items by
// itself and under which heading. Read by `migrateSettings`; kept apart so the settings module
// stays small. Imports nothing, so the settings module can import it without a cycle.

/** The heading today's items go under unless the settings name another. */
export const DEFAULT_DAILY_HEADING = "## Clientele";

export interface DailyNoteSettings {
  /** Add today's items to the daily note without the command (off: only the command writes). */
  dailyNoteAuto: boolean;
  /** The heading the items go under, e.g. "## Clientele". */
  dailyNoteHeading: string;
}

export function defaultDailyNoteSettings(): DailyNoteSettings {
  return { dailyNoteAuto: false, dailyNoteHeading: DEFAULT_DAILY_HEADING };
}

/** A Markdown heading line: 1 to 6 `#`, a space, then text; one line. */
export function isHeadingLine(v: string): boolean {
  return !/[\r\n]/.test(v) && /^#{1,6}[ \t]+\S/.test(v);
}

/**
 * Reads the daily note settings from stored data into `s`; each value that cannot be used keeps
 * its default and is reported with `bad`. A heading is kept without trailing white space.
 */
export function migrateDailyNoteSettings(raw: Record<string, unknown>, s: DailyNoteSettings, bad: (key: string, value: unknown) => void): void {
  const auto = raw.dailyNoteAuto;
  if (auto !== undefined) {
    if (typeof auto === "boolean") s.dailyNoteAuto = auto;
    else bad("dailyNoteAuto", auto);
  }
  const heading = raw.dailyNoteHeading;
  if (heading === undefined) return;
  if (typeof heading === "string" && isHeadingLine(heading)) s.dailyNoteHeading = heading.trimEnd();
  else bad("dailyNoteHeading", heading);
}

/**
 * The daily note settings held by a settings object (the plugin's, once they include these keys),
 * each missing or unusable value at its default.
 */
export function dailyNoteSettingsOf(settings: object): DailyNoteSettings {
  const out = defaultDailyNoteSettings();
  migrateDailyNoteSettings(settings as Record<string, unknown>, out, () => undefined);
  return out;
}
