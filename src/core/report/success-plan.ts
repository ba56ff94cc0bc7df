// Reads a client note's success plan: the checkboxes under `## Success plan` (its `### Goals` and
// `### Milestones` subsections and nested boxes included, up to the next heading of level 1 or 2),
// as a reader of the note sees them (not in code blocks or comments). Linear in the text.
import { successPlanOf, type SuccessPlan } from "../model/success-plan";
import { readSections } from "../note/sections";
import { taskItems, visibleLines } from "./progress-read";

export const SECTION_SUCCESS_PLAN = "## Success plan";
/** A note may keep the plan one level down (`### Success plan`), as the progress report reads it. */
export const SUCCESS_PLAN_HEADINGS = [SECTION_SUCCESS_PLAN, "### Success plan"];

/** The plan of a section's lines (null: no section, or no box with text in it). */
export function successPlanOfLines(lines: readonly string[] | null): SuccessPlan | null {
  return lines === null ? null : successPlanOf(taskItems(visibleLines(lines)));
}

/** The plan of the first success plan section the note has (`##`, else `###`); null without one or without boxes. */
export function successPlanFrom(sections: ReadonlyMap<string, string[] | null>): SuccessPlan | null {
  for (const heading of SUCCESS_PLAN_HEADINGS) {
    const lines = sections.get(heading) ?? null;
    if (lines !== null) return successPlanOfLines(lines);
  }
  return null;
}

/** The success plan of a note's text. */
export function successPlan(text: string): SuccessPlan | null {
  return successPlanFrom(readSections(text, SUCCESS_PLAN_HEADINGS));
}
