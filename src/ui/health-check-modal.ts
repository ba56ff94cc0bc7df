// "Health check": the configured Health Matrix categories, 1 to 5, each with its warning question.
import { Modal, Setting, type App } from "obsidian";
import { computeHealth } from "../core/model/health";
import type { HealthMatrix } from "../core/model/health-matrix";
import type { ClientProps, HealthCategory } from "../core/model/types";
import { errorLine, submitRow } from "./form";

export interface HealthCheckInput {
  scores: Record<HealthCategory, number>;
  comment: string;
}

export class HealthCheckModal extends Modal {
  private scores: Record<HealthCategory, number>;
  private comment = "";
  private showError: (m: string) => void = () => {};
  private preview: HTMLElement | null = null;

  /** `matrix`: the categories of the settings, in order. */
  constructor(app: App, private readonly client: ClientProps, private readonly matrix: HealthMatrix, private readonly onSubmit: (input: HealthCheckInput) => void) {
    super(app);
    this.scores = {};
    for (const c of matrix) {
      const v = client.healthInput[c.id];
      // The dropdown offers whole scores; a stored decimal is preselected rounded.
      if (v !== undefined) this.scores[c.id] = Math.min(5, Math.max(1, Math.round(v)));
    }
  }

  onOpen(): void {
    this.setTitle(`Health check: ${this.client.name}`);
    const { contentEl } = this;
    for (const c of this.matrix) {
      new Setting(contentEl)
        .setName(c.label)
        .setDesc(c.question)
        .addDropdown((d) => {
          d.addOption("", "—");
          for (let n = 1; n <= 5; n++) d.addOption(String(n), String(n));
          d.setValue(this.scores[c.id] === undefined ? "" : String(this.scores[c.id]));
          d.onChange((v) => {
            if (v === "") delete this.scores[c.id];
            else this.scores[c.id] = Number(v);
            this.updatePreview();
          });
        });
    }
    new Setting(contentEl).setName("Comment").addTextArea((t) => t.setPlaceholder("What changed since the last check?").onChange((v) => (this.comment = v)));
    this.preview = contentEl.createDiv({ cls: "clientele-health-preview" });
    this.updatePreview();
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Save health check", () => this.submit(), () => this.close());
  }

  private updatePreview(): void {
    const h = computeHealth(this.scores, this.matrix);
    this.preview?.setText(h.score === null ? "Score: unscored" : `Score: ${h.score} (${h.band ?? ""})${h.complete ? "" : ", incomplete"}`);
  }

  private submit(): void {
    const missing = this.matrix.filter((c) => this.scores[c.id] === undefined);
    if (missing.length > 0) return this.showError(`Score every category: ${missing.map((c) => c.label).join(", ")}.`);
    this.close();
    this.onSubmit({ scores: { ...this.scores }, comment: this.comment });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
