// The Dataview dashboard: the text "Open dashboard" writes (approved), the sample vault's copy, and
// every ```dataview block of the shipped dashboards read by Dataview's own query parser.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Module from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { dataviewDashboardNote, dataviewDashboardPath } from "../../../src/core/report/dataview-dashboard";
import { defaultSettings } from "../../../src/core/model/settings";
import { verifyApproved } from "../../helpers/approve";

const HERE = __dirname;
const VAULT = path.join(__dirname, "..", "..", "..", "vault-template");

/** The fenced blocks of `lang` in `text`, line by line (linear). */
function fencedBlocks(text: string, lang: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split("\n")) {
    if (current === null) {
      if (line.trim() === `\`\`\`${lang}`) current = [];
    } else if (line.trim() === "```") {
      out.push(current.join("\n"));
      current = null;
    } else current.push(line);
  }
  if (current !== null) throw new Error(`unclosed \`\`\`${lang} block`);
  return out;
}

/** Every ```dataview block of vault-template/*.md, with its file name. */
function shippedQueries(): { file: string; query: string }[] {
  const files = readdirSync(VAULT).filter((f) => f.endsWith(".md"));
  return files.flatMap((file) => fencedBlocks(readFileSync(path.join(VAULT, file), "utf8"), "dataview").map((query) => ({ file, query })));
}

interface ParseResult {
  status: boolean;
  index?: { line: number; column: number };
  expected?: string[];
}

/**
 * Dataview's DQL parser from the obsidian-dataview package (it exports QUERY_LANGUAGE, whose
 * `query` parser is what Dataview's own parseQuery runs); null when the package is not installed.
 * Its bundle requires "obsidian" only for side effects, which Node cannot resolve (the obsidian
 * package has no JavaScript), so it is loaded with an empty stand-in for that one module.
 */
function dataviewQueryParser(): ((text: string) => ParseResult) | null {
  const req = createRequire(__filename);
  let file: string;
  try {
    file = req.resolve("obsidian-dataview");
  } catch {
    return null;
  }
  const wrapped = vm.runInThisContext(Module.wrap(readFileSync(file, "utf8")), { filename: file }) as (...args: unknown[]) => void;
  const mod = { exports: {} as { QUERY_LANGUAGE?: { query: { parse(text: string): ParseResult } } } };
  const own = createRequire(file);
  wrapped(mod.exports, (id: string) => (id === "obsidian" ? {} : (own(id) as unknown)), mod, file, path.dirname(file));
  const language = mod.exports.QUERY_LANGUAGE;
  if (!language) throw new Error("obsidian-dataview no longer exports QUERY_LANGUAGE");
  return (text) => language.query.parse(text);
}

describe("the Dataview dashboard note", () => {
  it("is the approved text, and the sample vault ships the same", () => {
    verifyApproved(HERE, "dataview-dashboard", dataviewDashboardNote());
    expect(readFileSync(path.join(VAULT, "Dataview dashboard.md"), "utf8")).toBe(dataviewDashboardNote());
  });

  it("sits beside the dashboard note", () => {
    expect(dataviewDashboardPath(defaultSettings())).toBe("Dataview dashboard.md");
    expect(dataviewDashboardPath({ ...defaultSettings(), dashboardPath: "CRM/Home" })).toBe("CRM/Dataview dashboard.md");
    expect(dataviewDashboardPath({ ...defaultSettings(), dashboardPath: "CRM/Sub/Home.md" })).toBe("CRM/Sub/Dataview dashboard.md");
  });

  it("queries clients in any folder with type compared case-insensitively, and uses the API in its dataviewjs blocks", () => {
    const text = dataviewDashboardNote();
    const queries = fencedBlocks(text, "dataview");
    expect(queries).toHaveLength(4);
    for (const q of queries) {
      expect(q).toMatch(/^TABLE WITHOUT ID file\.link AS Client,/);
      expect(q).toContain('WHERE lower(type) = "client"');
      expect(q).not.toMatch(/FROM "Clients"/);
    }
    const scripts = fencedBlocks(text, "dataviewjs");
    expect(scripts).toHaveLength(4);
    for (const s of scripts) {
      expect(s).toContain("await api.whenReady();");
      expect(s).toContain("dv.component.register(api.onChange(draw));");
    }
  });
});

describe("the shipped ```dataview blocks", () => {
  const parse = dataviewQueryParser();
  const queries = shippedQueries();

  it("exist in the sample vault", () => {
    expect(queries.length).toBeGreaterThanOrEqual(4);
  });

  it("have balanced brackets and quotes", () => {
    for (const { file, query } of queries) {
      let depth = 0;
      let quoted = false;
      for (const ch of query) {
        if (ch === '"') quoted = !quoted;
        else if (!quoted && ch === "(") depth++;
        else if (!quoted && ch === ")") depth--;
        expect(depth, `${file}: ${query}`).toBeGreaterThanOrEqual(0);
      }
      expect([depth, quoted], `${file}: ${query}`).toEqual([0, false]);
    }
  });

  it.skipIf(parse === null)("parse with Dataview's own query parser (obsidian-dataview)", () => {
    if (!parse) return;
    expect(parse("TABLE WITHOUT ID file.link AS Client WHERE (").status, "the parser rejects a broken query").toBe(false);
    for (const { file, query } of queries) {
      const result = parse(query);
      expect(result.status, `${file}: ${JSON.stringify(result.index)} expected ${String(result.expected)}\n${query}`).toBe(true);
    }
  });
});
