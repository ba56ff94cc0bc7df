// The `yaml` package's lexer and what Clientele reads of its tokens. Only `Lexer` is imported from
// the package, never its `CST` namespace (a namespace pulls in the whole CST toolkit and its
// scalar resolvers, about 40 KB of main.js): the marker and the token kinds are restated here,
// exactly as yaml 2.x defines them (test/core/note/yaml-tokens.test.ts compares every kind).
export { Lexer } from "yaml";

/** The lexer's marker before a scalar's text (`CST.SCALAR`): takes no room in the source. */
export const SCALAR = "\x1f";

export type TokenType =
  | "byte-order-mark" | "doc-mode" | "flow-error-end" | "scalar" | "doc-start" | "doc-end" | "newline"
  | "seq-item-ind" | "explicit-key-ind" | "map-value-ind" | "flow-map-start" | "flow-map-end" | "flow-seq-start"
  | "flow-seq-end" | "comma" | "space" | "comment" | "directive-line" | "alias" | "anchor" | "tag"
  | "single-quoted-scalar" | "double-quoted-scalar" | "block-scalar-header";

const EXACT: Record<string, TokenType> = {
  "\u{FEFF}": "byte-order-mark", "\x02": "doc-mode", "\x18": "flow-error-end", [SCALAR]: "scalar",
  "---": "doc-start", "...": "doc-end", "": "newline", "\n": "newline", "\r\n": "newline",
  "-": "seq-item-ind", "?": "explicit-key-ind", ":": "map-value-ind", "{": "flow-map-start", "}": "flow-map-end",
  "[": "flow-seq-start", "]": "flow-seq-end", ",": "comma",
};

const BY_FIRST: Record<string, TokenType> = {
  " ": "space", "\t": "space", "#": "comment", "%": "directive-line", "*": "alias", "&": "anchor", "!": "tag",
  "'": "single-quoted-scalar", '"': "double-quoted-scalar", "|": "block-scalar-header", ">": "block-scalar-header",
};

/** The kind of a lexer token (`CST.tokenType`); null for plain scalar text. */
export function tokenType(source: string): TokenType | null {
  if (Object.prototype.hasOwnProperty.call(EXACT, source)) return EXACT[source] ?? null;
  const first = source[0];
  return first !== undefined && Object.prototype.hasOwnProperty.call(BY_FIRST, first) ? BY_FIRST[first] ?? null : null;
}
