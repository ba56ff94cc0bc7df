// The settings tab's "Health matrix" section (issue 13, item 4): a preset, then one row per
// category (its label, warning question and weight, moved up or down or removed), then a row to add
// one. Notes are never changed here: a removed category's property stays in the notes, unscored.
import type { Setting } from "obsidian";
import {
  copyMatrix, healthIdFrom, healthKey, HEALTH_PRESETS, MAX_HEALTH_CATEGORIES, MAX_HEALTH_LABEL, MAX_HEALTH_QUESTION, presetOf, type HealthCategoryDef,
} from "../core/model/health-matrix";
import { cleanHealthText, isHealthWeight } from "../core/model/health-settings";
import type { ClienteleSettings } from "../core/model/settings";
import type { SettingRow } from "./settings-records";

/** Saves the patch; `redraw` when rows come or go. */
type Save = (patch: Partial<ClienteleSettings>, redraw?: boolean) => Promise<void>;

function errorOf(setting: Setting): (message: string) => void {
  const el = setting.descEl.createDiv({ cls: "clientele-setting-error" });
  return (message) => el.setText(message);
}

/** The matrix with category `i` replaced by what `change` makes of a copy of it. */
function withCategory(matrix: readonly HealthCategoryDef[], i: number, change: (c: HealthCategoryDef) => void): HealthCategoryDef[] {
  const next = copyMatrix(matrix);
  const c = next[i];
  if (c !== undefined) change(c);
  return next;
}

function moved(matrix: readonly HealthCategoryDef[], i: number, by: -1 | 1): HealthCategoryDef[] {
  const next = copyMatrix(matrix);
  const j = i + by;
  const a = next[i];
  const b = next[j];
  if (a === undefined || b === undefined) return next;
  next[i] = b;
  next[j] = a;
  return next;
}

function presetRow(current: () => ClienteleSettings, save: Save): SettingRow {
  return { name: "Health matrix", desc: "The categories a health check scores, 1 to 5 each. A preset replaces the list below; your notes are not changed.", render: (setting) => {
    setting.addDropdown((d) => {
      for (const p of HEALTH_PRESETS) d.addOption(p.id, p.name);
      d.addOption("custom", "Your own categories");
      d.setValue(presetOf(current().healthMatrix)?.id ?? "custom");
      d.onChange((v) => {
        const preset = HEALTH_PRESETS.find((p) => p.id === v);
        if (preset) void save({ healthMatrix: copyMatrix(preset.matrix) }, true);
      });
    });
  } };
}

function categoryRow(current: () => ClienteleSettings, save: Save, c: HealthCategoryDef, i: number, count: number): SettingRow {
  return { name: c.label, desc: `Property ${healthKey(c.id)}. Label, warning question and weight (0 to 100; 0 leaves it out of the score).`, render: (setting) => {
    setting.settingEl.addClass("clientele-health-category");
    const show = errorOf(setting);
    const update = async (change: (x: HealthCategoryDef) => void) => save({ healthMatrix: withCategory(current().healthMatrix, i, change) });
    setting.addText((t) => {
      t.setValue(c.label);
      t.inputEl.addClass("clientele-health-label");
      t.inputEl.setAttr("aria-label", `Label of ${healthKey(c.id)}`);
      t.onChange(async (v) => {
        const label = cleanHealthText(v, MAX_HEALTH_LABEL);
        show(label === "" ? "Not saved: the label is empty." : "");
        if (label !== "") await update((x) => (x.label = label));
      });
    });
    setting.addText((t) => {
      t.setValue(c.question);
      t.inputEl.addClass("clientele-health-question");
      t.inputEl.setAttr("aria-label", `Question of ${healthKey(c.id)}`);
      t.onChange(async (v) => update((x) => (x.question = cleanHealthText(v, MAX_HEALTH_QUESTION))));
    });
    setting.addText((t) => {
      t.inputEl.type = "number";
      t.setValue(String(c.weight));
      t.inputEl.addClass("clientele-health-weight");
      t.inputEl.setAttr("aria-label", `Weight of ${healthKey(c.id)}`);
      t.onChange(async (v) => {
        const n = Number(v);
        const ok = v.trim() !== "" && isHealthWeight(n);
        show(ok ? "" : "Not saved: enter a weight from 0 to 100.");
        if (ok) await update((x) => (x.weight = n));
      });
    });
    setting.addExtraButton((b) => b.setIcon("arrow-up").setTooltip("Move up").setDisabled(i === 0).onClick(() => void save({ healthMatrix: moved(current().healthMatrix, i, -1) }, true)));
    setting.addExtraButton((b) => b.setIcon("arrow-down").setTooltip("Move down").setDisabled(i === count - 1).onClick(() => void save({ healthMatrix: moved(current().healthMatrix, i, 1) }, true)));
    setting.addExtraButton((b) => b.setIcon("trash").setTooltip("Remove").setDisabled(count <= 1).onClick(() => {
      const next = current().healthMatrix.filter((_, j) => j !== i);
      if (next.length > 0) void save({ healthMatrix: copyMatrix(next) }, true);
    }));
  } };
}

/** Why a new category named `label` cannot be added, or the id and label it gets. */
export function newCategoryProblem(matrix: readonly HealthCategoryDef[], label: string): { problem: string } | { id: string; label: string } {
  const name = cleanHealthText(label, MAX_HEALTH_LABEL);
  const id = healthIdFrom(name);
  if (id === "") return { problem: "Not saved: the name needs a letter or a digit." };
  if (matrix.some((c) => c.id === id)) return { problem: `Not saved: ${healthKey(id)} is already a category.` };
  if (matrix.length >= MAX_HEALTH_CATEGORIES) return { problem: `Not saved: at most ${MAX_HEALTH_CATEGORIES} categories.` };
  return { id, label: name };
}

function addRow(current: () => ClienteleSettings, save: Save): SettingRow {
  let label = "";
  return { name: "Add a category", desc: "Its property is health_ and the name in lowercase, e.g. Relationship depth is health_relationship_depth. A removed category's property stays in your notes, unscored.", render: (setting) => {
    const show = errorOf(setting);
    setting.addText((t) => {
      t.setPlaceholder("Category name");
      t.inputEl.setAttr("aria-label", "New category name");
      t.onChange((v) => (label = v));
    });
    setting.addButton((b) => b.setButtonText("Add").onClick(() => {
      const matrix = current().healthMatrix;
      const made = newCategoryProblem(matrix, label);
      if ("problem" in made) return show(made.problem);
      show("");
      void save({ healthMatrix: [...copyMatrix(matrix), { id: made.id, label: made.label, question: "", weight: 1 }] }, true);
    }));
  } };
}

/** The section's rows, drawn by display() before Obsidian 1.13 and as definitions from 1.13 on. */
export function healthRows(current: () => ClienteleSettings, save: Save): SettingRow[] {
  const matrix = current().healthMatrix;
  return [presetRow(current, save), ...matrix.map((c, i) => categoryRow(current, save, c, i, matrix.length)), addRow(current, save)];
}
