// The technique the CLI is compared with: read every Markdown file and parse its frontmatter
// with `yaml`, nothing else. `node bench/naive-scan.mjs VAULT` prints how many blocks it parsed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

let parsed = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== ".obsidian" && e.name !== ".trash") walk(p);
    } else if (e.name.endsWith(".md")) {
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
process.stdout.write(`${parsed}\n`);
