// The commands that change several notes at once, and their undo: Bulk edit, Apply tag rules,
// Snooze client, Undo last change (contract section 10).
import { planTagRules } from "../core/intel/tag-rules";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { applyTagChanges, bulkEdit, undoLastChange } from "../obsidian/bulk-writes";
import { BulkEditModal } from "../ui/bulk-edit-modal";
import { SnoozeModal } from "../ui/snooze-modal";
import { TagRulesModal } from "../ui/tag-rules-modal";
import { withClient } from "./pick-client";

/** Opens the bulk edit window over the index's clients (or the given selection). */
export function bulkEditCommand(deps: Deps, selected?: readonly ClientStatus[]): void {
  const today = deps.today();
  const settings = deps.settings();
  const clients = deps.index.clients(today);
  if (clients.length === 0) return deps.notify("Clientele: no client notes yet. Create one with “New client”.");
  new BulkEditModal(deps.app, { clients, segments: settings.segments, stages: settings.stages, today, selected }, (chosen, op) => void bulkEdit(deps, chosen, op)).open();
}

/** Shows what the tag rules would change, and applies it when the user confirms. */
export function applyTagRules(deps: Deps): void {
  const rules = deps.settings().tagRules;
  if (rules.length === 0) return deps.notify("Clientele: there are no tag rules yet. Add them in the settings under Segments and tag rules.");
  const clients = deps.index.clients(deps.today());
  const changes = planTagRules(clients, rules);
  if (changes.length === 0) return deps.notify("Tag rules: every client's tags already follow the rules; nothing to change.");
  new TagRulesModal(deps.app, changes, () => void applyTagChanges(deps, changes, clients)).open();
}

/** Hides a client's agenda items until a day (the active client note, else the one picked). */
export function snoozeClient(deps: Deps): void {
  withClient(deps, "Snooze which client?", (c) => {
    new SnoozeModal(deps.app, c.client.name, deps.today(), (until) => void bulkEdit(deps, [c], { kind: "snooze", until })).open();
  });
}

export function undoLast(deps: Deps): void {
  void undoLastChange(deps);
}
