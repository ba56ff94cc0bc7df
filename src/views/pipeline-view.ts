// The pipeline board in a sidebar (an ItemView). Live: an index change re-renders only the cards
// whose notes changed, and only while the view is visible; hidden, it catches up when shown.
import { FileView, ItemView, type Events, type HoverParent, type HoverPopover, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { cardPropertiesOf } from "../core/pipeline/card-properties";
import type { ClientStatus } from "../core/model/types";
import { readBoardState, type BoardState } from "../core/pipeline/board";
import type { Deps } from "../deps";
import { bulkEdit } from "../obsidian/bulk-writes";
import { INDEX_CHANGED } from "../obsidian/client-index";
import { moveClient } from "../obsidian/writes";
import { BulkEditModal } from "../ui/bulk-edit-modal";
import { BoardRenderer, type BoardHost } from "./board-render";

export const VIEW_TYPE_PIPELINE = "clientele-pipeline";
export const PIPELINE_ICON = "kanban";

/** Above this many changed notes, one full render is cheaper than many card updates. */
const MAX_CARD_UPDATES = 200;

/** Bulk edit for these clients (the cards shown or selected, the agenda's selected rows): the preview names them, nothing is written before Apply. */
export function openBulkEdit(deps: Deps, clients: ClientStatus[]): void {
  if (clients.length === 0) return deps.notify("Clientele: the board shows no client to edit; clear the filter or the segment.");
  const settings = deps.settings();
  const input = { clients, segments: settings.segments, stages: settings.stages, today: deps.today(), selected: clients };
  new BulkEditModal(deps.app, input, (chosen, op) => void bulkEdit(deps, chosen, op)).open();
}

/** Where the board is: the page preview's hover parent and, for the file menu, the leaf (none for a Bases view). */
export interface BoardPlace {
  hoverParent: HoverParent;
  leaf?: WorkspaceLeaf;
}

/** The source Clientele's `hover-link` events name (registered in pipeline-register.ts). */
export const HOVER_SOURCE = "clientele";
/** The `source` of the file menu a card opens. */
export const FILE_MENU_SOURCE = "clientele-board";

/** What the board needs from the plugin: the same for the sidebar view and the Bases view. */
export function boardHost(deps: Deps, stateChanged: (state: BoardState) => void, place: BoardPlace): BoardHost {
  // The Workspace type lists only Clientele's own trigger; file-menu and hover-link are Obsidian's events.
  const ws: Events = deps.app.workspace;
  return {
    // The sidebar board's extra card lines: the properties named in the settings, in order.
    cardProperties: (path) => cardPropertiesOf(deps.index.frontmatter(path), deps.settings().cardProperties),
    fileMenu: (menu, path) => {
      const file = deps.app.vault.getFileByPath(path);
      if (file) ws.trigger("file-menu", menu, file, FILE_MENU_SOURCE, place.leaf);
    },
    hover: (event, path, targetEl) => {
      ws.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent: place.hoverParent, targetEl, linktext: path, sourcePath: "" });
    },
    settings: () => deps.settings(),
    today: () => deps.today(),
    move: (c, to) => moveClient(deps, c, to),
    notify: (message) => deps.notify(message),
    stateChanged,
    bulkEdit: (clients) => openBulkEdit(deps, clients),
    open: (path, newTab) => {
      const file = deps.app.vault.getFileByPath(path);
      if (!file) return deps.notify(`Clientele: "${path}" no longer exists.`);
      if (newTab) void deps.app.workspace.getLeaf("tab").openFile(file);
      else void deps.openFile(file);
    },
  };
}

export class PipelineView extends ItemView implements HoverParent {
  hoverPopover: HoverPopover | null = null;
  private board: BoardRenderer | null = null;
  private state: BoardState = readBoardState(null);
  /** Notes changed while the view was hidden; "all" when everything must be redrawn. */
  private dirty: Set<string> | "all" = "all";

  /** `newClient`: the New client flow, offered as each column's "New client in this column". */
  constructor(leaf: WorkspaceLeaf, private readonly deps: Deps, private readonly newClient?: (stage: string | null) => void) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_PIPELINE;
  }

  getDisplayText(): string {
    return "Client pipeline";
  }

  getIcon(): string {
    return PIPELINE_ICON;
  }

  /** The board of this view (for tests and the Bases view's parity checks). */
  get renderer(): BoardRenderer | null {
    return this.board;
  }

  protected async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("clientele-pipeline-view");
    const host = boardHost(this.deps, (s) => this.saveState(s), { hoverParent: this, leaf: this.leaf });
    this.board = new BoardRenderer(this.contentEl, { ...host, newClient: this.newClient }, this.state);
    const ws = this.app.workspace;
    this.registerEvent(ws.on(INDEX_CHANGED, (change) => this.changed(change.paths)));
    this.registerEvent(ws.on("file-open", (file) => this.board?.setActive(file?.path ?? null)));
    this.registerEvent(ws.on("active-leaf-change", (leaf) => {
      if (leaf?.view instanceof FileView && leaf.view.file) this.board?.setActive(leaf.view.file.path);
    }));
    this.registerEvent(ws.on("layout-change", () => this.flush()));
    this.registerEvent(ws.on("resize", () => this.flush()));
    this.dirty = "all";
    this.flush();
    this.board.setActive(ws.getActiveFile()?.path ?? null);
  }

  protected async onClose(): Promise<void> {
    this.board?.destroy();
    this.board = null;
  }

  onResize(): void {
    this.flush();
  }

  getState(): Record<string, unknown> {
    return { ...this.state, collapsed: [...this.state.collapsed] };
  }

  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    this.state = readBoardState(state);
    this.board?.setState(this.state);
    await super.setState(state, result);
  }

  private saveState(state: BoardState): void {
    this.state = state;
    this.app.workspace.requestSaveLayout();
  }

  private changed(paths: Set<string>): void {
    if (this.dirty !== "all") {
      if (paths.size === 0) this.dirty = "all";
      else for (const p of paths) this.dirty.add(p);
    }
    this.flush();
  }

  /** Applies pending changes when the view is visible and the index is ready. */
  private flush(): void {
    const board = this.board;
    if (!board || !this.containerEl.isShown()) return;
    if (!this.deps.index.ready) return board.setNote("Loading clients…");
    board.setNote("");
    board.setErrors(this.deps.index.errors());
    const dirty = this.dirty;
    if (dirty !== "all" && dirty.size === 0 && !board.isOutdated()) return;
    this.dirty = new Set();
    const { index } = this.deps;
    const today = this.deps.today();
    if (dirty === "all" || dirty.size > MAX_CARD_UPDATES || board.isOutdated()) board.setClients(index.clients(today));
    else board.update(dirty, (p) => index.client(p, today));
  }
}
