// Undo plans: a note is restored only when it still holds exactly what Clientele wrote.
import { describe, expect, it } from "vitest";
import { foldWrites, undoStep, undoSummary } from "../../../src/core/change/undo";

describe("undoStep", () => {
  const write = { path: "a.md", before: "old\n", after: "new\n" };

  it("restores the text before when the note is as Clientele left it", () => {
    expect(undoStep(write, "new\n")).toEqual({ path: "a.md", action: "restore", text: "old\n" });
  });

  it("leaves a note that changed since alone, even by one byte", () => {
    expect(undoStep(write, "new\r\n")).toEqual({ path: "a.md", action: "skip", reason: "changed" });
    expect(undoStep(write, "new")).toEqual({ path: "a.md", action: "skip", reason: "changed" });
  });

  it("says a deleted note is gone", () => {
    expect(undoStep(write, null)).toEqual({ path: "a.md", action: "skip", reason: "gone" });
  });

  it("deletes a note Clientele created only while it is unchanged", () => {
    const created = { path: "b.md", before: null, after: "made\n" };
    expect(undoStep(created, "made\n")).toEqual({ path: "b.md", action: "delete" });
    expect(undoStep(created, "made\nand edited\n").action).toBe("skip");
  });
});

describe("foldWrites", () => {
  it("keeps the first text before and the last text after of each note, in first-write order", () => {
    const writes = [
      { key: "a", before: "a0", after: "a1" },
      { key: "b", before: "b0", after: "b1" },
      { key: "a", before: "a1", after: "a2" },
    ];
    expect(foldWrites(writes)).toEqual([
      { key: "a", before: "a0", after: "a2" },
      { key: "b", before: "b0", after: "b1" },
    ]);
  });

  it("drops a note that ends as it began", () => {
    expect(foldWrites([{ key: "a", before: "x", after: "y" }, { key: "a", before: "y", after: "x" }])).toEqual([]);
  });
});

describe("undoSummary", () => {
  it("counts what was restored and names what was left alone", () => {
    const text = undoSummary("Move 3 clients to Active", [
      { path: "A.md", action: "restore", text: "" },
      { path: "B.md", action: "skip", reason: "changed" },
      { path: "C.md", action: "skip", reason: "gone" },
    ]);
    expect(text).toBe('Undid "Move 3 clients to Active": 1 note restored. Left alone because they changed since: "B.md". No longer there: "C.md".');
  });
});

describe("undoSummary with a change that is not a note", () => {
  it("says whether the stage settings came back or were left alone", () => {
    expect(undoSummary("Switch stages to Success journey", [{ path: "a.md", action: "restore", text: "" }], [{ label: "the stage settings", restored: true }]))
      .toBe('Undid "Switch stages to Success journey": 1 note restored. The stage settings are back as they were.');
    expect(undoSummary("Switch stages to Success journey", [], [{ label: "the stage settings", restored: false }]))
      .toBe('Undid "Switch stages to Success journey": 0 notes restored. The stage settings were left as they are: they changed since.');
  });
});
