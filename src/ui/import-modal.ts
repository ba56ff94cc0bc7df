// "Import from CSV / vCard": the file's columns and the property each fills (CSV only), a preview of
// the notes the import creates and of every row left out with its reason, then the import itself
// when the user confirms, and what it did. The plan comes from the command; this only draws it.
import { Modal, Setting, SuggestModal, type App, type TFile } from "obsidian";
import type { ImportPlan } from "../core/import/plan-import";
import { FuzzyPicks } from "./fuzzy";

/** The dropdown values that are no property. */
export const KEEP_IMPORTED = "imported";
export const IGNORE = "ignore";

export interface ImportChoice {
  /** Header as written -> field key, or null: the values go under the note's "Imported" section. */
  mapping: Record<string, string | null>;
  /** The columns (0-based) left out altogether. */
  ignored: number[];
}

export interface ImportColumn {
  /** The header as written (the mapping's key). */
  header: string;
  /** How the column is named in the form. */
  name: string;
  /** The guessed property's key, or null for the Imported section. */
  guess: string | null;
}

export interface ImportOutcome {
  created: number;
  skipped: number;
  /** Notes not written at import time (a note appeared there meanwhile, a write failed). */
  failed: { path: string; message: string }[];
}

/** What a file can be imported as: the notes made, the columns and the properties they may fill. */
export interface ImportKind {
  /** "client" or "contact": the kind of note created. */
  noun: string;
  /** CSV columns to map; empty for a vCard. */
  columns: ImportColumn[];
  /** The properties a column may fill. */
  fields: readonly { key: string; label: string }[];
  preview(choice: ImportChoice): ImportPlan;
}

export interface ImportModalOptions extends ImportKind {
  fileName: string;
  /** Other kinds the file can be imported as (a CSV file: contacts), offered in a dropdown. */
  alternatives?: readonly ImportKind[];
  confirm(plan: ImportPlan, noun: string): Promise<ImportOutcome>;
}

