// "Log interaction": type, date, summary and an optional follow-up date.
import { Modal, Setting, type App } from "obsidian";
import { INTERACTION_TYPES, type Interaction, type InteractionType } from "../core/change/actions";
import type { Day } from "../core/model/types";
import { errorLine, submitRow, validDayOrEmpty } from "./form";

export class LogInteractionModal extends Modal {
  private type: InteractionType = "call";
  private date: string;
  private summary = "";
  private followUp = "";
  private showError: (m: string) => void = () => {};

  constructor(app: App, private readonly clientName: string, today: Day, private readonly onSubmit: (i: Interaction) => void) {
    super(app);
    this.date = today;
  }

  onOpen(): void {
    this.setTitle(`Log interaction with ${this.clientName}`);
    const { contentEl } = this;
    new Setting(contentEl).setName("Type").addDropdown((d) => {
      for (const t of INTERACTION_TYPES) d.addOption(t, t[0]?.toUpperCase() + t.slice(1));
      d.setValue(this.type).onChange((v) => (this.type = v as InteractionType));
    });
    new Setting(contentEl).setName("Date").setDesc("The day it happened.").addText((t) => {
      t.inputEl.type = "date";
      t.setValue(this.date).onChange((v) => (this.date = v));
    });
    new Setting(contentEl).setName("Summary").addTextArea((t) => {
      t.setPlaceholder("What was said, what was agreed").onChange((v) => (this.summary = v));
    });
    new Setting(contentEl).setName("Follow-up date").setDesc("Optional; sets the next action's due date").addText((t) => {
      t.inputEl.type = "date";
      t.onChange((v) => (this.followUp = v));
    });
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Log", () => this.submit(), () => this.close());
  }

  private submit(): void {
    const date = this.date.trim();
    if (!validDayOrEmpty(date) || date === "") return this.showError("The date must be a day as YYYY-MM-DD.");
    if (!validDayOrEmpty(this.followUp)) return this.showError("The follow-up date must be a day as YYYY-MM-DD, or empty.");
    if (this.summary.trim() === "") return this.showError("Write a short summary.");
    this.close();
    this.onSubmit({ type: this.type, date, summary: this.summary, followUp: this.followUp.trim() || null });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
