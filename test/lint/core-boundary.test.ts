// The headless-core rule is enforced by ESLint: a file in src/core that imports obsidian, touches
// the DOM or reads the clock fails the lint. Each probe is linted from memory under a virtual
// src/core path (ESLint's lintText), so nothing is ever written into the source tree.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = join(__dirname, "..", "..");
const PROBE = "src/core/zz-lint-probe.ts";
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: "eslint.config.mjs",
    // The probe is not on disk, so no tsconfig lists it: let the project service give it the default project.
    overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["eslint.config.mjs", PROBE] } } } },
  });
});

async function lintCore(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, PROBE) });
  expect(existsSync(join(repoRoot, PROBE))).toBe(false);
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId ?? ""}: ${m.message}`);
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
