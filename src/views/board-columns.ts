// The board's columns: one section per stage, the cards in it (sorted, filtered), and paging:
// long columns put their first cards in the DOM and add more as the column scrolls. Card
// elements are reused when a card moves or changes.
import { setIcon } from "obsidian";
import { columnSummary, compareCards, type BoardColumn, type BoardState } from "../core/pipeline/board";
import { lowerBound } from "../core/model/order";
import type { ClientStatus } from "../core/model/types";
import { CARD_CLASS, createColumn, type ColumnEls } from "./board-card";
import { ensureRover } from "./board-keyboard";

/** Cards per column put in the DOM at first (about a screenful); more come as the column scrolls. */
export const PAGE_SIZE = 12;

export interface Column extends ColumnEls {
  key: string;
  stage: string | null;
  /** Cards shown (filtered, sorted); the first `limit` are in the DOM. */
  cards: ClientStatus[];
  total: number;
  limit: number;
  collapsed: boolean;
}

/** What the columns need from the board (BoardRenderer). */
export interface ColumnsHost {
  /** The client of `path` as the board shows it (an optimistic move included). */
  shown(path: string): ClientStatus | undefined;
  /** The key of the column a client (as shown) belongs in. */
  keyOf(c: ClientStatus): string;
  /** The board's filter and sort. */
  state(): BoardState;
  /** Whether a client's card is shown (the board's segment and filter), as the full render decides. */
  filter(c: ClientStatus): boolean;
  /** Fills the element of the card of `path`. */
  fill(el: HTMLElement, path: string): void;
  toggle(key: string): void;
  currency(): string;
  /** A client's place in the order the clients came in (the `source` sort). */
  rank?: (c: ClientStatus) => number;
  /** "New client in this column" with the column's value (null: "No stage" or "(none)"); absent: no button. */
  newClient?: (value: string | null) => void;
}

export class BoardColumns {
  private readonly columns = new Map<string, Column>();
  private readonly cardEls = new Map<string, HTMLElement>();
  /** Column key of every client, shown or filtered out. */
  private readonly placed = new Map<string, string>();
  private readonly observer: IntersectionObserver | null = null;

  constructor(readonly el: HTMLElement, private readonly host: ColumnsHost) {
    if (typeof IntersectionObserver === "function") {
      this.observer = new IntersectionObserver((entries) => {
        for (const e of entries) if (e.isIntersecting) this.showMore(e.target.closest<HTMLElement>(".clientele-column"));
      }, { rootMargin: "200px" });
    }
  }

  destroy(): void {
    this.observer?.disconnect();
  }

  /** Draws these columns afresh; `clients` (as shown) are every client, filtered out or not. */
  show(board: BoardColumn[], clients: ClientStatus[]): void {
    const focused = this.focusedPath();
    this.observer?.disconnect();
    this.el.empty();
    this.columns.clear();
    this.cardEls.clear();
    this.placed.clear();
    for (const c of clients) this.placed.set(c.client.path, this.host.keyOf(c));
    for (const col of board) {
      const els = createColumn(this.el, col.key, col.title);
      const column: Column = { ...els, key: col.key, stage: col.stage, cards: col.cards, total: col.total, limit: PAGE_SIZE, collapsed: col.collapsed };
      this.columns.set(col.key, column);
      els.toggleEl.addEventListener("click", () => this.host.toggle(col.key));
      els.moreEl.addEventListener("click", () => this.showMore(els.el));
      if (this.host.newClient) this.newClientButton(els, col);
      this.observer?.observe(els.moreEl);
    }
    this.el.toggleClass("is-empty", clients.length === 0);
    if (clients.length === 0) {
      this.el.createDiv({ cls: "clientele-board-empty", text: "No client notes yet. Create one with the “New client” command." });
    }
    this.sync(new Set(this.columns.values()), focused);
  }

