// manifest.json is part of the lint: obsidianmd's validate-manifest rule checks it as an error.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const repoRoot = join(__dirname, "..", "..");

async function lintManifest(text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: "eslint.config.mjs" });
  const [result] = await eslint.lintText(text, { filePath: join(repoRoot, "manifest.json") });
  return (result?.messages ?? []).map((m) => `${m.severity === 2 ? "error" : "warning"} ${m.ruleId ?? ""}: ${m.message}`);
}

describe("manifest.json in the lint", () => {
  it("the plugin's manifest passes validate-manifest", async () => {
    expect(await lintManifest(readFileSync(join(repoRoot, "manifest.json"), "utf8"))).toEqual([]);
  }, 60_000);

  it("a broken manifest fails the lint with validate-manifest errors", async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "manifest.json"), "utf8")) as Record<string, unknown>;
    const { author: _author, ...rest } = manifest;
    const errors = await lintManifest(JSON.stringify({ ...rest, version: 1, extra: true }, null, 2));
    expect(errors).toEqual(expect.arrayContaining([
      "error obsidianmd/validate-manifest: The manifest is missing the required 'author' property.",
      "error obsidianmd/validate-manifest: The 'version' property must be of type 'string', but was 'number'.",
      "error obsidianmd/validate-manifest: The 'extra' property is not allowed in the manifest.",
    ]));
  }, 60_000);
});

describe("LICENSE", () => {
  it("is the MIT licence package.json names, held by the Clientele authors", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { license?: string };
    const text = readFileSync(join(repoRoot, "LICENSE"), "utf8");
    expect(pkg.license).toBe("MIT");
    expect(text.split("\n")[0]).toBe("MIT License");
    expect(text).toMatch(/^Copyright \(c\) 2026 The Clientele authors$/m);
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});
