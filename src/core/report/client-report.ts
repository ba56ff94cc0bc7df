// One client's whole picture as a portable, auditable JSON file (`clientele client VAULT ID --json`):
// the review's fields (contract section 6), its properties, the records rolled up (section 7) and
// each record note with what was read from it, and the client's due items (section 9).
import type { DueItem } from "../agenda/due";
import { clientFieldsFor } from "../model/fields";
import type { ClientRecords, ClientStatus, Day, Diagnostic, RecordKind, RecordValue } from "../model/types";
import type { SuccessPlan } from "../model/success-plan";
import { reportClient, type ReportClient } from "./report";

export interface ClientRecordNote {
  path: string;
  kind: RecordKind;
  id: string | null;
  name: string;
  values: Record<string, RecordValue>;
  diagnostics: Diagnostic[];
}

export interface ClientReport {
  today: Day;
  client: ReportClient & { lastContact: Day | null; properties: Record<string, unknown> };
  /** The roll-up; null when the vault has no records at all. */
  rollup: ClientRecords | null;
  records: ClientRecordNote[];
  /** The `## Success plan` checkboxes ticked (issue 14); null without a plan. */
  successPlan: SuccessPlan | null;
}

/** The client's properties as read, by key, in the field table's order (unknown keys are the user's: left out). */
function properties(s: ClientStatus): Record<string, unknown> {
  const c = s.client as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // The field table, with the configured Health Matrix categories it does not have: the reader put
  // exactly those (and the table's four) in healthInput, so its ids stand for the setting here.
  const categories = Object.keys(s.client.healthInput).map((id) => ({ id, label: id, question: "", weight: 1 }));
  for (const f of clientFieldsFor(categories)) {
    if (f.key === "type") continue;
    const v = f.health !== undefined ? s.client.healthInput[f.health] : f.prop !== undefined ? c[f.prop] : s.client.extra?.[f.key];
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) out[f.key] = v;
  }
  return out;
}

/** `due`: the client's own due items for `today` (dueByClient), listed in `client.due` in the agenda's order. */
export function buildClientReport(today: Day, s: ClientStatus, records: readonly ClientRecordNote[], due: readonly DueItem[] = []): ClientReport {
  return {
    today,
    client: { ...reportClient(s, today, due), lastContact: s.lastContact, properties: properties(s) },
    rollup: s.records,
    records: [...records]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((r) => ({ path: r.path, kind: r.kind, id: r.id, name: r.name, values: { ...r.values }, diagnostics: r.diagnostics.map((d) => ({ ...d })) })),
    successPlan: s.successPlan === null ? null : { ...s.successPlan },
  };
}
