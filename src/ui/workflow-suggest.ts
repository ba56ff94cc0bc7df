// Pick a workflow to insert: the built-in ones and those of the workflows folder.
import { SuggestModal, type App } from "obsidian";
import type { Workflow } from "../core/create/workflows";
import { FuzzyPicks } from "./fuzzy";

export class WorkflowSuggestModal extends SuggestModal<Workflow> {
  private readonly picks = new FuzzyPicks<Workflow>();

  constructor(app: App, private readonly workflows: readonly Workflow[], placeholder: string, private readonly onPick: (w: Workflow) => void) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No workflow matches.";
  }

  getSuggestions(query: string): Workflow[] {
    return this.picks.rank(this.workflows, query, (w) => [w.name]);
  }

  renderSuggestion(w: Workflow, el: HTMLElement): void {
    this.picks.render(el.createDiv({ cls: "clientele-suggest-title" }), w, 0, w.name);
    const where = w.target === "note" ? "new note" : "checklist in the client note";
    const source = w.id.startsWith("note:") ? w.id.slice("note:".length) : "built-in";
    el.createEl("small", { text: `${w.steps.length} step${w.steps.length === 1 ? "" : "s"} · ${where} · ${source}`, cls: "clientele-suggest-note" });
  }

  onChooseSuggestion(w: Workflow): void {
    this.onPick(w);
  }
}
