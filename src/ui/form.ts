// Small helpers shared by the modals' forms.
import { Setting } from "obsidian";
import { isDay } from "../core/model/dates";

/** A submit row with a primary button and a cancel button. Marks the window as Clientele's (phone styles). */
export function submitRow(container: HTMLElement, label: string, onSubmit: () => void, onCancel: () => void): Setting {
  container.closest(".modal")?.addClass("clientele-modal");
  return new Setting(container)
    .addButton((b) => b.setButtonText(label).setCta().onClick(onSubmit))
    .addButton((b) => b.setButtonText("Cancel").onClick(onCancel));
}

/** A message line under a form, for validation errors. */
export function errorLine(container: HTMLElement): (message: string) => void {
  const el = container.createDiv({ cls: "clientele-form-error" });
  el.setAttr("role", "alert");
  return (message: string) => el.setText(message);
}

export function validDayOrEmpty(s: string): boolean {
  return s.trim() === "" || isDay(s.trim());
}
