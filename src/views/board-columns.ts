// The board's columns: one section per stage, the cards in it (sorted, filtered), and paging:
// long columns put their first cards in the DOM and add more as the column scrolls. Card
// elements are reused when a card moves or changes.
import { columnCount, compareCards, type BoardColumn, type BoardState } from "../core/pipeline/board";
import { ColumnTotals } from "../core/pipeline/column-totals";
import { lowerBound } from "../core/model/order";
import type { ClientStatus } from "../core/model/types";
import { addNewClientButton, CARD_CLASS, createColumn, showColumnHeader, type ColumnEls } from "./board-card";
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
  /** The value totals of `cards`, kept as cards come and go. */
  totals: ColumnTotals;
}

/** Where a client is: its column's key, and the object in that column's cards (null: filtered out or no column). */
interface Placed {
  key: string;
  card: ClientStatus | null;
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
  /** Where every client is, shown or filtered out. */
  private readonly placed = new Map<string, Placed>();
  /** The card reachable with Tab, as last seen. */
  private rover: HTMLElement | null = null;
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
    this.rover = null;
    for (const c of clients) this.placed.set(c.client.path, { key: this.host.keyOf(c), card: null });
    const currency = this.host.currency();
    for (const col of board) {
      for (const c of col.cards) {
        const at = this.placed.get(c.client.path);
        if (at) at.card = c;
      }
      const els = createColumn(this.el, col.key, col.title);
      const totals = ColumnTotals.of(col.cards, currency);
      const column: Column = { ...els, key: col.key, stage: col.stage, cards: col.cards, total: col.total, limit: PAGE_SIZE, collapsed: col.collapsed, totals };
      this.columns.set(col.key, column);
      els.toggleEl.addEventListener("click", () => this.host.toggle(col.key));
      els.moreEl.addEventListener("click", () => this.showMore(els.el));
      const add = this.host.newClient;
      if (add) addNewClientButton(els, col.title, () => add(col.stage));
      this.observer?.observe(els.moreEl);
    }
    this.el.toggleClass("is-empty", clients.length === 0);
    if (clients.length === 0) {
      this.el.createDiv({ cls: "clientele-board-empty", text: "No client notes yet. Create one with the “New client” command." });
    }
    this.sync(new Set(this.columns.values()), focused);
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** Whether the board shows the card of `path` (in a column, filter passed, the column open). */
  isShown(path: string): boolean {
    const at = this.placed.get(path);
    const col = at?.card ? this.columns.get(at.key) : undefined;
    return col !== undefined && !col.collapsed;
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
    const at = this.placed.get(path);
    const col = this.columns.get(at?.key ?? "\0");
    if (!col || col.collapsed || !at?.card) return undefined;
    const i = this.indexIn(col, at.card);
    if (i >= col.limit) {
      col.limit = Math.ceil((i + 1) / PAGE_SIZE) * PAGE_SIZE;
      this.sync(new Set([col]));
    }
    return this.cardEls.get(path);
  }

  /**
   * Takes the card of `path` out of its column and puts it where it belongs now, in the cards and
   * in the DOM (only the cards that enter or leave a column's page are touched). False: full render needed.
   */
  place(path: string, touched: Set<Column>): boolean {
    const was = this.placed.get(path);
    if (was !== undefined) {
      this.placed.delete(path);
      const old = this.columns.get(was.key);
      if (old) {
        old.total--;
        if (was.card) this.takeOut(old, was.card);
        touched.add(old);
        if (old.stage === null && old.total === 0) return false; // the "No stage" column goes away
      }
    }
    const c = this.host.shown(path);
    if (c) {
      const key = this.host.keyOf(c);
      const at: Placed = { key, card: null };
      this.placed.set(path, at);
      const col = this.columns.get(key);
      if (!col) return key !== ""; // a hidden excluded stage: fine; a new "No stage" column: full render
      col.total++;
      touched.add(col);
      if (this.host.filter(c)) {
        at.card = c;
        this.putIn(col, c);
      }
    }
    // A card element lives only in its column's page: one that left it goes.
    const el = this.cardEls.get(path);
    if (el && el.parentElement === null) this.cardEls.delete(path);
    return true;
  }

  /** After `place`: the touched columns' headers, focus back on the card that had it, one tab stop. */
  settle(columns: Set<Column>, focused: string | null): void {
    for (const col of columns) this.header(col);
    this.refocus(focused);
    this.settleRover();
  }

