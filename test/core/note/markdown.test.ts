import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine } from "../../../src/core/change/actions";
import { escapeMarkdown, inertText, joinLines } from "../../../src/core/note/markdown";

const OLD_JOIN = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ");

function timed(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

describe("joining lines is linear (issue 11, item 8)", () => {
  const SPACES = " ".repeat(200_000);
  const inputs = [`a${SPACES}b`, `a${SPACES}\n`, `${" \n ".repeat(100_000)}x`, `${"\n".repeat(10)}${SPACES}x${SPACES}`];

  it("escapeMarkdown, inertText and oneLine finish 1 MB adversarial lines in well under a second", () => {
    for (const s of inputs) {
      expect(timed(() => escapeMarkdown(s))).toBeLessThan(1000);
      expect(timed(() => inertText(s))).toBeLessThan(1000);
      expect(timed(() => oneLine(s))).toBeLessThan(1000);
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
    expect(inertText("\\[[x]]")).toBe("\\\\\\[\\[x\\]\\]");
  });

  it("leaves no <, [[, backtick or %% in any text", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = inertText(s);
      for (const bad of ["<", "[[", "`", "%%", "\n", "\r"]) expect(out).not.toContain(bad);
      expect(escapeMarkdown(s)).not.toMatch(/<%|\[\[|`=|%%|[\r\n]/);
    }));
  });
});
