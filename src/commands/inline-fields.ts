// "Move inline fields to properties": reads each client note, plans the move of its Dataview inline
// fields of known keys (core/change/inline-move.ts), shows the preview, and on confirmation hands
// the previewed plans to the write layer.
import type { Deps } from "../deps";
import { moveInlineFields, planNoteMove } from "../obsidian/inline-writes";
import { InlineFieldsModal } from "../ui/inline-fields-modal";

/** The plans of every client note that holds an inline field of a known key, by path. */
export async function planAllInlineMoves(deps: Deps) {
  const plans = [];
  const paths = deps.index.clients(deps.today()).map((c) => c.client.path).sort((a, b) => a.localeCompare(b));
  for (const path of paths) {
    const file = deps.app.vault.getFileByPath(path);
    if (!file) continue;
    const text = await deps.app.vault.cachedRead(file);
    if (!text.includes("::")) continue;
    const plan = planNoteMove(deps, path, text);
    if (plan.moves.length > 0 || (plan.problem !== null && plan.problem !== "it is not a client note")) plans.push(plan);
  }
  return plans;
}

export async function moveInlineFieldsCommand(deps: Deps): Promise<void> {
  const plans = await planAllInlineMoves(deps);
  if (plans.every((p) => p.moves.length === 0)) {
    deps.notify("Clientele: no client note holds an inline field of a Clientele property (like stage:: Active).");
    return;
  }
  new InlineFieldsModal(deps.app, plans, (chosen) => void moveInlineFields(deps, chosen)).open();
}