  /** The path of the focused card, when focus is on a card of the board. */
  focusedPath(): string | null {
    const el = activeDocument.activeElement;
    return el instanceof HTMLElement && el.hasClass(CARD_CLASS) && this.el.contains(el) ? (el.dataset.path ?? null) : null;
  }

  /** Makes each column's DOM match its cards (first `limit` of them), reusing card elements. */
  sync(columns: Set<Column>, focused = this.focusedPath()): void {
    const left: Element[] = [];
    for (const col of columns) {
      this.header(col);
      const want = col.collapsed ? [] : col.cards.slice(0, col.limit);
      let cursor = col.listEl.firstElementChild;
      for (const c of want) {
        const el = this.cardEls.get(c.client.path) ?? this.newCard(c.client.path);
        if (el === cursor) cursor = cursor.nextElementSibling;
        else col.listEl.insertBefore(el, cursor);
      }
      while (cursor) {
        const next = cursor.nextElementSibling;
        cursor.remove(); // kept in cardEls: another column may take it in below
        left.push(cursor);
        cursor = next;
      }
    }
    // Cards live only in the columns' lists: one with no parent left the board.
    for (const el of left) {
      const path = el.getAttribute("data-path") ?? "";
      if (el.parentElement === null && this.cardEls.get(path) === el) this.cardEls.delete(path);
    }
    this.refocus(focused);
    this.settleRover();
  }

  /** A column's header (count, totals), its collapsed state, the empty text and "show more". */
  private header(col: Column): void {
    const { cards, total, collapsed } = col;
    const left = collapsed ? 0 : cards.length - Math.min(col.limit, cards.length);
    showColumnHeader(col, {
      count: columnCount(cards.length, total),
      totals: col.totals.text(cards),
      collapsed,
      empty: cards.length === 0 && !collapsed,
      more: left > 0 ? `Show ${Math.min(left, PAGE_SIZE)} more (${left} not shown)` : "",
    });
  }

  /** Where `card` (the very object placed) is in its column's cards; -1 when it is not there. */
  private indexIn(col: Column, card: ClientStatus): number {
    // The cards are in `compare` order (a total order: ties go by name, then path): a binary search finds it.
    const compare = compareCards(this.host.state().sort, this.host.rank);
    const at = lowerBound(col.cards, (x) => compare(x, card) < 0);
    return col.cards[at] === card ? at : col.cards.indexOf(card);
  }

  /** Takes `card` out of `col`: its element leaves the page and the next card, if any, comes in at the end. */
  private takeOut(col: Column, card: ClientStatus): void {
    const at = this.indexIn(col, card);
    if (at < 0) return;
    col.cards.splice(at, 1);
    col.totals.remove(card);
    if (col.collapsed || at >= col.limit) return;
    this.cardEls.get(card.client.path)?.remove();
    const next = col.cards[col.limit - 1];
    if (next) col.listEl.appendChild(this.cardEls.get(next.client.path) ?? this.newCard(next.client.path));
  }

  /** Puts `c` in `col` in order: in the page (refilled, or made) when it lands there, pushing the page's last card out. */
  private putIn(col: Column, c: ClientStatus): void {
    const compare = compareCards(this.host.state().sort, this.host.rank);
    const at = lowerBound(col.cards, (x) => compare(x, c) <= 0);
    col.cards.splice(at, 0, c);
    col.totals.add(c);
    if (col.collapsed || at >= col.limit) return;
    const path = c.client.path;
    let el = this.cardEls.get(path);
    if (el) this.host.fill(el, path);
    else el = this.newCard(path);
    const after = col.cards[at + 1];
    const before = after && at + 1 < col.limit ? this.cardEls.get(after.client.path) : undefined;
    col.listEl.insertBefore(el, before?.parentElement === col.listEl ? before : null);
    const out = col.cards[col.limit];
    const outEl = out && this.cardEls.get(out.client.path);
    if (out && outEl) {
      outEl.remove();
      this.cardEls.delete(out.client.path);
    }
  }

  private newCard(path: string): HTMLElement {
    const el = createDiv();
    this.host.fill(el, path);
    this.cardEls.set(path, el);
    return el;
  }

  private refocus(focused: string | null): void {
    if (!focused) return;
    const el = this.cardEls.get(focused);
    if (el && activeDocument.activeElement !== el) el.focus({ preventScroll: true });
  }

  private settleRover(): void {
    this.rover = ensureRover(this.el, this.rover, () => [...this.columns.values()].map((col) => col.listEl));
  }
}
