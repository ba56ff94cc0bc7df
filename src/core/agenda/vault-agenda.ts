// The due items of a whole evaluated vault (contract section 9), by client: what the CLI's agenda,
// `review --json` and `client --json` print. One pass over the clients; each client's items are
// computed from its own records and needs only, so the work grows with the vault, not its square.
import type { ClienteleSettings } from "../model/settings";
import type { Day } from "../model/types";
import type { VaultEvaluation } from "../records/vault";
import { agenda } from "./agenda";
import { dueItems, type DueItem, type NeedItem } from "./due";

/** No look-ahead limit: every item is kept (agenda() counts a larger `days` the same). */
const ALL_DAYS = Number.POSITIVE_INFINITY;

/** `items` in the agenda's order (overdue first, then day, client, kind), every one kept, as plain items. */
export function inAgendaOrder(items: readonly DueItem[], today: Day): DueItem[] {
  return agenda(items, today, ALL_DAYS).map(({ client, clientName, kind, day, text, source }) => ({ client, clientName, kind, day, text, source }));
}

/**
 * Client path -> its due items for `today`, in the agenda's order, whatever their day. Every client of
 * the evaluation has an entry (empty when nothing is due or it is snoozed). `needs` and `since` are
 * by client path; a client missing from them has no unmet needs and no known start day.
 */
export function dueByClient(
  evaluation: VaultEvaluation,
  needs: ReadonlyMap<string, readonly NeedItem[]>,
  since: ReadonlyMap<string, Day | null>,
  today: Day,
  settings: ClienteleSettings,
): Map<string, DueItem[]> {
  const out = new Map<string, DueItem[]>();
  for (const status of evaluation.clients) {
    const path = status.client.path;
    const items = dueItems(
      {
        status,
        records: evaluation.byClient.get(path) ?? [],
        needs: needs.get(path) ?? [],
        healthCheckDays: settings.healthCheckDays,
        today,
        since: since.get(path) ?? null,
      },
      settings,
    );
    out.set(path, inAgendaOrder(items, today));
  }
  return out;
}
