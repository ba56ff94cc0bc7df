// Where a dragged card lands, shared by the mouse (HTML5 drag and drop) and the touch drag: the
// "dragging" look, the highlighted drop column, and the move a drop asks for.
import type { BoardControls } from "./board-controls";

/** Marks the card and the board as dragging. */
export function startDragging(columnsEl: HTMLElement, card: HTMLElement): void {
  card.addClass("is-dragging");
  columnsEl.addClass("is-dragging");
}

/** Removes every mark of a drag: the dragging classes and the drop target. */
export function stopDragging(columnsEl: HTMLElement): void {
  highlightDropTarget(columnsEl, null);
  columnsEl.removeClass("is-dragging");
  for (const c of Array.from(columnsEl.querySelectorAll(".is-dragging"))) c.removeClass("is-dragging");
}

/** Highlights `column` (null: none) as the place the card would land. */
export function highlightDropTarget(columnsEl: HTMLElement, column: HTMLElement | null): void {
  for (const c of Array.from(columnsEl.querySelectorAll(".is-drop-target"))) if (c !== column) c.removeClass("is-drop-target");
  column?.addClass("is-drop-target");
}

/** A drop on the card's own column (or on "No stage") writes nothing. */
export function dropOn(board: BoardControls, column: HTMLElement, path: string): void {
  const key = column.dataset.key ?? "";
  if (key === "" || key === board.stageFor(path)) return;
  board.move(path, key);
}
