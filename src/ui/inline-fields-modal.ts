// "Move inline fields to properties": the preview of every inline field found, per note, with what
// the move would do to it (new, replaces, conflict, skipped). Nothing is written until the user
// confirms; then exactly the previewed notes are written, in one undoable change.
import { Modal, Setting, type App } from "obsidian";
import { describeMove, moves, type InlineNotePlan } from "../core/change/inline-move";
import { submitRow } from "./form";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The notes of `plans` the move would change (at least one field leaves the body). */
export function notesToMove(plans: readonly InlineNotePlan[]): InlineNotePlan[] {
  return plans.filter((p) => p.problem === null && p.moves.some(moves));
}

export class InlineFieldsModal extends Modal {
  constructor(app: App, private readonly plans: readonly InlineNotePlan[], private readonly onConfirm: (plans: InlineNotePlan[]) => void) {
    super(app);
  }

  onOpen(): void {
    this.setTitle("Move inline fields to properties");
    const { contentEl } = this;
    const writing = notesToMove(this.plans);
    const fields = writing.reduce((n, p) => n + p.moves.filter(moves).length, 0);
    contentEl.createEl("p", {
      cls: "clientele-inline-summary",
      text: writing.length === 0
        ? "No inline field can be moved; the fields found are listed with the reason."
        : `Moves ${count(fields, "field")} in ${count(writing.length, "note")} into their properties and removes them from the text. "Undo last change" restores every note.`,
    });
    const list = contentEl.createDiv({ cls: "clientele-inline-preview" });
    for (const plan of this.plans) {
      const section = list.createDiv({ cls: "clientele-inline-note" });
      section.createEl("strong", { text: plan.path });
      if (plan.problem !== null) {
        section.createEl("p", { cls: "clientele-form-error", text: `Left alone: ${plan.problem}.` });
        continue;
      }
      const ul = section.createEl("ul");
      for (const m of plan.moves) {
        const li = ul.createEl("li", { cls: moves(m) ? "clientele-inline-move" : "clientele-inline-skip" });
        li.createEl("code", { text: m.key });
        li.appendText(`: ${m.written} (line ${m.line}): ${describeMove(m)}`);
      }
    }
    if (writing.length === 0) {
      new Setting(contentEl).addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
      return;
    }
    submitRow(contentEl, `Move ${count(fields, "field")}`, () => {
      this.close();
      this.onConfirm(writing);
    }, () => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
