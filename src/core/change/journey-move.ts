// One client's move in a journey switch (issue 14): planned from the note at write time, and only
// while the note is still in the stage the preview showed.
import type { ClienteleSettings } from "../model/settings";
import type { ClientProps, Day } from "../model/types";
import { planStageChange, type NoteChange } from "./actions";

/**
 * The change that moves one client for a journey switch, planned from its note as it is now
 * (`client` read from `frontmatter` with the current settings): its stage and `stage_changed`,
 * and a Stage history line, like any move. "stale" when the note's stage is no longer `move.from`
 * (it changed after the preview: the note is left alone); null when it already is `move.to`.
 */
export function planJourneyMove(client: ClientProps, frontmatter: Readonly<Record<string, unknown>>, move: { from: string; to: string }, today: Day, settings: ClienteleSettings): NoteChange | "stale" | null {
  if (client.stage === null || client.stage.toLowerCase() !== move.from.toLowerCase()) return "stale";
  // The target is a stage of the journey, not yet of the settings (they are saved after the notes).
  const known = new Set(settings.stages.map((s) => s.toLowerCase()));
  const stages = [...settings.stages, ...[move.to].filter((s) => !known.has(s.toLowerCase()))];
  return planStageChange(client, frontmatter, move.to, today, { ...settings, stages });
}
