// The agenda outside its view (issue 14): the status bar's "N due" (today and overdue), kept up to
// date on every index change, and once a day, at the first index change of a new day with the
// index ready or the first window focus of a new day, one Notice "Clientele: N items due today, M
// overdue. Open the agenda…" (clicking it opens the agenda). The day it was last shown is kept per
// vault in Obsidian's local storage; the setting `agendaNotice` switches the Notice off.
import { Component, Notice } from "obsidian";
import { agendaNoticeText, noticeDue } from "../core/agenda/agenda-actions";
import { DueCache, dueCountOf, type DueCounts } from "../core/agenda/agenda-model";
import { DueTotals } from "../core/agenda/due-totals";
import type { Deps } from "../deps";
import { INDEX_CHANGED } from "../obsidian/client-index";
import { DueStatusBar } from "../ui/status-bar";
import { pluginAgendaInput } from "./agenda-view";

/** The local storage key of the day the Notice was last shown. */
export const NOTICE_DAY_KEY = "clientele-agenda-notice-day";

/** How long the Notice stays, in ms. */
const NOTICE_MS = 10000;

export class AgendaNotice extends Component {
  private status: DueStatusBar | null = null;
  /** Unchanged clients' due items, kept between index changes. */
  private readonly due = new DueCache();
  /** The counts' sums, updated for the clients changed since list generation `generation`. */
  private readonly totals = new DueTotals();
  private generation: number | null = null;

  constructor(private readonly deps: Deps, private readonly openAgenda: () => void) {
    super();
  }

  onload(): void {
    this.status = new DueStatusBar(this.deps.plugin.addStatusBarItem(), this.openAgenda);
    this.registerEvent(this.deps.app.workspace.on(INDEX_CHANGED, () => this.refresh()));
    this.registerDomEvent(window, "focus", () => this.maybeNotify());
    this.refresh();
  }

  /** Updates the status bar and shows the day's Notice when it is due. */
  refresh(): void {
    if (!this.deps.index.ready) {
      this.status?.update(null);
      return;
    }
    this.status?.update(this.counts());
    this.maybeNotify();
  }

  /** Today's due counts: only the clients changed since the last call are counted again. */
  private counts(): DueCounts {
    const { clients, generation, changed } = this.deps.index.clientChanges(this.deps.today(), this.generation);
    this.generation = generation;
    const input = { ...pluginAgendaInput(this.deps, this.due), statuses: clients };
    return this.totals.totals(clients, changed, input.today, input.settings, dueCountOf(input, this.due));
  }

  /** Shows the Notice once a day, when switched on and the index is ready; nothing due shows none. */
  maybeNotify(): void {
    const { app, index } = this.deps;
    if (!index.ready) return;
    const today = this.deps.today();
    if (!noticeDue(this.deps.settings().agendaNotice, app.loadLocalStorage(NOTICE_DAY_KEY), today)) return;
    app.saveLocalStorage(NOTICE_DAY_KEY, today);
    const counts = this.counts();
    if (counts.today + counts.overdue === 0) return;
    const notice = new Notice(agendaNoticeText(counts), NOTICE_MS);
    notice.messageEl.addClass("mod-clickable");
    notice.messageEl.addEventListener("click", () => this.openAgenda());
  }
}
