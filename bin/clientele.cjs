#!/usr/bin/env node
// Entry point of `npx clientele`; the code lives in src/cli and is bundled by `npm run build`.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("clientele: the CLI is not built yet; run `npm run build` first\n");
  process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
