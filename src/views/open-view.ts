// Opening a Clientele sidebar view: reveal the open one, or open one in the right sidebar. Shared
// by the board and the agenda; a failure becomes a notice naming what could not be opened.
import type { Plugin, WorkspaceLeaf } from "obsidian";

async function revealOrOpen(plugin: Plugin, type: string): Promise<void> {
  const ws = plugin.app.workspace;
  let leaf: WorkspaceLeaf | null = ws.getLeavesOfType(type)[0] ?? null;
  if (!leaf) {
    leaf = ws.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type, active: true });
  }
  await ws.revealLeaf(leaf);
}

/** A callback for a command or ribbon icon that opens the view of `type`; `what` names it in a failure notice. */
export function viewOpener(plugin: Plugin, type: string, what: string, notify: (message: string) => void): () => void {
  return () => {
    revealOrOpen(plugin, type).catch((e: unknown) => notify(`Clientele: could not open the ${what}: ${e instanceof Error ? e.message : String(e)}`));
  };
}
