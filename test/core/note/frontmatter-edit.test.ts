import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { findFrontmatter } from "../../../src/core/note/frontmatter-block";
import { editFrontmatterText } from "../../../src/core/note/frontmatter-edit";
import type { FrontmatterPatch } from "../../../src/core/model/types";

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
    ["an anchor", "---\nstage: &x Active\n---\n"],
    ["invalid YAML", "---\nstage: Ver: 4.4\n---\n"],
    ["no frontmatter", "# just text\n"],
  ])("gives up (null) on %s", (_name, text) => {
    expect(editFrontmatterText(text, { stage: "Active" }, yamlParse)).toBeNull();
  });

  it("property: the result is null or exactly the intended properties, with every other byte kept", () => {
    const key = fc.constantFrom("stage", "stage_changed", "last_review", "health_growth", "custom", "tags", "notes");
    const value = fc.oneof(
      fc.constantFrom<FrontmatterPatch[string]>(null, "Active", "2026-11-21", "NO", "01234", "[[Link]]", 3, 4.5, true),
      fc.string({ maxLength: 12 }),
    );
    const fmValue = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }));
    const record = fc.dictionary(fc.constantFrom("type", "stage", "company", "tags", "custom", "note", "n"), fmValue, { maxKeys: 6 });
    fc.assert(
      fc.property(record, fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 }), fc.boolean(), fc.string({ maxLength: 40 }), (fm, patch, crlf, body) => {
        let text = `---\n${Object.keys(fm).length ? stringify(fm, { collectionStyle: "any" }) : ""}---\n${body}`;
        if (crlf) text = text.replace(/\r?\n/g, "\r\n");
        const out = editFrontmatterText(text, patch, yamlParse);
        if (out === null) return;
        const expected = { ...(parse(findFrontmatter(text).yaml) ?? {}) } as Record<string, unknown>;
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) delete expected[k];
          else expected[k] = v;
        }
        const got = (parse(findFrontmatter(out).yaml) ?? {}) as Record<string, unknown>;
        expect(Object.entries(got)).toEqual(Object.entries(expected));
        expect(out.slice(findFrontmatter(out).bodyStart)).toBe(text.slice(findFrontmatter(text).bodyStart));
        const keptLines = findFrontmatter(text).yaml.split("\n").filter((l) => l !== "" && !Object.keys(patch).some((k) => l.startsWith(`${k}:`)));
        const outLines = findFrontmatter(out).yaml.split("\n").map((l) => l.replace(/\r$/, ""));
        for (const l of keptLines) expect(outLines).toContain(l.replace(/\r$/, ""));
      }),
      { numRuns: 300 },
    );
  });
});
