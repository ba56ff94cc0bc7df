// Log interaction, health check, move stage, show at risk: gather input, then call the write layer.
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { fileOf, healthCheckFor, logInteractionFor, moveClient } from "../obsidian/writes";
import { AtRiskSuggestModal, StageSuggestModal } from "../ui/client-suggest";
import { HealthCheckModal } from "../ui/health-check-modal";
import { LogInteractionModal } from "../ui/log-interaction-modal";
import { withClient } from "./pick-client";

export function logInteraction(deps: Deps): void {
  withClient(deps, "Log an interaction with…", (c) => {
    new LogInteractionModal(deps.app, c.client.name, deps.today(), (i) => void logInteractionFor(deps, c, i)).open();
  });
}

export function healthCheck(deps: Deps): void {
  withClient(deps, "Health check for…", (c) => {
    new HealthCheckModal(deps.app, c.client, deps.settings().healthMatrix, (input) => void healthCheckFor(deps, c, input)).open();
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
