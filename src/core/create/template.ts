// Fills `{{placeholders}}` in a note template. Inside the frontmatter each value is written so the
// YAML still parses and reads back as exactly that value (`template-yaml.ts`); in the body values
// go in as they are.
import { detectEol, findFrontmatter } from "../note/frontmatter-block";
import { sanitiseNoteName } from "../note/names";
import { yamlScalar } from "../note/yaml-scalar";
import { fill, placeholders, raw, type TemplateVars } from "./template-placeholders";
import { renderYaml } from "./template-yaml";

/** Kept here too for callers that imported it from the template module. */
export { yamlScalar };
export type { TemplateVars };

/** The variables for a new client note; `title` is the company as a safe note name. */
export function templateVars(input: Omit<TemplateVars, "title">): TemplateVars {
  return { ...input, title: sanitiseNoteName(input.company) };
}

/**
 * Fills `{{company}}`, `{{title}}`, `{{client_id}}`, `{{stage}}`, `{{engagement}}`, `{{currency}}`,
 * `{{date}}`, `{{time}}`, `{{date:FORMAT}}` and `{{time:FORMAT}}` (date-fns tokens). Unknown
 * placeholders and bad formats stay as written. In the frontmatter, values are YAML-quoted as needed.
 */
export function renderTemplate(template: string, vars: TemplateVars, now: Date): string {
  const fm = findFrontmatter(template);
  const body = (text: string) => fill(text, placeholders(text, vars, now), raw);
  if (!fm.exists) return body(template);
  const yaml = renderYaml(fm.yaml, vars, now, detectEol(template));
  return body(template.slice(0, fm.from)) + yaml + body(template.slice(fm.to));
}
