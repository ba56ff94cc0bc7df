// Log interaction, health check, move stage, show at risk: gather input, ask the core, apply.
import { planHealthCheck, planInteraction, SECTION_STAGES, type Interaction } from "../core/change/actions";
import { parseClient } from "../core/model/client";
import { configuredStage, planStageMove } from "../core/pipeline/pipeline";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { AtRiskSuggestModal, StageSuggestModal } from "../ui/client-suggest";
import { HealthCheckModal, type HealthCheckInput } from "../ui/health-check-modal";
import { LogInteractionModal } from "../ui/log-interaction-modal";
import { fileOf, withClient } from "./pick-client";

/** The client as its note says right now (the index may be a moment behind). */
function fresh(deps: Deps, c: ClientStatus, frontmatter: Readonly<Record<string, unknown>>) {
  return parseClient(c.client.path, frontmatter, deps.settings());
}

/** Logs an interaction in the client's note (properties and Interaction log). */
export async function logInteractionFor(deps: Deps, c: ClientStatus, i: Interaction): Promise<boolean> {
  const file = fileOf(deps, c);
  if (!file) return false;
  const ok = await deps.store.apply(file, (fm) => planInteraction(fresh(deps, c, fm), i));
  if (ok) deps.notify(`Logged ${i.type} with ${c.client.name}.`);
  return ok;
}

/** Saves a health check in the client's note (the four scores, last_review and Health history). */
export async function healthCheckFor(deps: Deps, c: ClientStatus, input: HealthCheckInput): Promise<boolean> {
  const file = fileOf(deps, c);
  if (!file) return false;
  const weights = deps.settings().weights;
  return deps.store.apply(file, planHealthCheck(input.scores, input.comment, deps.today(), weights));
}

export function logInteraction(deps: Deps): void {
  withClient(deps, "Log an interaction with…", (c) => {
    new LogInteractionModal(deps.app, c.client.name, deps.today(), (i) => void logInteractionFor(deps, c, i)).open();
  });
}

export function healthCheck(deps: Deps): void {
  withClient(deps, "Health check for…", (c) => {
    new HealthCheckModal(deps.app, c.client, deps.settings().weights, (input) => void healthCheckFor(deps, c, input)).open();
  });
}

/**
 * Moves a client to a stage: the one write every way of moving (command, board, menu, keys) uses.
 * The move is planned from the note as it is when the write happens, so two quick moves end at
 * the last target with a true history, and moving to the stage the note already has writes nothing.
 */
export async function moveClient(deps: Deps, c: ClientStatus, to: string): Promise<boolean> {
  const settings = deps.settings();
  if (configuredStage(to, settings) === null) return true;
  const file = fileOf(deps, c);
  if (!file) return false;
  return deps.store.apply(file, (fm) => {
    const move = planStageMove(fresh(deps, c, fm), to, deps.today(), settings);
    return move ? { patch: move.patch, section: SECTION_STAGES, lines: [move.historyLine] } : null;
  });
}

export function moveStage(deps: Deps): void {
  withClient(deps, "Move which client?", (c) => {
    new StageSuggestModal(deps.app, deps.settings().stages, c.client.stage, (to) => void moveClient(deps, c, to)).open();
  });
}

export function showAtRisk(deps: Deps): void {
  const atRisk = deps.index.clients(deps.today()).filter((c) => c.atRisk);
  if (atRisk.length === 0) {
    deps.notify("Clientele: no client is at risk.");
    return;
  }
  const inactive = (c: ClientStatus) => c.daysInactive ?? Number.MAX_SAFE_INTEGER;
  atRisk.sort((a, b) => inactive(b) - inactive(a) || a.client.name.localeCompare(b.client.name));
  new AtRiskSuggestModal(deps.app, atRisk, `${atRisk.length} at risk: open…`, (c) => {
    const file = fileOf(deps, c);
    if (file) void deps.openFile(file);
  }).open();
}
