// "Health check": the four Health Matrix categories, 1 to 5, each with its warning question.
import { Modal, Setting, type App } from "obsidian";
import { CATEGORY_LABELS, computeHealth, HEALTH_CATEGORIES, WARNING_QUESTIONS } from "../core/model/health";
import type { ClientProps, HealthCategory } from "../core/model/types";
import { errorLine, submitRow } from "./form";

export interface HealthCheckInput {
  scores: Record<HealthCategory, number>;
  comment: string;
}

export class HealthCheckModal extends Modal {
  private scores: Partial<Record<HealthCategory, number>>;
  private comment = "";
  private showError: (m: string) => void = () => {};
  private preview: HTMLElement | null = null;

  constructor(app: App, private readonly client: ClientProps, private readonly weights: Record<HealthCategory, number>, private readonly onSubmit: (input: HealthCheckInput) => void) {
    super(app);
    this.scores = {};
    for (const c of HEALTH_CATEGORIES) {
      const v = client.healthInput[c];
      // The dropdown offers whole scores; a stored decimal is preselected rounded.
      if (v !== undefined) this.scores[c] = Math.min(5, Math.max(1, Math.round(v)));
    }
  }

  onOpen(): void {
    this.setTitle(`Health check: ${this.client.name}`);
    const { contentEl } = this;
    for (const c of HEALTH_CATEGORIES) {
      new Setting(contentEl)
        .setName(CATEGORY_LABELS[c])
        .setDesc(WARNING_QUESTIONS[c])
        .addDropdown((d) => {
          d.addOption("", "—");
          for (let n = 1; n <= 5; n++) d.addOption(String(n), String(n));
          d.setValue(this.scores[c] === undefined ? "" : String(this.scores[c]));
          d.onChange((v) => {
            if (v === "") delete this.scores[c];
            else this.scores[c] = Number(v);
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
    const h = computeHealth(this.scores, this.weights);
    this.preview?.setText(h.score === null ? "Score: unscored" : `Score: ${h.score} (${h.band ?? ""})${h.complete ? "" : ", incomplete"}`);
  }

  private submit(): void {
    const missing = HEALTH_CATEGORIES.filter((c) => this.scores[c] === undefined);
    if (missing.length > 0) return this.showError(`Score every category: ${missing.map((c) => CATEGORY_LABELS[c]).join(", ")}.`);
    this.close();
    this.onSubmit({ scores: this.scores as Record<HealthCategory, number>, comment: this.comment });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
