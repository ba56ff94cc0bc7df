// One agenda row and what completes it (issue 14): the client button, the sentence and day, the
// completing action's button, "Snooze", and the same in the row's context menu. Every action
// gathers input (a modal) and calls the write layer; the row goes away when the index updates.
import { Menu } from "obsidian";
import { completingAction, recordDayOf, ROW_SNOOZE_CHOICES, rowLabel } from "../core/agenda/agenda-actions";
import type { AgendaRow } from "../core/agenda/agenda-model";
import { addDaysToDay } from "../core/model/dates";
import type { ClientStatus, Day } from "../core/model/types";
import type { Deps } from "../deps";
import { bulkEdit } from "../obsidian/bulk-writes";
import { healthCheckFor, logInteractionFor, setRecordDay } from "../obsidian/writes";
import { HealthCheckModal } from "../ui/health-check-modal";
import { LogInteractionModal } from "../ui/log-interaction-modal";
import { SnoozeModal } from "../ui/snooze-modal";

export const ROW_CLASS = "clientele-agenda-row";

function noteName(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

/** Runs the actions of agenda rows through the write layer. */
export class AgendaActions {
  constructor(private readonly deps: Deps, private readonly open: (path: string) => void) {}

  /** The row's client as the index has it now, or null with a Notice. */
  private client(row: AgendaRow): ClientStatus | null {
    const c = this.deps.index.client(row.clientPath, this.deps.today());
    if (!c) this.deps.notify(`Clientele: "${row.clientPath}" is no longer a client note.`);
    return c;
  }

  /** Runs the row's completing action. */
  complete(row: AgendaRow): void {
    const action = completingAction(row.kind);
    if (action.id === "open-note") return this.open(row.clientPath);
    const record = recordDayOf(action.id);
    if (record !== null) return this.markRecord(row, record.key, record.key === "paid" ? "paid" : "answered");
    const c = this.client(row);
    if (!c) return;
    const { deps } = this;
    if (action.id === "health-check") {
      new HealthCheckModal(deps.app, c.client, deps.settings().healthMatrix, (input) => void healthCheckFor(deps, c, input)).open();
      return;
    }
    new LogInteractionModal(deps.app, c.client.name, deps.today(), (i) => void logInteractionFor(deps, c, i)).open();
  }

  /** Sets the day on the row's record note; the write layer checks at write time that it is still that record and not yet set. */
  private markRecord(row: AgendaRow, key: "paid" | "first_response", done: string): void {
    const { deps } = this;
    const today = deps.today();
    const source = row.source;
    if (source === null) return deps.notify(`Clientele: the record behind "${row.text}" is not known; nothing was written.`);
    const name = noteName(source);
    void setRecordDay(deps, source, key, today, `Mark ${name} ${done}`).then((ok) => {
      if (ok) deps.notify(`Clientele: marked ${name} ${done} (${key}: ${today}).`);
    });
  }

  /** Hides the row's client's items until `until` (snooze_until), as one undoable change. */
  snooze(row: AgendaRow, until: Day): void {
    const c = this.client(row);
    if (c) void bulkEdit(this.deps, [c], { kind: "snooze", until });
  }

  /** Asks for the snooze day, then snoozes. */
  askSnooze(row: AgendaRow): void {
    new SnoozeModal(this.deps.app, row.clientName, this.deps.today(), (until) => this.snooze(row, until)).open();
  }

  /** The row's menu: its completing action, Open note, then the snooze choices. */
  menu(row: AgendaRow, at: { x: number; y: number }): void {
    const action = completingAction(row.kind);
    const menu = new Menu();
    if (action.id !== "open-note") menu.addItem((i) => i.setTitle(action.label).setIcon(action.icon).onClick(() => this.complete(row)));
    menu.addItem((i) => i.setTitle("Open note").setIcon("file-text").onClick(() => this.open(row.clientPath)));
    menu.addSeparator();
    for (const s of ROW_SNOOZE_CHOICES) {
      menu.addItem((i) => i.setTitle(s.label).setIcon("alarm-clock").onClick(() => this.snooze(row, addDaysToDay(this.deps.today(), s.days))));
    }
    menu.addItem((i) => i.setTitle("Snooze until…").setIcon("calendar").onClick(() => this.askSnooze(row)));
    menu.showAtPosition(at);
  }
}

/** A row's checkbox: whether it is selected, and what toggling it does (agenda-select.ts). */
export interface RowSelect {
  key: string;
  checked: boolean;
  toggle(): void;
}

/** Draws one row: focusable (roving tabindex), with its checkbox, buttons and context menu. */
export function drawRow(list: HTMLElement, row: AgendaRow, actions: AgendaActions, open: (path: string) => void, select: RowSelect): HTMLElement {
  const item = list.createEl("li", { cls: ROW_CLASS, attr: { tabindex: "-1", "aria-label": rowLabel(row) } });
  if (row.overdue) item.addClass("is-overdue");
  item.dataset.kind = row.kind;
  item.dataset.path = row.clientPath;
  item.dataset.key = select.key;
  const check = item.createEl("label", { cls: "clientele-agenda-check" }).createEl("input", { attr: { type: "checkbox", "aria-label": `Select ${rowLabel(row)}` } });
  check.checked = select.checked;
  item.toggleClass("is-selected", select.checked);
  check.addEventListener("change", () => select.toggle());
  const link = item.createEl("button", { cls: "clientele-agenda-client", text: row.clientName });
  link.setAttribute("aria-label", `Open ${row.clientName}`);
  link.addEventListener("click", () => open(row.clientPath));
  item.createSpan({ cls: "clientele-agenda-text", text: row.text });
  item.createSpan({ cls: "clientele-agenda-day", text: row.label, attr: { title: row.day } });
  const buttons = item.createDiv({ cls: "clientele-agenda-actions" });
  const action = completingAction(row.kind);
  const done = buttons.createEl("button", { cls: "clientele-agenda-complete mod-cta", text: action.label });
  done.addEventListener("click", () => actions.complete(row));
  const snooze = buttons.createEl("button", { cls: "clientele-agenda-snooze", text: "Snooze", attr: { "aria-label": `Snooze ${row.clientName}` } });
  snooze.addEventListener("click", () => actions.askSnooze(row));
  item.addEventListener("contextmenu", (e) => {
    e.preventDefault();
    actions.menu(row, { x: e.clientX, y: e.clientY });
  });
  return item;
}

/** Shows on the row elements under `root` which rows are selected. */
export function showChecked(root: HTMLElement, selected: (key: string) => boolean): void {
  for (const item of Array.from(root.querySelectorAll<HTMLElement>(`.${ROW_CLASS}`))) {
    const on = selected(item.dataset.key ?? "");
    item.toggleClass("is-selected", on);
    const box = item.querySelector<HTMLInputElement>(".clientele-agenda-check input");
    if (box) box.checked = on;
  }
}

/** The menu under a row, when it was not opened at a pointer (keyboard). */
export function menuBelow(actions: AgendaActions, el: HTMLElement, row: AgendaRow): void {
  const r = el.getBoundingClientRect();
  actions.menu(row, { x: r.left + 8, y: r.bottom });
}
