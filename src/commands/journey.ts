// "Switch journey" (issue 14): replaces the pipeline's stages with a preset or your own, moving
// the clients as the user maps them, after a preview.
import type { Deps } from "../deps";
import { openJourneySwitch } from "../ui/journey-modal";

export function switchJourneyCommand(deps: Deps): void {
  openJourneySwitch(deps);
}
