import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine } from "../../../src/core/change/actions";
import { escapeMarkdown, inertText, joinLines, sealedLine } from "../../../src/core/note/markdown";
import { appendToSection, readSection } from "../../../src/core/note/sections";
import { expectLinear } from "../../helpers/linear";

const OLD_JOIN = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ");

describe("joining lines is linear (issue 11, item 8)", () => {
  // Hostile lines of about n characters: long runs of spaces with and without a line break after
  // them. At n = 4,000 a quadratic scan (the old pattern) takes ~10 ms, at 8n ~0.6 s, so it fails.
  const N = 4000;
  const inputs: Record<string, (n: number) => string> = {
    "spaces between words": (n) => `a${" ".repeat(n)}b`,
    "spaces before a line break": (n) => `a${" ".repeat(n)}\n`,
    "space-newline-space runs": (n) => `${" \n ".repeat(n / 4)}x`,
    "breaks, then spaces around a word": (n) => `${"\n".repeat(10)}${" ".repeat(n / 2)}x${" ".repeat(n / 2)}`,
  };
  const functions: Record<string, (s: string) => unknown> = { escapeMarkdown, inertText, oneLine };

  it("escapeMarkdown, inertText and oneLine grow linearly on adversarial lines", () => {
    for (const [inputName, input] of Object.entries(inputs)) {
      for (const [name, f] of Object.entries(functions)) expectLinear(`${name} on ${inputName}`, input, f, N);
    }
  });

  it("joinLines gives what the old pattern gave", () => {
    const piece = fc.constantFrom(" ", "\t", "\n", "\r", "\r\n", "a", "b c", "\u00a0", "\u2028");
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join("")), (s) => {
      expect(joinLines(s)).toBe(OLD_JOIN(s));
    }), { numRuns: 3000 });
  });
});

describe("inertText (issue 11, item 7)", () => {
  it("escapes what could become a tag, link, embed, code or comment, and keeps the other text", () => {
    expect(inertText("<% tp.file %> ![[x]] [a](b) `=this.x` `$=dv` %%c%% <b>hi</b> **bold**")).toBe(
      "&lt;% tp.file %> !\\[\\[x\\]\\] \\[a\\](b) &#96;=this.x&#96; &#96;$=dv&#96; %\\%c%\\% &lt;b>hi&lt;/b> **bold**",
    );
    expect(inertText("costs $$ and $5")).toBe("costs $\\$ and $5");
    expect(inertText("\\[[x]]")).toBe("\\\\\\[\\[x\\]\\]");
  });

  it("leaves no <, [[, backtick or %% in any text", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = inertText(s);
      for (const bad of ["<", "[[", "`", "%%", "$$", "\n", "\r"]) expect(out).not.toContain(bad);
      expect(escapeMarkdown(s)).not.toMatch(/<%|\[\[|`=|%%|[\r\n]/);
    }));
  });
});

describe("sealedLine: typed text that cannot swallow the note", () => {
  it("escapes the marks of a comment or math block the line leaves open, and keeps balanced ones as typed", () => {
    expect(sealedLine("$$")).toBe("$\\$");
    expect(sealedLine("see %% later")).toBe("see %\\% later");
    expect(sealedLine("a <!-- b")).toBe("a &lt;!-- b");
    expect(sealedLine("%% aside %% then $$")).toBe("%\\% aside %\\% then $\\$");
    for (const kept of ["%% aside %%", "$$x^2$$", "<!-- x -->", "`$$` in code", "costs $5", "plain"]) expect(sealedLine(kept)).toBe(kept);
  });

  it("a sealed line appended under a heading leaves every later heading a heading (fast-check seed -860828282)", () => {
    const note = "## Health history\n# Acme";
    const after = appendToSection(note, "## Health history", [`- 2026-11-21: P4 = 80 — ${sealedLine("$$")}`]);
    expect(after).toBe("## Health history\n- 2026-11-21: P4 = 80 — $\\$\n# Acme");
    expect(readSection(after, "## Health history")).toEqual(["- 2026-11-21: P4 = 80 — $\\$"]);
    expect(readSection(after, "# Acme")).toEqual([]);
  });

  it("never leaves a region open, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("%", "$", "<", "!", "-", "`", "x", " ") }), (s) => {
      const note = `## H\n# After`;
      const line = `- ${sealedLine(s)} .`;
      const after = appendToSection(note, "## H", [line]);
      expect(readSection(after, "# After")).toEqual([]);
      expect(readSection(after, "## H")).toEqual([line]);
    }));
  });
});
