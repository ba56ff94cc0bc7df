// Moving and reaching cards: HTML5 drag and drop (desktop), a long-press drag that leaves
// scrolling alone (touch), the "Move to…" menu, and the keyboard (roving focus, stage keys).
import { Keymap, Menu } from "obsidian";
import { adjacentStage } from "../core/pipeline/board";
import type { ClientStatus } from "../core/model/types";
import { CARD_CLASS, COLUMN_CLASS } from "./board-card";

const MIME = "application/x-clientele-client";
/** How long a finger rests on a card before it can be dragged. */
export const HOLD_MS = 350;
/** How far (px) a finger may wander during the hold; beyond it, the gesture is a scroll. */
export const MOVE_TOLERANCE = 10;
const EDGE = 40;

/** What the input handlers need from the board (BoardRenderer). */
export interface BoardControls {
  readonly columnsEl: HTMLElement;
  client(path: string): ClientStatus | undefined;
  stageFor(path: string): string | null;
  visibleStages(): string[];
  allStages(): string[];
  move(path: string, to: string): void;
  open(path: string, newTab: boolean): void;
  showMore(columnEl: HTMLElement | null): void;
  announce(text: string): void;
}

interface Touch {
  id: number;
  path: string;
  card: HTMLElement;
  x: number;
  y: number;
  timer: number;
  armed: boolean;
  ghost: HTMLElement | null;
}

function cardOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`.${CARD_CLASS}`) : null;
}

function columnOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`.${COLUMN_CLASS}`) : null;
}

export class BoardInput {
  private dragPath: string | null = null;
  private touch: Touch | null = null;
  /** Until when a click is the tail of a touch gesture (long press or drag) and must not open the note. */
  private quietUntil = 0;
  private readonly off: (() => void)[] = [];

