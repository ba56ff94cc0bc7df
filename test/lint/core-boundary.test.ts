// The headless-core rule is enforced by ESLint: a file in src/core that imports obsidian, touches
// the DOM or reads the clock fails the lint. The probe file exists only while this test runs.
import { rmSync, writeFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

async function lintCore(code: string): Promise<string[]> {
  const path = "src/core/zz-lint-probe.ts";
  writeFileSync(path, code);
  try {
    const [result] = await new ESLint().lintFiles([path]);
    return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId ?? ""}: ${m.message}`);
  } finally {
    rmSync(path, { force: true });
  }
}

describe("the src/core boundary", () => {
  it.each([
    ["an obsidian import", 'import { Notice } from "obsidian";\nexport const n = Notice;\n', /no-restricted-imports.*headless/],
    ["a Node module", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n', /no-restricted-imports.*Node modules/],
    ["the clock", "export const now = (): number => Date.now();\n", /no-restricted-syntax.*clock/],
    ["a new Date()", "export const now = (): Date => new Date();\n", /no-restricted-syntax.*clock/],
    ["the DOM", "export const el = (): unknown => document.body;\n", /no-restricted-globals.*DOM/],
  ])("fails the lint for %s", async (_name, code, rule) => {
    const errors = await lintCore(code);
    expect(errors.join("\n")).toMatch(rule);
  }, 60_000);

  it("passes pure code", async () => {
    expect(await lintCore("export const add = (a: number, b: number): number => a + b;\n")).toEqual([]);
  }, 60_000);
});
