import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectEol, findFrontmatter } from "../../../src/core/note/frontmatter-block";
import { appendToSection, readSection } from "../../../src/core/note/sections";
import { expectLinear } from "../../helpers/linear";

const LOG = "## Interaction log";
const crlf = (s: string) => s.replace(/\n/g, "\r\n");

/** Every block whose insertion into `before` gives `after` (more than one when text repeats). */
function insertedBlocks(before: string, after: string): string[] {
  const extra = after.length - before.length;
  if (extra < 0) return [];
  let common = 0;
  while (common < before.length && before[common] === after[common]) common++;
  const blocks: string[] = [];
  for (let k = 0; k <= common; k++) {
    if (after.slice(k + extra) === before.slice(k)) blocks.push(after.slice(k, k + extra));
  }
  return blocks;
}

describe("appendToSection", () => {
  it("appends right after the section's last entry, before blank lines and the next heading", () => {
    const note = "# Acme\n\n## Interaction log\n- 2026-11-01 call\n\n## Notes\nText\n";
    expect(appendToSection(note, LOG, ["- 2026-11-21 email"])).toBe(
      "# Acme\n\n## Interaction log\n- 2026-11-01 call\n- 2026-11-21 email\n\n## Notes\nText\n");
  });

  it("keeps CRLF line endings", () => {
    const note = crlf("# Acme\n\n## Interaction log\n- a\n\n## Notes\n");
    const out = appendToSection(note, LOG, ["- b", "- c"]);
    expect(out).toBe(crlf("# Acme\n\n## Interaction log\n- a\n- b\n- c\n\n## Notes\n"));
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("appends to an empty section right under its heading", () => {
    expect(appendToSection("## Interaction log\n\n\n## Next\n", LOG, ["- x"])).toBe("## Interaction log\n- x\n\n\n## Next\n");
  });

  it("runs to a heading of the same or a higher level, not a deeper one", () => {
    const note = "## Interaction log\n- a\n### Detail\n- d\n# Top\n";
    expect(appendToSection(note, LOG, ["- b"])).toBe("## Interaction log\n- a\n### Detail\n- d\n- b\n# Top\n");
  });

  it("accepts trailing spaces after the heading in the note and the argument", () => {
    expect(appendToSection("## Interaction log   \n- a\n", "## Interaction log ", ["- b"])).toBe("## Interaction log   \n- a\n- b\n");
  });

  it("does not match other text or a different level", () => {
    const note = "### Interaction log\n## Interaction logs\n";
    expect(appendToSection(note, LOG, ["- x"])).toBe(note + "\n## Interaction log\n- x\n");
  });

  it("ignores headings inside fenced code blocks, and code blocks do not end the section", () => {
    const note = "```md\n## Interaction log\n```\n\n## Interaction log\n- a\n~~~\n# not a heading\n~~~\n\n## Other\n";
    expect(appendToSection(note, LOG, ["- b"])).toBe(
      "```md\n## Interaction log\n```\n\n## Interaction log\n- a\n~~~\n# not a heading\n~~~\n- b\n\n## Other\n");
  });

  it("ignores a heading inside the frontmatter", () => {
    const note = "---\nx: |\n## Interaction log\n---\nBody\n";
    expect(appendToSection(note, LOG, ["- a"])).toBe(note + "\n## Interaction log\n- a\n");
  });

  it("adds a missing heading after exactly one blank line", () => {
    expect(appendToSection("# Acme\nText\n", LOG, ["- a"])).toBe("# Acme\nText\n\n## Interaction log\n- a\n");
    expect(appendToSection("# Acme\nText\n\n", LOG, ["- a"])).toBe("# Acme\nText\n\n## Interaction log\n- a\n");
    expect(appendToSection(crlf("# Acme\n"), LOG, ["- a"])).toBe(crlf("# Acme\n\n## Interaction log\n- a\n"));
  });

  it("adds a line break first when the note lacks a trailing newline", () => {
    expect(appendToSection("# Acme\nText", LOG, ["- a"])).toBe("# Acme\nText\n\n## Interaction log\n- a\n");
    expect(appendToSection("## Interaction log\n- a", LOG, ["- b"])).toBe("## Interaction log\n- a\n- b\n");
    expect(appendToSection("## Interaction log", LOG, ["- b"])).toBe("## Interaction log\n- b\n");
    expect(appendToSection(crlf("x\n## Interaction log\n- a"), LOG, ["- b"])).toBe(crlf("x\n## Interaction log\n- a\n- b\n"));
  });

  it("handles empty notes, a BOM and frontmatter-only notes", () => {
    expect(appendToSection("", LOG, ["- a"])).toBe("## Interaction log\n- a\n");
    expect(appendToSection("\uFEFF", LOG, ["- a"])).toBe("\uFEFF## Interaction log\n- a\n");
    expect(appendToSection("\uFEFF## Interaction log\n", LOG, ["- a"])).toBe("\uFEFF## Interaction log\n- a\n");
    expect(appendToSection("---\ntype: client\n---", LOG, ["- a"])).toBe("---\ntype: client\n---\n\n## Interaction log\n- a\n");
    expect(appendToSection(crlf("---\ntype: client\n---\n"), LOG, ["- a"])).toBe(crlf("---\ntype: client\n---\n\n## Interaction log\n- a\n"));
  });

  it("writes in the body's line ending when Obsidian put a \\n frontmatter block on a CRLF note", () => {
    // processFrontMatter on a CRLF note without properties inserts "---\n…---\n" at the top.
    expect(appendToSection("---\nstage: Active\n---\n# Acme\r\n\r\n## Interaction log\r\n", LOG, ["- a"]))
      .toBe("---\nstage: Active\n---\n# Acme\r\n\r\n## Interaction log\r\n- a\r\n");
  });

  it("closes a code block left open at the end before adding the heading", () => {
    expect(appendToSection("Text\n````js\ncode\n", LOG, ["- a"])).toBe("Text\n````js\ncode\n````\n\n## Interaction log\n- a\n");
  });

  it("splits lines holding line breaks and writes them in the note's style", () => {
    expect(appendToSection(crlf("## Interaction log\n"), LOG, ["- a\nmore", "- b\r\n"])).toBe(crlf("## Interaction log\n- a\nmore\n- b\n\n"));
  });

  it("returns the note unchanged for no lines", () => {
    expect(appendToSection("x", LOG, [])).toBe("x");
  });

  it("refuses a heading argument that is not a heading", () => {
    expect(() => appendToSection("x", "Interaction log", ["- a"])).toThrow();
  });

  it("only ever inserts one block: removing it gives back the note byte for byte", () => {
    const line = fc.constantFrom("## Interaction log", "## Interaction log  ", "# Acme", "## Notes", "### Sub", "- 2026-01-01 call",
      "", "  ", "```", "~~~", "````", "text", "---", "\uFEFF", "> quote", "## Interaction log ##");
    const eol = fc.constantFrom("\n", "\r\n", "");
    const note = fc.array(fc.tuple(line, eol), { maxLength: 14 }).map((parts) => parts.map(([l, e]) => l + e).join(""));
    const entries = fc.array(fc.string({ unit: fc.constantFrom("a", " ", "-", "\n", "\r", "#", "é") }), { maxLength: 4 });
    fc.assert(fc.property(fc.oneof(note, fc.string()), entries, (text, lines) => {
      const out = appendToSection(text, LOG, lines);
      const blocks = insertedBlocks(text, out);
      expect(blocks.length).toBeGreaterThan(0);
      if (lines.length === 0) expect(out).toBe(text);
      else {
        // The body's line ending (Obsidian may have put a "\n" frontmatter block on a CRLF note).
        const body = text.slice(findFrontmatter(text).bodyStart);
        const eol = body.includes("\n") ? detectEol(body) : detectEol(text);
        const wanted = lines.flatMap((l) => l.split(/\r\n?|\n/)).map((l) => l + eol).join("");
        expect(blocks.some((block) => block.endsWith(wanted))).toBe(true);
      }
    }), { numRuns: 1000 });
 }, 30_000);

  it("writes entries readSection reads back at the end of the section", () => {
    const line = fc.constantFrom("## Interaction log", "# Acme", "## Notes", "### Sub", "- old", "", "```", "text");
    const note = fc.array(line, { maxLength: 12 }).map((l) => l.join("\n"));
    const entry = fc.stringMatching(/^- [a-z0-9 ]{0,12}$/);
    fc.assert(fc.property(note, fc.array(entry, { minLength: 1, maxLength: 3 }), (text, lines) => {
      const section = readSection(appendToSection(text, LOG, lines), LOG);
      expect(section?.slice(-lines.length)).toEqual(lines.map((l) => l));
    }), { numRuns: 500 });
 }, 30_000);
});

describe("readSection", () => {
  it("returns the section's lines without the surrounding blank lines", () => {
    const note = crlf("# Acme\n## Interaction log\n\n- a\n\n- b\n### Sub\n- c\n\n## Notes\n- n\n");
    expect(readSection(note, LOG)).toEqual(["- a", "", "- b", "### Sub", "- c"]);
    expect(readSection(note, "## Notes")).toEqual(["- n"]);
    expect(readSection(note, "# Acme")).toEqual(["## Interaction log", "", "- a", "", "- b", "### Sub", "- c", "", "## Notes", "- n"]);
  });

  it("returns null for a missing heading and [] for an empty section", () => {
    expect(readSection("# Acme\n", LOG)).toBeNull();
    expect(readSection("```\n## Interaction log\n```\n", LOG)).toBeNull();
    expect(readSection("## Interaction log\n\n## Next", LOG)).toEqual([]);
  });
});

describe("comments and math blocks (issue 11, item 5)", () => {
  const H = "## Health history";
  const ENTRY = "- 2026-11-21: P4 C4 S4 G4 = 75 (Good)";
  const regions: [string, string][] = [
    ["an HTML comment", "<!-- draft, not shown\n```\nold code -->"],
    ["a %% comment", "%% private\n```js\n## Health history\n%%"],
    ["a $$ math block", "$$\n```\n## Health history\n$$"],
  ];
  for (const [name, region] of regions) {
    it(`a \`\`\` line inside ${name} opens no code block: the history line lands under the existing heading, with no fence and no second heading`, () => {
      const note = `# Acme\n\n${region}\n\n${H}\n\n- 2026-10-01: P1 C1 S1 G1 = 0 (Critical)\n\n## Next\n`;
      const after = appendToSection(note, H, [ENTRY]);
      expect(after).toBe(note.replace("(Critical)\n", `(Critical)\n${ENTRY}\n`));
      expect(after.split(H).length - 1).toBe(note.split(H).length - 1);
      expect(after.split("```").length).toBe(note.split("```").length);
    });
  }

  it("a heading inside a comment or math block is not a heading; ``` in inline code opens no comment", () => {
    expect(readSection("%%\n## Interaction log\n- hidden\n%%\n", LOG)).toBeNull();
    expect(readSection("<!--\n## Interaction log\n-->\n## Interaction log\n- seen\n", LOG)).toEqual(["- seen"]);
    expect(readSection("Use `%%` for comments.\n\n## Interaction log\n- seen\n", LOG)).toEqual(["- seen"]);
    expect(readSection("Inline %% note %% and <!-- c --> and $$x$$.\n## Interaction log\n- seen\n", LOG)).toEqual(["- seen"]);
  });

  it("closes a comment left open at the end before adding the heading", () => {
    expect(appendToSection("# Acme\n%% unfinished\n", LOG, ["- x"])).toBe("# Acme\n%% unfinished\n%%\n\n## Interaction log\n- x\n");
  });
});

describe("comment and math scanning is linear (issue 11, item 5)", () => {
  // Hostile lines of about n characters. At n = 4,000 a quadratic scan of the line (from each
  // mark to the end of the line) takes ~10 ms, at 8n ~0.6 s, so it fails.
  const lines: Record<string, (n: number) => string> = {
    "backticks between letters": (n) => "`a".repeat(n / 2),
    "backtick runs of one and two": (n) => "` ``".repeat(n / 4),
    "unfinished comment openers": (n) => "<!-".repeat(Math.floor(n / 3)),
    "an unclosed %% comment": (n) => `%%${" ".repeat(n)}`,
    "an odd run of dollars": (n) => "$".repeat(n + 1),
  };

  it("lines of backticks, comment marks and dollars are scanned in time that grows linearly", () => {
    for (const [name, line] of Object.entries(lines)) {
      expectLinear(`appendToSection after ${name}`, (n) => `${line(n)}\n\n${LOG}\n- a\n`, (text) => appendToSection(text, LOG, ["- b"]), 4000);
    }
  });
});
