// Registers the `clientele` code block. The dashboard and weekly review commands are registered
// with the other commands (src/commands/index.ts), not here: views never call commands.
import type { Plugin } from "obsidian";
import { BLOCK_LANGUAGE } from "../core/report/blocks";
import type { Deps } from "../deps";
import { ClienteleBlock } from "./code-block";

export function registerReview(plugin: Plugin, deps: Deps): void {
  plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new ClienteleBlock(el, source, ctx.sourcePath, deps));
  });
}
