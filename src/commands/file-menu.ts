// Obsidian's file menu (right-click in the file explorer, a tab's "More options", ...): a client
// note offers "New record for this client…", the New record form with that client chosen.
import { TFile, type Plugin } from "obsidian";
import type { Deps } from "../deps";
import { openForm } from "./new-record";

export const NEW_RECORD_ITEM = "New record for this client…";

export function registerFileMenu(plugin: Plugin, deps: Deps): void {
  plugin.registerEvent(
    plugin.app.workspace.on("file-menu", (menu, file) => {
      if (!(file instanceof TFile) || file.extension !== "md") return;
      const c = deps.index.client(file.path, deps.today());
      if (c === null) return;
      menu.addItem((item) =>
        item
          .setTitle(NEW_RECORD_ITEM)
          .setIcon("file-plus")
          .onClick(() => {
            // The client as it is when clicked (the menu may have stayed open while the note changed).
            const now = deps.index.client(file.path, deps.today());
            if (now) openForm(deps, now);
            else deps.notify(`Clientele: ${file.basename} is no longer a client note.`);
          }),
      );
    }),
  );
}