/** How many created notes the preview lists by name. */
export const PREVIEW_ROWS = 5;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export class ImportModal extends Modal {
  private values: string[];
  /** The kind chosen: the options themselves or one of their alternatives. */
  kind: ImportKind;
  private previewEl: HTMLElement | null = null;
  private plan: ImportPlan | null = null;
  private busy = false;

  constructor(app: App, readonly opts: ImportModalOptions) {
    super(app);
    this.modalEl.addClass("clientele-modal");
    this.kind = opts;
    this.values = opts.columns.map((c) => c.guess ?? KEEP_IMPORTED);
  }

  private kinds(): readonly ImportKind[] {
    return [this.opts, ...(this.opts.alternatives ?? [])];
  }

  /** Switches to the kind making `noun` notes, its columns as guessed. */
  chooseKind(noun: string): void {
    const kind = this.kinds().find((k) => k.noun === noun);
    if (!kind) return;
    this.kind = kind;
    this.values = kind.columns.map((c) => c.guess ?? KEEP_IMPORTED);
    this.setTitle(`Import ${kind.noun}s from ${this.opts.fileName}`);
    this.draw();
  }

  onOpen(): void {
    this.setTitle(`Import ${this.kind.noun}s from ${this.opts.fileName}`);
    this.draw();
  }

  onClose(): void {
    this.contentEl.empty();
  }

  /** What the form says now. */
  choice(): ImportChoice {
    const mapping: Record<string, string | null> = {};
    const ignored: number[] = [];
    this.kind.columns.forEach((c, i) => {
      const v = this.values[i] ?? KEEP_IMPORTED;
      if (v === IGNORE) ignored.push(i);
      else mapping[c.header] = v === KEEP_IMPORTED ? null : v;
    });
    return { mapping, ignored };
  }

  private draw(): void {
    const { contentEl } = this;
    contentEl.empty();
    if (this.kinds().length > 1) {
      new Setting(contentEl).setName("Import as").setDesc("The kind of note each row becomes.").addDropdown((d) => {
        for (const k of this.kinds()) d.addOption(k.noun, `${k.noun[0]?.toUpperCase() ?? ""}${k.noun.slice(1)}s`);
        d.setValue(this.kind.noun).onChange((v) => this.chooseKind(v));
      });
    }
    if (this.kind.columns.length > 0) {
      new Setting(contentEl).setName("Columns").setDesc("The property each column fills. Values that fit no property are kept in a list at the end of the note.").setHeading();
      this.kind.columns.forEach((c, i) => {
        new Setting(contentEl).setName(c.name).addDropdown((d) => {
          d.addOption(KEEP_IMPORTED, "Keep in the note's list");
          d.addOption(IGNORE, "Ignore");
          for (const f of this.kind.fields) d.addOption(f.key, f.label);
          d.setValue(this.values[i] ?? KEEP_IMPORTED).onChange((v) => {
            this.values[i] = v;
            this.drawPreview();
          });
        });
      });
    }
    new Setting(contentEl).setName("Preview").setHeading();
    this.previewEl = contentEl.createDiv({ cls: "clientele-import-preview" });
    this.drawPreview();
  }

  private drawPreview(): void {
    const el = this.previewEl;
    if (!el) return;
    el.empty();
    const plan = this.kind.preview(this.choice());
    this.plan = plan;
    const skipped = plan.problems.filter((p) => p.skipped);
    const notes = plan.problems.filter((p) => !p.skipped);
    el.createEl("p", { text: `Creates ${count(plan.created.length, this.kind.noun)} (${count(plan.notes.length, "note")}); skips ${count(new Set(skipped.filter((p) => p.row !== null).map((p) => p.row)).size, "row")}.`, cls: "clientele-import-summary" });
    if (plan.created.length > 0) {
      el.createEl("p", { text: plan.created.length > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS}:` : "Notes:" });
      const list = el.createEl("ul", { cls: "clientele-import-created" });
      for (const c of plan.created.slice(0, PREVIEW_ROWS)) list.createEl("li", { text: `${c.id ? `${c.id} ` : ""}${c.path} (line ${c.line})` });
    }
    this.list(el, "Skipped", skipped.map((p) => p.message), "clientele-import-skipped");
    this.list(el, "Kept under Imported", notes.map((p) => p.message), "clientele-import-notes");
    new Setting(el)
      .addButton((b) => b.setButtonText(`Import ${count(plan.created.length, this.kind.noun)}`).setCta().setDisabled(plan.created.length === 0).onClick(() => void this.run()))
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
  }

  private list(el: HTMLElement, title: string, items: string[], cls: string): void {
    if (items.length === 0) return;
    el.createEl("p", { text: `${title} (${items.length}):` });
    const ul = el.createEl("ul", { cls });
    for (const text of items) ul.createEl("li", { text });
  }

  private async run(): Promise<void> {
    const plan = this.plan;
    if (!plan || this.busy) return;
    this.busy = true;
    const { contentEl } = this;
    let outcome: ImportOutcome;
    try {
      outcome = await this.opts.confirm(plan, this.kind.noun);
    } catch (e) {
      this.busy = false;
      contentEl.createEl("p", { text: `Could not import: ${e instanceof Error ? e.message : String(e)}`, cls: "clientele-form-error" });
      return;
    }
    contentEl.empty();
    contentEl.createEl("p", { text: `Imported ${count(outcome.created, this.kind.noun)}; skipped ${count(outcome.skipped, "row")}.`, cls: "clientele-import-summary" });
    this.list(contentEl, "Skipped", plan.problems.filter((p) => p.skipped).map((p) => p.message), "clientele-import-skipped");
    this.list(contentEl, "Not written", outcome.failed.map((f) => `${f.path}: ${f.message}`), "clientele-import-failed");
    new Setting(contentEl).addButton((b) => b.setButtonText("Done").setCta().onClick(() => this.close()));
  }
}

/** Picks a file of the vault (a .csv or .vcf file to import). */
export class ImportFileSuggest extends SuggestModal<TFile> {
  private readonly picks = new FuzzyPicks<TFile>();

  constructor(app: App, private readonly files: TFile[], placeholder: string, private readonly onPick: (file: TFile) => void) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No file matches.";
  }

  getSuggestions(query: string): TFile[] {
    return this.picks.rank(this.files, query, (f) => [f.basename, f.path]);
  }

  renderSuggestion(file: TFile, el: HTMLElement): void {
    this.picks.render(el.createDiv({ cls: "clientele-suggest-title" }), file, 0, file.basename);
    this.picks.render(el.createEl("small", { cls: "clientele-suggest-note" }), file, 1, file.path);
  }

  onChooseSuggestion(file: TFile): void {
    this.onPick(file);
  }
}
