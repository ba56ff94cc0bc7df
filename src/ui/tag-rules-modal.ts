// "Apply tag rules": the preview of every tag each client would gain or lose; nothing is written
// until the user applies it.
import { Modal, type App } from "obsidian";
import type { TagChange } from "../core/intel/tag-rules";
import { submitRow } from "./form";

/** A change in words: "+vip −dormant". */
export function tagChangeText(change: TagChange): string {
  return [...change.add.map((t) => `+${t}`), ...change.remove.map((t) => `−${t}`)].join(" ");
}

export class TagRulesModal extends Modal {
  constructor(app: App, private readonly changes: readonly TagChange[], private readonly onApply: () => void) {
    super(app);
  }

  onOpen(): void {
    const n = this.changes.length;
    this.setTitle("Apply tag rules");
    const { contentEl } = this;
    contentEl.createEl("p", { text: `${n === 1 ? "1 client" : `${n} clients`} would change. Undo restores them all with "Undo last change".` });
    const list = contentEl.createEl("ul", { cls: "clientele-tag-preview" });
    for (const c of this.changes) {
      const li = list.createEl("li");
      li.createSpan({ cls: "clientele-tag-preview-name", text: `${c.name}: ` });
      li.createSpan({ text: tagChangeText(c) });
    }
    submitRow(contentEl, `Apply to ${n === 1 ? "1 client" : `${n} clients`}`, () => {
      this.close();
      this.onApply();
    }, () => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
