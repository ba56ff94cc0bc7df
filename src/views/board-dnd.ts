// HTML5 drag and drop (desktop): drag a card onto another column to change its stage.
import { cardAt, columnOf, type BoardControls } from "./board-controls";
import { dropOn, highlightDropTarget, startDragging, stopDragging } from "./board-drop";

const MIME = "application/x-clientele-client";

export class MouseDrag {
  private dragPath: string | null = null;

  /** `touching` is true while a touch gesture owns the card: the browser's own drag is then refused. */
  constructor(private readonly board: BoardControls, private readonly touching: () => boolean) {}

  onDragStart(e: DragEvent): void {
    const at = cardAt(e.target);
    if (!at || !e.dataTransfer) return;
    if (this.touching()) {
      e.preventDefault(); // a touch drag is ours (long press), not the browser's
      return;
    }
    this.dragPath = at.path;
    e.dataTransfer.setData(MIME, at.path);
    e.dataTransfer.effectAllowed = "move";
    startDragging(this.board.columnsEl, at.card);
  }

  onDragOver(e: DragEvent): void {
    const column = columnOf(e.target);
    if (!column || !e.dataTransfer || !Array.from(e.dataTransfer.types).includes(MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    highlightDropTarget(this.board.columnsEl, column);
  }

  onDragLeave(e: DragEvent): void {
    const column = columnOf(e.target);
    if (column && !(e.relatedTarget instanceof Node && column.contains(e.relatedTarget))) column.removeClass("is-drop-target");
  }

  onDrop(e: DragEvent): void {
    const column = columnOf(e.target);
    const path = e.dataTransfer?.getData(MIME) || this.dragPath;
    this.end();
    if (!column || !path) return;
    e.preventDefault();
    dropOn(this.board, column, path);
  }

  /** Ends any drag: forgets the dragged card and clears every mark of it. */
  end(): void {
    this.dragPath = null;
    stopDragging(this.board.columnsEl);
  }
}
