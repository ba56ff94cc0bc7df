// The write of "Insert workflow" into a client note, through the note store: the checklist is
// planned from the note's text at write time, so inserting the same workflow twice on one day
// (two quick runs) writes it once, and the note must still be a client note.
import type { TFile } from "obsidian";
import { planWorkflowInto, type Workflow } from "../core/create/workflows";
import { isClientFrontmatter } from "../core/model/client";
import type { ClientStatus } from "../core/model/types";
import type { WriteContext } from "./writes";

export type WorkflowWrite = "written" | "already" | "not-client" | "failed";

/** Appends workflow `w`'s dated checklist to client `c`'s note, as one undoable change. */
export async function writeWorkflow(w: WriteContext, c: ClientStatus, workflow: Workflow, file: TFile): Promise<{ outcome: WorkflowWrite; steps: number }> {
  let outcome: WorkflowWrite = "written";
  let steps = 0;
  const ok = await w.store.apply(file, (fm, text) => {
    if (!isClientFrontmatter(fm)) {
      outcome = "not-client";
      return null;
    }
    const change = planWorkflowInto(text, workflow, c, w.today());
    if (change === null) outcome = "already";
    steps = change?.lines.length ?? 0;
    return change;
  }, w.store.journal.begin(`Insert the workflow ${workflow.name} for ${c.client.name}`));
  return { outcome: ok ? outcome : "failed", steps };
}
