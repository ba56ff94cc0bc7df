// No import cycles in src/: scripts/check-cycles.mjs walks the relative imports of every file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "check-cycles.mjs");
const SRC = join(ROOT, "src");

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

describe("layers", () => {
  it("views, the API and the settings tab never import src/commands/ (they call the write layer)", async () => {
    const { importGraph } = (await import("../../scripts/check-cycles.mjs")) as { importGraph: (root: string) => Map<string, string[]> };
    const rel = (p: string) => relative(SRC, p).split("\\").join("/");
    const offending: string[] = [];
    for (const [file, targets] of importGraph(SRC)) {
      const from = rel(file);
      if (!(from.startsWith("views/") || from.startsWith("ui/") || from === "api.ts" || from.startsWith("obsidian/"))) continue;
      for (const t of targets) if (rel(t).startsWith("commands/")) offending.push(`${from} -> ${rel(t)}`);
    }
    expect(offending).toEqual([]);
  });

  it("only the write layer (src/obsidian/*writes.ts) and the note store change notes (no store.apply / store.create / vault writes elsewhere in the plugin)", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith(".ts") ? [join(dir, n)] : []));
    const WRITES = /\bstore\.(?:apply|create|processText)\(|\bvault\.(?:modify|create|process|append)\(|\bprocessFrontMatter\(/;
    const offending = walk(SRC)
      .map((abs) => relative(SRC, abs).split("\\").join("/"))
      .filter((p) => !p.startsWith("cli/") && !/^obsidian\/(?:[a-z-]+-)?writes\.ts$/.test(p) && p !== "obsidian/note-store.ts")
      .filter((p) => WRITES.test(readFileSync(join(SRC, p), "utf8")));
    expect(offending).toEqual([]);
  });
});
