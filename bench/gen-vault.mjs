// Generates a seeded synthetic vault: `node bench/gen-vault.mjs DIR NOTES [CLIENT_SHARE] [--file-times]`.
// Client notes carry realistic properties and bodies; the rest are ordinary notes (meetings,
// journal entries) with their own frontmatter. Every file gets a seeded modification time in the
// 400 days before 2026-11-21 (so file times mean something, and a read cache may keep them).
// With `fileTimes` the vault's settings count file times as activity (`activitySource: "mtime"`).
// Same seed, same vault.
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGES = ["Discovery", "Proposal", "Active", "Retention", "Sunset"];
const ENGAGEMENTS = ["Subscription", "Fixed Fee", "Retainer"];
const WORDS = "acme north river stone harbor peak field cedar lumen vector orbit summit maple atlas nova pixel quarry delta willow ember".split(" ");
const TAGS = ["AEROSPACE", "SAAS", "RETAIL", "LEGAL", "HEALTH", "ISO-REQUIRED", "NONPROFIT", "FINTECH"];

function day(r, from, spanDays) {
  const d = new Date(Date.UTC(2026, 10, 21) - Math.floor(r() * spanDays + from) * 86400000);
  return d.toISOString().slice(0, 10);
}

export function clientNote(r, i) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/\b\w/g, (c) => c.toUpperCase());
  const score = () => (r() < 0.1 ? "" : String(1 + Math.floor(r() * 5)));
  const lines = [
    "---", "type: client", `client_id: CLI-${String(i + 1).padStart(5, "0")}`, `company: ${name}`, `stage: ${pick(STAGES)}`,
    `engagement: ${pick(ENGAGEMENTS)}`, `persona: "[[ICP - Agency owner]]"`,
  ];
  for (const k of ["health_profitability", "health_communication", "health_strategic_fit", "health_growth"]) {
    const s = score();
    if (s) lines.push(`${k}: ${s}`);
  }
  lines.push(
    `last_review: ${day(r, 0, 90)}`, `last_contact: ${day(r, 0, 120)}`, `stage_changed: ${day(r, 10, 200)}`,
    `next_action: Send the ${pick(WORDS)} proposal`, `next_action_due: ${day(r, -30, 60)}`, `champion: "[[${pick(WORDS)} person]]"`,
    `value: ${500 * (1 + Math.floor(r() * 30))}`, "currency: EUR", `renewal: ${day(r, -200, 230)}`, `tags: [${pick(TAGS)}, ${pick(TAGS)}]`, "---",
    `# ${name}`, "", "## Strategic identity", "", `They make ${pick(WORDS)} things for ${pick(WORDS)} people.`, "",
    "## Strategic memory", "", "### Unmet needs", "", `- A ${pick(WORDS)} dashboard`, "", "## Interaction log", "",
    `- ${day(r, 0, 60)} · call · Talked about the ${pick(WORDS)} roadmap.`, "", "## Health history", "", "## Stage history", "",
  );
  return { name: `${name}.md`, text: lines.join("\n") };
}

export function otherNote(r, i) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const body = Array.from({ length: 5 + Math.floor(r() * 20) }, () => `Some ${pick(WORDS)} notes about ${pick(WORDS)} and ${pick(WORDS)}.`).join("\n");
  return { name: `Note ${i}.md`, text: `---\ntags: [journal]\ncreated: ${day(r, 0, 400)}\naliases: [${pick(WORDS)}]\n---\n# Note ${i}\n\n${body}\n` };
}

export function generateVault(dir, notes, clientShare = 0.2, seed = 42, { fileTimes = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "Clients"), { recursive: true });
  mkdirSync(join(dir, "Notes"), { recursive: true });
  mkdirSync(join(dir, ".obsidian/plugins/clientele"), { recursive: true });
  const settings = fileTimes ? { activitySource: "mtime", currency: "EUR" } : { useModifiedTime: false, currency: "EUR" };
  writeFileSync(join(dir, ".obsidian/plugins/clientele/data.json"), JSON.stringify(settings));
  const r = rng(seed);
  const times = rng(seed + 1);
  const clients = Math.round(notes * clientShare);
  for (let i = 0; i < notes; i++) {
    const n = i < clients ? clientNote(r, i) : otherNote(r, i);
    const file = join(dir, i < clients ? "Clients" : "Notes", n.name);
    writeFileSync(file, n.text);
    const t = new Date(Date.UTC(2026, 10, 21) - Math.floor(times() * 400 * 86400000));
    utimesSync(file, t, t);
  }
  return { notes, clients };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const args = process.argv.slice(2);
  const fileTimes = args.includes("--file-times");
  const [dir, n, share] = args.filter((a) => a !== "--file-times");
  if (!dir || !n) {
    process.stderr.write("usage: node bench/gen-vault.mjs DIR NOTES [CLIENT_SHARE] [--file-times]\n");
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(generateVault(dir, Number(n), share ? Number(share) : 0.2, 42, { fileTimes }))}\n`);
}
