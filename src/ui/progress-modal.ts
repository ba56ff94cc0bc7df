// "Progress report": the period to report on, as two days (the first day defaults to the day
// after the last report for the client, the last day to today).
import { Modal, Setting, type App } from "obsidian";
import { progressPeriodProblem } from "../core/report/progress";
import type { Day } from "../core/model/types";
import { errorLine, submitRow } from "./form";

export interface ProgressPeriod {
  from: Day;
  to: Day;
}

export class ProgressModal extends Modal {
  private from: string;
  private to: string;
  private showError: (m: string) => void = () => {};
  private submitted = false;

  /** `onCancel`: the form was closed without a period. */
  constructor(
    app: App,
    private readonly clientName: string,
    period: ProgressPeriod,
    private readonly today: Day,
    private readonly onSubmit: (p: ProgressPeriod) => void,
    private readonly onCancel: () => void = () => {},
  ) {
    super(app);
    this.from = period.from;
    this.to = period.to;
  }

  onOpen(): void {
    this.setTitle(`Progress report for ${this.clientName}`);
    const { contentEl } = this;
    new Setting(contentEl).setName("From").setDesc("The first day of the period.").addText((t) => {
      t.inputEl.type = "date";
      t.setValue(this.from).onChange((v) => (this.from = v));
    });
    new Setting(contentEl).setName("To").setDesc("The last day of the period.").addText((t) => {
      t.inputEl.type = "date";
      t.setValue(this.to).onChange((v) => (this.to = v));
    });
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Create", () => this.submit(), () => this.close());
  }

  private submit(): void {
    const problem = progressPeriodProblem(this.from, this.to, this.today);
    if (problem !== null) return this.showError(problem);
    this.submitted = true;
    this.close();
    this.onSubmit({ from: this.from.trim(), to: this.to.trim() });
  }

  onClose(): void {
    this.contentEl.empty();
    if (!this.submitted) this.onCancel();
  }
}
