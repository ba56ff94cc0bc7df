// Dataview inline fields found the way Dataview finds them, removed without touching other bytes,
// and found in linear time on hostile lines.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findInlineFields, removeInlineFields } from "../../../src/core/note/inline-fields";
import { expectLinear } from "../../helpers/linear";

const FM = "---\ntype: client\n---\n";
const keys = (text: string) => findInlineFields(text).map((h) => [h.key, h.value, h.wrapping]);

/** Dataview's own findClosing / extractInlineFields (data-import/inline-field.ts), for comparison on short lines. */
function dataviewBracketed(line: string): [string, string, number, number][] {
  const wrappers: Record<string, string> = { "[": "]", "(": ")" };
  const out: [string, string, number, number][] = [];
  for (const open of Object.keys(wrappers)) {
    const close = wrappers[open]!;
    let found = line.indexOf(open);
    while (found >= 0) {
      const sep = line.indexOf("::", found + 1);
      let field: [string, string, number, number] | null = null;
      if (sep >= 0) {
        const key = line.substring(found + 1, sep).trim();
        if (!["[", "]", "(", ")"].some((c) => key.includes(c))) {
          let nesting = 0;
          let escaped = false;
          for (let i = sep + 2; i < line.length; i++) {
            const c = line.charAt(i);
            if (c === "\\") {
              escaped = !escaped;
              continue;
            }
            if (escaped) {
              escaped = false;
              continue;
            }
            if (c === open) nesting++;
            else if (c === close) nesting--;
            if (nesting < 0) {
              field = [key, line.substring(sep + 2, i).trim(), found, i + 1];
              break;
            }
          }
        }
      }
      if (!field) {
        found = line.indexOf(open, found + 1);
        continue;
      }
      out.push(field);
      found = line.indexOf(open, field[3]);
    }
  }
  return out.sort((a, b) => a[2] - b[2]);
}

describe("findInlineFields", () => {
  it("reads full-line fields, with Markdown around the key", () => {
    expect(keys(`${FM}stage:: Active\n**health_growth**:: 3\n- champion:: [[Ann]]\n> value :: 1200\n`)).toEqual([
      ["stage", "Active", null],
      ["health_growth", "3", null],
      ["champion", "[[Ann]]", null],
      ["value", "1200", null],
    ]);
  });

  it("reads bracketed fields inside a line, and then no full-line field there", () => {
    const text = `${FM}Met them [stage:: Active] and (value:: 12 (net)) today:: no\n`;
    expect(keys(text)).toEqual([
      ["stage", "Active", "["],
      ["value", "12 (net)", "("],
    ]);
    const [a] = findInlineFields(text);
    expect(text.slice(a!.start, a!.end)).toBe("[stage:: Active]");
  });

  it("skips the frontmatter, code fences and task lines", () => {
    const text = "---\ntype: client\nstage:: x\n---\n```\nstage:: Active\n```\n~~~~\nvalue:: 3\n~~~\n~~~~\n- [ ] stage:: Done\n- [ ] call [value:: 5]\nnext_action:: Call\n";
    expect(keys(text)).toEqual([
      ["value", "5", "["],
      ["next_action", "Call", null],
    ]);
  });

  it("counts lines from the top of the note", () => {
    const hits = findInlineFields(`${FM}\r\nintro\r\nstage:: Active\r\n`);
    expect(hits.map((h) => h.line)).toEqual([5]);
  });

  it("finds what Dataview's extractInlineFields finds on any line (outer fields only when nested)", () => {
    const char = fc.constantFrom("[", "]", "(", ")", ":", ":", "\\", "a", "k", " ", "x");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join("")), (raw) => {
        const line = raw.trim();
        if (!line.includes("::")) return;
        const ours = findInlineFields(`${FM}${line}\n`).filter((h) => h.wrapping !== null).map((h) => [h.key, h.value, h.start - FM.length, h.end - FM.length]);
        const theirs = dataviewBracketed(line);
        // Dataview keeps overlapping fields of the two wrappers; the scanner keeps the first of each overlap.
        const kept: typeof theirs = [];
        for (const f of theirs) if (kept.length === 0 || f[2] >= kept[kept.length - 1]![3]) kept.push(f);
        expect(ours).toEqual(kept);
      }),
      { numRuns: 3000 },
    );
  });

  it("is linear on lines of many brackets and separators", () => {
    for (const unit of ["[a:: ", "(", "[[", "[k::(", "\\[::", "a::"]) {
      expectLinear(`findInlineFields on ${unit}`, (n) => `${FM}${unit.repeat(n)}\n`, (t) => findInlineFields(t), 2000);
    }
  });
});

describe("removeInlineFields", () => {
  it("removes a full line with its break and a bracketed field with the space before it", () => {
    const text = `${FM}one\nstage:: Active\ntwo [value:: 3] three\n- [stage:: Active]\nfour\n`;
    const out = removeInlineFields(text, findInlineFields(text));
    expect(out).toBe(`${FM}one\ntwo three\nfour\n`);
  });

  it("keeps CRLF and a last line without a break", () => {
    const text = `${FM}a\r\nb (value:: 3)\r\nstage:: Active`;
    expect(removeInlineFields(text, findInlineFields(text))).toBe(`${FM}a\r\nb\r\n`);
  });
});