  constructor(private readonly board: BoardControls) {
    const el = board.columnsEl;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      el.addEventListener(type, fn, opts);
      this.off.push(() => el.removeEventListener(type, fn, opts));
    };
    on("click", (e) => this.onClick(e));
    on("contextmenu", (e) => this.onContextMenu(e));
    on("keydown", (e) => this.onKey(e));
    on("focusin", (e) => this.onFocus(e));
    on("dragstart", (e) => this.onDragStart(e));
    on("dragend", () => this.endDrag());
    on("dragover", (e) => this.onDragOver(e));
    on("dragleave", (e) => this.onDragLeave(e));
    on("drop", (e) => this.onDrop(e));
    on("pointerdown", (e) => this.onPointerDown(e));
    on("pointermove", (e) => this.onPointerMove(e));
    on("pointerup", (e) => this.onPointerUp(e));
    on("pointercancel", () => this.cancelTouch());
    // Once a long press has armed a drag, the finger moves the card, not the page.
    on("touchmove", (e) => { if (this.touch?.armed && e.cancelable) e.preventDefault(); }, { passive: false });
  }

  destroy(): void {
    this.cancelTouch();
    for (const f of this.off) f();
  }

  /** Keeps exactly one card reachable with Tab (roving tabindex): the focused one, or the first. */
  ensureRover(): void {
    const cards = this.cards();
    const current = cards.find((c) => c.getAttr("tabindex") === "0");
    for (const c of cards) if (c !== current) c.setAttr("tabindex", "-1");
    if (!current) cards[0]?.setAttr("tabindex", "0");
  }

  openMenu(path: string, at: { x: number; y: number }): void {
    const c = this.board.client(path);
    if (!c) return;
    const current = this.board.stageFor(path);
    const menu = new Menu();
    for (const stage of this.board.allStages()) {
      menu.addItem((item) => {
        item.setTitle(stage === current ? `${stage} (current)` : `Move to ${stage}`).setIcon(stage === current ? "check" : "arrow-right");
        if (stage === current) item.setDisabled(true);
        else item.onClick(() => this.board.move(path, stage));
      });
    }
    menu.addSeparator();
    menu.addItem((item) => item.setTitle("Open note").setIcon("file-text").onClick(() => this.board.open(path, false)));
    menu.addItem((item) => item.setTitle("Open in new tab").setIcon("file-plus").onClick(() => this.board.open(path, true)));
    menu.showAtPosition(at);
  }

  // ---- mouse, menu ----

  private onClick(e: MouseEvent): void {
    const card = cardOf(e.target);
    const path = card?.dataset.path;
    if (!card || !path || e.timeStamp < this.quietUntil) return;
    if (e.target instanceof Element && e.target.closest(".clientele-card-more")) {
      const r = (e.target.closest(".clientele-card-more") as HTMLElement).getBoundingClientRect();
      this.openMenu(path, { x: r.left, y: r.bottom });
      return;
    }
    this.board.open(path, Keymap.isModEvent(e) !== false);
  }

  private onContextMenu(e: MouseEvent): void {
    const card = cardOf(e.target);
    const path = card?.dataset.path;
    if (!card || !path) return;
    e.preventDefault();
    if (this.touch) return; // a long press: the menu opens on release, unless the card was dragged
    if (e.clientX === 0 && e.clientY === 0) {
      const r = card.getBoundingClientRect(); // from the keyboard (Menu key, Shift+F10)
      this.openMenu(path, { x: r.left + 8, y: r.bottom });
    } else {
      this.openMenu(path, { x: e.clientX, y: e.clientY });
    }
  }

  // ---- keyboard ----

  private cards(root: ParentNode = this.board.columnsEl): HTMLElement[] {
    return Array.from(root.querySelectorAll<HTMLElement>(`.${CARD_CLASS}`));
  }

  private onFocus(e: FocusEvent): void {
    const card = cardOf(e.target);
    if (!card || card !== e.target) return;
    for (const c of this.cards()) if (c !== card) c.setAttr("tabindex", "-1");
    card.setAttr("tabindex", "0");
  }

  private onKey(e: KeyboardEvent): void {
    const card = cardOf(e.target);
    const path = card?.dataset.path;
    if (!card || !path || card !== e.target) return;
    const step = e.key === "]" || (e.shiftKey && e.key === "ArrowRight") ? 1 : e.key === "[" || (e.shiftKey && e.key === "ArrowLeft") ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      const to = adjacentStage(this.board.stageFor(path), this.board.visibleStages(), step);
      if (to) this.board.move(path, to);
      else this.board.announce(step === 1 ? "Already in the last stage." : "Already in the first stage.");
      return;
    }
    if (e.key === "F10" && e.shiftKey) {
      e.preventDefault();
      const r = card.getBoundingClientRect();
      this.openMenu(path, { x: r.left + 8, y: r.bottom });
      return;
    }
    if (e.key === "Enter") {
      e.preventDefault();
      this.board.open(path, Keymap.isModEvent(e) !== false);
      return;
    }
    const target = this.neighbour(card, e.key);
    if (target) {
      e.preventDefault();
      target.focus();
      target.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  /** The card an arrow (or Home/End) key goes to from `card`. */
  private neighbour(card: HTMLElement, key: string): HTMLElement | null {
    const column = columnOf(card);
    if (!column) return null;
    let inColumn = this.cards(column);
    const i = inColumn.indexOf(card);
    if (key === "ArrowDown") {
      if (i === inColumn.length - 1) {
        this.board.showMore(column);
        inColumn = this.cards(column);
      }
      return inColumn[i + 1] ?? null;
    }
    if (key === "ArrowUp") return inColumn[i - 1] ?? null;
    if (key === "Home") return inColumn[0] ?? null;
    if (key === "End") return inColumn[inColumn.length - 1] ?? null;
    if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
    const columns = Array.from(this.board.columnsEl.querySelectorAll<HTMLElement>(`.${COLUMN_CLASS}`));
    const dir = key === "ArrowRight" ? 1 : -1;
    for (let j = columns.indexOf(column) + dir; j >= 0 && j < columns.length; j += dir) {
      const col = columns[j];
      const next = col ? this.cards(col) : [];
      if (next.length > 0) return next[Math.min(i, next.length - 1)] ?? null;
    }
    return null;
  }

  // ---- HTML5 drag and drop ----

  private onDragStart(e: DragEvent): void {
    const card = cardOf(e.target);
    const path = card?.dataset.path;
    if (!card || !path || !e.dataTransfer) return;
    if (this.touch) {
      e.preventDefault(); // a touch drag is ours (long press), not the browser's
      return;
    }
    this.dragPath = path;
    e.dataTransfer.setData(MIME, path);
    e.dataTransfer.effectAllowed = "move";
    card.addClass("is-dragging");
    this.board.columnsEl.addClass("is-dragging");
  }

  private onDragOver(e: DragEvent): void {
    const column = columnOf(e.target);
    if (!column || !e.dataTransfer || !Array.from(e.dataTransfer.types).includes(MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    this.highlight(column);
  }

  private onDragLeave(e: DragEvent): void {
    const column = columnOf(e.target);
    if (column && !(e.relatedTarget instanceof Node && column.contains(e.relatedTarget))) column.removeClass("is-drop-target");
  }

  private onDrop(e: DragEvent): void {
    const column = columnOf(e.target);
    const path = e.dataTransfer?.getData(MIME) || this.dragPath;
    this.endDrag();
    if (!column || !path) return;
    e.preventDefault();
    this.dropOn(column, path);
  }

  private endDrag(): void {
    this.dragPath = null;
    this.highlight(null);
    this.board.columnsEl.removeClass("is-dragging");
    for (const c of Array.from(this.board.columnsEl.querySelectorAll(".is-dragging"))) c.removeClass("is-dragging");
  }

  private highlight(column: HTMLElement | null): void {
    for (const c of Array.from(this.board.columnsEl.querySelectorAll(".is-drop-target"))) if (c !== column) c.removeClass("is-drop-target");
    column?.addClass("is-drop-target");
  }

  /** A drop on the card's own column (or on "No stage") writes nothing. */
  private dropOn(column: HTMLElement, path: string): void {
    const key = column.dataset.key ?? "";
    if (key === "" || key === this.board.stageFor(path)) return;
    this.board.move(path, key);
  }

  // ---- touch: long press, then drag ----

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === "mouse" || !e.isPrimary) return;
    const card = cardOf(e.target);
    const path = card?.dataset.path;
    if (!card || !path || (e.target instanceof Element && e.target.closest("button"))) return;
    this.cancelTouch();
    const timer = window.setTimeout(() => this.arm(), HOLD_MS);
    this.touch = { id: e.pointerId, path, card, x: e.clientX, y: e.clientY, timer, armed: false, ghost: null };
  }

  private arm(): void {
    const t = this.touch;
    if (!t) return;
    t.armed = true;
    t.card.addClass("is-held");
    activeWindow.navigator.vibrate?.(10);
  }

  private onPointerMove(e: PointerEvent): void {
    const t = this.touch;
    if (!t || e.pointerId !== t.id) return;
    const far = Math.hypot(e.clientX - t.x, e.clientY - t.y) > MOVE_TOLERANCE;
    if (!t.armed) {
      if (far) this.cancelTouch(); // the finger moved first: a scroll
      return;
    }
    if (!t.ghost && !far) return;
    e.preventDefault();
    if (!t.ghost) {
      t.ghost = t.card.cloneNode(true) as HTMLElement;
      t.ghost.addClass("clientele-card-ghost");
      t.ghost.removeAttribute("data-path");
      activeDocument.body.appendChild(t.ghost);
      t.card.addClass("is-dragging");
      this.board.columnsEl.addClass("is-dragging");
    }
    t.ghost.setCssProps({ "--clientele-ghost-x": `${e.clientX}px`, "--clientele-ghost-y": `${e.clientY}px` });
    this.highlight(this.columnAt(e.clientX, e.clientY));
    this.autoScroll(e.clientX, e.clientY);
  }

  private onPointerUp(e: PointerEvent): void {
    const t = this.touch;
    if (!t || e.pointerId !== t.id) return;
    const column = t.ghost ? this.columnAt(e.clientX, e.clientY) : null;
    const { armed, ghost, path, card } = t;
    this.cancelTouch();
    if (armed) this.quietUntil = e.timeStamp + 600;
    if (ghost) {
      e.preventDefault();
      if (column) this.dropOn(column, path);
    } else if (armed) {
      e.preventDefault();
      const r = card.getBoundingClientRect();
      this.openMenu(path, { x: r.left + 8, y: r.bottom }); // long press without moving
    }
  }

  private cancelTouch(): void {
    const t = this.touch;
    if (!t) return;
    window.clearTimeout(t.timer);
    t.ghost?.remove();
    t.card.removeClass("is-held");
    this.touch = null;
    this.endDrag();
  }

  private columnAt(x: number, y: number): HTMLElement | null {
    const el = activeDocument.elementFromPoint(x, y);
    const column = columnOf(el);
    return column && this.board.columnsEl.contains(column) ? column : null;
  }

  /** Scrolls the board (or the column under the finger) when a dragged card nears an edge. */
  private autoScroll(x: number, y: number): void {
    const under = activeDocument.elementFromPoint(x, y);
    const scrollers: HTMLElement[] = [];
    for (let el = under instanceof HTMLElement ? under : null; el; el = el.parentElement) {
      if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth) scrollers.push(el);
    }
    for (const el of scrollers) {
      const r = el.getBoundingClientRect();
      const dx = x < r.left + EDGE ? -12 : x > r.right - EDGE ? 12 : 0;
      const dy = y < r.top + EDGE ? -12 : y > r.bottom - EDGE ? 12 : 0;
      if ((dx !== 0 && el.scrollWidth > el.clientWidth) || (dy !== 0 && el.scrollHeight > el.clientHeight)) {
        el.scrollBy(dx, dy);
        return;
      }
    }
  }
}
