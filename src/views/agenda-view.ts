// The agenda in a sidebar (contract section 9): the due items of the coming days grouped Overdue /
// Today / Next N days, one row per item with its client (a button that opens the note), its
// sentence, its day and its completing action (agenda-row.ts). Redrawn on every index change. From
// the keyboard: one row reachable with Tab, arrows and Home/End between rows, Enter opens the note,
// d or Space runs the completing action, s snoozes, x selects the row (its checkbox), Escape clears the
// selection, Shift+F10 (or the menu key) opens the row's menu. Selected rows get a bar of bulk
// actions for their clients (agenda-select.ts).
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { agendaModel, DueCache, type AgendaModel, type AgendaModelInput, type AgendaRow } from "../core/agenda/agenda-model";
import { activityContext } from "../core/model/linked-notes";
import type { Deps } from "../deps";
import { INDEX_CHANGED } from "../obsidian/client-index";
import { AgendaActions, drawRow, menuBelow, ROW_CLASS, showChecked } from "./agenda-row";
import { AgendaSelection, rowKey } from "./agenda-select";

export const VIEW_TYPE_AGENDA = "clientele-agenda";
export const AGENDA_ICON = "calendar-clock";

/** The agenda's input from the plugin's index for today; `cache` keeps unchanged clients' due items between calls. */
export function pluginAgendaInput(deps: Deps, cache?: DueCache): AgendaModelInput {
  const { index, bodies } = deps;
  const today = deps.today();
  return {
    statuses: index.clients(today),
    records: (path) => index.records.of(path),
    needs: (path) => bodies.activity(path)?.needs ?? [],
    since: (path) => activityContext(index.frontmatter(path) ?? {}, bodies.activity(path)).created,
    today,
    settings: deps.settings(),
    ...(cache ? { cache } : {}),
  };
}

/** The agenda of the plugin's index for today. */
export function pluginAgenda(deps: Deps, cache?: DueCache): AgendaModel {
  return agendaModel(pluginAgendaInput(deps, cache));
}

export class AgendaView extends ItemView {
  private readonly actions: AgendaActions;
  private readonly select: AgendaSelection;
  /** Unchanged clients' due items, kept between redraws. */
  private readonly due = new DueCache();

  constructor(leaf: WorkspaceLeaf, private readonly deps: Deps) {
    super(leaf);
    this.actions = new AgendaActions(deps, (path) => this.open(path));
    this.select = new AgendaSelection(deps, () => showChecked(this.contentEl, (k) => this.select.selection.has(k)));
  }

  getViewType(): string {
    return VIEW_TYPE_AGENDA;
  }

  getDisplayText(): string {
    return "Client agenda";
  }

  getIcon(): string {
    return AGENDA_ICON;
  }

  protected async onOpen(): Promise<void> {
    this.contentEl.addClass("clientele-agenda-view");
    this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.render()));
    this.render();
  }

  protected async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  /** Draws the agenda again from the index; a row that had the focus keeps it (or the next one gets it). */
  render(): void {
    const el = this.contentEl;
    const active = activeDocument.activeElement;
    const had = active instanceof HTMLElement && el.contains(active) ? active.closest<HTMLElement>(`.${ROW_CLASS}`) : null;
    const focused = had ? this.rowEls().indexOf(had) : -1;
    el.empty();
    if (!this.deps.index.ready) {
      el.createDiv({ cls: "clientele-agenda-note", text: "Loading clients…" });
      return;
    }
    const model = pluginAgenda(this.deps, this.due);
    this.select.keepOnly(model.groups.flatMap((g) => g.rows));
    if (model.count === 0) {
      el.createDiv({ cls: "clientele-agenda-empty", text: `Nothing due in the next ${model.days === 1 ? "day" : `${model.days} days`}.` });
      return;
    }
    this.select.drawBar(el);
    const { selection } = this.select;
    for (const group of model.groups) {
      if (group.rows.length === 0) continue;
      const section = el.createDiv({ cls: `clientele-agenda-group clientele-agenda-${group.id}` });
      const heading = section.createEl("h4", { cls: "clientele-agenda-heading" });
      heading.createSpan({ text: group.heading });
      heading.createSpan({ cls: "clientele-agenda-count", text: String(group.rows.length) });
      const list = section.createEl("ul", { cls: "clientele-agenda-list" });
      for (const row of group.rows) {
        const key = rowKey(row);
        const item = drawRow(list, row, this.actions, (path) => this.open(path), { key, checked: selection.has(key), toggle: () => selection.toggle(key) });
        item.addEventListener("keydown", (e) => this.onKey(e, item, row));
        item.addEventListener("focus", () => this.rove(item));
      }
    }
    const rows = this.rowEls();
    const target = focused >= 0 ? rows[Math.min(focused, rows.length - 1)] : undefined;
    this.rove(target ?? rows[0]);
    target?.focus();
  }

  private rowEls(): HTMLElement[] {
    return Array.from(this.contentEl.querySelectorAll<HTMLElement>(`.${ROW_CLASS}`));
  }

  /** Keeps exactly one row reachable with Tab: this one. */
  private rove(item: HTMLElement | undefined): void {
    if (!item) return;
    for (const r of this.rowEls()) r.setAttr("tabindex", r === item ? "0" : "-1");
  }

  private onKey(e: KeyboardEvent, item: HTMLElement, row: AgendaRow): void {
    if (e.target !== item || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key;
    if (key === "Enter") this.open(row.clientPath);
    else if (key === "d" || key === " ") this.actions.complete(row);
    else if (key === "s") this.actions.askSnooze(row);
    else if (key === "x") this.select.selection.toggle(rowKey(row));
    else if (key === "Escape") {
      if (!this.select.selection.clear()) return;
    }
    else if ((key === "F10" && e.shiftKey) || key === "ContextMenu") menuBelow(this.actions, item, row);
    else {
      const rows = this.rowEls();
      const i = rows.indexOf(item);
      const to = key === "ArrowDown" ? rows[i + 1] : key === "ArrowUp" ? rows[i - 1] : key === "Home" ? rows[0] : key === "End" ? rows[rows.length - 1] : undefined;
      if (!to) return;
      to.focus();
      to.scrollIntoView({ block: "nearest" });
    }
    e.preventDefault();
  }

  private open(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return this.deps.notify(`Clientele: "${path}" no longer exists.`);
    void this.deps.openFile(file);
  }
}
