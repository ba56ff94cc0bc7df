// View hierarchy: View, ItemView (containerEl.children = [view-header, view-content]; contentEl is children[1],
// as in Obsidian), FileView, TextFileView, MarkdownView (with a text-buffer Editor), plus the built-in empty and
// deferred views. DOM is created lazily, so a MarkdownView (and getActiveFile) also works without a DOM.
import { Component } from "./events";
import { TFile } from "./files";
import { Editor } from "./editor";
import { child, makeDiv } from "./dom-util";
import { debounce, type Debouncer } from "./util";
import type { Scope } from "./ui";
import type { App } from "./app";
import type { WorkspaceLeaf } from "./workspace";

export interface ViewStateResult {
  history: boolean;
}

export abstract class View extends Component {
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  scope: Scope | null = null;
  private _containerEl: HTMLElement | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
  }

  get containerEl(): HTMLElement {
    if (!this._containerEl) {
      this._containerEl = makeDiv("workspace-leaf-content", "A view's containerEl");
      this._containerEl.setAttribute("data-type", this.getViewType());
    }
    return this._containerEl;
  }

  set containerEl(el: HTMLElement) {
    this._containerEl = el;
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    void state;
    void result;
  }
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(state: unknown): void {
    void state;
  }
  getIcon(): string {
    return this.icon;
  }
  onResize(): void {}
}

/** Calls the protected open/close hooks (what WorkspaceLeaf does in Obsidian). */
export function viewHooks(view: View): { onOpen(): Promise<void>; onClose(): Promise<void> } {
  return view as unknown as { onOpen(): Promise<void>; onClose(): Promise<void> };
}

export abstract class ItemView extends View {
  private _contentEl: HTMLElement | null = null;
  private _actionsEl: HTMLElement | null = null;

  get contentEl(): HTMLElement {
    if (!this._contentEl) {
      const header = child(this.containerEl, "div", "view-header");
      this._actionsEl = child(header, "div", "view-actions");
      this._contentEl = child(this.containerEl, "div", "view-content");
    }
    return this._contentEl;
  }

  set contentEl(el: HTMLElement) {
    this._contentEl = el;
  }

}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : "No file";
  }
  getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }
  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    void result;
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path !== "string") return;
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`Fake FileView: no file at "${path}"`);
    await this.loadFile(file);
  }
  async loadFile(file: TFile): Promise<void> {
    if (this.file === file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }
  async onLoadFile(file: TFile): Promise<void> {
    void file;
  }
  async onUnloadFile(file: TFile): Promise<void> {
    void file;
  }
}

export abstract class TextFileView extends FileView {
  data = "";
  dirty = false;
  requestSave: Debouncer<[], Promise<void>> = debounce(() => this.save(), 2000);

  async onLoadFile(file: TFile): Promise<void> {
    this.data = this.app.vault.readSync(file);
    this.setViewData(this.data, true);
    this.dirty = false;
  }
  async onUnloadFile(file: TFile): Promise<void> {
    void file;
    if (this.dirty) await this.save();
  }
  /** Writes the view's data to the file now (Obsidian does this ~2 s after the last edit). */
  async save(clear?: boolean): Promise<void> {
    void clear;
    this.requestSave.cancel();
    if (!this.file || !this.dirty) return;
    this.data = this.getViewData();
    this.dirty = false;
    await this.app.vault.modify(this.file, this.data);
  }
  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;
}

export class MarkdownView extends TextFileView {
  editor: Editor;
  hoverPopover = null;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor(() => {
      this.dirty = true;
      this.app.workspace.trigger("editor-change", this.editor, this);
      this.requestSave();
    });
    this.registerEvent(
      this.app.vault.on("modify", (f) => {
        if (f === this.file && !this.dirty && this.file) this.setViewData(this.app.vault.readSync(this.file), false);
      }),
    );
  }

  getViewType(): string {
    return "markdown";
  }
  getViewData(): string {
    return this.editor.getValue();
  }
  setViewData(data: string, clear: boolean): void {
    void clear;
    this.data = data;
    this.editor.loadValue(data);
  }
  clear(): void {
    this.editor.loadValue("");
  }
}

/** What a leaf shows when nothing is open, and what Obsidian falls back to. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "New tab";
  }
}

/** A leaf restored at startup but not yet loaded (Obsidian 1.7.2+): `leaf.view` is NOT the plugin's view class. */
export class DeferredView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    private pending: { type: string; state?: Record<string, unknown> },
  ) {
    super(leaf);
  }
  getViewType(): string {
    return this.pending.type;
  }
  getDisplayText(): string {
    return this.pending.type;
  }
  getState(): Record<string, unknown> {
    return this.pending.state ?? {};
  }
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class ViewRegistry {
  private viewByType = new Map<string, ViewCreator>();
  private typeByExtension = new Map<string, string>();

  registerView(type: string, creator: ViewCreator): void {
    if (this.viewByType.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewByType.set(type, creator);
  }
  unregisterView(type: string): void {
    this.viewByType.delete(type);
  }
  registerExtensions(extensions: string[], type: string): void {
    for (const ext of extensions) {
      if (this.typeByExtension.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
      this.typeByExtension.set(ext, type);
    }
  }
  unregisterExtensions(extensions: string[]): void {
    for (const ext of extensions) this.typeByExtension.delete(ext);
  }
  getViewCreatorByType(type: string): ViewCreator | undefined {
    if (type === "markdown") return this.viewByType.get(type) ?? ((leaf) => new MarkdownView(leaf));
    if (type === "empty") return (leaf) => new EmptyView(leaf);
    return this.viewByType.get(type);
  }
  getTypeByExtension(extension: string): string | undefined {
    return this.typeByExtension.get(extension) ?? (extension === "md" ? "markdown" : undefined);
  }
}

