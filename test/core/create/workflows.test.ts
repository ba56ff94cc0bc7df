import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_WORKFLOWS, planWorkflow, planWorkflowInto, planWorkflowNote, workflowHeading, type Workflow,
} from "../../../src/core/create/workflows";
import { addDaysToDay } from "../../../src/core/model/dates";
import { findFrontmatter } from "../../../src/core/note/frontmatter-block";
import { appendToSection, readSection } from "../../../src/core/note/sections";
import { verifyApproved } from "../../helpers/approve";
import { clientStatus, TODAY } from "../../helpers/builders";

const acme = clientStatus("Clients/Acme Robotics.md", { company: "Acme Robotics", client_id: "CLI-00001", stage: "Active" });
const byId = (id: string): Workflow => {
  const w = BUILTIN_WORKFLOWS.find((x) => x.id === id);
  if (!w) throw new Error(`no built-in ${id}`);
  return w;
};
const frontmatterOf = (text: string) => parse(findFrontmatter(text).yaml) as Record<string, unknown>;

/** Each built-in: its target and its steps with the days after today they are due. */
const EXPECTED: Record<string, { name: string; target: "section" | "note"; steps: [string, number][] }> = {
  onboarding: {
    name: "Onboarding checklist",
    target: "section",
    steps: [
      ["Send Acme Robotics the welcome email and the kickoff agenda", 0],
      ["Hold the kickoff call", 2],
      ["Collect access, accounts and contacts", 3],
      ["Share the project plan and milestones", 5],
      ["First check-in on progress", 14],
      ["30-day onboarding review", 30],
    ],
  },
  "deal-review": {
    name: "Deal review",
    target: "note",
    steps: [
      ["Confirm budget, authority, need and timeline", 0],
      ["Map the decision makers and the buying process", 1],
      ["Review open risks and competing options", 2],
      ["Agree the next step with the champion", 3],
      ["Decide go or no-go", 7],
    ],
  },
  "relationship-map": {
    name: "Relationship map",
    target: "note",
    steps: [
      ["List the stakeholders at Acme Robotics and their roles", 0],
      ["Mark the champion, the decision maker and the influencers", 0],
      ["Rate the strength of each relationship", 1],
      ["Find single-threaded gaps", 2],
      ["Plan one new contact for each gap", 7],
    ],
  },
  "payment-collection": {
    name: "Payment collection",
    target: "section",
    steps: [
      ["Check that the invoice was received", 0],
      ["Send a friendly payment reminder", 1],
      ["Call the billing contact", 7],
      ["Send a formal overdue notice", 14],
      ["Agree a payment plan or escalate", 21],
    ],
  },
  reactivation: {
    name: "Reactivation",
    target: "section",
    steps: [
      ["Review the last interactions and why they went quiet", 0],
      ["Send Acme Robotics a personal check-in", 1],
      ["Share something useful: news, an idea, a case study", 7],
      ["Propose a short call", 14],
      ["Decide: continue or close out", 30],
    ],
  },
  offboarding: {
    name: "Offboarding",
    target: "note",
    steps: [
      ["Confirm the end date and the final deliverables", 0],
      ["Hand over files, access and documentation", 3],
      ["Send the final invoice", 5],
      ["Send the end-of-engagement message (draft below)", 7],
      ["Ask for feedback and a testimonial", 14],
      ["Move the client to the last stage", 14],
    ],
  },
};

