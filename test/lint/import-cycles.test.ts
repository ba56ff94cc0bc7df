// No import cycles in src/: scripts/check-cycles.mjs walks the relative imports of every file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "check-cycles.mjs");

function run(dir: string): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clientele-cycles-"));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("import cycles", () => {
  it("src/ has no import cycle", () => {
    const { code, output } = run(join(ROOT, "src"));
    expect(output).toContain("No import cycles");
    expect(code).toBe(0);
  });

  it("detects a cycle through type imports, export-from and folders, and prints its path", () => {
    const dir = fixture({
      "a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "b.ts": 'export { c as b } from "./lib/c";\n',
      "lib/c.ts": 'import type { A } from "../a";\nexport const c = 1;\nexport type C = A;\n',
      "lib/leaf.ts": 'import "../b";\n',
    });
    const { code, output } = run(dir);
    expect(code).toBe(1);
    expect(output).toContain("a.ts -> b.ts -> lib/c.ts -> a.ts");
  });

  it("finds no cycle in a graph without one (shared leaf, index.ts, dynamic import)", () => {
    const dir = fixture({
      "a.ts": 'import { b } from "./b";\nimport { c } from "./lib";\nexport const a = b + c;\n',
      "b.ts": 'import { c } from "./lib/index";\nexport const b = c;\nexport const later = () => import("./lib/d");\n',
      "lib/index.ts": "export const c = 1;\n",
      "lib/d.ts": 'import { c } from "./index";\nexport const d = c;\n',
    });
    const { code, output } = run(dir);
    expect(output).toContain("No import cycles");
    expect(code).toBe(0);
  });
});
