// The pipeline: clients grouped by stage, stage counts and planning a stage move.
import type { ClienteleSettings } from "../model/settings";
import type { ClientProps, ClientStatus, Day, FrontmatterPatch } from "../model/types";

export interface PipelineColumn {
  /** The configured spelling of the stage; null is the "No stage" column. */
  stage: string | null;
  clients: ClientStatus[];
  count: number;
  /** Sum of the clients' `value` (missing values count as 0). */
  totalValue: number;
}

export interface StageMove {
  patch: FrontmatterPatch;
  /** A Markdown list item for the note's stage history, e.g. `- 2026-11-21: Proposal → Active`. */
  historyLine: string;
}

/** The configured spelling of `stage` (matched case-insensitively, spaces trimmed), or null. */
export function configuredStage(stage: string | null, settings: ClienteleSettings): string | null {
  if (stage === null) return null;
  const wanted = stage.trim().toLowerCase();
  return settings.stages.find((s) => s.toLowerCase() === wanted) ?? null;
}

/** Orders by name ignoring case, by plain code-unit comparison (the same in every locale), then by path. */
function byName(a: ClientStatus, b: ClientStatus): number {
  const keys: [string, string][] = [
    [a.client.name.toLowerCase(), b.client.name.toLowerCase()],
    [a.client.name, b.client.name],
    [a.client.path, b.client.path],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

/**
 * One column per configured stage, in the configured order (empty columns included), then a
 * "No stage" column (stage null) only when some client has no valid stage.
 */
export function groupByStage(items: ClientStatus[], settings: ClienteleSettings): PipelineColumn[] {
  const columns: PipelineColumn[] = settings.stages.map((stage) => ({ stage, clients: [], count: 0, totalValue: 0 }));
  const noStage: PipelineColumn = { stage: null, clients: [], count: 0, totalValue: 0 };
  for (const item of items) {
    const stage = configuredStage(item.client.stage, settings);
    const column = columns.find((c) => c.stage === stage) ?? noStage;
    column.clients.push(item);
    column.count += 1;
    column.totalValue += item.client.value ?? 0;
  }
  if (noStage.count > 0) columns.push(noStage);
  for (const column of columns) column.clients.sort(byName);
  return columns;
}

/** The number of clients in each configured stage (0 when empty); clients without a stage are not counted. */
export function pipelineCounts(items: ClientStatus[], settings: ClienteleSettings): Record<string, number> {
  const counts = new Map<string, number>(settings.stages.map((s) => [s, 0]));
  for (const item of items) {
    const stage = configuredStage(item.client.stage, settings);
    if (stage !== null) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return Object.fromEntries(counts); // fromEntries defines own keys, even a stage named "__proto__"
}

/**
 * The frontmatter change and history line for moving `client` to stage `to`, or null when `to`
 * is not a configured stage or is already the client's stage (both compared case-insensitively).
 */
export function planStageMove(client: ClientProps, to: string, today: Day, settings: ClienteleSettings): StageMove | null {
  const target = configuredStage(to, settings);
  if (target === null) return null;
  const current = configuredStage(client.stage, settings) ?? client.stage;
  if (current !== null && current.toLowerCase() === target.toLowerCase()) return null;
  return {
    patch: { stage: target, stage_changed: today },
    historyLine: `- ${today}: ${current ?? "(none)"} → ${target}`,
  };
}
