// The board: toolbar, columns and cards, built from the core's model into an element. Shared by
// the sidebar view and the Bases view. Updates are per card; long columns render in pages
// (board-columns.ts); a moved card shows its new stage at once (board-moves.ts).
import { cardFilter, cardKey, cardModel, columnKey, type BoardState } from "../core/pipeline/board";
import type { ClientStatus } from "../core/model/types";
import { CardFills } from "./board-card";
import { BoardColumns, type Column } from "./board-columns";
import { showNoteErrors, type NoteError } from "./board-errors";
import { STAGES, type BoardGrouping } from "./board-grouping";
import type { BoardHost } from "./board-host";
import { BoardInput } from "./board-input";
import { PendingMoves } from "./board-moves";
import { BoardSelection, markSelected, SelectionBar } from "./board-select";
import { BoardToolbar } from "./board-toolbar";

export { PAGE_SIZE } from "./board-columns";
export type { BoardHost } from "./board-host";

export class BoardRenderer {
  readonly el: HTMLElement;
  readonly columnsEl: HTMLElement;
  private readonly toolbar: BoardToolbar;
  private readonly columns: BoardColumns;
  private readonly input: BoardInput;
  private readonly statusEl: HTMLElement;
  private readonly noteEl: HTMLElement;
  private readonly errorsEl: HTMLElement;
  private readonly pending = new PendingMoves((path) => this.replace(path), (c, value) => this.grouping.withValue(c, value));
  private readonly selectBar: SelectionBar;
  readonly selection = new BoardSelection(() => this.selectionChanged());
  private clients = new Map<string, ClientStatus>();
  private readonly cards = new CardFills();
  private active: string | null = null;
  private signature = "";
  private renders = 0;

  constructor(parent: HTMLElement, readonly host: BoardHost, private state: BoardState) {
    this.el = parent.createDiv({ cls: "clientele-board" });
    this.toolbar = new BoardToolbar(this.el, state, host.settings(), (patch) => this.changeState(patch), () => this.host.bulkEdit(this.shownClients()), host.sourceSortLabel);
    this.selectBar = new SelectionBar(this.el, () => this.host.bulkEdit(this.selectedClients()), () => this.selection.clear());
    this.columnsEl = this.el.createDiv({ cls: "clientele-board-columns", attr: { "aria-describedby": this.toolbar.helpId } });
    this.errorsEl = this.el.createDiv({ cls: "clientele-board-errors" });
    this.noteEl = this.el.createDiv({ cls: "clientele-board-note" });
    this.statusEl = this.el.createDiv({ cls: "clientele-sr-only", attr: { role: "status", "aria-live": "polite" } });
    this.input = new BoardInput(this);
    this.columns = new BoardColumns(this.columnsEl, {
      shown: (path) => {
        const c = this.clients.get(path);
        return c && this.pending.shown(c);
      },
      keyOf: (c) => columnKey(this.grouping.valueOf(c, this.host.settings())),
      rank: (c) => this.grouping.rank?.(c) ?? 0,
      newClient: host.newClient && ((value) => this.host.newClient?.(value)),
      state: () => this.state,
      filter: (c) => {
        const shown = cardFilter(this.host.settings(), this.state);
        return shown === null || shown(c);
      },
      fill: (el, path) => this.refill(el, this.clients.get(path)),
      toggle: (key) => this.toggleColumn(key),
      currency: () => this.host.settings().currency,
    });
  }

  destroy(): void {
    this.columns.destroy();
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
    this.toolbar.show(state, this.host.settings(), this.grouping.property === "stage");
    this.render();
  }

  /** Notes whose properties could not be read, with the parser's message; each opens on click. */
  setErrors(errors: readonly NoteError[]): void {
    showNoteErrors(this.errorsEl, errors, (path) => this.host.open(path, false));
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
    const focused = this.columns.focusedPath();
    const changed = new Set<string>();
    let full = false;
    for (const path of paths) {
      const c = lookup(path);
      this.store(path, c);
      changed.add(path);
      if (c) this.pending.confirm(path, this.grouping.valueOf(c, this.host.settings()));
      if (!full && !this.columns.place(path, touched)) full = true;
    }
    if (full) return this.render();
    this.columns.settle(touched, focused);
    // Only the changed cards can have left the board: the selection drops those.
    if (this.selection.size > 0) this.selection.retain((p) => !changed.has(p) || this.columns.isShown(p));
  }

  setActive(path: string | null): void {
    if (path === this.active) return;
    const old = this.active === null ? undefined : this.columns.cardEl(this.active);
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
    const p = this.pending.stage(path);
    if (p !== undefined) return p;
    const c = this.clients.get(path);
    return c ? this.grouping.valueOf(c, this.host.settings()) : null;
  }

