// "Move inline fields to properties" planned per note: each field's status, and the note after the
// move is what the preview said: only the moved fields leave the body, only their keys change in
// the frontmatter, comments stay.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import { applyInlineMoves, describeMove, movePatch, moves, planInlineMoves } from "../../../src/core/change/inline-move";
import { findFrontmatter } from "../../../src/core/note/frontmatter-block";

const yamlParse = (s: string) => parse(s) as unknown;
const OPTS = { stages: ["Discovery", "Proposal", "Active", "Retention", "Sunset"], parse: yamlParse };
const plan = (text: string) => planInlineMoves("Clients/Acme.md", text, OPTS);
const rows = (text: string) => plan(text).moves.map((m) => [m.key, m.written, describeMove(m)]);
const after = (text: string) => {
  const out = applyInlineMoves(text, plan(text), yamlParse);
  if (!("text" in out)) throw new Error(out.problem);
  return out.text;
};

describe("planInlineMoves", () => {
  it("says new, replaces, same, conflict and skipped, per field", () => {
    const text = "---\ntype: client\nstage: Active\nvalue:\nhealth_growth: lots\n---\nstage:: Proposal\nvalue:: 1200\nhealth_growth:: 4\nnext_action:: Call Ann\nhealth_profitability:: 9\nlast_contact:: yesterday\n(stage:: active)\nfavourite:: tea\n";
    expect(rows(text)).toEqual([
      ["stage", "Proposal", 'conflict: property already set to "Active" (left alone)'],
      ["value", "1200", "replaces an empty value"],
      ["health_growth", "4", 'replaces "lots"'],
      ["next_action", "Call Ann", "new"],
      ["health_profitability", "9", 'skipped: "9" is not a number from 1 to 5 (left in the body)'],
      ["last_contact", "yesterday", 'skipped: "yesterday" is not a date YYYY-MM-DD (left in the body)'],
      ["stage", "active", "already the property's value (removed from the body)"],
    ]);
    expect(movePatch(plan(text))).toEqual({ value: 1200, health_growth: 4, next_action: "Call Ann" });
  });

  it("reads values as the field table's kind: date, number, link, list", () => {
    const text = "---\ntype: client\n---\nrenewal:: 2027-01-31\nvalue:: 12.5\nchampion:: [[Ann Lee]]\ntags:: #b2b, agency\n";
    expect(movePatch(plan(text))).toEqual({ renewal: "2027-01-31", value: 12.5, champion: "[[Ann Lee]]", tags: ["b2b", "agency"] });
  });

  it("a second field of the same key: removed when it agrees, a conflict when it does not", () => {
    const text = "---\ntype: client\n---\nvalue:: 3\nx [value:: 3]\ny [value:: 4]\n";
    expect(rows(text).map((r) => r[2])).toEqual(["new", "already the property's value (removed from the body)", 'conflict: the field on line 4 sets 3 (left alone)']);
    expect(after(text)).toBe("---\ntype: client\nvalue: 3\n---\nx\ny [value:: 4]\n");
  });

  it("never moves type, and plans nothing for a note that is not a client or has invalid YAML", () => {
    expect(rows("---\ntype: client\n---\ntype:: contact\n")).toEqual([]);
    expect(plan("---\ntype: contact\n---\nstage:: Active\n").problem).toBe("it is not a client note");
    expect(plan("---\ntype: client\nstage: [\n---\nstage:: Active\n").problem).toMatch(/not valid YAML/);
  });

  it("leaves fields in code fences and the frontmatter alone", () => {
    const text = "---\ntype: client\n# stage:: Active\n---\n```\nstage:: Active\n```\n";
    expect(rows(text)).toEqual([]);
  });

  it("moves into the frontmatter line by line, keeping comments", () => {
    const text = "---\ntype: client # kind\n# the stage is below\nstage: Active\n---\n# Acme\n\nstage:: Active\nnext_action_due:: 2026-12-01\nBody.\n";
    expect(after(text)).toBe("---\ntype: client # kind\n# the stage is below\nstage: Active\nnext_action_due: 2026-12-01\n---\n# Acme\n\nBody.\n");
  });

  it("writes nothing when the properties cannot be edited line by line", () => {
    const text = "---\ntype: client\ntags: &t [a] # anchored\n---\ntags:: b\n";
    expect(rows(text)[0]?.[2]).toMatch(/^replaces|^conflict/);
    const t2 = "---\ntype: client\nvalue: &v # anchored\n---\nvalue:: 5\n";
    const out = applyInlineMoves(t2, plan(t2), yamlParse);
    expect("problem" in out ? out.problem : out.text).toMatch(/comment|line by line/);
  });
});

