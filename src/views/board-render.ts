// The board: toolbar, columns and cards, built from the core's model into an element. Shared by
// the sidebar view and the Bases view. Updates are per card; long columns render in pages.
import { unreadableNotesTitle } from "../core/report/block-views";
import {
  buildBoard, cardKey, cardModel, columnKey, columnSummary, compareCards, matchesQuery, stageOf, type BoardState,
} from "../core/pipeline/board";
import { configuredStage } from "../core/pipeline/pipeline";
import type { ClienteleSettings } from "../core/model/settings";
import type { ClientStatus, Day } from "../core/model/types";
import { CARD_CLASS, createColumn, fillCard, type ColumnEls } from "./board-card";
import { BoardInput } from "./board-dnd";
import { BoardToolbar } from "./board-toolbar";

/** Cards rendered per column at first, and added each time the end of a column comes into view. */
/** Cards per column put in the DOM at first (about a screenful); more come as the column scrolls. */
export const PAGE_SIZE = 12;

export interface BoardHost {
  settings(): ClienteleSettings;
  today(): Day;
  /** Writes a stage change; resolves false (or rejects) when it did not happen. */
  move(c: ClientStatus, to: string): Promise<boolean>;
  open(path: string, newTab: boolean): void;
  notify(message: string): void;
  stateChanged(state: BoardState): void;
}

interface Column extends ColumnEls {
  key: string;
  stage: string | null;
  /** Cards shown (filtered, sorted); the first `limit` are in the DOM. */
  cards: ClientStatus[];
  total: number;
  limit: number;
  collapsed: boolean;
}

export class BoardRenderer {
  readonly el: HTMLElement;
  readonly columnsEl: HTMLElement;
  private readonly toolbar: BoardToolbar;
  private readonly input: BoardInput;
  private readonly statusEl: HTMLElement;
  private readonly noteEl: HTMLElement;
  private readonly errorsEl: HTMLElement;
  private clients = new Map<string, ClientStatus>();
  /** Column key of every client, shown or filtered out. */
  private placed = new Map<string, string>();
  private columns = new Map<string, Column>();
  private cardEls = new Map<string, HTMLElement>();
  /** Optimistic moves: the stage a card shows until the note says so (or the write fails). */
  private pending = new Map<string, { stage: string; done: boolean }>();
  private active: string | null = null;
  private signature = "";
  private observer: IntersectionObserver | null = null;
  private renders = 0;

  constructor(parent: HTMLElement, private readonly host: BoardHost, private state: BoardState) {
    this.el = parent.createDiv({ cls: "clientele-board" });
    this.toolbar = new BoardToolbar(this.el, state, host.settings(), (patch) => this.changeState(patch));
    this.columnsEl = this.el.createDiv({ cls: "clientele-board-columns", attr: { "aria-describedby": this.toolbar.helpId } });
    this.errorsEl = this.el.createDiv({ cls: "clientele-board-errors" });
    this.noteEl = this.el.createDiv({ cls: "clientele-board-note" });
    this.statusEl = this.el.createDiv({ cls: "clientele-sr-only", attr: { role: "status", "aria-live": "polite" } });
    this.input = new BoardInput(this);
    if (typeof IntersectionObserver === "function") {
      this.observer = new IntersectionObserver((entries) => {
        for (const e of entries) if (e.isIntersecting) this.showMore(e.target.closest<HTMLElement>(".clientele-column"));
      }, { rootMargin: "200px" });
    }
  }

  destroy(): void {
    this.observer?.disconnect();
    this.input.destroy();
    this.toolbar.destroy();
    this.el.remove();
  }

  /** How many full renders happened (for tests: live updates must not re-render everything). */
  get fullRenders(): number {
    return this.renders;
  }

  getState(): BoardState {
    return { ...this.state, collapsed: [...this.state.collapsed] };
  }

  setState(state: BoardState): void {
    if (this.renders > 0 && JSON.stringify(state) === JSON.stringify(this.state)) return;
    this.state = state;
    this.toolbar.show(state, this.host.settings());
    this.render();
  }

  /** Notes whose properties could not be read, with the parser's message; each opens on click. */
  setErrors(errors: readonly { path: string; message: string }[]): void {
    const key = JSON.stringify(errors);
    if (this.errorsEl.dataset.key === key) return;
    this.errorsEl.dataset.key = key;
    this.errorsEl.empty();
    if (errors.length === 0) return;
    const box = this.errorsEl.createEl("details", { cls: "clientele-board-errors-box" });
    box.createEl("summary", { text: unreadableNotesTitle(errors.length) });
    const list = box.createEl("ul");
    for (const e of errors) {
      const item = list.createEl("li");
      const link = item.createEl("a", { text: e.path, cls: "clientele-board-error-link", attr: { href: "#", "data-path": e.path } });
      link.addEventListener("click", (evt) => {
        evt.preventDefault();
        this.host.open(e.path, false);
      });
      item.appendText(`: ${e.message}`);
    }
  }

