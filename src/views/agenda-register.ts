// Registers the agenda: the sidebar view and the command that opens it.
import type { Plugin, WorkspaceLeaf } from "obsidian";
import type { Deps } from "../deps";
import { AgendaView, VIEW_TYPE_AGENDA } from "./agenda-view";

export function registerAgenda(plugin: Plugin, deps: Deps): { openAgenda(): void } {
  plugin.registerView(VIEW_TYPE_AGENDA, (leaf) => new AgendaView(leaf, deps));

  /** Reveals the open agenda, or opens one in the right sidebar. */
  const open = async (): Promise<void> => {
    const ws = plugin.app.workspace;
    let leaf: WorkspaceLeaf | null = ws.getLeavesOfType(VIEW_TYPE_AGENDA)[0] ?? null;
    if (!leaf) {
      leaf = ws.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: VIEW_TYPE_AGENDA, active: true });
    }
    await ws.revealLeaf(leaf);
  };
  const openAgenda = () => {
    open().catch((e: unknown) => deps.notify(`Clientele: could not open the agenda: ${e instanceof Error ? e.message : String(e)}`));
  };
  plugin.addCommand({ id: "open-agenda", name: "Open agenda", callback: openAgenda });
  return { openAgenda };
}
