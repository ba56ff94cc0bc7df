// The size part of `npm run bench` (also `node bench/size.mjs` alone): main.js built exactly as
// `npm run build` builds it (scripts/build-options.mjs), against its budget, with esbuild's own
// accounting of where the minified bytes come from: per top-level folder of src/ (and src/core's
// folders) and per node_modules package.
import esbuild from "esbuild";
import { gzipSync } from "node:zlib";
import { pluginOptions } from "../scripts/build-options.mjs";

export const BUDGET_KB = 200;

/** The part of the bundle a source file counts under. */
function partOf(file) {
  const p = file.split("/");
  if (p[0] === "node_modules") return p[1]?.startsWith("@") ? `node_modules/${p[1]}/${p[2]}` : `node_modules/${p[1]}`;
  if (p[0] === "src" && p.length > 2) return `src/${p[1]}/`;
  return file;
}

export async function measureSize() {
  const r = await esbuild.build({ ...pluginOptions(true), write: false, metafile: true, logLevel: "silent" });
  const out = r.outputFiles.find((f) => f.path.endsWith("main.js"));
  const meta = Object.entries(r.metafile.outputs).find(([k]) => k.endsWith("main.js"))?.[1];
  const parts = new Map();
  const core = new Map();
  for (const [file, info] of Object.entries(meta.inputs)) {
    const part = partOf(file);
    parts.set(part, (parts.get(part) ?? 0) + info.bytesInOutput);
    if (file.startsWith("src/core/")) {
      const sub = file.split("/").length > 3 ? `src/core/${file.split("/")[2]}/` : file;
      core.set(sub, (core.get(sub) ?? 0) + info.bytesInOutput);
    }
  }
  const kb = (n) => n / 1024;
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => ({ part, kb: kb(bytes) }));
  return {
    mainJsMin: { value: kb(out.contents.length), unit: "KB", note: `budget ${BUDGET_KB} KB` },
    mainJsGzip: { value: kb(gzipSync(out.contents, { level: 9 }).length), unit: "KB" },
    sizeParts: sorted(parts),
    sizeCore: sorted(core),
  };
}

/** The breakdown table for BENCHMARKS.md. */
export function sizeRows(figures) {
  const rows = (list) => list.map((p) => `| ${p.part} | ${p.kb.toFixed(1)} KB |`);
  return [
    "| part | minified |",
    "| --- | --- |",
    ...rows(figures.sizeParts ?? []),
    "",
    "`src/core/` by folder:",
    "",
    "| part | minified |",
    "| --- | --- |",
    ...rows(figures.sizeCore ?? []),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const figures = await measureSize();
  const over = figures.mainJsMin.value > BUDGET_KB;
  process.stdout.write(`main.js ${figures.mainJsMin.value.toFixed(1)} KB minified (budget ${BUDGET_KB} KB: ${over ? "over" : "within"}), ${figures.mainJsGzip.value.toFixed(1)} KB gzip\n${sizeRows(figures).join("\n")}\n`);
  if (process.argv.includes("--check") && over) process.exitCode = 1;
}