  /** The stages (or a Bases view's column values) with a column on the board, in order. */
  visibleStages(): string[] {
    return this.allStages().filter((s) => this.columns.has(columnKey(s)));
  }

  allStages(): string[] {
    return this.grouping.targets(this.host.settings());
  }

  private get grouping(): BoardGrouping {
    return this.host.grouping?.() ?? STAGES;
  }

  open(path: string, newTab: boolean): void {
    this.host.open(path, newTab);
  }

  announce(text: string): void {
    this.statusEl.setText(text);
  }

  /** Renders the next page of a column. */
  showMore(columnEl: HTMLElement | null): void {
    this.columns.showMore(columnEl);
  }

  /** Makes sure the card of `path` is rendered (growing its column's page) and returns it. */
  reveal(path: string): HTMLElement | undefined {
    return this.columns.reveal(path);
  }

  /** Moves a card at once, then writes; puts it back with a notice when the write fails. */
  move(path: string, to: string): void {
    const c = this.clients.get(path);
    const target = this.grouping.target(to, this.host.settings());
    if (!c || target === null || this.stageFor(path) === target) return;
    const from = this.stageFor(path);
    const show = () => {
      const hadFocus = activeDocument.activeElement === this.columns.cardEl(path);
      this.replace(path);
      // Keep keyboard focus on a card moved from the keyboard; a drop needs no focus (and no layout).
      if (hadFocus) this.columns.cardEl(path)?.focus({ preventScroll: false });
      this.announce(`Moved ${c.client.name} to ${target}.`);
    };
    this.pending.run(path, target, show, () => this.grouping.write?.(c, target) ?? this.host.move(c, target), (why) => {
      this.host.notify(`Clientele: could not move ${c.client.name} to ${target}${why}. The card is back in ${from ?? "No stage"}.`);
    });
  }

  toggleColumn(key: string): void {
    const collapsed = this.state.collapsed.includes(key)
      ? this.state.collapsed.filter((k) => k !== key)
      : [...this.state.collapsed, key];
    this.state = { ...this.state, collapsed };
    this.columns.setCollapsed(key, collapsed.includes(key));
    this.pruneSelection();
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
    return JSON.stringify([this.host.today(), s.stages, s.excludedStages, s.currency, s.staleDays, s.staleDaysByStage, s.healthMatrix, s.activitySource, s.contactDays, s.contactDaysByStage, s.linkedNotesCount, s.cardProperties, this.host.layoutSignature?.()]);
  }

  private store(path: string, c: ClientStatus | null): void {
    if (c) {
      this.clients.set(path, c);
    } else {
      this.clients.delete(path);
      this.pending.forget(path);
    }
  }

  /** The clients whose cards the board shows now (filter and segment applied, collapsed columns left out), column by column. */
  private shownClients(): ClientStatus[] {
    const list = [...this.clients.values()].map((c) => this.pending.shown(c));
    return this.grouping.columns(list, this.host.settings(), this.state).filter((col) => !col.collapsed).flatMap((col) => col.cards);
  }

  private render(): void {
    this.renders++;
    this.signature = this.currentSignature();
    const settings = this.host.settings();
    this.toolbar.show(this.state, settings, this.grouping.property === "stage");
    const list = [...this.clients.values()].map((c) => this.pending.shown(c));
    this.columns.show(this.grouping.columns(list, settings, this.state), list);
    this.pruneSelection();
  }

  /** The selected clients the board still shows, in the order they were selected. */
  private selectedClients(): ClientStatus[] {
    const shown = new Map(this.shownClients().map((c) => [c.client.path, c]));
    return this.selection.list().flatMap((p) => shown.get(p) ?? []);
  }

  /** Cards that left the board (deleted, filtered out, in a collapsed column) leave the selection. */
  private pruneSelection(): void {
    if (this.selection.size === 0) return;
    const shown = new Set(this.shownClients().map((c) => c.client.path));
    this.selection.retain((p) => shown.has(p));
  }

  private selectionChanged(): void {
    for (const el of Array.from(this.columnsEl.querySelectorAll<HTMLElement>(".clientele-card"))) markSelected(el, this.selection.has(el.dataset.path ?? ""));
    this.selectBar.show(this.selection.size);
  }

  /** Re-places one card (an optimistic move or its undo). */
  private replace(path: string): void {
    const touched = new Set<Column>();
    const focused = this.columns.focusedPath();
    if (this.columns.place(path, touched)) this.columns.settle(touched, focused);
    else this.render();
  }

  private refill(el: HTMLElement, c: ClientStatus | undefined): void {
    if (!c) return;
    this.cards.fill(el, cardModel(c, this.host.today(), this.host.settings()), c.client.path === this.active, this.host.cardProperties?.(c.client.path));
    markSelected(el, this.selection.has(c.client.path));
  }
}
