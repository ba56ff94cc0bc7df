import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { duplicateKeyLine, propertiesOfText, readProperties } from "../../../src/core/note/properties";
import { expectLinear } from "../../helpers/linear";

const fast = (s: string) => parse(s, { uniqueKeys: false }) as unknown;

describe("readProperties", () => {
  it("reads many keys in time that grows linearly", () => {
    // n keys. At n = 2,000 a check of each key against all before it (the parser's own uniqueKeys
    // check) outweighs the parse itself and grows about 64× at 8n, so it fails.
    const yaml = (n: number) => Array.from({ length: n }, (_, i) => `key_${i}: value ${i}`).join("\n");
    expectLinear("readProperties", yaml, (text) => readProperties(text, fast), 2000);
    const read = readProperties(yaml(20000), fast);
    expect("frontmatter" in read && Object.keys(read.frontmatter).length).toBe(20000);
  });

  it("finds a duplicate top-level key with the note's line number, even when the parser allows it", () => {
    expect(readProperties("type: client\nstage: Proposal\nstage: Active", fast)).toEqual({ problem: "Invalid YAML: Map keys must be unique (line 4, column 1)" });
    expect(duplicateKeyLine("a: 1\n'b': 2\nb: 3")).toBe(3);
  });

  it("does not count lines inside quotes, flow lists, comments or nested maps as keys", () => {
    expect(duplicateKeyLine('a: "x\nb: y"\nb: 1')).toBeNull();
    expect(duplicateKeyLine("a: [x,\na: y]\nb: 1")).toBeNull();
    expect(duplicateKeyLine("a: 1 # b: 2\n# a: 3\nm:\n  a: 1\nb: 2")).toBeNull();
  });

  it("keeps the existing messages and reads empty or missing blocks as no properties", () => {
    expect(readProperties("- a", fast)).toEqual({ problem: "Frontmatter is not a list of properties (key: value)" });
    expect(readProperties("a: \"x", fast)).toEqual({ problem: expect.stringMatching(/^Invalid YAML: Missing closing "quote \(line 2, column \d+\)$/) as unknown });
    expect(propertiesOfText("# no block", fast)).toEqual({ frontmatter: {} });
    expect(propertiesOfText("---\n\n---\n", fast)).toEqual({ frontmatter: {} });
  });
});
