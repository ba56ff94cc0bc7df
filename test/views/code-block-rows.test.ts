import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BlockContents } from "../../src/views/code-block-rows";
import { parseBlockOptions } from "../../src/core/report/blocks";

describe("BlockContents.options", () => {
  const counting = () => {
    const calls: string[] = [];
    return { calls, yaml: (s: string) => (calls.push(s), parse(s) as unknown) };
  };

  it("reads a source's options once, and again only when the stages change", () => {
    const contents = new BlockContents();
    const { calls, yaml } = counting();
    const stages = ["Lead", "Won"];
    const first = contents.options("view: pipeline\nstage: Lead", yaml, stages);
    expect(contents.options("view: pipeline\nstage: Lead", yaml, [...stages])).toBe(first);
    expect(calls).toHaveLength(1);
    expect(first).toEqual(parseBlockOptions("view: pipeline\nstage: Lead", parse, stages));
    // Other stages: "Lead" is no longer one of them, so the same source reads differently.
    const renamed = contents.options("view: pipeline\nstage: Lead", yaml, ["Prospect", "Won"]);
    expect(calls).toHaveLength(2);
    expect(renamed.ok).toBe(false);
    expect(renamed).toEqual(parseBlockOptions("view: pipeline\nstage: Lead", parse, ["Prospect", "Won"]));
    contents.options("view: at-risk", yaml, stages);
    expect(calls).toHaveLength(3);
  });
});
