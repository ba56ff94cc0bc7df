// How many clients match a test, kept between index changes (issue 16): the status bar's "N at
// risk" counts only the clients the index says changed, not the portfolio. Pure: the caller gives
// the list (sorted by path) and the changed paths, null when anything may have changed.
import { clientAtPath } from "./order";
import type { ClientStatus } from "./types";

export class KeptCount {
  private readonly matching = new Set<string>();

  constructor(private readonly test: (status: ClientStatus) => boolean) {}

  /** The number of `statuses` that pass the test, counting again only the `changed` paths. */
  count(statuses: readonly ClientStatus[], changed: ReadonlySet<string> | null): number {
    if (changed === null) {
      this.matching.clear();
      for (const s of statuses) if (this.test(s)) this.matching.add(s.client.path);
    } else {
      for (const path of changed) {
        const s = clientAtPath(statuses, path);
        if (s !== null && this.test(s)) this.matching.add(path);
        else this.matching.delete(path);
      }
    }
    return this.matching.size;
  }
}
