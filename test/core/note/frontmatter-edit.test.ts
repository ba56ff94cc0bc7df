import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { findFrontmatter } from "../../../src/core/note/frontmatter-block";
import { editFrontmatter, editFrontmatterText, readNote } from "../../../src/core/note/frontmatter-edit";
import type { FrontmatterPatch } from "../../../src/core/model/types";
import { expectLinear } from "../../helpers/linear";

const yamlParse = (s: string) => parse(s) as unknown;

const NOTE = [
  "---",
  "type: client   # the kind of note",
  "company: 'Acme: Labs'",
  "stage: Discovery",
  "positioning:",
  "zip: \"01234\"",
  "answer: NO",
  "tags: [AEROSPACE, ISO-REQUIRED]",
  "aliases:",
  "  - Acme",
  "champion: \"[[Jane Doe]]\"",
  "---",
  "# Acme",
  "",
  "---",
  "stage: not this one",
  "",
].join("\n");

describe("editFrontmatterText", () => {
  it("changes only the lines of the patched keys, keeping comments, quotes and list styles", () => {
    const out = editFrontmatterText(NOTE, { stage: "Proposal", stage_changed: "2026-11-21" }, yamlParse);
    expect(out).toBe(NOTE.replace("stage: Discovery", "stage: Proposal").replace('champion: "[[Jane Doe]]"\n', 'champion: "[[Jane Doe]]"\nstage_changed: 2026-11-21\n'));
  });

  it("keeps CRLF line endings and a byte order mark", () => {
    const crlf = "\uFEFF" + NOTE.replace(/\n/g, "\r\n");
    const out = editFrontmatterText(crlf, { stage: "Active", last_review: "2026-11-21" }, yamlParse);
    expect(out).toBe(crlf.replace("stage: Discovery", "stage: Active").replace('champion: "[[Jane Doe]]"\r\n', 'champion: "[[Jane Doe]]"\r\nlast_review: 2026-11-21\r\n'));
  });

  it("quotes values that would not read back as the same text", () => {
    const out = editFrontmatterText("---\na: 1\n---\n", { stage: "No", company: 'Acme: "Labs" #1', n: 3.5 }, yamlParse) ?? "";
    expect(parse(findFrontmatter(out).yaml)).toEqual({ a: 1, stage: "No", company: 'Acme: "Labs" #1', n: 3.5 });
  });

  it("keeps a comment at the end of the changed line", () => {
    expect(editFrontmatterText("---\nstage: Discovery  # since the first call\nb: 2\n---\n", { stage: "Proposal" }, yamlParse)).toBe("---\nstage: Proposal  # since the first call\nb: 2\n---\n");
    expect(editFrontmatterText("---\r\nstage: Discovery # x\r\n---\r\n", { stage: "Active" }, yamlParse)).toBe("---\r\nstage: Active # x\r\n---\r\n");
  });

  it("keeps the comment of a changed line that holds a quote (issue 11, item 1)", () => {
    expect(editFrontmatterText("---\nstage: Proposal  # waiting on Bob's sign-off\nb: 2\n---\n", { stage: "Active" }, yamlParse))
      .toBe("---\nstage: Active  # waiting on Bob's sign-off\nb: 2\n---\n");
    expect(editFrontmatterText('---\nlast_contact: "2026-10-01"  # first call\n---\n', { last_contact: "2026-11-20" }, yamlParse))
      .toBe("---\nlast_contact: 2026-11-20  # first call\n---\n");
    expect(editFrontmatterText("---\r\ncompany: 'Bob''s # not a comment'   # real one\r\n---\r\n", { company: "Acme" }, yamlParse))
      .toBe("---\r\ncompany: Acme   # real one\r\n---\r\n");
    expect(editFrontmatterText('---\nnote: "a \\" # b"\t# c \'q\'\n---\n', { note: "x" }, yamlParse)).toBe("---\nnote: x\t# c 'q'\n---\n");
    expect(editFrontmatterText("---\nnote: it's \"big\" # said Bob's\n---\n", { note: "x" }, yamlParse)).toBe("---\nnote: x # said Bob's\n---\n");
    expect(editFrontmatterText("---\ntags: [a, 'b # c', \"d\"]  # the tags\n---\n", { tags: ["x"] }, yamlParse)).toBe("---\ntags: [x]  # the tags\n---\n");
  });

  it("a whitespace-only line or a comment line after the key is not part of its value (issue 11, item 2)", () => {
    expect(editFrontmatterText("---\nstage: Discovery\n   \nb: 2\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n   \nb: 2\n---\n");
    expect(editFrontmatterText("---\nstage: Discovery\n  # why: Bob's call\nb: 2\n---\n", { stage: "Active" }, yamlParse))
      .toBe("---\nstage: Active\n  # why: Bob's call\nb: 2\n---\n");
    expect(editFrontmatterText("---\nstage:\n\t\n    # indented\n# top\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n\t\n    # indented\n# top\n---\n");
  });

  it("edits a block list in place: items replaced, comments between and after them kept", () => {
    const text = "---\ntags:  # mine\n  - a  # first\n  # between\n\n  - b\n  # after\nstage: x # c\n---\n";
    expect(editFrontmatterText(text, { tags: ["a", "c", "d"] }, yamlParse)).toBe("---\ntags:  # mine\n  - a  # first\n  # between\n\n  - c\n  - d\n  # after\nstage: x # c\n---\n");
    expect(editFrontmatterText(text, { tags: ["z"] }, yamlParse)).toBe("---\ntags:  # mine\n  - z  # first\n  # between\n\n  # after\nstage: x # c\n---\n");
    expect(editFrontmatterText(text.replace("  # first", ""), { tags: [] }, yamlParse)).toBe("---\ntags: []  # mine\n  # between\n\n  # after\nstage: x # c\n---\n");
    expect(editFrontmatterText("---\ntags:\n- a\n# c\n- 'b'\r\n---\n", { tags: ["a", "it's"] }, yamlParse)).toBe("---\ntags:\n- a\n# c\n- \"it's\"\r\n---\n");
    expect(editFrontmatterText("---\nstage:\n  - a\n  # c\n  - b\nz: 1\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n  # c\nz: 1\n---\n");
  });

  it("replaces a value over several lines by one line, keeping the comments around it", () => {
    expect(editFrontmatterText("---\nstage: > # folded\n  one\n\n  two\n# after\nb: 2\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active # folded\n# after\nb: 2\n---\n");
    expect(editFrontmatterText("---\nstage: one\n  two\n  # c\nb: 2\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n  # c\nb: 2\n---\n");
    expect(editFrontmatterText("---\nstage: \"one\n  # not a comment\n  two\"\nb: 2\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\nb: 2\n---\n");
    expect(editFrontmatterText("---\nstage: |\n  # text, not a comment\nb: 2\n---\n", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\nb: 2\n---\n");
  });

  it("gives up (null) rather than drop a comment at the end of a line that has to go", () => {
    expect(editFrontmatterText("---\ntags:\n  - a\n  - b  # keep me\n---\n", { tags: ["a"] }, yamlParse)).toBeNull();
    expect(editFrontmatterText("---\ntags:\n  - a  # keep me\n---\n", { tags: "x" }, yamlParse)).toBeNull();
    expect(editFrontmatterText("---\nold: 1  # keep me\n---\n", { old: null }, yamlParse)).toBeNull();
  });

  it("says which note line holds the comment when only Obsidian's writer could make the change", () => {
    const read = readNote("---\ntype: client\nstage: &s Proposal\n  # a comment\n---\n", yamlParse);
    expect(editFrontmatter(read, { stage: "Active" }, yamlParse)).toEqual({ refused: { key: "stage", line: 4 } });
    expect(editFrontmatter(readNote("---\nstage: &s Proposal\nb: 'it''s # no comment'\n---\n", yamlParse), { stage: "Active" }, yamlParse)).toEqual({ fallback: true });
    expect(editFrontmatter(readNote("---\nb: |\n  # text\nstage: &s Proposal\n---\n", yamlParse), { stage: "Active" }, yamlParse)).toEqual({ fallback: true });
  });

  it("scans a line of quotes, hashes and brackets in time that grows linearly", () => {
    // A line of about n characters. At n = 4,000 a quadratic scan of it (from each quote to the end
    // of the line) takes ~10 ms, at 8n ~0.6 s, so it fails.
    const note = (n: number) => `---\nstage: ${"'\"[# ".repeat(n / 5)}\n---\n`;
    expectLinear("editFrontmatterText", note, (text) => editFrontmatterText(text, { stage: "Active" }, () => ({ stage: "x" })), 4000);
  });

  it("finds a key with an empty value on a CRLF line", () => {
    expect(editFrontmatterText("---\r\nstage:\r\nb: 2\r\n---\r\n", { stage: "Active" }, yamlParse)).toBe("---\r\nstage: Active\r\nb: 2\r\n---\r\n");
  });

  it("fills an empty block and deletes keys", () => {
    expect(editFrontmatterText("---\n---\nbody", { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n---\nbody");
    expect(editFrontmatterText("---\na: 1\nb: 2\n---\n", { b: null }, yamlParse)).toBe("---\na: 1\n---\n");
    expect(editFrontmatterText("---\r\na: 1\r\nb: 2\r\n---\r\n", { b: null }, yamlParse)).toBe("---\r\na: 1\r\n---\r\n");
  });

  it.each([
    ["a block list value", "---\nstage:\n  - a\n---\n"],
    ["a block list at column 0", "---\nstage:\n- a\n---\n"],
    ["a literal block", "---\nstage: |\n  text\n---\n"],
  ])("replaces %s by one line, in place (it used to give up)", (_name, text) => {
    expect(editFrontmatterText(text, { stage: "Active" }, yamlParse)).toBe("---\nstage: Active\n---\n");
  });

  it.each([
    ["an anchor", "---\nstage: &x Active\n---\n"],
    ["invalid YAML", "---\nstage: Ver: 4.4\n---\n"],
    ["no frontmatter", "# just text\n"],
  ])("gives up (null) on %s", (_name, text) => {
    expect(editFrontmatterText(text, { stage: "Active" }, yamlParse)).toBeNull();
  });

  it("gives up (null) when removing a key would let a more-indented blank line join the block scalar above it", () => {
    // A fast-check counterexample: `   ` after `company: |-` would become part of company's text.
    expect(editFrontmatterText('---\ntype: 0\ncompany: |-\n  line1\n  line2\nlast_review: ""\n   \n---\n', { last_review: null }, yamlParse)).toBeNull();
  });

  it("property: the result is null or exactly the intended properties, with every other byte kept", () => {
    const key = fc.constantFrom("stage", "stage_changed", "last_review", "health_growth", "custom", "tags", "notes");
    const value = fc.oneof(
      fc.constantFrom<FrontmatterPatch[string]>(null, "Active", "2026-11-21", "NO", "01234", "[[Link]]", 3, 4.5, true, [], ["a"], ["b", "it's"]),
      fc.string({ maxLength: 12 }),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
    );
    const fmValue = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.constantFrom("line1\nline2", "a\n\nb\n", "Bob's # not a comment", 'say "hi" # not one', "x".repeat(30) + " " + "y".repeat(60)),
      fc.dictionary(fc.constantFrom("a", "b"), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 2 }),
    );
    const record = fc.dictionary(fc.constantFrom("type", "stage", "company", "tags", "custom", "note", "n", "last_review"), fmValue, { maxKeys: 6 });
    const style = fc.record({
      collectionStyle: fc.constantFrom<"any" | "block" | "flow">("any", "block", "flow"),
      defaultStringType: fc.constantFrom<"PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE">("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
      indentSeq: fc.boolean(),
    });
    const dice = fc.array(fc.nat(9), { minLength: 1, maxLength: 60 });
    const runs = { all: 0, edited: 0, commentsKept: 0 };
    fc.assert(
      fc.property(record, style, dice, fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 }), fc.boolean(), fc.string({ maxLength: 40 }), (fm, st, rolls, patch, crlf, body) => {
        const note = decoratedFrontmatter(fm, st, rolls);
        let text = `---\n${note.lines.map((l) => l + "\n").join("")}---\n${body}`;
        if (crlf) text = text.replace(/\r?\n/g, "\r\n");
        const out = editFrontmatterText(text, patch, yamlParse);
        const patched = Object.keys(patch);
        runs.all++;
        if (out === null) {
          // Only when a comment sits on a line of a changed key that has to go, or its key goes; or
          // when the edited block, read back, would change another value (a key removed after a
          // block scalar lets a more-indented blank line join that scalar), which the editor checks.
          const commented = patched.some((k) => note.commentedValueLine.has(k) || (patch[k] === null && note.commentedKeyLine.has(k)));
          const blockScalar = note.lines.some((l) => /:\s[|>][-+0-9]*\s*$/.test(l));
          expect(commented || blockScalar).toBe(true);
          return;
        }
        const expected = { ...(parse(findFrontmatter(text).yaml) ?? {}) } as Record<string, unknown>;
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) delete expected[k];
          else expected[k] = v;
        }
        const got = (parse(findFrontmatter(out).yaml) ?? {}) as Record<string, unknown>;
        expect(Object.entries(got)).toEqual(Object.entries(expected));
        runs.edited++;
        if (note.comments.length > 0) runs.commentsKept++;
        expect(out.slice(findFrontmatter(out).bodyStart)).toBe(text.slice(findFrontmatter(text).bodyStart));
        // Every line that is not a changed key's own stays, in order (blank lines and comments too),
        // and every comment is there once.
        const outLines = findFrontmatter(out).yaml.split("\n").map((l) => l.replace(/\r$/, ""));
        let at = 0;
        note.lines.forEach((l, i) => {
          const owner = note.owner[i];
          if (owner !== null && owner !== undefined && patched.includes(owner)) return;
          while (at < outLines.length && outLines[at] !== l) at++;
          expect(at, `line ${JSON.stringify(l)} kept in place`).toBeLessThan(outLines.length);
          at++;
        });
        const yaml = findFrontmatter(out).yaml;
        for (const c of note.comments) {
          expect(yaml.split(c).length - 1, `comment ${c} kept once`).toBe(1);
        }
      }),
      { numRuns: 500 },
    );
    // Most notes are edited line by line, most of them with comments (not a vacuous pass).
    expect(runs.edited).toBeGreaterThan(runs.all * 0.8);
    expect(runs.commentsKept).toBeGreaterThan(runs.all * 0.5);
  });
});

interface Decorated {
  lines: string[];
  /** The key whose value a line holds, null for blank and comment lines between entries or items. */
  owner: (string | null)[];
  comments: string[];
  /** Keys with a comment at the end of a line of their value below the key line. */
  commentedValueLine: Set<string>;
  commentedKeyLine: Set<string>;
}

/**
 * Frontmatter with `fm`'s keys in the YAML style `st`, decorated as people write it: comments at
 * the end of lines (holding quotes), comment lines at any indentation, whitespace-only lines,
 * comments between block list items. `rolls` decides where.
 */
function decoratedFrontmatter(fm: Record<string, unknown>, st: object, rolls: number[]): Decorated {
  const d: Decorated = { lines: [], owner: [], comments: [], commentedValueLine: new Set(), commentedKeyLine: new Set() };
  let r = 0;
  const roll = () => rolls[r++ % rolls.length] ?? 0;
  const comment = (text: string) => {
    const c = `# ${d.comments.length}: Bob's "sign-off" #${d.comments.length}`;
    d.comments.push(c);
    return text + c;
  };
  const add = (line: string, owner: string | null) => {
    d.lines.push(line);
    d.owner.push(owner);
  };
  for (const [key, value] of Object.entries(fm)) {
    // A flow style for the value only: the block itself stays a block mapping, one key a line.
    const flowStyle = (st as { collectionStyle: string }).collectionStyle === "flow";
    // (and `[]` on the key's line: the yaml package would put it alone at column 0 with indentSeq off)
    const flow = (flowStyle && typeof value === "object" && value !== null) || (Array.isArray(value) && value.length === 0);
    const chunk = (flow ? `${key}: ${stringify(value, st)}` : stringify({ [key]: value }, { ...st, collectionStyle: flowStyle ? "block" : (st as { collectionStyle: "any" | "block" }).collectionStyle })).replace(/\n$/, "").split("\n");
    const sealed = JSON.stringify(value).includes("\\n") || (typeof value === "string" && chunk.length > 1);
    const list = Array.isArray(value) && chunk.length === value.length + 1;
    chunk.forEach((line, i) => {
      if (list && i > 0 && roll() < 3) add(comment(["", "  ", "    "][roll() % 3] ?? ""), null);
      const trailing = !sealed && (chunk.length === 1 || i === 0 || list) && roll() < 4;
      if (trailing && i === 0) d.commentedKeyLine.add(key);
      if (trailing && i > 0) d.commentedValueLine.add(key);
      add(trailing ? comment(`${line}  `) : line, key);
    });
    for (let g = roll() % 3; g > 0; g--) {
      const kind = sealed ? 2 : roll() % 4;
      add(kind === 0 ? "" : kind === 1 ? "   " : comment(kind === 2 ? "" : "  "), null);
    }
  }
  return d;
}
