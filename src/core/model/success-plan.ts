// A client's success plan (issue 14, seed 004): the goals and milestones of the master note's
// `## Success plan` section as checkboxes, summed up as how many are ticked. The section is read
// by core/report/success-plan.ts; this is the shape the card, the client view and the CLI show.

export interface SuccessPlan {
  /** Ticked boxes (`- [x]` or `- [X]`). */
  done: number;
  /** Open and ticked boxes (other task states, such as Tasks' cancelled `- [-]`, are left out). */
  total: number;
  /** done / total in whole percent, rounded down so 100 means every box is ticked. */
  percent: number;
}

/** The plan of these boxes; null without any. */
export function successPlanOf(items: readonly { done: boolean }[]): SuccessPlan | null {
  const total = items.length;
  if (total === 0) return null;
  let done = 0;
  for (const i of items) if (i.done) done++;
  return { done, total, percent: Math.floor((done * 100) / total) };
}

/** `3 of 5 goals and milestones done`. */
export function successPlanTitle(p: SuccessPlan): string {
  return `Success plan: ${p.done} of ${p.total} ${p.total === 1 ? "goal or milestone" : "goals and milestones"} done`;
}
