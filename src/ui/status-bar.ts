// The status bar items: "N at risk", which opens the list, and "N due", which opens the agenda.
import { dueStatusLabel, dueStatusText, type DueCounts } from "../core/agenda/agenda-actions";
import { KeptCount } from "../core/model/kept-count";
import type { ClientStatus } from "../core/model/types";

/** Sets the item's text, label and visibility, touching the DOM only for what differs from the last call. */
class StatusItem {
  private text: string | null = null;
  private label: string | null = null;
  private shown: boolean | null = null;

  constructor(readonly el: HTMLElement) {}

  set(text: string | null, label: string | null, shown: boolean): void {
    if (text !== null && text !== this.text) this.el.setText((this.text = text));
    if (label !== null && label !== this.label) this.el.setAttr("aria-label", (this.label = label));
    if (shown !== this.shown) this.el.toggle((this.shown = shown));
  }
}

export class StatusBar {
  private readonly atRisk = new KeptCount((c) => c.atRisk);
  private readonly item: StatusItem;

  constructor(el: HTMLElement, onClick: () => void) {
    el.addClass("clientele-status", "mod-clickable");
    el.setAttr("aria-label", "Show at-risk clients");
    el.addEventListener("click", onClick);
    this.item = new StatusItem(el);
    this.item.set(null, null, false);
  }

  /** `changed`: the paths changed since the last update (the index's list generations), null: any. */
  update(clients: readonly ClientStatus[], changed: ReadonlySet<string> | null = null): void {
    const n = this.atRisk.count(clients, changed);
    this.item.set(`${n} at risk`, null, clients.length > 0);
  }
}

/** The status bar item of the agenda: "N due" (today and overdue), which opens the agenda. */
export class DueStatusBar {
  private readonly item: StatusItem;

  constructor(el: HTMLElement, onClick: () => void) {
    el.addClass("clientele-due-status", "mod-clickable");
    el.addEventListener("click", onClick);
    this.item = new StatusItem(el);
    this.item.set(null, "Open the agenda", false);
  }

  /** Shows the counts; null (the index not ready) or nothing due hides the item. */
  update(counts: DueCounts | null): void {
    const n = counts === null ? 0 : counts.today + counts.overdue;
    this.item.set(counts === null ? null : dueStatusText(counts), counts === null ? null : dueStatusLabel(counts), n > 0);
  }
}