// The property test: generated notes, the plan applied, and the note checked against the plan.
const KEYS = ["stage", "value", "health_growth", "next_action_due", "tags", "Stage", "champion", "hobby"];
const VALUES = ["Active", "Proposal", "3", "9", "2026-12-01", "nope", "[[Ann]]", "a b", ""];
const field = fc.record({ key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) });
const bodyLine = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((n) => ({ text: `plain ${n} *x* [[L]]`, kind: "plain" as const })),
  field.map((f) => ({ text: `${f.key}:: ${f.value}`, kind: "full" as const })),
  fc.tuple(field, fc.constantFrom("[", "(")).map(([f, w]) => ({ text: `note ${w}${f.key}:: ${f.value}${w === "[" ? "]" : ")"} tail`, kind: "inline" as const })),
  field.map((f) => ({ text: `\`\`\`\n${f.key}:: ${f.value}\n\`\`\``, kind: "fence" as const })),
);
const fmLine = fc.constantFrom("stage: Active", "stage:", "value: 100", "value: lots", "health_growth: 2", "# a comment", "tags: [b2b] # tagged", "company: Acme");

describe("preview equals result (property)", () => {
  it("only moved fields leave the body; only the planned keys change; comments stay", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fmLine, { selector: (l) => l.split(":")[0] }), fc.array(bodyLine, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (fm, body, eol) => {
        const yaml = ["type: client", ...fm].join(eol);
        const lines = body.flatMap((b) => b.text.split("\n"));
        const text = `---${eol}${yaml}${eol}---${eol}${lines.map((l) => l + eol).join("")}`;
        const p = plan(text);
        const out = applyInlineMoves(text, p, yamlParse);
        if (!("text" in out)) return;
        const result = out.text;
        // The frontmatter: the planned keys as planned, every other key as it was, comments kept.
        const before = parse(yaml) as Record<string, unknown>;
        const block = findFrontmatter(result);
        const got = parse(block.yaml) as Record<string, unknown>;
        expect(got).toEqual({ ...before, ...movePatch(p) });
        for (const l of yaml.split(eol)) if (l.includes("#")) expect(block.yaml.split(eol)).toContain(l);
        // The body: lines without a moved field are byte for byte the same, in order.
        const movedLines = new Set(p.moves.filter(moves).map((m) => m.line));
        const full = new Set(p.moves.filter((m) => moves(m) && m.hit.wrapping === null).map((m) => m.line));
        const outBody = result.slice(block.bodyStart).split(eol);
        const firstBodyLine = yaml.split(eol).length + 3; // 1-based line of the first body line
        let j = 0;
        lines.forEach((line, i) => {
          const n = firstBodyLine + i;
          if (!movedLines.has(n)) expect(outBody[j++]).toBe(line);
          else if (!full.has(n)) {
            const kept = outBody[j++] ?? "";
            for (const m of p.moves.filter((x) => x.line === n && moves(x))) expect(kept).not.toContain(text.slice(m.hit.start, m.hit.end));
            expect(kept.startsWith("note")).toBe(true);
          }
        });
        expect(outBody.slice(j)).toEqual([""]);
        // What stays is not moved by a second run; the skipped and conflicting fields are still there.
        expect(plan(result).moves.filter(moves)).toEqual([]);
        for (const m of p.moves.filter((x) => !moves(x))) expect(result).toContain(text.slice(m.hit.start, m.hit.end));
      }),
      { numRuns: 200 },
    );
  });
});
