// Registers the `clientele` code block and returns the dashboard and weekly review commands,
// which main.ts passes to registerCommands.
import type { Plugin } from "obsidian";
import { openDashboard, weeklyReview } from "../commands/dashboard-commands";
import { BLOCK_LANGUAGE } from "../core/report/blocks";
import type { Deps } from "../deps";
import { ClienteleBlock } from "./code-block";

export interface ReviewCommands {
  openDashboard(): void;
  weeklyReview(): void;
}

export function registerReview(plugin: Plugin, deps: Deps): ReviewCommands {
  plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new ClienteleBlock(el, source, ctx.sourcePath, deps));
  });
  return {
    openDashboard: () => void openDashboard(deps),
    weeklyReview: () => void weeklyReview(deps),
  };
}