describe("built-in workflows", () => {
  it("are the six of the issue, with unique ids", () => {
    expect(BUILTIN_WORKFLOWS.map((w) => w.id)).toEqual(Object.keys(EXPECTED));
  });

  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`${id}: its name, target, steps and due days`, () => {
      const w = byId(id);
      expect(w.name).toBe(want.name);
      expect(w.target).toBe(want.target);
      const change = planWorkflow(w, acme, TODAY);
      expect(change.patch).toEqual({});
      expect(change.section).toBe(`## Workflow: ${want.name} (2026-11-21)`);
      expect(change.lines).toEqual(want.steps.map(([text, days]) => `- [ ] ${text} (due ${addDaysToDay(TODAY, days)})`));
    });
  }

  it("due days are calendar days counted from the day given, across a month and a year end", () => {
    const lines = planWorkflow(byId("onboarding"), acme, "2026-12-20").lines;
    expect(lines[0]).toMatch(/\(due 2026-12-20\)$/);
    expect(lines[4]).toMatch(/\(due 2027-01-03\)$/);
    expect(lines[5]).toMatch(/\(due 2027-01-19\)$/);
  });

  it("offboarding carries the end-of-engagement message draft, addressed to the client", () => {
    const note = planWorkflowNote(byId("offboarding"), acme, TODAY);
    expect(note.content).toContain("## End-of-engagement message (draft)\n\nHi Acme Robotics team,\n");
  });

  it("a step without an offset has no due date", () => {
    const w: Workflow = { id: "x", name: "Plain", target: "section", steps: [{ text: "Just do it" }] };
    expect(planWorkflow(w, acme, TODAY).lines).toEqual(["- [ ] Just do it"]);
  });
});

