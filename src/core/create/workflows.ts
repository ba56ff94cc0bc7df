// Workflow templates (issue 14, item 5): a named list of steps with due offsets, inserted into a
// client note as a dated checklist section, or created as its own note linked to the client.
// Pure: `today` is a parameter; the command reads the note and writes through the note store.
import type { NoteChange } from "../change/actions";
import { addDaysToDay } from "../model/dates";
import type { ClientStatus, Day, NotePlan } from "../model/types";
import { inertText, noteBasename } from "../note/markdown";
import { sanitiseNoteName } from "../note/names";
import { readSection } from "../note/sections";
import { doubleQuoted, yamlScalar } from "../note/yaml-scalar";
import { propertyLink } from "./new-record";

export interface WorkflowStep {
  text: string;
  /** Days after the day the workflow is inserted; no due date without one. */
  offsetDays?: number;
}

export type WorkflowTarget = "section" | "note";

export interface Workflow {
  id: string;
  name: string;
  steps: WorkflowStep[];
  /** "section": a checklist under a dated heading of the client note; "note": a note of its own. */
  target: WorkflowTarget;
  /** A text to adapt and send, written under its own heading after the steps (note target). */
  draft?: { heading: string; lines: string[] };
}

/** Stands for the client's name in a step or a draft line; filled in made inert. */
export const CLIENT_PLACEHOLDER = "{{client}}";

const step = (text: string, offsetDays: number): WorkflowStep => ({ text, offsetDays });

export const BUILTIN_WORKFLOWS: readonly Workflow[] = [
  {
    id: "onboarding",
    name: "Onboarding checklist",
    target: "section",
    steps: [
      step("Send {{client}} the welcome email and the kickoff agenda", 0),
      step("Hold the kickoff call", 2),
      step("Collect access, accounts and contacts", 3),
      step("Share the project plan and milestones", 5),
      step("First check-in on progress", 14),
      step("30-day onboarding review", 30),
    ],
  },
  {
    id: "deal-review",
    name: "Deal review",
    target: "note",
    steps: [
      step("Confirm budget, authority, need and timeline", 0),
      step("Map the decision makers and the buying process", 1),
      step("Review open risks and competing options", 2),
      step("Agree the next step with the champion", 3),
      step("Decide go or no-go", 7),
    ],
  },
  {
    id: "relationship-map",
    name: "Relationship map",
    target: "note",
    steps: [
      step("List the stakeholders at {{client}} and their roles", 0),
      step("Mark the champion, the decision maker and the influencers", 0),
      step("Rate the strength of each relationship", 1),
      step("Find single-threaded gaps", 2),
      step("Plan one new contact for each gap", 7),
    ],
  },
  {
    id: "payment-collection",
    name: "Payment collection",
    target: "section",
    steps: [
      step("Check that the invoice was received", 0),
      step("Send a friendly payment reminder", 1),
      step("Call the billing contact", 7),
      step("Send a formal overdue notice", 14),
      step("Agree a payment plan or escalate", 21),
    ],
  },
  {
    id: "reactivation",
    name: "Reactivation",
    target: "section",
    steps: [
      step("Review the last interactions and why they went quiet", 0),
      step("Send {{client}} a personal check-in", 1),
      step("Share something useful: news, an idea, a case study", 7),
      step("Propose a short call", 14),
      step("Decide: continue or close out", 30),
    ],
  },
  {
    id: "offboarding",
    name: "Offboarding",
    target: "note",
    steps: [
      step("Confirm the end date and the final deliverables", 0),
      step("Hand over files, access and documentation", 3),
      step("Send the final invoice", 5),
      step("Send the end-of-engagement message (draft below)", 7),
      step("Ask for feedback and a testimonial", 14),
      step("Move the client to the last stage", 14),
    ],
    draft: {
      heading: "End-of-engagement message (draft)",
      lines: [
        "Hi {{client}} team,",
        "",
        "As our engagement comes to a close, thank you for the work we did together. You now have the files, access and documentation we handed over; tell me if anything is missing.",
        "",
        "It was a pleasure working with you. If you have a moment, a few words on how it went would mean a lot, and I am glad to help again whenever you need it.",
        "",
        "Best regards,",
      ],
    },
  },
];

/** `text` with the client's name filled in, as one inert line. */
function filled(text: string, clientName: string): string {
  return inertText(text.split(CLIENT_PLACEHOLDER).join(clientName)).trim();
}

/** The checklist lines: `- [ ] step (due YYYY-MM-DD)`, or without a due date for a step without an offset. */
export function workflowSteps(workflow: Workflow, client: ClientStatus, today: Day): string[] {
  return workflow.steps.map((s) => {
    const due = s.offsetDays === undefined ? "" : ` (due ${addDaysToDay(today, s.offsetDays)})`;
    return `- [ ] ${filled(s.text, client.client.name)}${due}`;
  });
}

/** The heading the steps go under: `## Workflow: <name> (YYYY-MM-DD)`. */
export function workflowHeading(workflow: Workflow, today: Day): string {
  return `## Workflow: ${inertText(workflow.name).trim()} (${today})`;
}

/** The steps appended under a new dated heading at the end of the client note; no property changes. */
export function planWorkflow(workflow: Workflow, client: ClientStatus, today: Day): NoteChange {
  return { patch: {}, section: workflowHeading(workflow, today), lines: workflowSteps(workflow, client, today) };
}

/**
 * `planWorkflow` for the note's text as it is: null when the note already has the workflow's
 * heading for that day (inserted before), so inserting twice on one day writes it once.
 */
export function planWorkflowInto(text: string, workflow: Workflow, client: ClientStatus, today: Day): NoteChange | null {
  const change = planWorkflow(workflow, client, today);
  return readSection(text, change.section) === null ? change : null;
}

export interface WorkflowNoteOptions {
  /** Folder of the new note; default the client note's folder. */
  folder?: string;
  /** How a link names the client note (Obsidian's link text); default its file name. */
  linkText?: string;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/**
 * The workflow as a note of its own: `<folder>/<Client> - <Workflow> YYYY-MM-DD.md` with
 * `type: workflow`, `client: "[[…]]"`, the workflow's name and the day, a title, the checklist
 * and the draft. The same workflow for the same client on the same day has the same path.
 */
export function planWorkflowNote(workflow: Workflow, client: ClientStatus, today: Day, options: WorkflowNoteOptions = {}): NotePlan {
  const c = client.client;
  const linkText = options.linkText ?? noteBasename(c.path);
  const folder = (options.folder ?? folderOf(c.path)).trim().replace(/^\/+|\/+$/g, "");
  const name = sanitiseNoteName(`${noteBasename(linkText)} - ${workflow.name} ${today}`);
  const lines = [
    "---",
    "type: workflow",
    `client: ${doubleQuoted(propertyLink(c.path, linkText))}`,
    `workflow: ${yamlScalar(workflow.name.replace(/[\r\n]+/g, " ").trim())}`,
    `created: ${today}`,
    "---",
    `# ${inertText(workflow.name).trim()}: ${inertText(c.name).trim()}`,
    "",
    ...workflowSteps(workflow, client, today),
  ];
  if (workflow.draft) {
    lines.push("", `## ${inertText(workflow.draft.heading).trim()}`, "");
    for (const line of workflow.draft.lines) lines.push(filled(line, c.name));
  }
  return { path: folder === "" ? `${name}.md` : `${folder}/${name}.md`, content: `${lines.join("\n")}\n` };
}
