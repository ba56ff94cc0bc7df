// The event the client index announces its changes with, typed on Obsidian's workspace.
import type { EventRef } from "obsidian";

export const INDEX_CHANGED = "clientele:index-changed";

export interface IndexChange {
  revision: number;
  /** Paths whose entries changed (added, updated or removed) since the previous event. */
  paths: Set<string>;
}

declare module "obsidian" {
  interface Workspace {
    on(name: typeof INDEX_CHANGED, callback: (change: IndexChange) => unknown, ctx?: unknown): EventRef;
    trigger(name: typeof INDEX_CHANGED, change: IndexChange): void;
  }
}