describe("inserting a workflow into a client note", () => {
  const note = "---\ntype: client\ncompany: Acme Robotics\n---\n# Acme Robotics\n\n## Interaction log\n- 2026-11-01 · call · hi\n";

  it("appends a new dated heading with the steps at the end of the note, after one blank line", () => {
    const change = planWorkflowInto(note, byId("payment-collection"), acme, TODAY);
    if (!change) throw new Error("nothing planned");
    const after = appendToSection(note, change.section, change.lines);
    expect(after).toBe(
      `${note}\n## Workflow: Payment collection (2026-11-21)\n` +
        "- [ ] Check that the invoice was received (due 2026-11-21)\n" +
        "- [ ] Send a friendly payment reminder (due 2026-11-22)\n" +
        "- [ ] Call the billing contact (due 2026-11-28)\n" +
        "- [ ] Send a formal overdue notice (due 2026-12-05)\n" +
        "- [ ] Agree a payment plan or escalate (due 2026-12-12)\n",
    );
  });

  it("twice on the same day writes it once: the second plan is nothing, even with steps ticked meanwhile", () => {
    const w = byId("onboarding");
    const first = planWorkflowInto(note, w, acme, TODAY);
    if (!first) throw new Error("nothing planned");
    const once = appendToSection(note, first.section, first.lines);
    expect(planWorkflowInto(once, w, acme, TODAY)).toBeNull();
    expect(planWorkflowInto(once.replace("- [ ] Hold", "- [x] Hold"), w, acme, TODAY)).toBeNull();
    // Another day, or another workflow, is a new checklist.
    expect(planWorkflowInto(once, w, acme, "2026-11-22")).not.toBeNull();
    expect(planWorkflowInto(once, byId("reactivation"), acme, TODAY)).not.toBeNull();
  });

  it("a heading only quoted in a code block is not an earlier insert", () => {
    const quoted = `${note}\`\`\`\n${workflowHeading(byId("onboarding"), TODAY)}\n\`\`\`\n`;
    expect(planWorkflowInto(quoted, byId("onboarding"), acme, TODAY)).not.toBeNull();
  });

  it("keeps every byte of random notes and adds only the heading and the steps (property)", () => {
    const w = byId("onboarding");
    const heading = workflowHeading(w, TODAY);
    const fragment = fc.oneof(
      fc.constantFrom("", "  ", "# Title", "## Interaction log", "- [ ] a task", "```", "~~~~", "%%", "<!--", "-->", "$$", "---", heading, `${heading}  `, "\uFEFF", "text ``` not a fence"),
      fc.string({ maxLength: 12 }),
    );
    const body = fc.record({
      lines: fc.array(fragment, { maxLength: 12 }),
      eol: fc.constantFrom("\n", "\r\n"),
      frontmatter: fc.boolean(),
      trailing: fc.boolean(),
    }).map(({ lines, eol, frontmatter, trailing }) => (frontmatter ? `---${eol}type: client${eol}---${eol}` : "") + lines.join(eol) + (trailing ? eol : ""));
    fc.assert(
      fc.property(body, (text) => {
        const change = planWorkflowInto(text, w, acme, TODAY);
        if (change === null) {
          expect(readSection(text, heading)).not.toBeNull();
          return;
        }
        const after = appendToSection(text, change.section, change.lines);
        expect(after.slice(0, text.length)).toBe(text);
        const added = after.slice(text.length).split(/\r?\n/).filter((l) => l.trim() !== "");
        // Before the heading, at most the closing marks of a block left open to the end of the note.
        const tail = added.slice(-change.lines.length - 1);
        expect(tail).toEqual([heading, ...change.lines]);
        for (const extra of added.slice(0, -change.lines.length - 1)) expect(extra).toMatch(/^(`{3,}|~{3,}|%%|-->|\$\$)$/);
        expect(readSection(after, heading)).toEqual(change.lines);
        expect(planWorkflowInto(after, w, acme, TODAY)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});

describe("inert client names and workflow text", () => {
  const evil = clientStatus("Clients/Evil.md", { company: "Evil [[Trap]] <b>x</b> `=this` %%c%% \\ co" });
  const w: Workflow = {
    id: "note:Templates/Workflows/Bad [[x]].md",
    name: "Bad [[x]] <i>",
    target: "section",
    steps: [{ text: "Call {{client}} about ![[embed]] <% tp.date %>", offsetDays: 1 }],
    draft: { heading: "Draft [[h]]", lines: ["Dear {{client}},"] },
  };
  const active = /\[\[|<[a-z%]|`|%%/i;

  it("the steps and the heading hold no link, embed, tag, code or comment", () => {
    const change = planWorkflow(w, evil, TODAY);
    expect(change.section).toBe("## Workflow: Bad \\[\\[x\\]\\] &lt;i> (2026-11-21)");
    expect(change.lines).toEqual(["- [ ] Call Evil \\[\\[Trap\\]\\] &lt;b>x&lt;/b> &#96;=this&#96; %\\%c%\\% \\\\ co about !\\[\\[embed\\]\\] &lt;% tp.date %> (due 2026-11-22)"]);
    for (const line of [change.section, ...change.lines]) expect(line.replace(/\\./g, "")).not.toMatch(active);
  });

  it("the note of its own: inert title, steps and draft; the client property is one plain link", () => {
    const plan = planWorkflowNote({ ...w, target: "note" }, evil, TODAY, { folder: "Clients/Workflows" });
    const body = plan.content.slice(findFrontmatter(plan.content).bodyStart);
    for (const line of body.split("\n")) expect(line.replace(/\\./g, "")).not.toMatch(active);
    const fm = frontmatterOf(plan.content);
    expect(fm.type).toBe("workflow");
    expect(fm.client).toBe("[[Evil]]");
    expect(fm.workflow).toBe("Bad [[x]] <i>");
    expect(plan.path).toBe("Clients/Workflows/Evil - Bad x i 2026-11-21.md");
  });
});

describe("planWorkflowNote", () => {
  it("writes the offboarding note for a client (approved output)", () => {
    const plan = planWorkflowNote(byId("offboarding"), acme, TODAY, { folder: "Clients/Workflows" });
    expect(plan.path).toBe("Clients/Workflows/Acme Robotics - Offboarding 2026-11-21.md");
    verifyApproved(__dirname, "workflow-note-offboarding", plan.content);
    expect(frontmatterOf(plan.content)).toEqual({ type: "workflow", client: "[[Acme Robotics]]", workflow: "Offboarding", created: "2026-11-21" });
  });

  it("links the client by the link text given (a path when the name is not unique), in the client's folder by default", () => {
    const plan = planWorkflowNote(byId("deal-review"), acme, TODAY, { linkText: "Clients/Acme Robotics" });
    expect(plan.path).toBe("Clients/Acme Robotics - Deal review 2026-11-21.md");
    expect(frontmatterOf(plan.content).client).toBe("[[Clients/Acme Robotics]]");
  });

  it("the same workflow, client and day always give the same path; another day another", () => {
    const a = planWorkflowNote(byId("deal-review"), acme, TODAY).path;
    expect(planWorkflowNote(byId("deal-review"), acme, TODAY).path).toBe(a);
    expect(planWorkflowNote(byId("deal-review"), acme, "2026-11-22").path).not.toBe(a);
  });
});
