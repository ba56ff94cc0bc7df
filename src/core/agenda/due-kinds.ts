// The kinds of due item (contract section 9), apart from the rules so the agenda settings can name
// them without importing the rules (which import the settings' type back).
export type DueKind = "health-check" | "touchpoint" | "next-action" | "renewal" | "invoice" | "feedback" | "unmet-need";

/** The kinds in the order of the contract's table: the agenda's last tie-breaker. */
export const DUE_KINDS: readonly DueKind[] = ["health-check", "touchpoint", "next-action", "renewal", "invoice", "feedback", "unmet-need"];
