// Pick a client note: used by commands when the active note is not a client.
import { SuggestModal, type App } from "obsidian";
import type { ClientStatus } from "../core/model/types";

export class ClientSuggestModal extends SuggestModal<ClientStatus> {
  constructor(app: App, private readonly clients: ClientStatus[], placeholder: string, private readonly onPick: (c: ClientStatus) => void) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No client notes match.";
  }

  getSuggestions(query: string): ClientStatus[] {
    const q = query.trim().toLowerCase();
    return this.clients.filter((c) => q === "" || c.client.name.toLowerCase().includes(q) || (c.client.id ?? "").toLowerCase().includes(q));
  }

  renderSuggestion(c: ClientStatus, el: HTMLElement): void {
    el.createDiv({ text: c.client.name, cls: "clientele-suggest-title" });
    const bits = [c.client.id, c.client.stage ?? "No stage", c.health.score === null ? "Unscored" : `Health ${c.health.score} (${c.health.band ?? ""})`];
    el.createEl("small", { text: bits.filter(Boolean).join(" · "), cls: "clientele-suggest-note" });
  }

  onChooseSuggestion(c: ClientStatus): void {
    this.onPick(c);
  }
}

/** The at-risk list: each client with its reasons; choosing one opens it. */
export class AtRiskSuggestModal extends ClientSuggestModal {
  renderSuggestion(c: ClientStatus, el: HTMLElement): void {
    el.createDiv({ text: c.client.name, cls: "clientele-suggest-title" });
    el.createEl("small", { text: c.reasons.join(" · "), cls: "clientele-suggest-note" });
  }
}

export class StageSuggestModal extends SuggestModal<string> {
  constructor(app: App, private readonly stages: string[], private readonly current: string | null, private readonly onPick: (stage: string) => void) {
    super(app);
    this.setPlaceholder(current ? `Move from ${current} to…` : "Move to stage…");
  }

  getSuggestions(query: string): string[] {
    const q = query.trim().toLowerCase();
    return this.stages.filter((s) => s.toLowerCase().includes(q));
  }

  renderSuggestion(stage: string, el: HTMLElement): void {
    el.createSpan({ text: stage });
    if (stage === this.current) el.createEl("small", { text: "Current stage", cls: "clientele-suggest-note" });
  }

  onChooseSuggestion(stage: string): void {
    this.onPick(stage);
  }
}
