// The client record and the shapes the core hands to adapters. Contract: shared/spec/client-notes.md.

/** A calendar day, `YYYY-MM-DD`. Never a moment in time, never shifted by time zone. */
export type Day = string;

export type HealthCategory = "profitability" | "communication" | "strategic_fit" | "growth";

export interface Diagnostic {
  field: string;
  message: string;
}

export interface Health {
  score: number | null;
  band: Band | null;
  complete: boolean;
  scores: Partial<Record<HealthCategory, number>>;
  warnings: string[];
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
  tags: string[];
  diagnostics: Diagnostic[];
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
  atRisk: boolean;
  reasons: string[];
}

/** A change to a note's frontmatter: keys to set; `null` deletes a key. Applied by adapters. */
export type FrontmatterPatch = Record<string, string | number | boolean | string[] | null>;

/** A note the adapter should create. */
export interface NotePlan {
  path: string;
  content: string;
}
