// main.js marks the `yaml` package free of side effects (scripts/esbuild-yaml.mjs) so only its
// Lexer is bundled. This bundles the two users of the Lexer the way main.js is built, runs the
// bundle, and checks it answers as the sources do; and that the yaml part stays small.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yamlLexerOnly } from "../../scripts/esbuild-yaml.mjs";
import { firstCommentLineOf } from "../../src/core/note/yaml-comments";
import { yamlSpans } from "../../src/core/create/template-spans";

const SAMPLES = [
  "a: 1 # c", "a: '# not'\nb: 2 # yes", "a: [x, '#y']\n# c", "a: |\n  # text\nb: 1 # c", "k: {{date}}\n# c", "a: \"x\n  y\" # c", "? k\n: v # c", "%YAML 1.2\n---\na: b",
  "a: &x v\nb: *x # c", "a: >-\n  folded\n  # still text\n# comment", "",
];

async function bundled(): Promise<{ module: { firstCommentLineOf: typeof firstCommentLineOf; yamlSpans: typeof yamlSpans }; yamlBytes: number }> {
  const out = await build({
    stdin: { contents: 'export { firstCommentLineOf } from "./src/core/note/yaml-comments"; export { yamlSpans } from "./src/core/create/template-spans";', resolveDir: process.cwd(), loader: "ts" },
    bundle: true, format: "cjs", target: "es2020", minify: true, treeShaking: true, write: false, metafile: true, outfile: "out.js", logLevel: "silent", plugins: [yamlLexerOnly],
  });
  const dir = mkdtempSync(join(tmpdir(), "clientele-bundle-"));
  const file = join(dir, "bundle.cjs");
  writeFileSync(file, out.outputFiles[0]?.text ?? "");
  const module = createRequire(import.meta.url)(file) as Awaited<ReturnType<typeof bundled>>["module"];
  rmSync(dir, { recursive: true, force: true });
  const inputs = Object.entries(Object.values(out.metafile.outputs)[0]?.inputs ?? {});
  const yamlBytes = inputs.filter(([f]) => f.includes("node_modules/yaml/")).reduce((n, [, i]) => n + i.bytesInOutput, 0);
  return { module, yamlBytes };
}

describe("the yaml Lexer in main.js", () => {
  it("works in the bundle exactly as in the sources, with only the lexer's modules bundled", async () => {
    const { module, yamlBytes } = await bundled();
    for (const s of SAMPLES) {
      expect(module.firstCommentLineOf(s), JSON.stringify(s)).toBe(firstCommentLineOf(s));
      expect(module.yamlSpans(s), JSON.stringify(s)).toStrictEqual(yamlSpans(s));
    }
    expect(yamlBytes).toBeGreaterThan(0);
    expect(yamlBytes).toBeLessThan(16 * 1024);
  }, 30_000);
});
