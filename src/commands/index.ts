// Registers every command under its contract id. No default hotkeys.
import type { Plugin } from "obsidian";
import type { Deps } from "../deps";
import { applyTagRules, bulkEditCommand, snoozeClient, undoLast } from "./bulk-commands";
import { healthCheck, logInteraction, moveStage, showAtRisk } from "./client-commands";
import { addAgendaToDailyNote } from "./daily-note";
import { openDashboard, weeklyReview } from "./dashboard-commands";
import { newClient } from "./new-client";
import { registerImportCommands } from "./import-commands";
import { moveInlineFieldsCommand } from "./inline-fields";
import { insertWorkflow } from "./insert-workflow";
import { switchJourneyCommand } from "./journey";
import { newRecord } from "./new-record";
import { progressReport } from "./progress-report";

export interface ViewOpeners {
  openPipeline(): void;
}

export function registerCommands(plugin: Plugin, deps: Deps, views: ViewOpeners): void {
  plugin.addCommand({ id: "new-client", name: "New client", callback: () => newClient(deps) });
  plugin.addCommand({ id: "new-record", name: "New record", callback: () => newRecord(deps) });
  plugin.addCommand({ id: "log-interaction", name: "Log interaction", callback: () => logInteraction(deps) });
  plugin.addCommand({ id: "health-check", name: "Health check", callback: () => healthCheck(deps) });
  plugin.addCommand({ id: "move-stage", name: "Move client to stage", callback: () => moveStage(deps) });
  plugin.addCommand({ id: "show-at-risk", name: "Show at-risk clients", callback: () => showAtRisk(deps) });
  plugin.addCommand({ id: "open-pipeline", name: "Open pipeline", callback: () => views.openPipeline() });
  plugin.addCommand({ id: "open-dashboard", name: "Open dashboard", callback: () => void openDashboard(deps) });
  plugin.addCommand({ id: "weekly-review", name: "Weekly review", callback: () => void weeklyReview(deps) });
  plugin.addCommand({ id: "snooze-client", name: "Snooze client", callback: () => snoozeClient(deps) });
  plugin.addCommand({ id: "bulk-edit", name: "Bulk edit clients", callback: () => bulkEditCommand(deps) });
  plugin.addCommand({ id: "apply-tag-rules", name: "Apply tag rules", callback: () => applyTagRules(deps) });
  plugin.addCommand({ id: "undo-last-change", name: "Undo last change", callback: () => undoLast(deps) });
  plugin.addCommand({ id: "progress-report", name: "Progress report", callback: () => void progressReport(deps) });
  plugin.addCommand({ id: "add-agenda-to-daily-note", name: "Add the agenda to the daily note", callback: () => void addAgendaToDailyNote(deps) });
  plugin.addCommand({ id: "insert-workflow", name: "Insert workflow", callback: () => void insertWorkflow(deps) });
  plugin.addCommand({ id: "switch-journey", name: "Switch journey", callback: () => switchJourneyCommand(deps) });
  plugin.addCommand({ id: "move-inline-fields", name: "Move inline fields to properties", callback: () => void moveInlineFieldsCommand(deps) });
  registerImportCommands(plugin, deps);
}
