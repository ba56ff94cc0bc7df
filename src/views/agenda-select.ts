// Selecting several agenda rows (issue 14 item 7): a checkbox per row, and while rows are selected
// a bar with bulk actions for their clients: snooze 1 day or 1 week, log one interaction for all,
// Bulk edit…. Each action is one undoable change through the write layer (bulkEdit); the selection
// is kept across redraws by each row's key and loses the rows that left the agenda.
import { ROW_SNOOZE_CHOICES } from "../core/agenda/agenda-actions";
import type { AgendaRow } from "../core/agenda/agenda-model";
import type { BulkOp } from "../core/change/bulk";
import { addDaysToDay } from "../core/model/dates";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { bulkEdit } from "../obsidian/bulk-writes";
import { LogInteractionModal } from "../ui/log-interaction-modal";
import { BoardSelection } from "./board-select";
import { openBulkEdit } from "./pipeline-view";

/** What tells one row from another across redraws: its client, kind, day and sentence. */
export function rowKey(row: Pick<AgendaRow, "clientPath" | "kind" | "day" | "text">): string {
  return `${row.clientPath}\n${row.kind}\n${row.day}\n${row.text}`;
}

/** The selected rows' clients, once each, in the order their rows were selected. */
export function selectedClientPaths(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const k of keys) seen.add(k.slice(0, k.indexOf("\n")));
  return [...seen];
}

/** The agenda's selection and its bar. */
export class AgendaSelection {
  readonly selection: BoardSelection;
  private bar: HTMLElement | null = null;
  private countEl: HTMLElement | null = null;

  constructor(private readonly deps: Deps, changed: () => void) {
    this.selection = new BoardSelection(() => {
      this.showCount();
      changed();
    });
  }

  /** Draws the (hidden while empty) bar at the top of `parent`. */
  drawBar(parent: HTMLElement): void {
    const bar = parent.createDiv({ cls: "clientele-select-bar clientele-agenda-select-bar", attr: { role: "region", "aria-label": "Selected agenda items" } });
    this.bar = bar;
    this.countEl = bar.createSpan({ cls: "clientele-select-count", attr: { "aria-live": "polite" } });
    const button = (text: string, label: string, run: () => void, cls = "") => {
      const b = bar.createEl("button", { cls: `clientele-select-action${cls}`, text, attr: { type: "button", "aria-label": label } });
      b.addEventListener("click", run);
    };
    for (const s of ROW_SNOOZE_CHOICES) button(s.label, `${s.label}: the selected items' clients`, () => this.snooze(s.days));
    button("Log interaction…", "Log one interaction with each selected item's client", () => this.log());
    button("Bulk edit…", "Bulk edit the selected items' clients", () => this.bulk(), " mod-cta");
    button("Clear", "Clear the selection", () => this.selection.clear());
    this.showCount();
  }

  /** After a redraw: rows no longer on the agenda leave the selection. */
  keepOnly(rows: readonly AgendaRow[]): void {
    const keys = new Set(rows.map(rowKey));
    this.selection.retain((k) => keys.has(k));
    this.showCount();
  }

  private showCount(): void {
    const n = this.selection.size;
    this.bar?.toggleClass("is-hidden", n === 0);
    if (!this.countEl) return;
    const clients = selectedClientPaths(this.selection.list()).length;
    this.countEl.setText(n === 0 ? "" : clients === n ? `${n} selected` : `${n} selected (${clients === 1 ? "1 client" : `${clients} clients`})`);
  }

  /** The selected rows' clients as the index has them now (a client note gone is left out). */
  private clients(): ClientStatus[] {
    const today = this.deps.today();
    return selectedClientPaths(this.selection.list()).flatMap((p) => this.deps.index.client(p, today) ?? []);
  }

  private run(op: BulkOp, clients: ClientStatus[]): void {
    this.selection.clear();
    void bulkEdit(this.deps, clients, op);
  }

  private snooze(days: number): void {
    const clients = this.clients();
    if (clients.length > 0) this.run({ kind: "snooze", until: addDaysToDay(this.deps.today(), days) }, clients);
  }

  private log(): void {
    const clients = this.clients();
    if (clients.length === 0) return;
    const who = clients.length === 1 ? (clients[0]?.client.name ?? "1 client") : `${clients.length} clients`;
    new LogInteractionModal(this.deps.app, who, this.deps.today(), (interaction) => this.run({ kind: "log", interaction }, clients)).open();
  }

  private bulk(): void {
    const clients = this.clients();
    if (clients.length > 0) openBulkEdit(this.deps, clients);
  }
}
