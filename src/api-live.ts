// The API's live parts: waiting for the index and hearing about changes. One INDEX_CHANGED
// listener for every subscriber, registered on the plugin, so unloading the plugin drops them all.
import type { Deps } from "./deps";
import { INDEX_CHANGED } from "./obsidian/client-index";

export interface ApiLive {
  whenReady: () => Promise<void>;
  onChange: (callback: () => void) => () => void;
}

export function createLive(deps: Deps): ApiLive {
  const listeners = new Set<() => void>();
  let unloaded = false;
  // Settings changes reach here too: saving the settings invalidates the index, which announces.
  deps.plugin.registerEvent(deps.app.workspace.on(INDEX_CHANGED, () => {
    for (const callback of [...listeners]) {
      try {
        callback();
      } catch (e) {
        // One caller's broken view must not stop the others from refreshing.
        console.error("Clientele: an onChange callback failed", e);
      }
    }
  }));
  deps.plugin.register(() => {
    unloaded = true;
    listeners.clear();
  });
  return {
    whenReady: () => deps.index.whenReady(),
    onChange: (callback: () => void) => {
      if (typeof callback !== "function" || unloaded) return () => {};
      // A wrapper per subscription: subscribing one function twice gives two independent unsubscribes.
      const entry = () => callback();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
