// Where the first real comment of a frontmatter block is, found by the `yaml` package's lexer: a
// `#` inside a quoted or flow value is not one. Used when the line scanner cannot follow the block
// (flow collections, anchors), so a note is only refused for a comment it really holds.
import { Lexer, SCALAR, tokenType } from "./yaml-tokens";

/** The 0-based line (of `yaml`) of its first comment, or -1. Linear in the YAML's length. */
export function firstCommentLineOf(yaml: string): number {
  let off = 0;
  let blockNext = false;
  for (const token of new Lexer().lex(yaml)) {
    // The lexer's markers (document, scalar, flow error) take no room in the source.
    if (!yaml.startsWith(token, off)) {
      if (token === SCALAR) blockNext = true;
      continue;
    }
    const blockBody = blockNext;
    blockNext = false;
    if (!blockBody && tokenType(token) === "comment") return lineAt(yaml, off);
    off += token.length;
  }
  return -1;
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
