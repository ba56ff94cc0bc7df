// A new client note's Health Matrix table follows the setting (issue 13, item 4): when the
// categories differ from seed 000's four, the rows of the table under `## Health Matrix` become one
// row per configured category (its label and warning question, made inert). With the default
// categories the note is left exactly as the template made it.
//
// No empty `health_<id>:` keys are added to the frontmatter: an empty category value is invalid
// (contract section 3) and would give every new client a diagnostic; "Health check" writes them.
import { detectEol } from "../note/frontmatter-block";
import { escapeMarkdown } from "../note/markdown";
import { DEFAULT_HEALTH_MATRIX, type HealthMatrix } from "../model/health-matrix";

const HEADING = /^##[ \t]+Health Matrix[ \t]*$/i;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
const SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}/;

/** Whether the matrix names the same categories, labels and questions as the default (weights aside). */
function sameWords(m: HealthMatrix): boolean {
  return m.length === DEFAULT_HEALTH_MATRIX.length && m.every((c, i) => {
    const d = DEFAULT_HEALTH_MATRIX[i];
    return d !== undefined && c.id === d.id && c.label === d.label && c.question === d.question;
  });
}

/** One row of the table for a category: its label, an empty score and its question. */
export function healthTableRow(label: string, question: string): string {
  return `| ${escapeMarkdown(label)} |  | ${escapeMarkdown(question)} |`;
}

/**
 * `content` (a rendered client note) with the rows of its Health Matrix table, the first table
 * under the first `## Health Matrix` heading outside code fences, replaced by the matrix's rows.
 * Unchanged when the matrix has the default words or the note has no such table.
 */
export function withHealthMatrix(content: string, matrix: HealthMatrix): string {
  if (sameWords(matrix)) return content;
  const eol = detectEol(content);
  const lines = content.split(eol);
  let inFence = false;
  let heading = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && HEADING.test(line)) {
      heading = i;
      break;
    }
  }
  if (heading < 0) return content;
  let header = -1;
  for (let i = heading + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("#") || FENCE.test(line)) return content;
    if (line.trimStart().startsWith("|")) {
      header = i;
      break;
    }
  }
  if (header < 0 || !SEPARATOR.test(lines[header + 1] ?? "")) return content;
  const first = header + 2;
  let end = first;
  while (end < lines.length && (lines[end] ?? "").trimStart().startsWith("|")) end++;
  const rows = matrix.map((c) => healthTableRow(c.label, c.question));
  const out = [...lines.slice(0, first), ...rows, ...lines.slice(end)];
  // The built-in template's note under the table counts the questions.
  const text = out.join(eol);
  return matrix.length === 4 ? text : text.replace("asks the four questions", "asks the questions");
}
