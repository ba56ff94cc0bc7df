// The DOM of one card and one column, from the core's models. Text only (setText/createEl):
// a company name is never parsed as HTML.
import { setIcon } from "obsidian";
import type { CardModel } from "../core/pipeline/board";
import type { CardProperty } from "../core/pipeline/card-properties";
import { fillIntelBadges, fillIntelLine } from "./board-card-intel";

export const CARD_CLASS = "clientele-card";
export const COLUMN_CLASS = "clientele-column";

/**
 * Fills `el` (an existing or new card element) with the card's content. Keeps the element itself.
 * `props` are the extra "Label: value" lines the user chose (the setting, or a Bases view's Properties).
 */
export function fillCard(el: HTMLElement, m: CardModel, active: boolean, props: readonly CardProperty[] = []): void {
  el.empty();
  el.addClass(CARD_CLASS);
  el.toggleClass("is-active", active);
  el.toggleClass("is-stale", m.stale !== null);
  el.toggleClass("is-overdue", m.due?.overdue === true);
  el.setAttr("data-path", m.path);
  el.setAttr("role", "listitem");
  el.setAttr("aria-label", m.label);
  if (active) el.setAttr("aria-current", "true");
  else el.removeAttribute("aria-current");
  if (!el.hasAttribute("tabindex")) el.setAttr("tabindex", "-1");
  el.setAttr("draggable", "true");

  const top = el.createDiv({ cls: "clientele-card-top" });
  top.createSpan({ cls: "clientele-card-company", text: m.company });
  const more = top.createEl("button", { cls: "clientele-card-more clickable-icon", attr: { "aria-label": "Move to…", tabindex: "-1", type: "button" } });
  setIcon(more, "more-horizontal");

  const meta = el.createDiv({ cls: "clientele-card-meta" });
  meta.createSpan({ cls: `clientele-badge is-${m.badge.tone}`, text: m.badge.text, attr: { title: m.badge.title } });
  if (m.intel) fillIntelBadges(meta, m.intel);
  if (m.id) meta.createSpan({ cls: "clientele-card-id", text: m.id });
  if (m.engagement) meta.createSpan({ cls: "clientele-card-engagement", text: m.engagement });

  if (m.intel) fillIntelLine(el, m.intel);
  if (m.stale) el.createDiv({ cls: "clientele-card-stale", text: m.stale });
  if (m.nextAction || m.due) {
    const next = el.createDiv({ cls: "clientele-card-next" });
    if (m.nextAction) next.createSpan({ cls: "clientele-card-action", text: m.nextAction });
    if (m.due) {
      const cls = `clientele-card-due${m.due.overdue ? " is-overdue" : m.due.today ? " is-today" : ""}`;
      next.createSpan({ cls, text: m.due.text, attr: { title: m.due.title } });
    }
  }
  if (m.renewal) el.createDiv({ cls: `clientele-card-renewal${m.renewal.urgent ? " is-urgent" : ""}`, text: m.renewal.text });
  if (m.records) fillRecords(el, m.records);
  if (props.length > 0) fillProperties(el, props);
}

/** Fills card elements (fillCard), leaving alone one that already shows exactly this card. */
export class CardFills {
  /** What each element was last filled with: its model, active state and extra lines. */
  private readonly filled = new WeakMap<HTMLElement, string>();

  fill(el: HTMLElement, m: CardModel, active: boolean, props: readonly CardProperty[] = []): void {
    const key = JSON.stringify([m, active, props]);
    if (this.filled.get(el) === key) return;
    fillCard(el, m, active, props);
    this.filled.set(el, key);
  }
}

/** The chosen properties, one small line each, as text (a value is never parsed as HTML). */
function fillProperties(el: HTMLElement, props: readonly CardProperty[]): void {
  const list = el.createDiv({ cls: "clientele-card-props" });
  for (const p of props) {
    const line = list.createDiv({ cls: "clientele-card-prop" });
    line.createSpan({ cls: "clientele-card-prop-label", text: `${p.label}: ` });
    line.createSpan({ cls: "clientele-card-prop-value", text: p.value });
  }
}

