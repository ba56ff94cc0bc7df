// Why a note's properties cannot be read: the same words in the plugin and the CLI.
import { findFrontmatter } from "./frontmatter-block";

/** Frontmatter that does not mention "client" cannot be a client note; it is not parsed at all. */
export const MAY_BE_CLIENT = /client/i;

export const NOT_A_MAPPING = "Frontmatter is not a list of properties (key: value)";

/**
 * A YAML parser's error in one line, e.g. "Invalid YAML: Map keys must be unique (line 3,
 * column 1)". The parser counts lines inside the YAML; the note's line is one more (the `---`).
 */
export function yamlErrorText(e: unknown): string {
  const first = ((e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "").trim();
  const at = / at line (\d+), column (\d+):?$/.exec(first);
  const message = (at ? first.slice(0, at.index) : first.replace(/:$/, "")) || "the properties could not be parsed";
  return at ? `Invalid YAML: ${message} (line ${Number(at[1]) + 1}, column ${at[2]})` : `Invalid YAML: ${message}`;
}

/**
 * Why the frontmatter of `text` cannot be read as properties, or null when it can (or there is
 * none, or it does not mention "client"). `parse` is the YAML parser (Obsidian's `parseYaml`).
 */
export function frontmatterProblem(text: string, parse: (yaml: string) => unknown): string | null {
  const block = findFrontmatter(text);
  if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return null;
  try {
    const value = parse(block.yaml);
    if (value === null || value === undefined || (typeof value === "object" && !Array.isArray(value))) return null;
    return NOT_A_MAPPING;
  } catch (e) {
    return yamlErrorText(e);
  }
}
