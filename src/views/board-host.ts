// What a board (BoardRenderer) needs from the view it is in: the sidebar view and the Bases view
// each give one (pipeline-view.ts: boardHost; bases-pipeline.ts adds its grouping, card properties,
// Bases order and createFileForView).
import type { Menu } from "obsidian";
import type { BoardState } from "../core/pipeline/board";
import type { CardProperty } from "../core/pipeline/card-properties";
import type { ClienteleSettings } from "../core/model/settings";
import type { ClientStatus, Day } from "../core/model/types";
import type { BoardGrouping } from "./board-grouping";

export interface BoardHost {
  settings(): ClienteleSettings;
  today(): Day;
  /** Writes a stage change; resolves false (or rejects) when it did not happen. */
  move(c: ClientStatus, to: string): Promise<boolean>;
  open(path: string, newTab: boolean): void;
  notify(message: string): void;
  stateChanged(state: BoardState): void;
  /** Opens Bulk edit for these clients (the cards the board shows). */
  bulkEdit(clients: ClientStatus[]): void;
  /** How the columns are made (a Bases view's column property); absent: by stage. */
  grouping?(): BoardGrouping;
  /** Changes whenever the columns or the cards' extra properties change: the next update renders everything. */
  layoutSignature?(): string;
  /** The extra "Label: value" lines of a card, in order. */
  cardProperties?(path: string): CardProperty[];
  /** The label of the `source` sort when the host has that order (a Bases view: "Bases order"). */
  readonly sourceSortLabel?: string;
  /** "New client in this column" (the column's value; null for "No stage" or "(none)"); absent: no button. */
  newClient?(value: string | null): void;
  /** Obsidian's file menu: lets other plugins add their items to a card's menu (after Clientele's). */
  fileMenu?(menu: Menu, path: string): void;
  /** The card's title was hovered: Obsidian's page preview. */
  hover?(e: MouseEvent, path: string, targetEl: HTMLElement): void;
}
