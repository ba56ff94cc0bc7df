// Why a note's properties cannot be read: the same words in the plugin and the CLI.
import { findFrontmatter } from "./frontmatter-block";
import { NOT_A_MAPPING, readProperties, yamlErrorText, type ParseYaml } from "./properties";

export { NOT_A_MAPPING, yamlErrorText };

/** Frontmatter that does not mention "client" cannot be a client note; it is not parsed at all. */
export const MAY_BE_CLIENT = /client/i;

/**
 * Why the frontmatter of `text` cannot be read as properties, or null when it can (or there is
 * none, or it does not mention "client"). `parse` is the YAML parser (Obsidian's `parseYaml`).
 */
export function frontmatterProblem(text: string, parse: ParseYaml): string | null {
  const block = findFrontmatter(text);
  if (!block.exists || !MAY_BE_CLIENT.test(block.yaml)) return null;
  const read = readProperties(block.yaml, parse);
  return "problem" in read ? read.problem : null;
}