  /** A short line under the board (e.g. notes of a base that are not clients). */
  setNote(text: string): void {
    this.noteEl.setText(text);
  }

  /** True when today or the stage settings changed since the last full render. */
  isOutdated(): boolean {
    return this.signature !== this.currentSignature();
  }

  /** Shows exactly these clients. Only changed cards are touched unless the layout must change. */
  setClients(list: ClientStatus[]): void {
    const next = new Map(list.map((c) => [c.client.path, c]));
    if (this.isOutdated() || this.renders === 0) {
      this.clients = next;
      this.render();
      return;
    }
    const paths = new Set<string>([...this.clients.keys()].filter((p) => !next.has(p)));
    for (const c of list) {
      const prev = this.clients.get(c.client.path);
      if (!prev || (prev !== c && cardKey(prev) !== cardKey(c))) paths.add(c.client.path);
      else this.clients.set(c.client.path, c);
    }
    this.update(paths, (p) => next.get(p) ?? null);
  }

  /** Re-renders only the cards of `paths`, moving them between columns when their stage changed. */
  update(paths: Iterable<string>, lookup: (path: string) => ClientStatus | null): void {
    if (this.isOutdated()) {
      for (const p of paths) this.store(p, lookup(p));
      this.render();
      return;
    }
    const touched = new Set<Column>();
    let full = false;
    for (const path of paths) {
      const c = lookup(path);
      this.store(path, c);
      const p = this.pending.get(path);
      if (c && p && stageOf(c, this.host.settings()) === p.stage) this.pending.delete(path);
      if (!this.place(path, touched)) full = true;
    }
    if (full) this.render();
    else this.sync(touched);
  }

