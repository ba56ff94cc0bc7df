// Workspace and WorkspaceLeaf. Leaves live in the main area ("root") or a sidebar ("left"/"right").
// Modelled behaviour: onLayoutReady() queues until layout ready (runs at once afterwards); setViewState() builds
// the view from the plugin's registered creator, loads it, awaits onOpen() and setState(); openFile() opens a
// Markdown view and makes the leaf active; `active-leaf-change` fires when the active leaf changes and
// `file-open` when the active file changes; getActiveFile() is the file of the most recent main-area file view
// (clicking a sidebar view keeps it); detach() runs onClose() and unloads the view; `layout-change` fires after
// leaves open, change view or close. Deferred leaves (Obsidian 1.7.2+) can be simulated with addDeferredLeaf().
// `file-menu` fires with (menu, file, source, leaf?) when openFileMenu() plays a right-click on a file or folder.
import { Events, handlerErrors, type EventRef } from "./events";
import { TFile, type TAbstractFile } from "./files";
import { Menu } from "./ui";
import { makeDiv } from "./dom-util";
import { debounce } from "./util";
import { DeferredView, EmptyView, FileView, MarkdownView, View, viewHooks } from "./views";
import type { App } from "./app";

export type LeafLocation = "root" | "left" | "right";

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
  group?: WorkspaceLeaf;
}

export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
  group?: WorkspaceLeaf;
}

let leafIds = 0;

export class WorkspaceLeaf extends Events {
  id = `leaf-${++leafIds}`;
  view: View;
  pinned = false;
  group: string | null = null;
  hoverPopover = null;
  /** Test-visible: whether revealLeaf() was called on this leaf. */
  revealed = false;
  private _containerEl: HTMLElement | null = null;
  private deferredState: ViewState | null = null;

  constructor(
    public app: App,
    public location: LeafLocation,
  ) {
    super();
    this.view = new EmptyView(this);
  }

  get containerEl(): HTMLElement {
    return (this._containerEl ??= makeDiv("workspace-leaf", "A leaf's containerEl"));
  }

  /** Internal: puts the leaf in the deferred state (see Workspace.addDeferredLeaf). */
  defer(state: ViewState): void {
    this.deferredState = state;
    this.view = new DeferredView(this, { type: state.type, state: state.state });
  }

  async loadIfDeferred(): Promise<void> {
    const state = this.deferredState;
    if (!state) return;
    this.deferredState = null;
    await this.setViewState(state);
  }

  getViewState(): ViewState {
    if (this.deferredState) return { ...this.deferredState };
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
    if (!creator) throw new Error(`Fake workspace: no view registered for type "${viewState.type}"`);
    this.deferredState = null;
    await this.closeView();
    const view = creator(this);
    this.view = view;
    if (typeof viewState.pinned === "boolean") this.pinned = viewState.pinned;
    if (this._containerEl) this._containerEl.appendChild(view.containerEl);
    view.load();
    await viewHooks(view).onOpen();
    await view.setState(viewState.state ?? {}, { history: false });
    if (eState !== undefined) view.setEphemeralState(eState);
    const ws = this.app.workspace;
    if (viewState.active) ws.setActiveLeaf(this, { focus: true });
    else ws.noteLeafContentChanged(this);
    ws.trigger("layout-change");
  }

