// Selecting several cards on the board (issue 14 item 7): which cards are selected and the rules
// that change the selection: Ctrl/Cmd-click or Space toggles a card, Shift-click selects the range
// within a column from the last card toggled, Escape clears, a long press toggles while a selection
// exists. Cards that leave the board leave the selection. The bar under the toolbar says "N
// selected" and offers Bulk edit… (exactly the selected clients) and Clear.

export const SELECTED_CLASS = "is-selected";

export class BoardSelection {
  /** Selected card paths, in the order they were selected. */
  private readonly paths = new Set<string>();
  /** The card a Shift-click range starts from: the last one toggled. */
  private anchor: string | null = null;

  /** `changed` runs after every change of the selection (not when an action changes nothing). */
  constructor(private readonly changed: () => void) {}

  get size(): number {
    return this.paths.size;
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** The selected paths, in the order they were selected. */
  list(): string[] {
    return [...this.paths];
  }

  /** Selects or unselects one card; it becomes the start of the next range. True when now selected. */
  toggle(path: string): boolean {
    const on = !this.paths.delete(path);
    if (on) this.paths.add(path);
    this.anchor = path;
    this.changed();
    return on;
  }

  /**
   * Shift-click: selects every card from the range's start to `path` in `column` (the column's
   * card paths in order), both ends included, keeping what else was selected. Without a start in
   * that column, it toggles `path` alone (which starts a range).
   */
  range(path: string, column: readonly string[]): void {
    const to = column.indexOf(path);
    const from = this.anchor === null ? -1 : column.indexOf(this.anchor);
    if (to < 0 || from < 0) {
      this.toggle(path);
      return;
    }
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    let added = false;
    for (let i = lo; i <= hi; i++) {
      const p = column[i];
      if (p !== undefined && !this.paths.has(p)) {
        this.paths.add(p);
        added = true;
      }
    }
    if (added) this.changed();
  }

  /** Unselects every card. False when nothing was selected. */
  clear(): boolean {
    this.anchor = null;
    if (this.paths.size === 0) return false;
    this.paths.clear();
    this.changed();
    return true;
  }

  /** Keeps only the cards `keep` accepts (the others vanished from the board). */
  retain(keep: (path: string) => boolean): void {
    let dropped = false;
    for (const p of this.list()) {
      if (keep(p)) continue;
      this.paths.delete(p);
      dropped = true;
    }
    if (this.anchor !== null && !keep(this.anchor)) this.anchor = null;
    if (dropped) this.changed();
  }
}

/** Shows on a card's element whether it is selected (a style and aria-selected). */
export function markSelected(el: HTMLElement, selected: boolean): void {
  el.toggleClass(SELECTED_CLASS, selected);
  if (selected) el.setAttr("aria-selected", "true");
  else el.removeAttribute("aria-selected");
}

/** The bar shown while cards are selected: "N selected", Bulk edit… and Clear. */
export class SelectionBar {
  readonly el: HTMLElement;
  private readonly countEl: HTMLElement;

  constructor(parent: HTMLElement, bulkEdit: () => void, clear: () => void) {
    this.el = parent.createDiv({ cls: "clientele-select-bar is-hidden", attr: { role: "region", "aria-label": "Selected cards" } });
    this.countEl = this.el.createSpan({ cls: "clientele-select-count", attr: { "aria-live": "polite" } });
    const bulk = this.el.createEl("button", { cls: "clientele-select-bulk mod-cta", text: "Bulk edit…", attr: { type: "button", "aria-label": "Bulk edit the selected clients" } });
    bulk.addEventListener("click", bulkEdit);
    const off = this.el.createEl("button", { cls: "clientele-select-clear", text: "Clear", attr: { type: "button", "aria-label": "Clear the selection" } });
    off.addEventListener("click", clear);
  }

  show(n: number): void {
    this.el.toggleClass("is-hidden", n === 0);
    this.countEl.setText(n === 0 ? "" : `${n} selected`);
  }
}
