// Switching journeys (issue 14) through the one write layer: every client the preview listed is
// moved (its stage, `stage_changed` and a Stage history line, like any move), then the journey's
// stage settings are saved, all in one change of the journal: "Undo last change" restores the
// notes byte for byte and puts the previous stage settings back.
import { planJourneyMove } from "../core/change/journey-move";
import { sameStageSettings, stageSettingsOf, type Journey, type JourneyMove, type JourneySwitch } from "../core/model/journeys";
import type { ClienteleSettings } from "../core/model/settings";
import { applyToClient, fresh, type WriteContext } from "./writes";

export interface JourneyContext extends WriteContext {
  saveSettings(next: ClienteleSettings): Promise<void>;
}

export interface JourneyOutcome {
  /** The notes moved, by path. */
  changed: string[];
  /** Already in their new stage. */
  unchanged: string[];
  /** Left alone: their stage changed after the preview. */
  moved: string[];
  /** Not written (the store's Notice said why). */
  failed: string[];
}

function names(paths: readonly string[]): string {
  return paths.map((p) => `"${p}"`).join(", ");
}

/**
 * Applies a journey switch the user confirmed: exactly `moves` (the preview), each note planned
 * from its text at write time and written only while its stage is still the one shown; then
 * `plan.settingsPatch`. One undoable change, labelled by the journey.
 */
export async function switchJourney(w: JourneyContext, journey: Journey, plan: JourneySwitch, moves: readonly JourneyMove[]): Promise<JourneyOutcome> {
  const what = journey.id === "custom" ? "your own stages" : journey.name;
  const batch = w.store.journal.begin(`Switch stages to ${what}`);
  const out: JourneyOutcome = { changed: [], unchanged: [], moved: [], failed: [] };
  const today = w.today();
  const settings = w.settings();
  await Promise.all(moves.map(async (m) => {
    let result: "changed" | "unchanged" | "moved" = "unchanged";
    const ok = await applyToClient(w, m.client, (fm) => {
      const change = planJourneyMove(fresh(w, m.client, fm), fm, m, today, settings);
      result = change === "stale" ? "moved" : change === null ? "unchanged" : "changed";
      return change === "stale" ? null : change;
    }, batch);
    out[ok ? result : "failed"].push(m.client.client.path);
  }));
  for (const list of [out.changed, out.unchanged, out.moved, out.failed]) list.sort();

  const previous = stageSettingsOf(w.settings());
  await w.saveSettings({ ...w.settings(), ...plan.settingsPatch });
  const saved = stageSettingsOf(w.settings());
  batch.also({
    label: "the stage settings",
    undo: async () => {
      const now = w.settings();
      if (!sameStageSettings(stageSettingsOf(now), saved)) return false;
      await w.saveSettings({ ...now, ...previous });
      return true;
    },
  });

  const n = out.changed.length;
  const parts = [`Stages switched to ${what}: ${n === 1 ? "1 note" : `${n} notes`} moved to their new stage, and the stage settings changed.`];
  if (out.moved.length > 0) parts.push(`Left alone because their stage changed since the preview: ${names(out.moved)}.`);
  if (out.failed.length > 0) parts.push(`Not changed (see the notices before): ${names(out.failed)}.`);
  parts.push('Run "Undo last change" to restore the notes and the previous stages.');
  w.notify(parts.join(" "));
  return out;
}