  async open(view: View): Promise<View> {
    await this.closeView();
    this.view = view;
    view.load();
    await viewHooks(view).onOpen();
    this.app.workspace.noteLeafContentChanged(this);
    this.app.workspace.trigger("layout-change");
    return view;
  }

  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    const type = this.app.viewRegistry.getTypeByExtension(file.extension);
    if (!type) throw new Error(`Fake workspace: no view for ".${file.extension}" files`);
    const state = { ...(openState?.state ?? {}), file: file.path };
    if (this.view instanceof FileView && this.view.getViewType() === type) {
      await this.view.setState(state, { history: true });
      if (openState?.active !== false) this.app.workspace.setActiveLeaf(this, { focus: true });
      this.app.workspace.noteLeafContentChanged(this);
    } else {
      await this.setViewState({ type, state, active: openState?.active !== false }, openState?.eState);
    }
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }
  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }
  getIcon(): string {
    return this.view.getIcon();
  }
  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  onResize(): void {
    this.view.onResize();
  }

  detach(): void {
    const ws = this.app.workspace;
    if (!ws.hasLeaf(this)) return;
    void this.closeView().catch((e: unknown) => {
      handlerErrors.push(e);
      console.error(e);
    });
    ws.removeLeaf(this);
    this._containerEl?.remove();
  }

  private async closeView(): Promise<void> {
    const old = this.view;
    if (old instanceof FileView && old.file) await old.onUnloadFile(old.file);
    await viewHooks(old).onClose();
    old.unload();
    this.view = new EmptyView(this);
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  requestSaveLayout = debounce(async (): Promise<void> => {}, 2000);
  /** Files opened, most recent first. */
  recentFiles: string[] = [];

  private leaves: WorkspaceLeaf[] = [];
  private layoutReadyCallbacks: (() => unknown)[] = [];
  private mostRecentRootLeaf: WorkspaceLeaf | null = null;
  private lastActiveFile: TFile | null = null;
  private _containerEl: HTMLElement | null = null;

  constructor(private app: App) {
    super();
  }

  get containerEl(): HTMLElement {
    return (this._containerEl ??= makeDiv("workspace", "workspace.containerEl"));
  }

  on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  on(name: "layout-change" | "resize" | "css-change", callback: () => unknown, ctx?: unknown): EventRef;
  on(name: "file-menu", callback: (menu: Menu, file: TAbstractFile, source: string, leaf?: WorkspaceLeaf) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  get activeEditor(): MarkdownView | null {
    const view = this.mostRecentRootLeaf?.view;
    return view instanceof MarkdownView ? view : null;
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) this.run(callback);
    else this.layoutReadyCallbacks.push(callback);
  }

  /**
   * Test helper: the user opens the file menu of `file` (a file or a folder), as Obsidian does on a
   * right-click in the file explorer (source "file-explorer-context-menu") or a tab's "More options":
   * a new Menu, `file-menu` triggered with (menu, file, source, leaf), the menu shown. Returns the menu.
   */
  openFileMenu(file: TAbstractFile, source = "file-explorer-context-menu", leaf?: WorkspaceLeaf): Menu {
    const menu = new Menu();
    this.trigger("file-menu", menu, file, source, leaf);
    menu.showAtPosition({ x: 0, y: 0 });
    return menu;
  }

  /** Test helper: Obsidian finished restoring the layout; runs the queued onLayoutReady callbacks. */
  triggerLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const callbacks = this.layoutReadyCallbacks;
    this.layoutReadyCallbacks = [];
    for (const cb of callbacks) this.run(cb);
    this.trigger("layout-change");
  }

  getLeaf(newLeaf?: boolean | "tab" | "split" | "window", direction?: string): WorkspaceLeaf {
    void direction;
    if (!newLeaf) {
      const recent = this.mostRecentRootLeaf;
      if (recent && !recent.pinned && this.hasLeaf(recent)) return recent;
    }
    return this.createLeaf("root");
  }

  getRightLeaf(split: boolean): WorkspaceLeaf | null {
    void split;
    return this.createLeaf("right");
  }

  setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
    void params;
    void focus;
    if (!this.hasLeaf(leaf)) return;
    if (this.activeLeaf !== leaf) {
      this.activeLeaf = leaf;
      if (leaf.location === "root") this.mostRecentRootLeaf = leaf;
      this.trigger("active-leaf-change", leaf);
    }
    this.noteLeafContentChanged(leaf);
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  getActiveFile(): TFile | null {
    const view = this.mostRecentRootLeaf?.view;
    return view instanceof FileView ? view.file : null;
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType);
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.revealed = true;
    await leaf.loadIfDeferred();
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openViewState?: OpenViewState): Promise<void> {
    const path = linktext.replace(/[#^|].*$/, "");
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) {
      // Obsidian creates the note when an unresolved link is opened.
      const folder = this.app.fileManager.getNewFileParent(sourcePath);
      const name = path.endsWith(".md") ? path : `${path}.md`;
      file = await this.app.vault.create(folder.isRoot() ? name : `${folder.path}/${name}`, "");
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  // ---- test helpers ----------------------------------------------------------------------------------

  /** Opens the file in the main area (reusing the most recent tab) and makes it active. */
  async setActiveFile(file: TFile): Promise<WorkspaceLeaf> {
    const leaf = this.getLeaf(false);
    await leaf.openFile(file, { active: true });
    return leaf;
  }

  /** Adds a leaf as restored at startup but not yet loaded: its view is a placeholder until revealed. */
  addDeferredLeaf(viewState: ViewState, location: LeafLocation = "right"): WorkspaceLeaf {
    const leaf = this.createLeaf(location);
    leaf.defer(viewState);
    return leaf;
  }

  // ---- internals ------------------------------------------------------------------------------------

  hasLeaf(leaf: WorkspaceLeaf): boolean {
    return this.leaves.includes(leaf);
  }

  createLeaf(location: LeafLocation): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, location);
    this.leaves.push(leaf);
    return leaf;
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if (this.mostRecentRootLeaf === leaf) {
      this.mostRecentRootLeaf = [...this.leaves].reverse().find((l) => l.location === "root") ?? null;
    }
    if (this.activeLeaf === leaf) {
      this.activeLeaf = this.mostRecentRootLeaf;
      this.trigger("active-leaf-change", this.activeLeaf);
    }
    this.checkActiveFile();
    this.trigger("layout-change");
  }

  /** Fires `file-open` when the active (most recent main-area) file changed. */
  noteLeafContentChanged(leaf: WorkspaceLeaf): void {
    if (leaf === this.mostRecentRootLeaf) this.checkActiveFile();
  }

  private checkActiveFile(): void {
    const file = this.getActiveFile();
    if (file === this.lastActiveFile) return;
    this.lastActiveFile = file;
    if (file) this.recentFiles = [file.path, ...this.recentFiles.filter((p) => p !== file.path)];
    this.trigger("file-open", file);
  }

  private run(cb: () => unknown): void {
    try {
      const r = cb();
      if (r instanceof Promise) {
        r.catch((e: unknown) => {
          handlerErrors.push(e);
          console.error(e);
        });
      }
    } catch (e) {
      handlerErrors.push(e);
      console.error(e);
    }
  }
}
