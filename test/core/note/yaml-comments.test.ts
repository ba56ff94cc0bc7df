import { describe, expect, it } from "vitest";
import { firstCommentLineOf } from "../../../src/core/note/yaml-comments";

describe("firstCommentLineOf", () => {
  it("finds the first comment's line, in block and flow style", () => {
    expect(firstCommentLineOf("a: 1\nb: 2 # two\n# three\n")).toBe(1);
    expect(firstCommentLineOf("{\n  a: 1,\n  # inside the flow mapping\n  b: 2\n}\n")).toBe(2);
    expect(firstCommentLineOf("# first\na: 1\n")).toBe(0);
  });

  it("does not take a # in a quoted value, a plain value or a block scalar for a comment", () => {
    expect(firstCommentLineOf('{\n  stage: "#",\n  a: \'# no\',\n  b: c#d\n}\n')).toBe(-1);
    expect(firstCommentLineOf("stage: &s Proposal\nphase: *s\ntext: |\n  # a heading, not a comment\n")).toBe(-1);
    expect(firstCommentLineOf("")).toBe(-1);
  });
});
