#!/usr/bin/env node
// Finds import cycles among the TypeScript files under a folder (default: src). Reads the
// relative specifiers of `import … from`, `export … from`, `import "…"` and `import("…")`
// (type-only imports count too), builds the graph and prints every cycle with its path.
// Exit code 1 when there is a cycle. No dependencies: a linear regex over each file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// `from` or `import`, blanks, an optional `(`, then a quoted relative specifier. Every part is
// followed by a character the part before cannot match, so the match is linear.
const SPECIFIER = /\b(?:from|import)\s*(?:\(\s*)?["'](\.{1,2}\/[^"'\r\n]*)["']/g;

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** The file a relative specifier names, when it is one of `known`. */
function resolveSpecifier(from, spec, known) {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, join(base, "index.ts")];
  if (base.endsWith(".js") || base.endsWith(".mjs")) candidates.push(base.replace(/\.m?js$/, ".ts"));
  return candidates.find((c) => known.has(c)) ?? null;
}

/** The graph: each file and the files it imports (absolute paths). */
export function importGraph(root) {
  const files = tsFiles(resolve(root));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const targets = new Set();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, m[1], known);
      if (target !== null) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of files from a file back to itself (paths relative to `root`). */
export function findCycles(root) {
  const graph = importGraph(root);
  const state = new Map(); // 1: on the current path, 2: done
  const stack = [];
  const cycles = [];
  const rel = (p) => relative(resolve(root), p).split("\\").join("/");
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const s = state.get(next);
      if (s === 1) cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel));
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = process.argv[2] ?? "src";
  const cycles = findCycles(root);
  if (cycles.length === 0) {
    process.stdout.write(`No import cycles under ${root}.\n`);
  } else {
    console.error(`${cycles.length} import cycle${cycles.length === 1 ? "" : "s"} under ${root}:`);
    for (const c of cycles) console.error(`  ${c.join(" -> ")}`);
    process.exitCode = 1;
  }
}
