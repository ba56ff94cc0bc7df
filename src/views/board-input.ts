// Moving and reaching cards: listens on the board's columns and hands each event to its handler:
// clicks and the context menu (here), HTML5 drag and drop (board-dnd.ts), the long-press drag
// (board-touch.ts) and the keyboard (board-keyboard.ts).
import { Keymap } from "obsidian";
import { cardAt, columnPaths, wantsNewTab, type BoardControls } from "./board-controls";
import { MouseDrag } from "./board-dnd";
import { onCardFocus, onCardKey } from "./board-keyboard";
import { openMoveMenu, openMoveMenuBelow } from "./board-menu";
import { onTitleHover } from "./board-hover";
import { LongPress } from "./board-touch";

export class BoardInput {
  private readonly drag: MouseDrag;
  private readonly press: LongPress;
  private readonly off: (() => void)[] = [];

  constructor(private readonly board: BoardControls) {
    this.drag = new MouseDrag(board, () => this.press.active);
    this.press = new LongPress(board, () => this.drag.end());
    const el = board.columnsEl;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      el.addEventListener(type, fn, opts);
      this.off.push(() => el.removeEventListener(type, fn, opts));
    };
    on("click", (e) => this.onClick(e));
    on("auxclick", (e) => this.onAuxClick(e));
    on("contextmenu", (e) => this.onContextMenu(e));
    on("mouseover", (e) => onTitleHover(board, e));
    on("keydown", (e) => onCardKey(board, e));
    on("focusin", (e) => onCardFocus(el, e));
    on("dragstart", (e) => this.drag.onDragStart(e));
    on("dragend", () => this.drag.end());
    on("dragover", (e) => this.drag.onDragOver(e));
    on("dragleave", (e) => this.drag.onDragLeave(e));
    on("drop", (e) => this.drag.onDrop(e));
    on("pointerdown", (e) => this.press.onPointerDown(e));
    on("pointermove", (e) => this.press.onPointerMove(e));
    on("pointerup", (e) => this.press.onPointerUp(e));
    on("pointercancel", () => this.press.cancel());
    // Once a long press has armed a drag, the finger moves the card, not the page.
    on("touchmove", (e) => { if (this.press.armed && e.cancelable) e.preventDefault(); }, { passive: false });
    // The end of a long press makes no click: a click there would land on the menu it just opened.
    on("touchend", (e) => { if (this.press.isQuiet(e.timeStamp) && e.cancelable) e.preventDefault(); }, { passive: false });
  }

  destroy(): void {
    this.press.cancel();
    for (const f of this.off) f();
  }

  private onClick(e: MouseEvent): void {
    const at = cardAt(e.target);
    if (!at || this.press.isQuiet(e.timeStamp)) return;
    const more = e.target instanceof Element ? e.target.closest<HTMLElement>(".clientele-card-more") : null;
    if (more) {
      const r = more.getBoundingClientRect();
      openMoveMenu(this.board, at.path, { x: r.left, y: r.bottom });
      return;
    }
    // Shift-click selects a range in the column, Ctrl/Cmd-click toggles one card (board-select.ts).
    if (e.shiftKey && !e.altKey) return this.board.selection.range(at.path, columnPaths(at.card));
    if (Keymap.isModifier(e, "Mod") && !e.altKey) return void this.board.selection.toggle(at.path);
    this.board.open(at.path, wantsNewTab(e));
  }

  /** A middle click opens the note in a new tab (Ctrl/Cmd-click selects instead). */
  private onAuxClick(e: MouseEvent): void {
    const at = cardAt(e.target);
    if (!at || e.button !== 1) return;
    e.preventDefault();
    this.board.open(at.path, true);
  }

  private onContextMenu(e: MouseEvent): void {
    const at = cardAt(e.target);
    if (!at) return;
    e.preventDefault();
    if (this.press.active) return; // a long press: the menu opens on release, unless the card was dragged
    if (e.clientX === 0 && e.clientY === 0) openMoveMenuBelow(this.board, at.card, at.path); // from the keyboard (Menu key, Shift+F10)
    else openMoveMenu(this.board, at.path, { x: e.clientX, y: e.clientY });
  }
}
