// Builds the plugin bundle (main.js, for Obsidian) and the command line (dist/cli.cjs, for Node).
import esbuild from "esbuild";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cliOptions as cli, pluginOptions } from "./scripts/build-options.mjs";

const prod = process.argv[2] === "production";
const plugin = pluginOptions(prod);

// styles.css is what Obsidian loads; it is the styles/ partials joined in name order.
function buildStyles() {
  const parts = readdirSync("styles").filter((f) => f.endsWith(".css")).sort();
  writeFileSync("styles.css", parts.map((f) => `/* styles/${f} */\n` + readFileSync(`styles/${f}`, "utf8")).join("\n"));
}
buildStyles();

if (prod) {
  await esbuild.build(plugin);
  await esbuild.build(cli);
} else {
  const ctx = await esbuild.context(plugin);
  await esbuild.build(cli);
  await ctx.watch();
}
