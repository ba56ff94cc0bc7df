// Touch: a long press arms a drag that leaves scrolling alone. The finger then drags a ghost of
// the card (the board scrolls near its edges); letting go without moving opens "Move to…" (with
// "Select" first), or toggles the card while a selection exists.
import { columnOf, cardAt, type BoardControls } from "./board-controls";
import { dropOn, highlightDropTarget, startDragging } from "./board-drop";
import { openMoveMenuBelow } from "./board-menu";

/** How long a finger rests on a card before it can be dragged. */
export const HOLD_MS = 350;
/** How far (px) a finger may wander during the hold; beyond it, the gesture is a scroll. */
export const MOVE_TOLERANCE = 10;
const EDGE = 40;

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

export class LongPress {
  private touch: Touch | null = null;
  /** Until when a click is the tail of a touch gesture (long press or drag) and must not open the note. */
  private quietUntil = 0;

  /** `endDrag` clears every mark of a drag when a touch ends. */
  constructor(private readonly board: BoardControls, private readonly endDrag: () => void) {}

  /** A finger is on a card (held or not yet). */
  get active(): boolean {
    return this.touch !== null;
  }

  /** A long press has armed a drag: the finger moves the card, not the page. */
  get armed(): boolean {
    return this.touch?.armed === true;
  }

  /** True when a click at `timeStamp` is the tail of a touch gesture. */
  isQuiet(timeStamp: number): boolean {
    return timeStamp < this.quietUntil;
  }

  onPointerDown(e: PointerEvent): void {
    if (e.pointerType === "mouse" || !e.isPrimary) return;
    const at = cardAt(e.target);
    if (!at || (e.target instanceof Element && e.target.closest("button"))) return;
    this.cancel();
    const timer = window.setTimeout(() => this.arm(), HOLD_MS);
    this.touch = { id: e.pointerId, path: at.path, card: at.card, x: e.clientX, y: e.clientY, timer, armed: false, ghost: null };
  }

  onPointerMove(e: PointerEvent): void {
    const t = this.touch;
    if (!t || e.pointerId !== t.id) return;
    const far = Math.hypot(e.clientX - t.x, e.clientY - t.y) > MOVE_TOLERANCE;
    if (!t.armed) {
      if (far) this.cancel(); // the finger moved first: a scroll
      return;
    }
    if (!t.ghost && !far) return;
    e.preventDefault();
    if (!t.ghost) {
      t.ghost = t.card.cloneNode(true) as HTMLElement;
      t.ghost.addClass("clientele-card-ghost");
      t.ghost.removeAttribute("data-path");
      activeDocument.body.appendChild(t.ghost);
      startDragging(this.board.columnsEl, t.card);
    }
    t.ghost.setCssProps({ "--clientele-ghost-x": `${e.clientX}px`, "--clientele-ghost-y": `${e.clientY}px` });
    highlightDropTarget(this.board.columnsEl, this.columnAt(e.clientX, e.clientY));
    this.autoScroll(e.clientX, e.clientY);
  }

  onPointerUp(e: PointerEvent): void {
    const t = this.touch;
    if (!t || e.pointerId !== t.id) return;
    const column = t.ghost ? this.columnAt(e.clientX, e.clientY) : null;
    const { armed, ghost, path, card } = t;
    this.cancel();
    if (armed) this.quietUntil = e.timeStamp + 600;
    if (ghost) {
      e.preventDefault();
      if (column) dropOn(this.board, column, path);
    } else if (armed) {
      e.preventDefault();
      // A long press without moving: toggles the card while cards are selected, else the menu.
      const { selection } = this.board;
      if (selection.size > 0) selection.toggle(path);
      else openMoveMenuBelow(this.board, card, path, (menu) => menu.addItem((i) => i.setTitle("Select").setIcon("check-square").onClick(() => selection.toggle(path))).addSeparator());
    }
  }

  cancel(): void {
    const t = this.touch;
    if (!t) return;
    window.clearTimeout(t.timer);
    t.ghost?.remove();
    t.card.removeClass("is-held");
    this.touch = null;
    this.endDrag();
  }

  private arm(): void {
    const t = this.touch;
    if (!t) return;
    t.armed = true;
    t.card.addClass("is-held");
    activeWindow.navigator.vibrate?.(10);
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
