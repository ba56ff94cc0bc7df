// The settings tab's "Board cards" section: which extra properties the sidebar board's cards show,
// in order. One row per property with Move up, Move down and Remove (buttons, so the keyboard
// reaches them), then a row to add one. A Bases view's cards follow the base's Properties menu instead.
import type { Setting } from "obsidian";
import { moveItem } from "../core/pipeline/card-properties";
import { cleanPropertyName, MAX_CARD_PROPERTIES } from "../core/pipeline/card-settings";
import type { ClienteleSettings } from "../core/model/settings";
import type { SettingRow } from "./settings-records";

/** Saves a patch; `redraw` draws the tab again (the rows changed). */
type Save = (patch: Partial<ClienteleSettings>, redraw: boolean) => Promise<void>;

function propertyRow(current: () => ClienteleSettings, save: Save, name: string, i: number, count: number): SettingRow {
  const list = () => current().cardProperties;
  return { name, render: (row: Setting) => {
    row.addExtraButton((b) => b.setIcon("arrow-up").setTooltip(`Move ${name} up`).setDisabled(i === 0).onClick(() => void save({ cardProperties: moveItem(list(), i, -1) }, true)));
    row.addExtraButton((b) => b.setIcon("arrow-down").setTooltip(`Move ${name} down`).setDisabled(i === count - 1).onClick(() => void save({ cardProperties: moveItem(list(), i, 1) }, true)));
    row.addExtraButton((b) => b.setIcon("trash").setTooltip(`Remove ${name}`).onClick(() => void save({ cardProperties: list().filter((n) => n !== name) }, true)));
  } };
}

function addRow(current: () => ClienteleSettings, save: Save): SettingRow {
  let typed = "";
  return { name: "Add a card property", desc: "A property name from the client notes' frontmatter, such as owner or region. Sidebar board cards show it as a small line, in the order listed here; a Bases view shows the properties chosen in its own properties menu.", render: (row: Setting) => {
    const message = row.descEl.createDiv({ cls: "clientele-setting-error" });
    const add = () => {
      const name = cleanPropertyName(typed);
      const list = current().cardProperties;
      if (name === null) return message.setText("Not added: enter a property name.");
      if (list.includes(name)) return message.setText(`Not added: ${name} is already listed.`);
      if (list.length >= MAX_CARD_PROPERTIES) return message.setText(`Not added: at most ${MAX_CARD_PROPERTIES} properties.`);
      message.setText("");
      void save({ cardProperties: [...list, name] }, true);
    };
    row.addText((t) => {
      t.setPlaceholder("Property name").onChange((v) => (typed = v));
      t.inputEl.setAttr("aria-label", "Card property name");
      t.inputEl.addEventListener("keydown", (e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          add();
        }
      });
    });
    row.addButton((b) => b.setButtonText("Add").onClick(add));
  } };
}

/** The rows of the section: the chosen properties in order, then "Add a card property". */
export function cardPropertyRows(current: () => ClienteleSettings, save: Save): SettingRow[] {
  const names = current().cardProperties;
  return [...names.map((name, i) => propertyRow(current, save, name, i, names.length)), addRow(current, save)];
}
