// The tags reader (core/model/read-fields.ts) keeps a tag without a space, comma or `#` as it is,
// without splitting it (a CLI hot spot). Property: for any text, string or list, the client's tags
// are what the plain rule gives: split on spaces and commas, leading `#` dropped, empties left out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClient } from "../../../src/core/model/client";
import { migrateSettings } from "../../../src/core/model/settings";

const settings = migrateSettings(undefined).settings;
const rule = (text: string): string[] => text.split(/[\s,]+/).map((t) => t.replace(/^#+/, "")).filter((t) => t !== "");
const word = fc.string({ unit: fc.constantFrom("a", "B", "#", ",", " ", "\t", "\n", "\u00a0", "\u2003", "-", "/", "é"), maxLength: 12 });

describe("client tags", () => {
  it("are the split-and-trim rule's, for text and for lists of text and numbers", () => {
    fc.assert(
      fc.property(word, (text) => {
        expect(parseClient("C.md", { type: "client", tags: text }, settings).tags).toStrictEqual(rule(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.integer({ min: -5, max: 500 }))), (list) => {
        expect(parseClient("C.md", { type: "client", tags: list }, settings).tags).toStrictEqual(list.flatMap((t) => rule(String(t))));
      }),
      { numRuns: 1000 },
    );
  });
});
