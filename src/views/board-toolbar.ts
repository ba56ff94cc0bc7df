// The board's toolbar: filter box, sort, "hide excluded stages", and the help text that says how
// to move cards without a mouse.
import { debounce } from "obsidian";
import { SORT_KEYS, SORT_LABELS, type BoardState, type SortKey } from "../core/pipeline/board";
import type { ClienteleSettings } from "../core/model/settings";

export const BOARD_HELP =
  "Click a card to open the note. Drag a card to another column to change its stage. " +
  "On a touch screen, press and hold a card, then drag it; hold and let go without moving to open “Move to…”. " +
  "Keyboard: Tab reaches the cards; arrow keys move between cards (up and down in a column, left and right across columns); " +
  "Enter opens the note; Shift+Right arrow or ] moves the card to the next stage, Shift+Left arrow or [ to the previous stage; " +
  "Shift+F10 or the Menu key opens “Move to…”. " +
  "To change several clients at once, Ctrl-click (Cmd-click on a Mac) cards or press Space on them; Shift-click selects a range in a column; " +
  "on a touch screen, choose Select in the press-and-hold menu, then press and hold more cards. Escape clears the selection.";

export class BoardToolbar {
  readonly helpId: string;
  private readonly filterEl: HTMLInputElement;
  private readonly sortEl: HTMLSelectElement;
  private readonly segmentEl: HTMLSelectElement;
  private readonly hideLabel: HTMLElement;
  private readonly hideText: HTMLElement;
  private readonly hideEl: HTMLInputElement;
  private readonly onFilter: ReturnType<typeof debounce<[string], void>>;

  /** `sourceLabel`: the name of the order the clients come in (a Bases view's sort), offered as a sort when given. */
  constructor(parent: HTMLElement, state: BoardState, settings: ClienteleSettings, change: (patch: Partial<BoardState>) => void, bulkEdit: () => void, sourceLabel?: string) {
    const el = parent.createDiv({ cls: "clientele-board-toolbar" });
    this.filterEl = el.createEl("input", {
      cls: "clientele-board-filter",
      attr: { type: "search", placeholder: "Filter: company, tag, ID or tier:gold", "aria-label": "Filter clients by company, tag, ID or value tier (tier:gold, tier:silver, tier:bronze)", spellcheck: "false" },
    });
    this.onFilter = debounce((query: string) => change({ query }), 150, true);
    this.filterEl.addEventListener("input", () => this.onFilter(this.filterEl.value));

    this.segmentEl = el.createEl("select", { cls: "dropdown clientele-board-segment", attr: { "aria-label": "Show the clients of a segment" } });
    this.segmentEl.addEventListener("change", () => change({ segment: this.segmentEl.value }));

    this.sortEl = el.createEl("select", { cls: "dropdown clientele-board-sort", attr: { "aria-label": "Sort cards by" } });
    if (sourceLabel) this.sortEl.createEl("option", { value: "source", text: `Sort: ${sourceLabel}` });
    for (const key of SORT_KEYS) this.sortEl.createEl("option", { value: key, text: `Sort: ${SORT_LABELS[key]}` });
    this.sortEl.addEventListener("change", () => change({ sort: this.sortEl.value as SortKey }));

    const bulk = el.createEl("button", { cls: "clientele-board-bulk", text: "Bulk edit…", attr: { "aria-label": "Bulk edit the clients the board shows" } });
    bulk.addEventListener("click", bulkEdit);

    this.hideLabel = el.createEl("label", { cls: "clientele-board-hide" });
    this.hideEl = this.hideLabel.createEl("input", { attr: { type: "checkbox" } });
    this.hideText = this.hideLabel.createSpan();
    this.hideEl.addEventListener("change", () => change({ hideExcluded: this.hideEl.checked }));

    const help = el.createEl("details", { cls: "clientele-board-help" });
    help.createEl("summary", { text: "How to move cards" });
    this.helpId = `clientele-help-${Math.random().toString(36).slice(2, 10)}`;
    help.createEl("p", { text: BOARD_HELP, attr: { id: this.helpId } });
    this.show(state, settings);
  }

  /** Shows a state (without firing change events). `byStage`: false for a board grouped by another property (no "Hide Sunset" then). */
  show(state: BoardState, settings: ClienteleSettings, byStage = true): void {
    if (this.filterEl.value !== state.query && activeDocument.activeElement !== this.filterEl) this.filterEl.value = state.query;
    this.sortEl.value = state.sort;
    this.showSegments(state, settings);
    this.hideEl.checked = state.hideExcluded;
    const excluded = settings.excludedStages.filter((s) => settings.stages.some((x) => x.toLowerCase() === s.toLowerCase()));
    this.hideText.setText(`Hide ${excluded.join(", ")}`);
    this.hideLabel.toggleClass("is-hidden", excluded.length === 0 || !byStage);
  }

  /** The saved segments as choices; hidden when there are none. */
  private showSegments(state: BoardState, settings: ClienteleSettings): void {
    const names = settings.segments.map((sg) => sg.name);
    const wanted = ["", ...names].join("\n");
    if (this.segmentEl.dataset.names !== wanted) {
      this.segmentEl.empty();
      this.segmentEl.createEl("option", { value: "", text: "All clients" });
      for (const name of names) this.segmentEl.createEl("option", { value: name, text: name });
      this.segmentEl.dataset.names = wanted;
    }
    const chosen = names.find((n) => n.toLowerCase() === state.segment.trim().toLowerCase()) ?? "";
    this.segmentEl.value = chosen;
    this.segmentEl.toggleClass("is-hidden", names.length === 0);
  }

  destroy(): void {
    this.onFilter.cancel();
  }
}
