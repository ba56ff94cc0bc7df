// The status bar items: "N at risk", which opens the list, and "N due", which opens the agenda.
import { dueStatusLabel, dueStatusText, type DueCounts } from "../core/agenda/agenda-actions";
import { KeptCount } from "../core/model/kept-count";
import type { ClientStatus } from "../core/model/types";

export class StatusBar {
  private readonly atRisk = new KeptCount((c) => c.atRisk);

  constructor(private readonly el: HTMLElement, onClick: () => void) {
    el.addClass("clientele-status", "mod-clickable");
    el.setAttr("aria-label", "Show at-risk clients");
    el.addEventListener("click", onClick);
    el.hide();
  }

  /** `changed`: the paths changed since the last update (the index's list generations), null: any. */
  update(clients: readonly ClientStatus[], changed: ReadonlySet<string> | null = null): void {
    const n = this.atRisk.count(clients, changed);
    this.el.setText(`${n} at risk`);
    this.el.toggle(clients.length > 0);
  }
}

/** The status bar item of the agenda: "N due" (today and overdue), which opens the agenda. */
export class DueStatusBar {
  constructor(private readonly el: HTMLElement, onClick: () => void) {
    el.addClass("clientele-due-status", "mod-clickable");
    el.setAttr("aria-label", "Open the agenda");
    el.addEventListener("click", onClick);
    el.hide();
  }

  /** Shows the counts; null (the index not ready) or nothing due hides the item. */
  update(counts: DueCounts | null): void {
    const n = counts === null ? 0 : counts.today + counts.overdue;
    if (counts !== null) {
      this.el.setText(dueStatusText(counts));
      this.el.setAttr("aria-label", dueStatusLabel(counts));
    }
    this.el.toggle(n > 0);
  }
}
