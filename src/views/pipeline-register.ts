// Registers the pipeline board: the sidebar view, its ribbon icon, and the Bases layout.
import type { Plugin, WorkspaceLeaf } from "obsidian";
import type { Deps } from "../deps";
import { registerBasesPipeline } from "./bases-pipeline";
import { PIPELINE_ICON, PipelineView, VIEW_TYPE_PIPELINE } from "./pipeline-view";

export function registerPipeline(plugin: Plugin, deps: Deps): { openPipeline(): void; basesRegistered: boolean } {
  plugin.registerView(VIEW_TYPE_PIPELINE, (leaf) => new PipelineView(leaf, deps));

  /** Reveals the open board, or opens one in the right sidebar. */
  const open = async (): Promise<void> => {
    const ws = plugin.app.workspace;
    let leaf: WorkspaceLeaf | null = ws.getLeavesOfType(VIEW_TYPE_PIPELINE)[0] ?? null;
    if (!leaf) {
      leaf = ws.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: VIEW_TYPE_PIPELINE, active: true });
    }
    await ws.revealLeaf(leaf);
  };
  const openPipeline = () => {
    open().catch((e: unknown) => deps.notify(`Clientele: could not open the pipeline: ${e instanceof Error ? e.message : String(e)}`));
  };
  plugin.addRibbonIcon(PIPELINE_ICON, "Open client pipeline", openPipeline);
  const basesRegistered = registerBasesPipeline(plugin, deps);
  return { openPipeline, basesRegistered };
}
