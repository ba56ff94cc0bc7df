// The technique the CLI is compared with: list the vault, stat and read every Markdown file and
// parse its frontmatter with `yaml`, nothing else (no evaluation, no output but a count). The stat
// is there because the CLI stats every file too (its cache key, file times as activity).
// `node bench/naive-scan.mjs VAULT` prints how many blocks it parsed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

let parsed = 0;
let newest = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== ".obsidian" && e.name !== ".trash") walk(p);
    } else if (e.name.endsWith(".md")) {
      newest = Math.max(newest, statSync(p).mtimeMs);
      const text = readFileSync(p, "utf8");
      const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
      if (m) {
        try {
          parse(m[1] ?? "");
          parsed++;
        } catch {
          // a broken block counts as read
        }
      }
    }
  }
};
walk(process.argv[2] ?? ".");
process.stdout.write(`${parsed} ${newest > 0 ? "stat" : ""}\n`);
