// Work over a long list in slices, one main-thread task each, so Obsidian stays responsive.

/**
 * Calls `each` for every item, `size` per task, then `done`. `stopped` is asked before every
 * slice: once it says true (the plugin unloaded), nothing more runs.
 */
export function inSlices<T>(items: readonly T[], size: number, each: (item: T) => void, done: () => void, stopped: () => boolean): void {
  let next = 0;
  const step = () => {
    if (stopped()) return;
    const end = Math.min(items.length, next + size);
    for (; next < end; next++) each(items[next] as T);
    if (next < items.length) window.setTimeout(step, 0);
    else done();
  };
  step();
}
