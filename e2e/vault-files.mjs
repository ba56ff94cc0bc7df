// Vault files for the browser tests: the sample vault read from disk, a generated vault of N
// clients for timing, and a line diff to prove a move changed nothing else.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every .md and .base file under `dir`, keyed by vault path, and Clientele's settings (data.json). */
export function readVault(dir) {
  const files = {};
  const data = join(dir, ".obsidian", "plugins", "clientele", "data.json");
  if (existsSync(data)) files[".obsidian/plugins/clientele/data.json"] = readFileSync(data, "utf8");
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.name.startsWith(".")) continue;
      if (e.isDirectory()) walk(p);
      else if (/\.(md|base)$/.test(e.name)) files[relative(dir, p).split(sep).join("/")] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return files;
}

const STAGES = ["Discovery", "Proposal", "Active", "Retention", "Sunset"];
const ENGAGEMENTS = ["Subscription", "Fixed Fee", "Retainer"];
const WORDS = ["North", "Copper", "Ledger", "Field", "Harbour", "Vantor", "Salt", "Grey", "Tide", "Atlas", "Birch", "Cobalt"];
const KINDS = ["Labs", "Studio", "Systems", "Goods", "Partners", "Clinics", "Foundation", "Works"];

/** `n` client notes with varied, deterministic properties (a small linear congruential generator). */
export function generatedVault(n) {
  let seed = 42;
  const rnd = (k) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const day = (offset) => new Date(Date.UTC(2026, 10, 21) - offset * 86400000).toISOString().slice(0, 10);
  const files = {};
  for (let i = 0; i < n; i++) {
    const id = String(i).padStart(5, "0");
    const name = `${WORDS[rnd(WORDS.length)]}${WORDS[rnd(WORDS.length)].toLowerCase()} ${KINDS[rnd(KINDS.length)]} ${i}`;
    const health = [1, 2, 3, 4].map(() => 1 + rnd(5));
    files[`Clients/Gen ${id}.md`] = [
      "---",
      "type: client",
      `client_id: CLI-${String(i + 1).padStart(5, "0")}`,
      `company: ${name}`,
      `stage: ${STAGES[rnd(STAGES.length)]}`,
      `engagement: ${ENGAGEMENTS[rnd(3)]}`,
      `health_profitability: ${health[0]}`,
      `health_communication: ${health[1]}`,
      `health_strategic_fit: ${health[2]}`,
      `health_growth: ${health[3]}`,
      `last_contact: ${day(rnd(90))}`,
      `next_action: Follow up on item ${i}`,
      `next_action_due: ${day(rnd(40) - 20)}`,
      `value: ${500 + rnd(100) * 100}`,
      `currency: ${rnd(4) === 0 ? "GBP" : "EUR"}`,
      rnd(3) === 0 ? `renewal: ${day(-rnd(120))}` : "renewal:",
      `tags: [TAG${rnd(20)}, GROUP${rnd(5)}]`,
      "---",
      `# ${name}`,
      "",
      "## Stage history",
      "",
      "- 2026-01-01: Created",
      "",
    ].join("\n");
  }
  return files;
}

/** Lines removed from `a` and added in `b` (longest common subsequence of lines). */
export function lineDiff(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  const m = x.length;
  const n = y.length;
  const lcs = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const removed = [];
  const added = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (x[i] === y[j]) { i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) removed.push(x[i++]); else added.push(y[j++]);
  }
  while (i < m) removed.push(x[i++]);
  while (j < n) added.push(y[j++]);
  return { removed, added };
}
