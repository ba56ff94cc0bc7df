import { describe, expect, it } from "vitest";
import { MAX_OFFSET_DAYS, MAX_STEPS, parseWorkflowNote } from "../../../src/core/create/workflow-note";
import { expectLinear } from "../../helpers/linear";

describe("parseWorkflowNote", () => {
  it("reads the title as the name and each '- [ ]' line as a step, with an optional (+N days) offset", () => {
    const text = "# Kickoff\n\nSome intro.\n\n- [ ] Send the agenda\n- [ ] Hold the call (+2 days)\n  * [ ] Follow up   (+1 day)  \n- [x] Done already (+3 days)\n- plain item\n";
    expect(parseWorkflowNote("Templates/Workflows/Kickoff call.md", text)).toEqual({
      id: "note:Templates/Workflows/Kickoff call.md",
      name: "Kickoff call",
      target: "section",
      steps: [{ text: "Send the agenda" }, { text: "Hold the call", offsetDays: 2 }, { text: "Follow up", offsetDays: 1 }],
    });
  });

  it("frontmatter target: note makes a note of its own; section, quoted values and comments are read too", () => {
    const steps = "- [ ] One\n";
    expect(parseWorkflowNote("W/a.md", `---\ntags: [x]\ntarget: note\n---\n${steps}`)).toMatchObject({ target: "note" });
    expect(parseWorkflowNote("W/a.md", `---\ntarget: "Note" # own note\n---\n${steps}`)).toMatchObject({ target: "note" });
    expect(parseWorkflowNote("W/a.md", `---\ntarget: section\n---\n${steps}`)).toMatchObject({ target: "section" });
    expect(parseWorkflowNote("W/a.md", `---\ntype: workflow\n---\n${steps}`)).toMatchObject({ target: "section" });
    expect(parseWorkflowNote("W/a.md", `---\ntarget: sidebar\n---\n${steps}`)).toEqual({ problem: '"W/a.md": target must be "note" or "section", not "sidebar"' });
  });

  it("reads CRLF notes and skips '- [ ]' lines inside fenced code blocks", () => {
    const text = "---\r\ntarget: note\r\n---\r\n- [ ] Real (+4 days)\r\n```md\r\n- [ ] Example\r\n```\r\n~~~~\r\n- [ ] Also example\r\n~~~\r\n~~~~\r\n- [ ] After (+0 days)\r\n";
    expect(parseWorkflowNote("W/b.md", text)).toMatchObject({ target: "note", steps: [{ text: "Real", offsetDays: 4 }, { text: "After", offsetDays: 0 }] });
  });

  it("says why a note is not a workflow", () => {
    expect(parseWorkflowNote("W/empty.md", "# Nothing to do\n- [x] done\n")).toEqual({ problem: '"W/empty.md" has no "- [ ]" steps' });
    expect(parseWorkflowNote("W/far.md", `- [ ] Later (+${MAX_OFFSET_DAYS + 1} days)\n`)).toEqual({ problem: `"W/far.md": the offset "(+${MAX_OFFSET_DAYS + 1} days)" is more than ${MAX_OFFSET_DAYS} days` });
    expect(parseWorkflowNote("W/bare.md", "- [ ] (+3 days)\n")).toEqual({ problem: '"W/bare.md": the step "(+3 days)" has no text' });
    expect(parseWorkflowNote("W/.md", "- [ ] x\n")).toEqual({ problem: '"W/.md" has no name' });
    expect(parseWorkflowNote("W/long.md", "- [ ] x\n".repeat(MAX_STEPS))).toMatchObject({ name: "long" });
    expect(parseWorkflowNote("W/long.md", "- [ ] x\n".repeat(MAX_STEPS + 1))).toEqual({ problem: `"W/long.md" has more than ${MAX_STEPS} steps` });
  });

  it("keeps step text as written (made inert only when it is inserted)", () => {
    expect(parseWorkflowNote("W/c.md", "- [ ] Call [[Bob]] about {{client}} (+ 2 days)\n")).toMatchObject({ steps: [{ text: "Call [[Bob]] about {{client}} (+ 2 days)" }] });
  });

  /** The input is built (and flattened, by one search through it) untimed; only the parse is timed. */
  const flat = (text: string) => (text.indexOf("\0") < 0 ? text : text);
  const linear = (label: string, make: (n: number) => string, n: number) => expectLinear(label, (size) => flat(make(size)), (text) => parseWorkflowNote("W/x.md", text), n);

  it("is linear on hostile notes", () => {
    linear("a long target line", (n) => `---\ntarget: ${" #".repeat(n)}\u2028\n---\n- [ ] a\n`, 4000);
    linear("many lines that are not steps", (n) => `- [ ] one\n${`- [x] ${"(+1 day)".repeat(30)} x\n  - [ ]${" \t".repeat(30)}\n`.repeat(n)}`, 2000);
    linear("one long step line", (n) => `- [ ] ${"(+1 days)".repeat(n)}${" ".repeat(n)}x\n`, 20000);
    linear("unclosed fence", (n) => `\`\`\`\n${`\`\`\`${"x".repeat(60)}\n- [ ] a ${"(+1 day)".repeat(10)}\n`.repeat(n)}`, 2000);
  });
});
