// "New client": company name, stage and engagement model.
import { Modal, Setting, type App } from "obsidian";
import type { NewClientInput } from "../core/create/new-client";
import { errorLine, submitRow } from "./form";

export const ENGAGEMENTS = ["Subscription", "Fixed Fee", "Retainer"];

export class NewClientModal extends Modal {
  private input: NewClientInput;

  /** `stage`: the stage chosen at first (a board column's "+"); the first stage when absent or not one of `stages`. */
  constructor(app: App, private readonly stages: string[], private readonly onSubmit: (input: NewClientInput) => Promise<string | null>, stage?: string | null) {
    super(app);
    const first = stage ? stages.find((s) => s.toLowerCase() === stage.toLowerCase()) : undefined;
    this.input = { company: "", stage: first ?? stages[0] ?? "Discovery", engagement: ENGAGEMENTS[0] as string };
  }

  onOpen(): void {
    this.setTitle("New client");
    const { contentEl } = this;
    new Setting(contentEl).setName("Company").addText((t) => {
      t.setPlaceholder("Company name").onChange((v) => (this.input.company = v));
      t.inputEl.addEventListener("keydown", (e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          void this.submit();
        }
      });
    });
    new Setting(contentEl).setName("Stage").addDropdown((d) => {
      for (const s of this.stages) d.addOption(s, s);
      d.setValue(this.input.stage).onChange((v) => (this.input.stage = v));
    });
    new Setting(contentEl).setName("Engagement model").addDropdown((d) => {
      for (const e of ENGAGEMENTS) d.addOption(e, e);
      d.setValue(this.input.engagement).onChange((v) => (this.input.engagement = v));
    });
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Create", () => void this.submit(), () => this.close());
  }

  private showError: (m: string) => void = () => {};

  private async submit(): Promise<void> {
    if (this.input.company.trim() === "") return this.showError("Enter the company name.");
    const problem = await this.onSubmit({ ...this.input });
    if (problem) this.showError(problem);
    else this.close();
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** Offers to open a note that already exists instead of overwriting it. */
export class OpenExistingModal extends Modal {
  constructor(app: App, private readonly message: string, private readonly onOpenNote: () => void) {
    super(app);
  }

  onOpen(): void {
    this.setTitle("Note already exists");
    this.contentEl.createEl("p", { text: this.message });
    submitRow(this.contentEl, "Open it", () => {
      this.close();
      this.onOpenNote();
    }, () => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
