// The menu of one card is Obsidian's file menu: Clientele's items on top (every configured stage,
// or a Bases view's column values, the current one checked; "Open note", "Open in new tab"), then
// whatever Obsidian and other plugins add for the note (the host triggers `file-menu`).
import { Menu } from "obsidian";
import type { BoardControls } from "./board-controls";

/** `first` adds items at the top (the long press's "Select"). */
export function openMoveMenu(board: BoardControls, path: string, at: { x: number; y: number }, first?: (menu: Menu) => void): void {
  const c = board.client(path);
  if (!c) return;
  const current = board.stageFor(path);
  const menu = new Menu();
  first?.(menu);
  for (const stage of board.allStages()) {
    menu.addItem((item) => {
      item.setTitle(stage === current ? `${stage} (current)` : `Move to ${stage}`).setIcon(stage === current ? "check" : "arrow-right");
      if (stage === current) item.setDisabled(true);
      else item.onClick(() => board.move(path, stage));
    });
  }
  menu.addSeparator();
  menu.addItem((item) => item.setTitle("Open note").setIcon("file-text").onClick(() => board.open(path, false)));
  menu.addItem((item) => item.setTitle("Open in new tab").setIcon("file-plus").onClick(() => board.open(path, true)));
  if (board.host.fileMenu) {
    menu.addSeparator();
    board.host.fileMenu(menu, path);
  }
  menu.showAtPosition(at);
}

/** The menu under a card, when it was not opened at a pointer (keyboard, long press). */
export function openMoveMenuBelow(board: BoardControls, card: HTMLElement, path: string, first?: (menu: Menu) => void): void {
  const r = card.getBoundingClientRect();
  openMoveMenu(board, path, { x: r.left + 8, y: r.bottom }, first);
}
