// The agenda in a sidebar (contract section 9): the due items of the coming days grouped Overdue /
// Today / Next N days, one row per item with its client (a button that opens the note), its
// sentence and its day. Redrawn on every index change.
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { agendaModel, type AgendaModel, type AgendaRow } from "../core/agenda/agenda-model";
import { activityContext } from "../core/model/linked-notes";
import type { Deps } from "../deps";
import { INDEX_CHANGED } from "../obsidian/client-index";

export const VIEW_TYPE_AGENDA = "clientele-agenda";
export const AGENDA_ICON = "calendar-clock";

/** The agenda of the plugin's index for today. */
export function pluginAgenda(deps: Deps): AgendaModel {
  const { index, bodies } = deps;
  const today = deps.today();
  return agendaModel({
    statuses: index.clients(today),
    records: (path) => index.records.of(path),
    needs: (path) => bodies.activity(path)?.needs ?? [],
    since: (path) => activityContext(index.frontmatter(path) ?? {}, bodies.activity(path)).created,
    today,
    settings: deps.settings(),
  });
}

export class AgendaView extends ItemView {
  constructor(leaf: WorkspaceLeaf, private readonly deps: Deps) {
    super(leaf);
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

  /** Draws the agenda again from the index. */
  render(): void {
    const el = this.contentEl;
    el.empty();
    if (!this.deps.index.ready) {
      el.createDiv({ cls: "clientele-agenda-note", text: "Loading clients…" });
      return;
    }
    const model = pluginAgenda(this.deps);
    if (model.count === 0) {
      el.createDiv({ cls: "clientele-agenda-empty", text: `Nothing due in the next ${model.days === 1 ? "day" : `${model.days} days`}.` });
      return;
    }
    for (const group of model.groups) {
      if (group.rows.length === 0) continue;
      const section = el.createDiv({ cls: `clientele-agenda-group clientele-agenda-${group.id}` });
      const heading = section.createEl("h4", { cls: "clientele-agenda-heading" });
      heading.createSpan({ text: group.heading });
      heading.createSpan({ cls: "clientele-agenda-count", text: String(group.rows.length) });
      const list = section.createEl("ul", { cls: "clientele-agenda-list" });
      for (const row of group.rows) this.renderRow(list, row);
    }
  }

  private renderRow(list: HTMLElement, row: AgendaRow): void {
    const item = list.createEl("li", { cls: "clientele-agenda-row" });
    if (row.overdue) item.addClass("is-overdue");
    item.dataset.kind = row.kind;
    const link = item.createEl("button", { cls: "clientele-agenda-client", text: row.clientName });
    link.setAttribute("aria-label", `Open ${row.clientName}`);
    link.addEventListener("click", () => this.open(row.clientPath));
    item.createSpan({ cls: "clientele-agenda-text", text: row.text });
    item.createSpan({ cls: "clientele-agenda-day", text: row.label, attr: { title: row.day } });
  }

  private open(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return this.deps.notify(`Clientele: "${path}" no longer exists.`);
    void this.deps.openFile(file);
  }
}