/** The related records: one wrapping line of small chips, then the record warnings. */
function fillRecords(el: HTMLElement, r: NonNullable<CardModel["records"]>): void {
  if (r.chips.length > 0) {
    const line = el.createDiv({ cls: "clientele-card-records" });
    for (const chip of r.chips) {
      const tone = chip.tone === "normal" ? "" : ` is-${chip.tone}`;
      line.createSpan({ cls: `clientele-card-chip${tone}`, text: chip.text, attr: { title: chip.title, "data-kind": chip.kind } });
    }
  }
  for (const w of r.warnings) el.createDiv({ cls: "clientele-card-warning", text: w, attr: { title: w } });
}

export interface ColumnEls {
  el: HTMLElement;
  toggleEl: HTMLElement;
  countEl: HTMLElement;
  totalsEl: HTMLElement;
  listEl: HTMLElement;
  emptyEl: HTMLElement;
  moreEl: HTMLButtonElement;
}

/** What a column's header and foot say. */
export interface ColumnHeader {
  count: string;
  totals: string;
  collapsed: boolean;
  /** "No clients" shows. */
  empty: boolean;
  /** The "show more" text; "" hides the button. */
  more: string;
}

/** Shows a column's header, collapsed state, empty text and "show more"; unchanged texts are not rewritten. */
export function showColumnHeader(els: ColumnEls, h: ColumnHeader): void {
  setIfChanged(els.countEl, h.count);
  setIfChanged(els.totalsEl, h.totals);
  els.el.toggleClass("is-collapsed", h.collapsed);
  els.toggleEl.setAttr("aria-expanded", String(!h.collapsed));
  els.emptyEl.toggleClass("is-hidden", !h.empty);
  els.moreEl.toggleClass("is-hidden", h.more === "");
  setIfChanged(els.moreEl, h.more);
}

function setIfChanged(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.setText(text);
}

/** An empty column: header (a button that collapses it), card list, empty text and "show more". */
export function createColumn(parent: HTMLElement, key: string, title: string): ColumnEls {
  const el = parent.createEl("section", { cls: COLUMN_CLASS, attr: { "data-key": key, "aria-label": title } });
  const header = el.createDiv({ cls: "clientele-column-header" });
  const toggleEl = header.createEl("button", { cls: "clientele-column-toggle", attr: { type: "button", "aria-expanded": "true" } });
  const chevron = toggleEl.createSpan({ cls: "clientele-column-chevron" });
  setIcon(chevron, "chevron-down");
  toggleEl.createSpan({ cls: "clientele-column-title", text: title });
  const countEl = toggleEl.createSpan({ cls: "clientele-column-count" });
  const totalsEl = header.createDiv({ cls: "clientele-column-totals" });
  // The list scrolls with its "show more" button inside, so the button is seen only at the end.
  const scrollEl = el.createDiv({ cls: "clientele-column-scroll" });
  const listEl = scrollEl.createDiv({ cls: "clientele-column-cards", attr: { role: "list", "aria-label": title } });
  const emptyEl = scrollEl.createDiv({ cls: "clientele-column-empty", text: "No clients" });
  const moreEl = scrollEl.createEl("button", { cls: "clientele-column-more", attr: { type: "button" } });
  return { el, toggleEl, countEl, totalsEl, listEl, emptyEl, moreEl };
}

/** The column's "New client in this column" button, in its header. */
export function addNewClientButton(els: ColumnEls, title: string, add: () => void): void {
  const header = els.toggleEl.parentElement;
  if (!header) return;
  const button = header.createEl("button", { cls: "clientele-column-new clickable-icon", attr: { type: "button", "aria-label": `New client in ${title}` } });
  setIcon(button, "plus");
  button.addEventListener("click", add);
}
