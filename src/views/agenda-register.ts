// Registers the agenda: the sidebar view and the command that opens it.
import type { Plugin } from "obsidian";
import type { Deps } from "../deps";
import { AgendaView, VIEW_TYPE_AGENDA } from "./agenda-view";
import { viewOpener } from "./open-view";

export function registerAgenda(plugin: Plugin, deps: Deps): { openAgenda(): void } {
  plugin.registerView(VIEW_TYPE_AGENDA, (leaf) => new AgendaView(leaf, deps));

  const openAgenda = viewOpener(plugin, VIEW_TYPE_AGENDA, "agenda", (m) => deps.notify(m));
  plugin.addCommand({ id: "open-agenda", name: "Open agenda", callback: openAgenda });
  return { openAgenda };
}
