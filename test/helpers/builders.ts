// The one builder for client statuses and notes, and the one TODAY the tests are written for.
import { evaluateClient } from "../../src/core/model/activity";
import { parseClient } from "../../src/core/model/client";
import { defaultSettings, type ClienteleSettings } from "../../src/core/model/settings";
import type { ScoredDay } from "../../src/core/intel/trend";
import type { ClientStatus, Day, RecordProps } from "../../src/core/model/types";

/** The day every test and fixture is written for (the sample vault's "today" too). */
export const TODAY: Day = "2026-11-21";

export interface StatusOptions {
  /** The file's modification day; null when file times do not count. */
  modifiedDay?: Day | null;
  settings?: ClienteleSettings;
  today?: Day;
  /** The client's records and health history lines, for value, risk and trend (section 8). */
  intel?: { records: RecordProps[]; health: ScoredDay[] };
}

/** A client evaluated for a day from its properties; `type: client` is added. */
export function clientStatus(path: string, fm: Record<string, unknown>, options: StatusOptions = {}): ClientStatus {
  const settings = options.settings ?? defaultSettings();
  const client = parseClient(path, { type: "client", ...fm }, settings);
  const ctx = { today: options.today ?? TODAY, modifiedDay: options.modifiedDay ?? null };
  return evaluateClient(client, options.intel ? { ...ctx, intel: options.intel } : ctx, settings);
}
