// Pick a client note: used by commands when the active note is not a client.
import { SuggestModal, type App } from "obsidian";
import type { ClientStatus } from "../core/model/types";
import { FuzzyPicks } from "./fuzzy";

const clientTexts = (c: ClientStatus) => [c.client.name, c.client.id ?? ""];

export class ClientSuggestModal extends SuggestModal<ClientStatus> {
  protected readonly picks = new FuzzyPicks<ClientStatus>();

  constructor(app: App, private readonly clients: ClientStatus[], placeholder: string, private readonly onPick: (c: ClientStatus) => void) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No client notes match.";
  }

  getSuggestions(query: string): ClientStatus[] {
    return this.picks.rank(this.clients, query, clientTexts);
  }

  renderSuggestion(c: ClientStatus, el: HTMLElement): void {
    this.picks.render(el.createDiv({ cls: "clientele-suggest-title" }), c, 0, c.client.name);
    const note = el.createEl("small", { cls: "clientele-suggest-note" });
    if (c.client.id) {
      this.picks.render(note.createSpan(), c, 1, c.client.id);
      note.appendText(" · ");
    }
    note.appendText([c.client.stage ?? "No stage", c.health.score === null ? "Unscored" : `Health ${c.health.score} (${c.health.band ?? ""})`].join(" · "));
  }

  onChooseSuggestion(c: ClientStatus): void {
    this.onPick(c);
  }
}

/** The at-risk list: each client with its reasons; choosing one opens it. */
export class AtRiskSuggestModal extends ClientSuggestModal {
  renderSuggestion(c: ClientStatus, el: HTMLElement): void {
    this.picks.render(el.createDiv({ cls: "clientele-suggest-title" }), c, 0, c.client.name);
    el.createEl("small", { text: c.reasons.join(" · "), cls: "clientele-suggest-note" });
  }
}

export class StageSuggestModal extends SuggestModal<string> {
  private readonly picks = new FuzzyPicks<string>();

  constructor(app: App, private readonly stages: string[], private readonly current: string | null, private readonly onPick: (stage: string) => void) {
    super(app);
    this.setPlaceholder(current ? `Move from ${current} to…` : "Move to stage…");
  }

  getSuggestions(query: string): string[] {
    return this.picks.rank(this.stages, query, (s) => [s]);
  }

  renderSuggestion(stage: string, el: HTMLElement): void {
    this.picks.render(el.createSpan(), stage, 0, stage);
    if (stage === this.current) el.createEl("small", { text: "Current stage", cls: "clientele-suggest-note" });
  }

  onChooseSuggestion(stage: string): void {
    this.onPick(stage);
  }
}
