// The client record and the shapes the core hands to adapters. Contract: shared/spec/client-notes.md.
import type { SuccessPlan } from "./success-plan";

/** A calendar day, `YYYY-MM-DD`. Never a moment in time, never shifted by time zone. */
export type Day = string;

/** A Health Matrix category id (the key suffix of `health_<id>`); the categories are a setting. */
export type HealthCategory = string;

export interface Diagnostic {
  field: string;
  message: string;
}

export interface Health {
  score: number | null;
  band: Band | null;
  complete: boolean;
  /** The valid scores of the configured categories, in the matrix's order. */
  scores: Partial<Record<HealthCategory, number>>;
  /** Shared and frozen when empty (core/model/compact.ts): read it, never change it. */
  warnings: readonly string[];
}

export type Band = "Excellent" | "Good" | "At Risk" | "Critical";

/** Everything the core reads from one client note's frontmatter. */
export interface ClientProps {
  path: string;
  id: string | null;
  name: string;
  /** The configured spelling of the stage, or null when missing or unknown. */
  stage: string | null;
  engagement: string | null;
  persona: string | null;
  positioning: string | null;
  /** The valid `health_<id>` values of the field table's and the configured categories, by id. */
  healthInput: Partial<Record<HealthCategory, number>>;
  lastReview: Day | null;
  lastContact: Day | null;
  stageChanged: Day | null;
  nextAction: string | null;
  nextActionDue: Day | null;
  champion: string | null;
  value: number | null;
  currency: string | null;
  renewal: Day | null;
  /** Shared and frozen when empty (core/model/compact.ts), like `diagnostics`: read them, never change them. */
  tags: readonly string[];
  diagnostics: readonly Diagnostic[];
  /** Properties of the field table (fields.ts) that have no property above, by key; absent when none is set. */
  extra?: Record<string, string | number | boolean | string[]>;
}

/** A client with everything computed for one day. */
export interface ClientStatus {
  client: ClientProps;
  health: Health;
  lastActivity: Day | null;
  daysInactive: number | null;
  stale: boolean;
  healthCheckDue: boolean;
  /** The latest of `last_contact`, the client's contacts' `last_contact` and the dated notes linking them (section 4). */
  lastContact: Day | null;
  /** Whole days from `lastContact` to today; null without a contact date. */
  daysSinceContact: number | null;
  /** No contact for the contact threshold or longer (section 4). */
  outOfTouch: boolean;
  /** The related records rolled up (section 7); null when the vault was read without records. */
  records: ClientRecords | null;
  /** Lifetime value from the paid invoices (section 8); null without one. */
  clv: number | null;
  tier: Tier | null;
  risk: Risk;
  /** The latest health history score minus the one before; null with fewer than two. */
  trend: number | null;
  /** The latest `## Health history` scores (at most 6), oldest first; empty without history. */
  healthScores: readonly number[];
  /** Days from `stage_changed` (else the latest Stage history line) to today. */
  daysInStage: number | null;
  /** The ticked share of the note's `## Success plan` checkboxes (issue 14); null without any, or when the text was not read. */
  successPlan: SuccessPlan | null;
  atRisk: boolean;
  /** Shared and frozen when empty (core/model/compact.ts): read it, never change it. */
  reasons: readonly string[];
}

// Client value and risk (section 8), named here so the client status can hold them.

export type Tier = "Gold" | "Silver" | "Bronze";
export type RiskLevel = "Low" | "Medium" | "High";

export interface RiskParts {
  payment: number | null;
  churn: number | null;
  profitability: number | null;
}

export interface Risk {
  score: number | null;
  level: RiskLevel | null;
  parts: RiskParts;
  /** Words for what drives each part, in the order payment, churn, profitability; shared and frozen when empty. */
  reasons: readonly string[];
}

/** A change to a note's frontmatter: keys to set; `null` deletes a key. Applied by adapters. */
export type FrontmatterPatch = Record<string, string | number | boolean | string[] | null>;

/** A note the adapter should create. */
export interface NotePlan {
  path: string;
  content: string;
}

// Related records (section 7) and their roll-up, named here so the client status can hold them.

/** The kinds of related record (section 7). */
export type RecordKind = "contact" | "deal" | "contract" | "invoice" | "po" | "feedback";
export type RecordValue = string | number | boolean | string[];

export interface RecordProps {
  path: string;
  kind: RecordKind;
  /** The note's name without `.md`. */
  name: string;
  /** `number`, else `record_id`, else null. */
  id: string | null;
  /** The link targets of `client`, as written (no brackets, heading or alias), in order. */
  clientLinks: string[];
  /** Every other property of the kind that holds a usable value, by key. */
  values: Record<string, RecordValue>;
  diagnostics: Diagnostic[];
}

export interface RecordDiagnostic {
  path: string;
  field: string;
  message: string;
}

export interface RecordRef {
  path: string;
  name: string;
}

export interface OverdueInvoice extends RecordRef {
  amount: number | null;
  currency: string;
  due: Day;
  days: number;
}

export interface ClientRecords {
  currency: string;
  counts: Record<RecordKind, number>;
  /** Contacts, by name, with their roles (the stakeholder map). */
  contacts: (RecordRef & { roles: string[]; lastContact: Day | null })[];
  /** Role -> the names of the contacts holding it, roles in the field table's order. */
  byRole: Record<string, string[]>;
  /** The latest `last_contact` of the client's contacts. */
  lastContact: Day | null;
  deals: { open: number; openValue: number; weightedValue: number; pastClose: (RecordRef & { expectedClose: Day; days: number })[] };
  /** The signed contract with the earliest `end`: its renewal and notice deadline. */
  contract: (RecordRef & { end: Day; noticeDeadline: Day; daysToNotice: number; autoRenew: boolean }) | null;
  invoices: { open: number; overdue: number; paid: number; openCount: number; overdueCount: number; paidCount: number; oldestOverdueDays: number | null; overdueList: OverdueInvoice[] };
  pos: { unbilledCount: number; unbilledAmount: number };
  feedback: { open: number; avgDaysToFirstResponse: number | null; avgDaysToResolve: number | null; oldestOpenDays: number | null };
  /** Words for the card and the review, e.g. "No decision maker". */
  warnings: string[];
  diagnostics: RecordDiagnostic[];
}

