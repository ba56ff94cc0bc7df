// What the board's input handlers (mouse, touch, keyboard, menu) need from the board, and how
// they find the card or column an event happened on.
import { Keymap } from "obsidian";
import type { ClientStatus } from "../core/model/types";
import { CARD_CLASS, COLUMN_CLASS } from "./board-card";
import type { BoardHost } from "./board-host";
import type { BoardSelection } from "./board-select";

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
  /** The view's hooks into Obsidian: the file menu and the page preview. */
  readonly host: Pick<BoardHost, "fileMenu" | "hover">;
  /** The selected cards (board-select.ts). */
  readonly selection: BoardSelection;
}

export function cardOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`.${CARD_CLASS}`) : null;
}

export function columnOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`.${COLUMN_CLASS}`) : null;
}

/** The card an event happened on, with its note's path; null when it was not on a card. */
export function cardAt(target: EventTarget | null): { card: HTMLElement; path: string } | null {
  const card = cardOf(target);
  const path = card?.dataset.path;
  return card && path ? { card, path } : null;
}

/** The cards under `root`, in document order. */
export function cardsIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`.${CARD_CLASS}`));
}

/** The paths of the cards in `card`'s column, in order (the rendered ones). */
export function columnPaths(card: HTMLElement): string[] {
  const column = columnOf(card);
  return column ? cardsIn(column).map((c) => c.dataset.path ?? "") : [];
}

/** Whether opening a note (click or Enter) asks for a new tab. */
export function wantsNewTab(e: MouseEvent | KeyboardEvent): boolean {
  return Keymap.isModEvent(e) !== false;
}
