// Every wikilink and embed in the sample vault's notes resolves to a file of the vault, the way
// Obsidian resolves a link: the exact vault path (with or without `.md`), else the one file with
// that name (a note by its name without `.md`, an attachment such as a .txt or .pdf by its full
// file name). Links in properties count; code blocks and inline code hold no links. Templates/ is
// left out, as its links name notes that only exist once a template is used; instead the client
// note "New client" makes from the sample's templates, with the sample's settings, is checked
// together with the linked notes it creates.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planNewClient } from "../../src/core/create/new-client";
import { migrateSettings } from "../../src/core/model/settings";

const VAULT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "vault-template");

/** Every file of the vault by vault path, `.obsidian/` left out. */
function vaultFiles(dir = VAULT, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (prefix === "" && entry.name === ".obsidian") continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...vaultFiles(path.join(dir, entry.name), rel + "/"));
    else out.push(rel);
  }
  return out;
}

/** The text without fenced code blocks and inline code spans, where `[[` is not a link. */
function withoutCode(text: string): string {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      lines.push("");
    } else if (m?.[1] !== undefined) {
      fence = m[1];
      lines.push("");
    } else lines.push(line.replace(/`[^`]*`/g, ""));
  }
  return lines.join("\n");
}

/** The link targets of `[[target]]`, `[[target|alias]]`, `[[target#heading]]` and `![[...]]`, as written. */
export function linkTargets(text: string): string[] {
  const out: string[] = [];
  for (const m of withoutCode(text).matchAll(/\[\[([^[\]\n]*)\]\]/g)) {
    const inner = (m[1] ?? "").replace(/\\\|/g, "|");
    out.push((inner.split(/[|#^]/)[0] ?? "").trim());
  }
  return out;
}

/** Resolves like Obsidian: exact path, path + `.md`, else a unique file name; case-insensitive. */
export function resolver(files: string[]): (target: string) => string | null {
  const byPath = new Map(files.map((f) => [f.toLowerCase(), f]));
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const base = f.slice(f.lastIndexOf("/") + 1).toLowerCase();
    const names = base.endsWith(".md") ? [base, base.slice(0, -3)] : [base];
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), f]);
  }
  return (target) => {
    const t = target.replace(/^\/+/, "").toLowerCase();
    const exact = byPath.get(t) ?? byPath.get(t + ".md");
    if (exact) return exact;
    if (t.includes("/")) return null;
    const named = byName.get(t) ?? [];
    return named.length === 1 ? (named[0] ?? null) : null;
  };
}

const files = vaultFiles();
const notes = files.filter((f) => f.endsWith(".md") && !f.startsWith("Templates/"));
const resolve = resolver(files);

function unresolved(): string[] {
  const out: string[] = [];
  for (const note of notes) {
    const text = readFileSync(path.join(VAULT, note), "utf8");
    for (const target of linkTargets(text)) {
      if (target === "") continue; // [[#heading]]: a heading of the same note
      if (resolve(target) === null) out.push(`${note}: [[${target}]]`);
    }
  }
  return out;
}

describe("the sample vault's links", () => {
  it("the link reader and resolver behave like Obsidian on the cases the vault uses", () => {
    expect(linkTargets('a: "[[X|y]]"\n![[F.txt]] [[Y#h]] `[[no]]`\n```\n[[no]]\n```\n[[#h]]')).toEqual(["X", "F.txt", "Y", ""]);
    const r = resolver(["A/B.md", "A/F.txt", "C/B.md", "D.md"]);
    expect([r("A/B"), r("a/b.md"), r("F.txt"), r("F"), r("B"), r("d"), r("E/D")]).toEqual(["A/B.md", "A/B.md", "A/F.txt", null, null, "D.md", null]);
  });

  it("holds notes to check", () => {
    expect(notes.length).toBeGreaterThan(14);
  });

  it("every wikilink and embed resolves to a file in the vault", () => {
    expect(unresolved()).toEqual([]);
  });

  it("a client made by New client from the sample's templates and settings links only notes it creates or the vault has", () => {
    const template = (name: string) => readFileSync(path.join(VAULT, "Templates", `${name}.md`), "utf8");
    const data: unknown = JSON.parse(readFileSync(path.join(VAULT, ".obsidian/plugins/clientele/data.json"), "utf8"));
    for (const clientsFolder of [undefined, "Work/Accounts"]) {
      const { settings } = migrateSettings({ ...(data as object), ...(clientsFolder === undefined ? {} : { clientsFolder }), createLinkedNotes: true });
      const templates = { client: template("Client"), contract: template("Contract"), invoices: template("Invoices"), outcomes: template("Outcomes") };
      const plan = planNewClient({ company: "Acme Robotics", stage: "Discovery", engagement: "Retainer" }, templates, [], files, new Date(2026, 10, 21), settings);
      if (!plan.ok) throw new Error(plan.message);
      expect(plan.linked).toHaveLength(3);
      const made = [plan.note, ...plan.linked];
      const resolveMade = resolver([...files, ...made.map((n) => n.path)]);
      const broken = made.flatMap((n) => linkTargets(n.content).filter((l) => l !== "" && resolveMade(l) === null).map((l) => `${n.path}: [[${l}]]`));
      expect(broken).toEqual([]);
      // The client note links each linked note by its path, in the clients folder of the settings.
      for (const n of plan.linked) expect(linkTargets(plan.note.content)).toContain(n.path.slice(0, -".md".length));
      for (const n of plan.linked) expect(n.path.startsWith(`${settings.clientsFolder}/`)).toBe(true);
    }
  });
});
