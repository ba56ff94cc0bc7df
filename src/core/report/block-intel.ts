// The `risk` and `top-value` views of the `clientele` block (contract section 8): clients by risk
// score with its three parts and reasons, and the clients of highest lifetime value. Cells hold
// plain text; the adapter draws them. Both read the client status (risk, clv, tier).
import { formatMoney } from "../model/format";
import { byClientName } from "../model/order";
import { clientCell, sortClients, stageCell, text } from "./block-views";
import type { BlockCell, BlockSort, BlockTable, IntelView, Tone } from "./block-types";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, RiskLevel } from "../model/types";

/** The top-value view shows this many clients when the block sets no limit. */
export const TOP_VALUE_DEFAULT = 20;

const LEVEL_TONE: Record<RiskLevel, Tone> = { High: "bad", Medium: "warn", Low: "good" };

const part = (n: number | null): BlockCell => (n === null ? text(null) : { text: String(n) });

/** Highest first; ties (and equal nulls) by name; null last. */
function byNumberDesc(get: (c: ClientStatus) => number | null): (a: ClientStatus, b: ClientStatus) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return byClientName(a, b);
  };
}

function ordered(view: IntelView, clients: readonly ClientStatus[], sort: BlockSort | null, settings: ClienteleSettings, own: (a: ClientStatus, b: ClientStatus) => number): ClientStatus[] {
  return sort === null ? [...clients].sort(own) : sortClients(view, clients, sort, settings);
}

/** Clients with a risk score, highest first: the score and level, the three parts, the reasons. */
export function riskView(clients: readonly ClientStatus[], sort: BlockSort | null, settings: ClienteleSettings): BlockTable {
  const scored = clients.filter((c) => c.risk.score !== null);
  const rows = ordered("risk", scored, sort, settings, byNumberDesc((c) => c.risk.score)).map((c): BlockCell[] => {
    const { score, level, parts, reasons } = c.risk;
    const risk: BlockCell = level === null ? { text: String(score) } : { text: `${score} ${level}`, tone: LEVEL_TONE[level] };
    return [clientCell(c), stageCell(c), risk, part(parts.payment), part(parts.churn), part(parts.profitability), text(reasons.join("; "))];
  });
  return { columns: ["Client", "Stage", "Risk", "Payment", "Churn", "Profitability", "Reasons"], rows, empty: "No client has a risk score yet.", summary: null };
}

/**
 * Clients with a lifetime value, highest first: tier, CLV in the client's currency, paid invoices.
 * Without a limit it shows the top TOP_VALUE_DEFAULT; with one, all of them (the block cuts them to the limit).
 */
export function topValueView(clients: readonly ClientStatus[], sort: BlockSort | null, limit: number | null, settings: ClienteleSettings): BlockTable {
  const valued = ordered("top-value", clients.filter((c) => c.clv !== null), sort, settings, byNumberDesc((c) => c.clv));
  const shown = limit === null ? valued.slice(0, TOP_VALUE_DEFAULT) : valued;
  const rows = shown.map((c): BlockCell[] => {
    const currency = (c.client.currency ?? settings.currency).toUpperCase();
    return [clientCell(c), text(c.tier), { text: formatMoney(c.clv ?? 0, currency) }, { text: String(c.records?.invoices.paidCount ?? 0) }];
  });
  const summary = shown.length < valued.length ? `Top ${shown.length} of ${valued.length} clients with a lifetime value.` : null;
  return { columns: ["Client", "Tier", "Lifetime value", "Paid invoices"], rows, empty: "No client has a paid invoice yet.", summary };
}
