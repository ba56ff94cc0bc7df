// "Bulk edit": which clients (a saved segment or a condition such as `stage:Active tag:retainer`),
// what to do to all of them, and a preview of who will change before anything is written.
import { Modal, Setting, type App } from "obsidian";
import { INTERACTION_TYPES, type InteractionType } from "../core/change/actions";
import type { BulkOp } from "../core/change/bulk";
import { isDay } from "../core/model/dates";
import type { ClientStatus, Day } from "../core/model/types";
import { filterBySegment, type Segment } from "../core/intel/segments";
import { errorLine, submitRow } from "./form";

type OpKind = BulkOp["kind"];
const OP_NAMES: Record<OpKind, string> = {
  move: "Move to stage",
  "add-tag": "Add a tag",
  "remove-tag": "Remove a tag",
  log: "Log one interaction for all",
  "next-action": "Set the next action",
  snooze: "Snooze until",
};
/** How many matching clients the preview names. */
const PREVIEW_NAMES = 12;

export interface BulkEditInput {
  clients: readonly ClientStatus[];
  segments: readonly Segment[];
  stages: readonly string[];
  today: Day;
  /** The clients to start from (e.g. the cards selected on the board); else a segment is asked. */
  selected?: readonly ClientStatus[];
}

export class BulkEditModal extends Modal {
  private query = "";
  private kind: OpKind = "move";
  private value = "";
  private due = "";
  private type: InteractionType = "call";
  private matched: ClientStatus[] = [];
  private previewEl: HTMLElement | null = null;
  private valueEl: HTMLElement | null = null;
  private showError: (m: string) => void = () => {};

  constructor(app: App, private readonly input: BulkEditInput, private readonly onSubmit: (clients: ClientStatus[], op: BulkOp) => void) {
    super(app);
    this.matched = input.selected ? [...input.selected] : [];
    this.value = input.stages[0] ?? "";
  }

  onOpen(): void {
    this.setTitle("Bulk edit");
    const { contentEl } = this;
    if (!this.input.selected) {
      new Setting(contentEl)
        .setName("Clients")
        .setDesc(`A saved segment (${this.input.segments.map((s) => s.name).join(", ") || "none yet"}) or a condition, e.g. stage:Active tag:retainer risk:High.`)
        .addText((t) => t.setPlaceholder("Segment or condition").onChange((v) => {
          this.query = v;
          this.refresh();
        }));
    }
    this.previewEl = contentEl.createDiv({ cls: "clientele-bulk-preview" });
    new Setting(contentEl).setName("Change").addDropdown((d) => {
      for (const k of Object.keys(OP_NAMES) as OpKind[]) d.addOption(k, OP_NAMES[k]);
      d.setValue(this.kind).onChange((v) => {
        this.kind = v as OpKind;
        this.value = this.kind === "move" ? (this.input.stages[0] ?? "") : "";
        this.drawValue();
      });
    });
    this.valueEl = contentEl.createDiv();
    this.drawValue();
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Apply", () => this.submit(), () => this.close());
    this.refresh();
  }

  /** The fields the chosen change needs. */
  private drawValue(): void {
    const el = this.valueEl;
    if (!el) return;
    el.empty();
    if (this.kind === "move") {
      new Setting(el).setName("Stage").addDropdown((d) => {
        for (const s of this.input.stages) d.addOption(s, s);
        d.setValue(this.value).onChange((v) => (this.value = v));
      });
    } else if (this.kind === "add-tag" || this.kind === "remove-tag") {
      new Setting(el).setName("Tag").addText((t) => t.setPlaceholder("Tag").onChange((v) => (this.value = v)));
    } else if (this.kind === "log") {
      new Setting(el).setName("Type").addDropdown((d) => {
        for (const t of INTERACTION_TYPES) d.addOption(t, t);
        d.setValue(this.type).onChange((v) => (this.type = v as InteractionType));
      });
      new Setting(el).setName("Summary").addText((t) => t.onChange((v) => (this.value = v)));
    } else if (this.kind === "next-action") {
      new Setting(el).setName("Next action").addText((t) => t.onChange((v) => (this.value = v)));
      this.dayField(el, "Due", (v) => (this.due = v));
    } else {
      this.dayField(el, "Until", (v) => (this.value = v));
    }
  }

  private dayField(el: HTMLElement, name: string, set: (v: string) => void): void {
    new Setting(el).setName(name).addText((t) => {
      t.inputEl.type = "date";
      t.onChange(set);
    });
  }

  /** The clients the query matches, named in the preview. */
  private refresh(): void {
    if (!this.input.selected) {
      const found = this.query.trim() === "" ? [] : filterBySegment(this.input.clients, this.query, this.input.segments);
      this.matched = Array.isArray(found) ? found : [];
      if (!Array.isArray(found)) this.showError(found.problem);
      else this.showError("");
    }
    const el = this.previewEl;
    if (!el) return;
    el.empty();
    const n = this.matched.length;
    el.createEl("p", { text: n === 0 ? "No client matches yet." : `${n === 1 ? "1 client" : `${n} clients`}: ${this.names()}` });
  }

  private names(): string {
    const names = this.matched.slice(0, PREVIEW_NAMES).map((c) => c.client.name);
    const more = this.matched.length - names.length;
    return names.join(", ") + (more > 0 ? ` and ${more} more` : "");
  }

  private op(): BulkOp | string {
    const value = this.value.trim();
    switch (this.kind) {
      case "move": return value === "" ? "Choose a stage." : { kind: "move", stage: value };
      case "add-tag":
      case "remove-tag": return value === "" ? "Write the tag." : { kind: this.kind, tag: value };
      case "log": return value === "" ? "Write a short summary." : { kind: "log", interaction: { type: this.type, date: this.input.today, summary: value, followUp: null } };
      case "next-action": {
        const due = this.due.trim();
        if (value === "") return "Write the next action.";
        return due !== "" && !isDay(due) ? "The due date must be a day as YYYY-MM-DD, or empty." : { kind: "next-action", text: value, due: due === "" ? null : due };
      }
      case "snooze": return isDay(value) ? { kind: "snooze", until: value } : "The day must be a day as YYYY-MM-DD.";
    }
  }

  private submit(): void {
    if (this.matched.length === 0) return this.showError("No client matches: write a segment or a condition.");
    const op = this.op();
    if (typeof op === "string") return this.showError(op);
    this.close();
    this.onSubmit(this.matched, op);
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
