// Pick a workflow to insert: the built-in ones and those of the workflows folder.
import { SuggestModal, type App } from "obsidian";
import type { Workflow } from "../core/create/workflows";

export class WorkflowSuggestModal extends SuggestModal<Workflow> {
  constructor(app: App, private readonly workflows: readonly Workflow[], placeholder: string, private readonly onPick: (w: Workflow) => void) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No workflow matches.";
  }

  getSuggestions(query: string): Workflow[] {
    const q = query.trim().toLowerCase();
    return this.workflows.filter((w) => q === "" || w.name.toLowerCase().includes(q));
  }

  renderSuggestion(w: Workflow, el: HTMLElement): void {
    el.createDiv({ text: w.name, cls: "clientele-suggest-title" });
    const where = w.target === "note" ? "new note" : "checklist in the client note";
    const source = w.id.startsWith("note:") ? w.id.slice("note:".length) : "built-in";
    el.createEl("small", { text: `${w.steps.length} step${w.steps.length === 1 ? "" : "s"} · ${where} · ${source}`, cls: "clientele-suggest-note" });
  }

  onChooseSuggestion(w: Workflow): void {
    this.onPick(w);
  }
}
