// Registers the pipeline board: the sidebar view, its ribbon icon, and the Bases layout.
import type { Plugin } from "obsidian";
import type { Deps } from "../deps";
import { registerBasesPipeline } from "./bases-pipeline";
import { viewOpener } from "./open-view";
import { HOVER_SOURCE, PIPELINE_ICON, PipelineView, VIEW_TYPE_PIPELINE } from "./pipeline-view";

/** `newClient`: the New client flow with a stage chosen (main.ts hands it in; views do not import commands). */
export function registerPipeline(plugin: Plugin, deps: Deps, newClient?: (stage: string | null) => void): { openPipeline(): void; basesRegistered: boolean } {
  plugin.registerView(VIEW_TYPE_PIPELINE, (leaf) => new PipelineView(leaf, deps, newClient));
  // Card titles show the page preview; Page preview's settings list Clientele (hover with Ctrl/Cmd by default).
  plugin.registerHoverLinkSource(HOVER_SOURCE, { display: "Clientele", defaultMod: true });

  const openPipeline = viewOpener(plugin, VIEW_TYPE_PIPELINE, "pipeline", (m) => deps.notify(m));
  plugin.addRibbonIcon(PIPELINE_ICON, "Open client pipeline", openPipeline);
  const basesRegistered = registerBasesPipeline(plugin, deps);
  return { openPipeline, basesRegistered };
}
