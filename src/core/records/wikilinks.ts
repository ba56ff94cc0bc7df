// The notes a note links to, read from its text without Obsidian (the CLI): `[[...]]` links and
// embeds, in the body or in link properties. One pass over the text.
import { linkTarget } from "./links";

/**
 * The targets of the `[[target|alias]]` and `![[target#heading]]` links of a text, as written, in
 * order. A link does not span lines and holds no `[[`. Linear: the next `[[`, `]]` and line break are
 * each searched once and reused until the scan passes them.
 */
export function wikilinkTargets(text: string): string[] {
  const out: string[] = [];
  let close = -1;
  let newline = -1;
  let open = text.indexOf("[[");
  while (open >= 0) {
    const next = text.indexOf("[[", open + 2);
    if (close < open + 2) close = text.indexOf("]]", open + 2);
    if (close < 0) break;
    if (newline < open) newline = text.indexOf("\n", open);
    if (newline < 0) newline = text.length;
    if ((next < 0 || next > close) && newline > close) {
      const target = linkTarget(text.slice(open, close + 2));
      if (target !== null) out.push(target);
    }
    open = next;
  }
  return out;
}
