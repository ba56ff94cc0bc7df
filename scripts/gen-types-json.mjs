// Regenerates vault-template/.obsidian/types.json and the README's client property table from the
// field table in src/core/model/fields.ts. test/core/model/fields.test.ts fails when they drift;
// run `node scripts/gen-types-json.mjs` after adding or changing a field.
import { readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const bundle = await build({ entryPoints: ["src/core/model/fields.ts"], bundle: true, format: "esm", write: false, platform: "neutral" });
// eslint-disable-next-line no-unsanitized/method -- the bundle is our own src/core/model/fields.ts
const fields = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);

const typesPath = "vault-template/.obsidian/types.json";
writeFileSync(typesPath, JSON.stringify(fields.obsidianTypes(), null, 2) + "\n");

const readme = readFileSync("README.md", "utf8");
const lines = readme.split("\n");
const start = lines.indexOf("| property | type | meaning |");
if (start < 0) throw new Error("README.md has no | property | type | meaning | table");
let end = start;
while (end < lines.length && lines[end].startsWith("|")) end++;
lines.splice(start, end - start, ...fields.readmeTable().split("\n"));
writeFileSync("README.md", lines.join("\n"));
process.stdout.write(`wrote ${typesPath} and the README's property table\n`);
