// The status bar's due counts kept between index changes (issue 16): each client's counts by path
// and their sums, so a change that replaced a few clients' statuses costs those clients, not the
// portfolio. Pure: the caller says which paths changed (the index's list generations); a new day
// or settings, or an unknown change, counts everything again.
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day } from "../model/types";
import { clientAtPath } from "../model/order";
import type { DueCounts } from "./agenda-model";

/** One client's due counts, for a status (the caller's DueCache makes this cheap for unchanged ones). */
export type CountOf = (status: ClientStatus) => DueCounts;

export class DueTotals {
  private readonly byPath = new Map<string, DueCounts>();
  private today = 0;
  private overdue = 0;
  private key: { day: Day; settings: ClienteleSettings } | null = null;

  /**
   * The totals over `statuses` (sorted by path) for `day` and `settings`; `changed` names the paths
   * whose status may differ since the last call, null when anything may have.
   */
  totals(statuses: readonly ClientStatus[], changed: ReadonlySet<string> | null, day: Day, settings: ClienteleSettings, countOf: CountOf): DueCounts {
    const same = this.key !== null && this.key.day === day && this.key.settings === settings;
    if (!same || changed === null) this.recount(statuses, countOf);
    else for (const path of changed) this.replace(path, clientAtPath(statuses, path), countOf);
    this.key = { day, settings };
    return { today: this.today, overdue: this.overdue };
  }

  private recount(statuses: readonly ClientStatus[], countOf: CountOf): void {
    this.byPath.clear();
    this.today = 0;
    this.overdue = 0;
    for (const s of statuses) this.add(s.client.path, countOf(s));
  }

  private replace(path: string, status: ClientStatus | null, countOf: CountOf): void {
    const old = this.byPath.get(path);
    if (old) {
      this.today -= old.today;
      this.overdue -= old.overdue;
      this.byPath.delete(path);
    }
    if (status) this.add(path, countOf(status));
  }

  private add(path: string, c: DueCounts): void {
    this.byPath.set(path, c);
    this.today += c.today;
    this.overdue += c.overdue;
  }
}