  setActive(path: string | null): void {
    if (path === this.active) return;
    const old = this.active === null ? undefined : this.cardEls.get(this.active);
    this.active = path;
    if (old) this.refill(old, this.clients.get(old.dataset.path ?? ""));
    if (path === null) return;
    const el = this.reveal(path);
    if (el) {
      this.refill(el, this.clients.get(path));
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  // ---- used by BoardInput ----

  client(path: string): ClientStatus | undefined {
    return this.clients.get(path);
  }

  /** The stage a card is in on the board (an optimistic move included). */
  stageFor(path: string): string | null {
    const p = this.pending.get(path);
    if (p) return p.stage;
    const c = this.clients.get(path);
    return c ? stageOf(c, this.host.settings()) : null;
  }

  /** Configured stages with a column on the board, in order. */
  visibleStages(): string[] {
    return this.host.settings().stages.filter((s) => this.columns.has(columnKey(s)));
  }

  allStages(): string[] {
    return this.host.settings().stages;
  }

  open(path: string, newTab: boolean): void {
    this.host.open(path, newTab);
  }

  announce(text: string): void {
    this.statusEl.setText(text);
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

  /** Moves a card at once, then writes; puts it back with a notice when the write fails. */
  move(path: string, to: string): void {
    const settings = this.host.settings();
    const c = this.clients.get(path);
    const target = configuredStage(to, settings);
    if (!c || target === null || this.stageFor(path) === target) return;
    const from = this.stageFor(path);
    this.pending.set(path, { stage: target, done: false });
    const hadFocus = activeDocument.activeElement === this.cardEls.get(path);
    this.replace(path);
    // Keep keyboard focus on a card moved from the keyboard; a drop needs no focus (and no layout).
    if (hadFocus) this.cardEls.get(path)?.focus({ preventScroll: false });
    this.announce(`Moved ${c.client.name} to ${target}.`);
    const failed = (why: string) => {
      if (this.pending.get(path)?.stage === target) this.pending.delete(path);
      this.replace(path);
      this.host.notify(`Clientele: could not move ${c.client.name} to ${target}${why}. The card is back in ${from ?? "No stage"}.`);
    };
    this.host.move(c, target).then(
      (ok) => {
        if (!ok) return failed("");
        const p = this.pending.get(path);
        if (p?.stage !== target) return;
        p.done = true;
        // The index normally confirms within a moment; if it never does, show what the note says.
        window.setTimeout(() => {
          if (this.pending.get(path) === p) {
            this.pending.delete(path);
            this.replace(path);
          }
        }, 3000);
      },
      (e: unknown) => failed(`: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  toggleColumn(key: string): void {
    const collapsed = this.state.collapsed.includes(key)
      ? this.state.collapsed.filter((k) => k !== key)
      : [...this.state.collapsed, key];
    this.state = { ...this.state, collapsed };
    const col = this.columns.get(key);
    if (col) {
      col.collapsed = collapsed.includes(key);
      this.sync(new Set([col]));
    }
    this.host.stateChanged(this.getState());
  }

  // ---- internals ----

  private changeState(patch: Partial<BoardState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
    this.host.stateChanged(this.getState());
  }

  private currentSignature(): string {
    const s = this.host.settings();
    return JSON.stringify([this.host.today(), s.stages, s.excludedStages, s.currency, s.staleDays, s.staleDaysByStage, s.weights, s.useModifiedTime]);
  }

  private store(path: string, c: ClientStatus | null): void {
    if (c) {
      this.clients.set(path, c);
    } else {
      this.clients.delete(path);
      this.pending.delete(path);
    }
  }

  /** The client as the board shows it: with its optimistic stage when a move is under way. */
  private shown(c: ClientStatus): ClientStatus {
    const p = this.pending.get(c.client.path);
    return p ? { ...c, client: { ...c.client, stage: p.stage } } : c;
  }

  private render(): void {
    this.renders++;
    this.signature = this.currentSignature();
    const settings = this.host.settings();
    this.toolbar.show(this.state, settings);
    const focused = this.focusedPath();
    this.observer?.disconnect();
    this.columnsEl.empty();
    this.columns.clear();
    this.cardEls.clear();
    this.placed.clear();
    const list = [...this.clients.values()].map((c) => {
      const shown = this.shown(c);
      this.placed.set(c.client.path, columnKey(stageOf(shown, settings)));
      return shown;
    });
    for (const col of buildBoard(list, settings, this.state)) {
      const els = createColumn(this.columnsEl, col.key, col.title);
      const column: Column = { ...els, key: col.key, stage: col.stage, cards: col.cards, total: col.total, limit: PAGE_SIZE, collapsed: col.collapsed };
      this.columns.set(col.key, column);
      els.toggleEl.addEventListener("click", () => this.toggleColumn(col.key));
      els.moreEl.addEventListener("click", () => this.showMore(els.el));
      this.observer?.observe(els.moreEl);
    }
    this.columnsEl.toggleClass("is-empty", this.clients.size === 0);
    if (this.clients.size === 0) {
      this.columnsEl.createDiv({ cls: "clientele-board-empty", text: "No client notes yet. Create one with the “New client” command." });
    }
    this.sync(new Set(this.columns.values()), focused);
  }

  /** Takes the card of `path` out of its column and puts it where it belongs now. False: full render needed. */
  private place(path: string, touched: Set<Column>): boolean {
    const settings = this.host.settings();
    const oldKey = this.placed.get(path);
    if (oldKey !== undefined) {
      const old = this.columns.get(oldKey);
      if (old) {
        old.total--;
        old.cards = old.cards.filter((x) => x.client.path !== path);
        touched.add(old);
        if (old.stage === null && old.total === 0) return false; // the "No stage" column goes away
      }
      this.placed.delete(path);
    }
    const raw = this.clients.get(path);
    if (!raw) return true;
    const c = this.shown(raw);
    const key = columnKey(stageOf(c, settings));
    this.placed.set(path, key);
    const col = this.columns.get(key);
    if (!col) return key !== ""; // a hidden excluded stage: fine; a new "No stage" column: full render
    col.total++;
    touched.add(col);
    if (!matchesQuery(c, this.state.query)) return true;
    const compare = compareCards(this.state.sort);
    let i = col.cards.findIndex((x) => compare(c, x) < 0);
    if (i < 0) i = col.cards.length;
    col.cards.splice(i, 0, c);
    const el = this.cardEls.get(path);
    if (el) this.refill(el, raw);
    return true;
  }

  /** Re-places one card (an optimistic move or its undo). */
  private replace(path: string): void {
    const touched = new Set<Column>();
    const focused = this.focusedPath();
    if (this.place(path, touched)) this.sync(touched, focused);
    else this.render();
  }

  private refill(el: HTMLElement, c: ClientStatus | undefined): void {
    if (c) fillCard(el, cardModel(c, this.host.today(), this.host.settings()), c.client.path === this.active);
  }

  private focusedPath(): string | null {
    const el = activeDocument.activeElement;
    return el instanceof HTMLElement && el.hasClass(CARD_CLASS) && this.columnsEl.contains(el) ? (el.dataset.path ?? null) : null;
  }

  /** Makes each column's DOM match its cards (first `limit` of them), reusing card elements. */
  private sync(columns: Set<Column>, focused = this.focusedPath()): void {
    for (const col of columns) {
      const summary = columnSummary(col.cards, col.total, this.host.settings().currency);
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
          this.refill(el, this.clients.get(c.client.path));
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
    for (const [path, el] of this.cardEls) if (!this.columnsEl.contains(el)) this.cardEls.delete(path);
    if (focused) {
      const el = this.cardEls.get(focused);
      if (el && activeDocument.activeElement !== el) el.focus({ preventScroll: true });
    }
    this.input.ensureRover();
  }
}
