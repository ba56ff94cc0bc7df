// The settings tab's "Records" section: the folder and template "New record" uses for each kind.
import type { Setting } from "obsidian";
import { RECORD_FOLDER_NAMES } from "../core/model/record-settings";
import { pathProblem, type ClienteleSettings } from "../core/model/settings";
import { KIND_WORDS, RECORD_KINDS } from "../core/records/record";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One row of the settings tab: drawn into a Setting by display() (before Obsidian 1.13) or a definition. */
export interface SettingRow {
  name: string;
  desc?: string;
  render(setting: Setting): void;
}

/** `current` gives the settings as they are now, so two quick edits of different kinds both stay. */
export function recordRows(current: () => ClienteleSettings, save: (patch: Partial<ClienteleSettings>) => Promise<void>): SettingRow[] {
  const s = current();
  const clients = s.clientsFolder.replace(/\/+$/, "");
  return RECORD_KINDS.map((kind) => {
    const words = capital(KIND_WORDS[kind]);
    return { name: `${words} folder and template`, desc: `Where “New record” creates a ${KIND_WORDS[kind]}, and its template (a built-in one is used when the file is missing).`, render: (setting: Setting) => {
    const message = setting.descEl.createDiv({ cls: "clientele-setting-error" });
    const check = (v: string): boolean => {
      const problem = pathProblem(v);
      message.setText(problem ? `Not saved: the path ${problem}.` : "");
      return problem === null;
    };
    setting.addText((t) => {
      t.setPlaceholder(clients === "" ? RECORD_FOLDER_NAMES[kind] : `${clients}/${RECORD_FOLDER_NAMES[kind]}`).setValue(s.recordFolders[kind]);
      t.inputEl.setAttr("aria-label", `${words} folder`);
      t.onChange(async (v) => {
        if (check(v)) await save({ recordFolders: { ...current().recordFolders, [kind]: v.trim() } });
      });
    });
    setting.addText((t) => {
      t.setValue(s.recordTemplates[kind]);
      t.inputEl.setAttr("aria-label", `${words} template`);
      t.onChange(async (v) => {
        if (check(v) && v.trim() !== "") await save({ recordTemplates: { ...current().recordTemplates, [kind]: v.trim() } });
      });
    });
    } };
  });
}
