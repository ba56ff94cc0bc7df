// The board from the keyboard: one card reachable with Tab (roving tabindex), arrow keys and
// Home/End between cards, Enter opens the note, ] and [ (or Shift+arrows) move a card a stage,
// Shift+F10 opens "Move to…"; Space selects the card (Shift+Space a range), Escape clears the selection.
import { adjacentStage } from "../core/pipeline/board";
import { CARD_CLASS, COLUMN_CLASS } from "./board-card";
import { cardAt, cardsIn, columnOf, columnPaths, wantsNewTab, type BoardControls } from "./board-controls";
import { openMoveMenuBelow } from "./board-menu";

/**
 * Keeps exactly one card reachable with Tab (roving tabindex): the focused one, or the first.
 * Returns it. `known` is the card that had it: while it still has it and is on the board, nothing
 * is scanned; when it left the board, the first card of `lists` (the columns' card lists, in
 * order) takes it. Otherwise (no card known, or focus moved the tab stop) every card is looked at.
 */
export function ensureRover(columnsEl: HTMLElement, known: HTMLElement | null = null, lists?: () => readonly HTMLElement[]): HTMLElement | null {
  if (known !== null && known.getAttr("tabindex") === "0") {
    if (columnsEl.contains(known)) return known;
    if (lists !== undefined) {
      // Only the card that left had the tab stop: the first card takes it.
      const first = lists().find((l) => l.firstElementChild !== null)?.firstElementChild;
      if (first instanceof HTMLElement) {
        first.setAttr("tabindex", "0");
        return first;
      }
      return null;
    }
  }
  // A card focused since (onCardFocus gave it the tab stop, and took it from every other card).
  const active = activeDocument.activeElement;
  if (active instanceof HTMLElement && active !== known && active.hasClass(CARD_CLASS) && active.getAttr("tabindex") === "0" && columnsEl.contains(active)) return active;
  const cards = cardsIn(columnsEl);
  const current = cards.find((c) => c.getAttr("tabindex") === "0");
  for (const c of cards) if (c !== current) c.setAttr("tabindex", "-1");
  if (!current) cards[0]?.setAttr("tabindex", "0");
  return current ?? cards[0] ?? null;
}

/** A focused card becomes the one Tab reaches. */
export function onCardFocus(columnsEl: HTMLElement, e: FocusEvent): void {
  const at = cardAt(e.target);
  if (!at || at.card !== e.target) return;
  for (const c of cardsIn(columnsEl)) if (c !== at.card) c.setAttr("tabindex", "-1");
  at.card.setAttr("tabindex", "0");
}

export function onCardKey(board: BoardControls, e: KeyboardEvent): void {
  const at = cardAt(e.target);
  if (!at || at.card !== e.target) return;
  const { card, path } = at;
  const step = e.key === "]" || (e.shiftKey && e.key === "ArrowRight") ? 1 : e.key === "[" || (e.shiftKey && e.key === "ArrowLeft") ? -1 : 0;
  if (step !== 0) {
    e.preventDefault();
    const to = adjacentStage(board.stageFor(path), board.visibleStages(), step);
    if (to) board.move(path, to);
    else board.announce(step === 1 ? "Already in the last stage." : "Already in the first stage.");
    return;
  }
  if (e.key === "F10" && e.shiftKey) {
    e.preventDefault();
    openMoveMenuBelow(board, card, path);
    return;
  }
  if (e.key === " " && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    if (e.shiftKey) board.selection.range(path, columnPaths(card));
    else board.selection.toggle(path);
    return;
  }
  if (e.key === "Escape" && board.selection.clear()) {
    e.preventDefault();
    return;
  }
  if (e.key === "Enter") {
    e.preventDefault();
    board.open(path, wantsNewTab(e));
    return;
  }
  const target = neighbour(board, card, e.key);
  if (target) {
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}

/** The card an arrow (or Home/End) key goes to from `card`. */
function neighbour(board: BoardControls, card: HTMLElement, key: string): HTMLElement | null {
  const column = columnOf(card);
  if (!column) return null;
  let inColumn = cardsIn(column);
  const i = inColumn.indexOf(card);
  if (key === "ArrowDown") {
    if (i === inColumn.length - 1) {
      board.showMore(column);
      inColumn = cardsIn(column);
    }
    return inColumn[i + 1] ?? null;
  }
  if (key === "ArrowUp") return inColumn[i - 1] ?? null;
  if (key === "Home") return inColumn[0] ?? null;
  if (key === "End") return inColumn[inColumn.length - 1] ?? null;
  if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
  const columns = Array.from(board.columnsEl.querySelectorAll<HTMLElement>(`.${COLUMN_CLASS}`));
  const dir = key === "ArrowRight" ? 1 : -1;
  for (let j = columns.indexOf(column) + dir; j >= 0 && j < columns.length; j += dir) {
    const col = columns[j];
    const next = col ? cardsIn(col) : [];
    if (next.length > 0) return next[Math.min(i, next.length - 1)] ?? null;
  }
  return null;
}
