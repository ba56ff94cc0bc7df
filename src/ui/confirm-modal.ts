// A yes/no question before an action that changes notes.
import { Modal, type App } from "obsidian";
import { submitRow } from "./form";

export class ConfirmModal extends Modal {
  constructor(app: App, private readonly title: string, private readonly message: string, private readonly action: string, private readonly onConfirm: () => void) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(this.title);
    this.contentEl.createEl("p", { text: this.message });
    submitRow(this.contentEl, this.action, () => {
      this.close();
      this.onConfirm();
    }, () => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
