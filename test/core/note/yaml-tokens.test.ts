// The token kinds restated in core/note/yaml-tokens.ts are yaml's own: every token its lexer gives
// for many YAML texts, and every kind by its first character, has the same kind as CST.tokenType.
import { CST, Lexer } from "yaml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCALAR, tokenType } from "../../../src/core/note/yaml-tokens";

const SAMPLES = [
  "a: 1\nb: [x, 'y', \"z\"]\nc: {d: e}\n", "--- \n# c\n? k\n: v\n...\n", "a: &x !!str v\nb: *x\n", "a: |-\n  t\n  u\nb: >2\n   v\n",
  "%YAML 1.2\n---\n- a\n- - b\n", "\uFEFFa: 1\r\nb: 2", "a: [b, {c: d}\n", "'unclosed\n", "k: \"esc \\\" q\"\t# c",
];

describe("yaml token kinds", () => {
  it("match CST.tokenType for every token the lexer gives", () => {
    expect(SCALAR).toBe(CST.SCALAR);
    for (const text of SAMPLES) for (const token of new Lexer().lex(text)) expect(tokenType(token), JSON.stringify(token)).toBe(CST.tokenType(token));
  });

  it("match CST.tokenType for any text", () => {
    const special = fc.constantFrom(CST.BOM, CST.DOCUMENT, CST.FLOW_END, CST.SCALAR, "---", "...", "", "\n", "\r\n", "-", "?", ":", "{", "}", "[", "]", ",", "__proto__", "constructor", "toString");
    fc.assert(fc.property(fc.oneof(special, fc.string({ maxLength: 4 })), (s) => {
      expect(tokenType(s), JSON.stringify(s)).toBe(CST.tokenType(s));
    }), { numRuns: 3000 });
    for (let c = 0; c < 128; c++) for (const s of [String.fromCharCode(c), `${String.fromCharCode(c)}x`]) expect(tokenType(s), JSON.stringify(s)).toBe(CST.tokenType(s));
  });
});
