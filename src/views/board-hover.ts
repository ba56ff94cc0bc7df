// The card's title shows Obsidian's page preview when hovered (the host triggers `hover-link`
// with the source "clientele", registered in pipeline-register.ts).
import { cardAt, type BoardControls } from "./board-controls";

export const TITLE_CLASS = "clientele-card-company";

/** A pointer entered an element of the board: a card title asks the host for the page preview. */
export function onTitleHover(board: BoardControls, e: MouseEvent): void {
  const title = e.target instanceof Element ? e.target.closest<HTMLElement>(`.${TITLE_CLASS}`) : null;
  const at = title ? cardAt(title) : null;
  if (!title || !at || !board.host.hover) return;
  // Entering a child of the title (none today) is not a new hover.
  if (e.relatedTarget instanceof Node && title.contains(e.relatedTarget)) return;
  board.host.hover(e, at.path, title);
}
