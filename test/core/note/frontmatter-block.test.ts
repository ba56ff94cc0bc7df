import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectEol, findFrontmatter } from "../../../src/core/note/frontmatter-block";

/** The block's offsets must point at its yaml, and the body must be what follows the fence. */
function expectConsistent(text: string) {
  const fm = findFrontmatter(text);
  expect(text.slice(fm.from, fm.to)).toBe(fm.yaml);
  expect(fm.from).toBeLessThanOrEqual(fm.to);
  expect(fm.to).toBeLessThanOrEqual(fm.bodyStart);
  return fm;
}

describe("findFrontmatter", () => {
  it("finds a plain LF block", () => {
    const text = "---\ntype: client\ncompany: Acme\n---\n# Acme\n";
    const fm = expectConsistent(text);
    expect(fm).toMatchObject({ exists: true, bom: false, yaml: "type: client\ncompany: Acme", eol: "\n" });
    expect(text.slice(fm.bodyStart)).toBe("# Acme\n");
  });

  it("handles CRLF: yaml keeps its inner CRLF, not the one before the closing fence", () => {
    const text = "---\r\ntype: client\r\nstage: Active\r\n---\r\nBody\r\n";
    const fm = expectConsistent(text);
    expect(fm).toMatchObject({ exists: true, yaml: "type: client\r\nstage: Active", eol: "\r\n" });
    expect(text.slice(fm.bodyStart)).toBe("Body\r\n");
  });

  it("skips a byte order mark and reports it", () => {
    const text = "\uFEFF---\na: 1\n---\nBody";
    const fm = expectConsistent(text);
    expect(fm).toMatchObject({ exists: true, bom: true, yaml: "a: 1" });
    expect(fm.from).toBe(5);
    expect(text.slice(fm.bodyStart)).toBe("Body");
  });

  it("reports a BOM without frontmatter; the body starts after it", () => {
    const fm = expectConsistent("\uFEFF# Title\n");
    expect(fm).toMatchObject({ exists: false, bom: true, bodyStart: 1 });
  });

  it("accepts an empty block", () => {
    for (const text of ["---\n---\n", "---\r\n---\r\nx", "---\n---"]) {
      const fm = expectConsistent(text);
      expect(fm.exists).toBe(true);
      expect(fm.yaml).toBe("");
      expect(text.slice(0, fm.bodyStart).replace(/\r/g, "")).toBe("---\n---" + (text.length > 7 ? "\n" : ""));
    }
  });

  it("accepts a block holding only a blank line", () => {
    const fm = expectConsistent("---\n\n---\nx");
    expect(fm.exists).toBe(true);
    expect(fm.yaml.trim()).toBe("");
  });

  it("ends at the first closing fence; a later --- in the body is a thematic break", () => {
    const text = "---\na: 1\n---\nText\n\n---\n\nMore\n";
    const fm = expectConsistent(text);
    expect(fm.yaml).toBe("a: 1");
    expect(text.slice(fm.bodyStart)).toBe("Text\n\n---\n\nMore\n");
  });

  it("is not frontmatter when the --- is not on the first line", () => {
    for (const text of ["\n---\na: 1\n---\n", "# T\n---\na: 1\n---\n", " ---\na: 1\n---\n", "Text\n\n---\n"]) {
      expect(findFrontmatter(text).exists).toBe(false);
      expect(findFrontmatter(text).bodyStart).toBe(0);
    }
  });

  it("has no frontmatter without a closing fence", () => {
    for (const text of ["---\na: 1\n", "---\na: 1", "---", "---\n", "---\r\n", "---\n...\n", ""]) {
      const fm = expectConsistent(text);
      expect(fm.exists).toBe(false);
      expect(fm.yaml).toBe("");
    }
  });

  it("allows trailing spaces and tabs on both fences, but nothing else", () => {
    const fm = expectConsistent("---  \na: 1\n--- \t\nBody");
    expect(fm).toMatchObject({ exists: true, yaml: "a: 1" });
    expect(findFrontmatter("--- x\na: 1\n---\n").exists).toBe(false);
    expect(findFrontmatter("----\na: 1\n----\n").exists).toBe(false);
    expect(expectConsistent("---\na: 1\n---x\n").exists).toBe(false);
  });

  it("ignores code fences: a --- inside a body code block is not frontmatter", () => {
    const text = "---\na: 1\n---\n```\n---\n```\n";
    const fm = expectConsistent(text);
    expect(fm.yaml).toBe("a: 1");
    expect(text.slice(fm.bodyStart)).toBe("```\n---\n```\n");
    expect(findFrontmatter("```\n---\n```\n").exists).toBe(false);
  });

  it("closes at a fence at the very end without a line break", () => {
    const text = "---\na: 1\n---";
    const fm = expectConsistent(text);
    expect(fm).toMatchObject({ exists: true, yaml: "a: 1", bodyStart: text.length });
  });

  it("never throws and keeps its offsets consistent for any text", () => {
    const piece = fc.constantFrom("---", "--- ", "a: 1", "", "\uFEFF", "```", "x", "...");
    const text = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.array(fc.constantFrom("\n", "\r\n"), { maxLength: 8 }))
      .map(([lines, eols]) => lines.map((l, i) => l + (eols[i] ?? "")).join(""));
    fc.assert(fc.property(fc.oneof(text, fc.string()), (t) => {
      const fm = expectConsistent(t);
      if (fm.exists) {
        // Rebuilding the text from its parts gives it back exactly.
        expect(t.slice(0, fm.from) + fm.yaml + t.slice(fm.to)).toBe(t);
        expect(t.slice(fm.to, fm.bodyStart).replace(/^\r?\n/, "")).toMatch(/^---[ \t]*(\r?\n)?$/);
      }
    }));
  });
});

describe("detectEol", () => {
  it("uses the first line break", () => {
    expect(detectEol("a\r\nb\nc")).toBe("\r\n");
    expect(detectEol("a\nb\r\nc")).toBe("\n");
    expect(detectEol("abc")).toBe("\n");
    expect(detectEol("")).toBe("\n");
    expect(detectEol("\r\n")).toBe("\r\n");
  });
});
