// Log interaction, health check, move stage, show at risk: gather input, ask the core, apply.
import { planHealthCheck, planInteraction, SECTION_STAGES } from "../core/actions";
import { planStageMove } from "../core/pipeline";
import type { ClientStatus } from "../core/types";
import type { Deps } from "../deps";
import { AtRiskSuggestModal, StageSuggestModal } from "../ui/client-suggest";
import { HealthCheckModal } from "../ui/health-check-modal";
import { LogInteractionModal } from "../ui/log-interaction-modal";
import { fileOf, withClient } from "./pick-client";

export function logInteraction(deps: Deps): void {
  withClient(deps, "Log an interaction with…", (c) => {
    new LogInteractionModal(deps.app, c.client.name, deps.today(), (i) => {
      const file = fileOf(deps, c);
      if (file) void deps.store.apply(file, planInteraction(c.client, i)).then((ok) => ok && deps.notify(`Logged ${i.type} with ${c.client.name}.`));
    }).open();
  });
}

export function healthCheck(deps: Deps): void {
  withClient(deps, "Health check for…", (c) => {
    const weights = deps.settings().weights;
    new HealthCheckModal(deps.app, c.client, weights, (input) => {
      const file = fileOf(deps, c);
      if (file) void deps.store.apply(file, planHealthCheck(input.scores, input.comment, deps.today(), weights));
    }).open();
  });
}

/** Moves a client to a stage: the one write every way of moving (command, board, menu, keys) uses. */
export async function moveClient(deps: Deps, c: ClientStatus, to: string): Promise<boolean> {
  const move = planStageMove(c.client, to, deps.today(), deps.settings());
  if (!move) return true;
  const file = fileOf(deps, c);
  if (!file) return false;
  return deps.store.apply(file, { patch: move.patch, section: SECTION_STAGES, lines: [move.historyLine] });
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
