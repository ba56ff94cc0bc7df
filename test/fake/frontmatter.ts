// Frontmatter and YAML, modelled on Obsidian's behaviour:
// - Obsidian parses and writes YAML with the `yaml` package (eemeli/yaml): its errors are `YAMLParseError`
//   (see obsidianmd/obsidian-api#110 and the stack trace in kevboh/longform#100, "YAMLParseError: Source contains
//   multiple documents; please use YAML.parseAllDocuments()"). Default YAML 1.2 core schema, so dates stay strings.
// - processFrontMatter re-serialises with `yaml.stringify` defaults: comments dropped, needless quotes removed,
//   flow lists become block lists indented by two spaces, null written as `null`, long strings folded at 80
//   columns (obsidian-api#110, beaussan/update-time-on-edit-obsidian#49 and #56, alangrainger/…-modified-date#24).
import { parse, stringify } from "yaml";

export interface FrontMatterInfo {
  exists: boolean;
  frontmatter: string;
  from: number;
  to: number;
  contentStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/;

/**
 * `from`/`to` delimit the YAML text between the `---` lines (the text includes its last newline);
 * `contentStart` is the offset just after the closing `---` line and its line break.
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const open = OPEN.exec(content);
  if (!open) return none;
  const from = open[0].length;
  let pos = from;
  while (pos <= content.length) {
    const nl = content.indexOf("\n", pos);
    const lineEnd = nl === -1 ? content.length : nl;
    if (CLOSE.test(content.slice(pos, lineEnd))) {
      return {
        exists: true,
        frontmatter: content.slice(from, pos),
        from,
        to: pos,
        contentStart: nl === -1 ? content.length : nl + 1,
      };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return none;
}

/**
 * Obsidian's parseYaml: `yaml.parse` (throws YAMLParseError on invalid YAML, including duplicate
 * keys). Warnings are not printed: a template's `{{client_id}}` reads as a mapping key, which
 * `yaml` reports on the console where Obsidian says nothing, and the test run stays quiet.
 */
export function parseYaml(yaml: string): unknown {
  return parse(yaml, { logLevel: "error" }) as unknown;
}

/** Obsidian's stringifyYaml: `yaml.stringify` with default options. */
export function stringifyYaml(obj: unknown): string {
  return stringify(obj);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a frontmatter block for the metadata cache: invalid YAML or a non-mapping gives undefined. */
export function parseFrontmatterForCache(yaml: string): Record<string, unknown> | undefined {
  try {
    const data = parseYaml(yaml);
    return isPlainObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text transformation done by FileManager.processFrontMatter.
 * - Invalid YAML: the YAMLParseError propagates and nothing is written.
 * - Only the YAML between the delimiters is replaced (written with "\n" line breaks); the `---` lines and
 *   the body are kept byte for byte, so a CRLF body stays CRLF.
 * - No frontmatter: `---\n<yaml>---\n` is inserted at the top (nothing is written if fn added no keys).
 * - All keys deleted from a non-empty frontmatter: the whole block is removed (obsidian-api#164, fixed in 1.6.0;
 *   the exact output of the fix is not documented — this is the fake's assumption).
 * - Identical YAML text: the content is returned unchanged, so Vault.process does not write.
 */
export function applyFrontMatter(content: string, fn: (frontmatter: Record<string, unknown>) => void): string {
  const info = getFrontMatterInfo(content);
  let data: unknown = info.exists ? parseYaml(info.frontmatter) : null;
  if (data === null || data === undefined) data = {};
  if (!isPlainObject(data)) throw new Error("Frontmatter is not a YAML mapping");
  const hadKeys = Object.keys(data).length > 0;
  fn(data);
  const empty = Object.keys(data).length === 0;
  if (!info.exists) return empty ? content : `---\n${stringifyYaml(data)}---\n${content}`;
  if (empty) return hadKeys ? content.slice(info.contentStart) : content;
  const yaml = stringifyYaml(data);
  if (yaml === info.frontmatter) return content;
  return content.slice(0, info.from) + yaml + content.slice(info.to);
}

function toStringList(value: unknown, split: RegExp): string[] | null {
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    for (const part of String(item).split(split)) {
      const t = part.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

function entry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!isPlainObject(frontmatter)) return null;
  for (const [k, v] of Object.entries(frontmatter)) {
    if (typeof key === "string" ? k === key : key.test(k)) return v;
  }
  return null;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const v = entry(frontmatter, /^tags?$/i);
  const list = toStringList(v, /[,\s]+/);
  if (!list) return null;
  return list.map((t) => (t.startsWith("#") ? t : `#${t}`));
}
