// Compares a note before and after a command: the body outside the touched section must be
// byte-identical, and the frontmatter must differ only in the intended keys, keeping key order.
import { expect } from "vitest";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/core/note/frontmatter-block";

function props(text: string): Record<string, unknown> {
  const b = findFrontmatter(text);
  return b.exists ? ((parse(b.yaml) as Record<string, unknown> | null) ?? {}) : {};
}

export function body(text: string): string {
  return text.slice(findFrontmatter(text).bodyStart);
}

/**
 * `addedLines` are the lines the command appends (with the note's line ending); removing them
 * from the new body must give back the old body exactly.
 */
export function expectOnlyChanged(before: string, after: string, changedKeys: Record<string, unknown>, addedLines: string[] = []): void {
  const oldProps = props(before);
  const newProps = props(after);
  const expected: Record<string, unknown> = { ...oldProps, ...changedKeys };
  expect(newProps).toEqual(expected);
  expect(Object.keys(newProps)).toEqual(Object.keys(expected));
  let newBody = body(after);
  const eol = before.includes("\r\n") ? "\r\n" : "\n";
  for (const line of addedLines) {
    const at = newBody.indexOf(line + eol);
    expect(at, `appended line ${JSON.stringify(line)} is in the note`).toBeGreaterThanOrEqual(0);
    newBody = newBody.slice(0, at) + newBody.slice(at + line.length + eol.length);
  }
  expect(newBody).toBe(body(before));
}
