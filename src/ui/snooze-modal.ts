// "Snooze client": hide a client's due items until a day (contract section 9, `snooze_until`):
// tomorrow, in a week, in two weeks, or a day of the user's choice.
import { Modal, Setting, type App } from "obsidian";
import { addDaysToDay, isDay } from "../core/model/dates";
import type { Day } from "../core/model/types";
import { errorLine, submitRow } from "./form";

/** The quick choices, in days from today. */
export const SNOOZE_CHOICES: readonly { label: string; days: number }[] = [
  { label: "1 day", days: 1 },
  { label: "1 week", days: 7 },
  { label: "2 weeks", days: 14 },
];

export class SnoozeModal extends Modal {
  private day = "";

  constructor(app: App, private readonly clientName: string, private readonly today: Day, private readonly onSubmit: (until: Day) => void) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(`Snooze ${this.clientName}`);
    const { contentEl } = this;
    contentEl.createEl("p", { text: "Its agenda items stay hidden until the day you choose." });
    const quick = new Setting(contentEl).setName("For");
    for (const c of SNOOZE_CHOICES) quick.addButton((b) => b.setButtonText(c.label).onClick(() => this.choose(addDaysToDay(this.today, c.days))));
    new Setting(contentEl).setName("Until").addText((t) => {
      t.inputEl.type = "date";
      t.onChange((v) => (this.day = v.trim()));
    });
    const showError = errorLine(contentEl);
    submitRow(contentEl, "Snooze", () => {
      if (!isDay(this.day) || this.day <= this.today) return showError("Choose a day after today, as YYYY-MM-DD.");
      this.choose(this.day);
    }, () => this.close());
  }

  private choose(until: Day): void {
    this.close();
    this.onSubmit(until);
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
