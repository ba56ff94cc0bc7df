// Registers the `clientele` code block. The dashboard and weekly review commands are registered
// with the other commands (src/commands/index.ts), not here: views never call commands.
import type { Plugin } from "obsidian";
import { BLOCK_LANGUAGE } from "../core/report/blocks";
import type { Deps } from "../deps";
import { ClienteleBlock } from "./code-block";
import { BlockContents } from "./code-block-rows";

export function registerReview(plugin: Plugin, deps: Deps): void {
  // Blocks with the same source (a dashboard open in two panes) share one computation per revision.
  const contents = new BlockContents();
  plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new ClienteleBlock(el, source, ctx.sourcePath, deps, contents));
  });
}
