// Modal and SuggestModal.
// Modal DOM as in Obsidian: .modal-container > (.modal-bg, .modal > (.modal-close-button, .modal-header >
// .modal-title, .modal-content)). open() attaches it to document.body, records it in app.openModals and calls
// onOpen(); close() detaches it, calls onClose() and the close callback. SuggestModal re-queries
// getSuggestions() on every `input` event of its inputEl and, like Obsidian, selectSuggestion() closes the
// modal BEFORE calling onChooseSuggestion().
import { child, makeDiv, requireDom, setContent } from "./dom-util";
import { handlerErrors } from "./events";
import { Scope } from "./ui";
import type { App } from "./app";

function keyEvent(key = "Enter"): KeyboardEvent {
  return typeof KeyboardEvent !== "undefined" ? new KeyboardEvent("keydown", { key }) : ({ key } as KeyboardEvent);
}

export class Modal {
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** Test-visible: whether the modal is open. */
  isOpen = false;
  private closeCallback: (() => unknown) | null = null;

  constructor(app: App) {
    this.app = app;
    this.scope = new Scope(app.scope);
    this.containerEl = makeDiv("modal-container", "Modal");
    child(this.containerEl, "div", "modal-bg");
    this.modalEl = child(this.containerEl, "div", "modal");
    const closeButton = child(this.modalEl, "div", "modal-close-button");
    closeButton.addEventListener("click", () => this.close());
    const header = child(this.modalEl, "div", "modal-header");
    this.titleEl = child(header, "div", "modal-title");
    this.contentEl = child(this.modalEl, "div", "modal-content");
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    requireDom("Modal.open").body.appendChild(this.containerEl);
    this.app.openModals.push(this);
    this.app.keymap.pushScope(this.scope);
    void Promise.resolve(this.onOpen()).catch((e: unknown) => {
      handlerErrors.push(e);
      console.error(e);
    });
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.remove();
    const i = this.app.openModals.indexOf(this);
    if (i >= 0) this.app.openModals.splice(i, 1);
    this.app.keymap.popScope(this.scope);
    this.onClose();
    this.closeCallback?.();
  }

  onOpen(): Promise<void> | void {}
  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    setContent(this.contentEl, content);
    return this;
  }

}

export abstract class SuggestModal<T> extends Modal {
  limit = 50;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  instructionsEl: HTMLElement;
  /** Test-visible: the suggestions currently rendered and the highlighted index. */
  suggestions: T[] = [];
  selectedIndex = 0;
  private queryId = 0;
  private lastQuery: Promise<T[]> = Promise.resolve([]);

  constructor(app: App) {
    super(app);
    this.modalEl.classList.add("prompt");
    const inputContainer = child(this.modalEl, "div", "prompt-input-container");
    this.inputEl = child(inputContainer, "input", "prompt-input");
    this.inputEl.type = "text";
    this.resultContainerEl = child(this.modalEl, "div", "prompt-results");
    this.instructionsEl = child(this.modalEl, "div", "prompt-instructions");
    this.inputEl.addEventListener("input", () => {
      void this.updateSuggestions();
    });
    this.inputEl.addEventListener("keydown", (evt) => this.onKey(evt));
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  open(): void {
    super.open();
    void this.updateSuggestions();
  }

  onNoSuggestion(): void {
    while (this.resultContainerEl.firstChild) this.resultContainerEl.removeChild(this.resultContainerEl.firstChild);
    child(this.resultContainerEl, "div", "suggestion-empty", this.emptyStateText);
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.suggestions[this.selectedIndex];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  // ---- test helpers ----------------------------------------------------------------------------------

  /** Types a query as the user would (sets inputEl.value, fires `input`) and returns the rendered suggestions. */
  async setQuery(query: string): Promise<T[]> {
    this.inputEl.value = query;
    this.inputEl.dispatchEvent(new Event("input"));
    await this.lastQuery;
    return this.suggestions;
  }

  /** Waits for the pending getSuggestions() call (e.g. the one started by open()) and returns the result. */
  async waitForSuggestions(): Promise<T[]> {
    await this.lastQuery;
    return this.suggestions;
  }

  /** Chooses a rendered suggestion by index or by predicate, like clicking it. Returns the chosen value. */
  chooseSuggestion(which: number | ((item: T) => boolean) = 0, evt?: MouseEvent | KeyboardEvent): T {
    const index = typeof which === "number" ? which : this.suggestions.findIndex(which);
    const value = this.suggestions[index];
    if (index < 0 || value === undefined) throw new Error(`No such suggestion (have ${this.suggestions.length})`);
    this.selectSuggestion(value, evt ?? keyEvent());
    return value;
  }

  /** Text of each rendered suggestion element. */
  get suggestionTexts(): string[] {
    return Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item")).map((el) => el.textContent ?? "");
  }

  // ---- internals ------------------------------------------------------------------------------------

  private updateSuggestions(): Promise<T[]> {
    const id = ++this.queryId;
    this.lastQuery = Promise.resolve(this.getSuggestions(this.inputEl.value)).then((items) => {
      if (id !== this.queryId) return this.suggestions;
      this.render(items.slice(0, this.limit > 0 ? this.limit : undefined));
      return this.suggestions;
    });
    return this.lastQuery;
  }

  private render(items: T[]): void {
    this.suggestions = items;
    this.selectedIndex = 0;
    if (items.length === 0) {
      this.onNoSuggestion();
      return;
    }
    while (this.resultContainerEl.firstChild) this.resultContainerEl.removeChild(this.resultContainerEl.firstChild);
    items.forEach((item, i) => {
      const el = child(this.resultContainerEl, "div", i === 0 ? "suggestion-item is-selected" : "suggestion-item");
      this.renderSuggestion(item, el);
      el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
    });
  }

  private onKey(evt: KeyboardEvent): void {
    if (evt.key === "Enter") this.selectActiveSuggestion(evt);
    else if (evt.key === "Escape") this.close();
    else if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
      const n = this.suggestions.length;
      if (n === 0) return;
      this.selectedIndex = (this.selectedIndex + (evt.key === "ArrowDown" ? 1 : n - 1)) % n;
      Array.from(this.resultContainerEl.children).forEach((el, i) => el.classList.toggle("is-selected", i === this.selectedIndex));
    }
  }
}