  private newClientButton(els: ColumnEls, col: BoardColumn): void {
    const add = this.host.newClient;
    const header = els.toggleEl.parentElement;
    if (!add || !header) return;
    const button = header.createEl("button", { cls: "clientele-column-new clickable-icon", attr: { type: "button", "aria-label": `New client in ${col.title}` } });
    setIcon(button, "plus");
    button.addEventListener("click", () => add(col.stage));
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  cardEl(path: string): HTMLElement | undefined {
    return this.cardEls.get(path);
  }

  setCollapsed(key: string, collapsed: boolean): void {
    const col = this.columns.get(key);
    if (col) {
      col.collapsed = collapsed;
      this.sync(new Set([col]));
    }
  }

  /** Renders the next page of a column. */
  showMore(columnEl: HTMLElement | null): void {
    const col = columnEl ? this.columns.get(columnEl.dataset.key ?? "") : undefined;
    if (!col || col.limit >= col.cards.length) return;
    col.limit += PAGE_SIZE;
    this.sync(new Set([col]));
  }

  /** Makes sure the card of `path` is rendered (growing its column's page) and returns it. */
  reveal(path: string): HTMLElement | undefined {
    const col = this.columns.get(this.placed.get(path) ?? "\0");
    if (!col || col.collapsed) return undefined;
    const i = col.cards.findIndex((c) => c.client.path === path);
    if (i >= col.limit) {
      col.limit = Math.ceil((i + 1) / PAGE_SIZE) * PAGE_SIZE;
      this.sync(new Set([col]));
    }
    return this.cardEls.get(path);
  }

  /** Takes the card of `path` out of its column and puts it where it belongs now. False: full render needed. */
  place(path: string, touched: Set<Column>): boolean {
    const oldKey = this.placed.get(path);
    if (oldKey !== undefined) {
      const old = this.columns.get(oldKey);
      if (old) {
        old.total--;
        const at = old.cards.findIndex((x) => x.client.path === path);
        if (at >= 0) old.cards.splice(at, 1);
        touched.add(old);
        if (old.stage === null && old.total === 0) return false; // the "No stage" column goes away
      }
      this.placed.delete(path);
    }
    const c = this.host.shown(path);
    if (!c) return true;
    const key = this.host.keyOf(c);
    this.placed.set(path, key);
    const col = this.columns.get(key);
    if (!col) return key !== ""; // a hidden excluded stage: fine; a new "No stage" column: full render
    col.total++;
    touched.add(col);
    if (!this.host.filter(c)) return true;
    // The cards are in `compare` order (a total order: ties go by name, then path): a binary search finds the place.
    const compare = compareCards(this.host.state().sort, this.host.rank);
    col.cards.splice(lowerBound(col.cards, (x) => compare(x, c) <= 0), 0, c);
    const el = this.cardEls.get(path);
    if (el) this.host.fill(el, path);
    return true;
  }

  /** The path of the focused card, when focus is on a card of the board. */
  focusedPath(): string | null {
    const el = activeDocument.activeElement;
    return el instanceof HTMLElement && el.hasClass(CARD_CLASS) && this.el.contains(el) ? (el.dataset.path ?? null) : null;
  }

  /** Makes each column's DOM match its cards (first `limit` of them), reusing card elements. */
  sync(columns: Set<Column>, focused = this.focusedPath()): void {
    for (const col of columns) {
      const summary = columnSummary(col.cards, col.total, this.host.currency());
      col.countEl.setText(summary.count);
      col.totalsEl.setText(summary.totals);
      col.el.toggleClass("is-collapsed", col.collapsed);
      col.toggleEl.setAttr("aria-expanded", String(!col.collapsed));
      col.emptyEl.toggleClass("is-hidden", col.cards.length > 0 || col.collapsed);
      const want = col.collapsed ? [] : col.cards.slice(0, col.limit);
      let cursor = col.listEl.firstElementChild;
      for (const c of want) {
        let el = this.cardEls.get(c.client.path);
        if (!el) {
          el = createDiv();
          this.host.fill(el, c.client.path);
          this.cardEls.set(c.client.path, el);
        }
        if (el === cursor) cursor = cursor.nextElementSibling;
        else col.listEl.insertBefore(el, cursor);
      }
      while (cursor) {
        const next = cursor.nextElementSibling;
        cursor.remove(); // kept in cardEls: another column may take it in below
        cursor = next;
      }
      const left = col.collapsed ? 0 : col.cards.length - want.length;
      col.moreEl.toggleClass("is-hidden", left <= 0);
      col.moreEl.setText(left > 0 ? `Show ${Math.min(left, PAGE_SIZE)} more (${left} not shown)` : "");
    }
    // Cards live only in the columns' lists: one with no parent left the board.
    for (const [path, el] of this.cardEls) if (el.parentElement === null) this.cardEls.delete(path);
    if (focused) {
      const el = this.cardEls.get(focused);
      if (el && activeDocument.activeElement !== el) el.focus({ preventScroll: true });
    }
    ensureRover(this.el, [...columns].map((col) => col.listEl));
  }
}
