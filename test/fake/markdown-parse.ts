// A small Markdown scanner producing Obsidian's CachedMetadata shape: frontmatter (parsed with `yaml`, dates kept
// as strings, undefined when the YAML is invalid), frontmatterPosition, frontmatterLinks, headings, links, embeds,
// tags, listItems and sections. It is deliberately simple (no nested blockquotes, HTML other than comments,
// footnotes or block ids). test/fake/recorded-metadata.test.ts holds it against CachedMetadata recorded from real
// Obsidian (test/fixtures/obsidian-recorded/); the differences still known are listed there.
import { getFrontMatterInfo, parseFrontmatterForCache } from "./frontmatter";

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface HeadingCache {
  heading: string;
  level: number;
  position: Pos;
}
export interface ReferenceCache {
  link: string;
  original: string;
  displayText?: string;
  position: Pos;
}
export interface FrontmatterLinkCache {
  key: string;
  link: string;
  original: string;
  displayText?: string;
}
export interface TagCache {
  tag: string;
  position: Pos;
}
export interface ListItemCache {
  parent: number;
  task?: string;
  position: Pos;
}
export interface SectionCache {
  type: string;
  position: Pos;
}
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  frontmatterLinks?: FrontmatterLinkCache[];
  headings?: HeadingCache[];
  links?: ReferenceCache[];
  embeds?: ReferenceCache[];
  tags?: TagCache[];
  listItems?: ListItemCache[];
  sections?: SectionCache[];
}

const WIKILINK = /(!?)\[\[([^[\]]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;
const TAG = /(^|\s)#([^\s#.,:;!?"'`()[\]{}<>|\\]+)/g;
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(?:\[(.)\](?:[ \t]|$))?/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>[ \t]*\[![^\]]+\]/;

function splitLink(inner: string): { link: string; displayText: string } {
  const bar = inner.indexOf("|");
  const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
  const alias = bar >= 0 ? inner.slice(bar + 1) : null;
  // Recorded from Obsidian: `[[#Heading]]` shows "Heading", `[[Note#Heading#Sub]]` shows "Note > Heading > Sub".
  const shown = (link.startsWith("#") ? link.slice(1) : link).replaceAll("#", " > ");
  return { link, displayText: alias ?? shown };
}

function collectFrontmatterLinks(value: unknown, key: string, out: FrontmatterLinkCache[]): void {
  if (typeof value === "string") {
    for (const m of value.matchAll(WIKILINK)) {
      if (m[1]) continue;
      out.push({ key, original: m[0], ...splitLink(m[2] ?? "") });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectFrontmatterLinks(v, `${key}.${i}`, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) collectFrontmatterLinks(v, `${key}.${k}`, out);
  }
}

export function parseMarkdown(content: string): CachedMetadata {
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) if (content[i] === "\n") lineStarts.push(i + 1);
  const loc = (offset: number): Loc => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - (lineStarts[lo] ?? 0), offset };
  };
  const pos = (from: number, to: number): Pos => ({ start: loc(from), end: loc(to) });

  const cache: CachedMetadata = {};
  const sections: SectionCache[] = [];
  const info = getFrontMatterInfo(content);
  let firstLine = 0;
  if (info.exists) {
    const closeEnd = info.to + 3;
    // Recorded from Obsidian (empty_yaml): an empty block (`---` right after `---`) is a "yaml" section but has
    // no frontmatterPosition and no frontmatter.
    if (info.frontmatter.trim() !== "") cache.frontmatterPosition = pos(0, closeEnd);
    sections.push({ type: "yaml", position: pos(0, closeEnd) });
    firstLine = loc(info.to).line + 1;
    const fm = parseFrontmatterForCache(info.frontmatter);
    if (fm) {
      cache.frontmatter = fm;
      const links: FrontmatterLinkCache[] = [];
      for (const [k, v] of Object.entries(fm)) collectFrontmatterLinks(v, k, links);
      if (links.length) cache.frontmatterLinks = links;
    }
  }

  const headings: HeadingCache[] = [];
  const links: ReferenceCache[] = [];
  const embeds: ReferenceCache[] = [];
  const tags: TagCache[] = [];
  const listItems: ListItemCache[] = [];
  const listStack: { indent: number; line: number; content: number }[] = [];
  let listRoot = -1;
  let fence: string | null = null;
  /** Inside a comment block: the text that closes it ("-->" for an HTML comment, "%%" for an Obsidian comment). */
  let comment: string | null = null;
  /** A blank line was seen inside an open list section. */
  let listBlank = false;
  let blankStart = 0;
  const open: { block: { type: string; from: number; to: number } | null } = { block: null };
  const closeBlock = (): void => {
    if (open.block) sections.push({ type: open.block.type, position: pos(open.block.from, open.block.to) });
    open.block = null;
  };
  const extend = (type: string, from: number, to: number): void => {
    if (open.block?.type === type) open.block.to = to;
    else {
      closeBlock();
      open.block = { type, from, to };
    }
  };

  const extendLastItem = (to: number): void => {
    const last = listItems[listItems.length - 1];
    if (last) last.position.end = loc(to);
  };
  const scanTags = (text: string, start: number): void => {
    for (const m of text.matchAll(TAG)) {
      const name = m[2] ?? "";
      if (/^\d+$/.test(name)) continue;
      const from = start + (m.index ?? 0) + (m[1]?.length ?? 0);
      tags.push({ tag: `#${name}`, position: pos(from, from + name.length + 1) });
    }
  };

  for (let ln = firstLine; ln < lineStarts.length; ln++) {
    const start = lineStarts[ln] ?? 0;
    const next = lineStarts[ln + 1];
    let end = next === undefined ? content.length : next - 1;
    if (content[end - 1] === "\r") end--;
    const line = content.slice(start, end);

    // Recorded (all_link_types, multi_line_task_and_list_item): blank lines between list items, or before an
    // indented continuation, keep one list section; anything else after a blank line ends the list.
    if (fence === null && comment === null) {
      if (line.trim() === "") {
        if (open.block?.type === "list") {
          // Recorded (all_link_types): an item followed by a blank line and more of the list ends at the
          // start of that blank line.
          if (!listBlank) blankStart = start;
          listBlank = true;
        }
        else {
          closeBlock();
          listStack.length = 0;
          listRoot = -1;
        }
        continue;
      }
      if (listBlank && !LIST.test(line) && !/^( {2,}|\t)/.test(line)) {
        closeBlock();
        listStack.length = 0;
        listRoot = -1;
      } else if (listBlank) extendLastItem(blankStart);
      listBlank = false;
    }

    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (open.block) open.block.to = end;
      if (open.block?.type === "list") extendLastItem(end);
      if (fenceMatch?.[1]?.startsWith(fence)) {
        fence = null;
        // A fence inside a list item is part of the list section (recorded: code_block_in_task).
        if (open.block?.type === "code") closeBlock();
      }
      continue;
    }
    if (comment !== null) {
      if (open.block) open.block.to = end;
      // Recorded (comments_markdown_style): tags inside a `%%` comment block are still indexed.
      if (comment === "%%") scanTags(line, start);
      if (line.includes(comment)) {
        comment = null;
        closeBlock();
      }
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1].slice(0, 3);
      // Recorded (code_block_in_task): an indented fence right under a list item belongs to the list section.
      // The fence also belongs to the list item above it: the item's position runs to the closing fence.
      if (open.block?.type === "list" && /^[ \t]/.test(line)) {
        open.block.to = end;
        extendLastItem(end);
      } else {
        closeBlock();
        open.block = { type: "code", from: start, to: end };
      }
      continue;
    }
    // Recorded (comments_html_style, comments_markdown_style): a line opening with `<!--` starts an "html"
    // section and a line opening with `%%` a "comment" section, each up to the line that closes it; both
    // interrupt a paragraph, and nothing inside them (list items, links, tags, headings) is indexed.
    const commentOpen = /^ {0,3}(<!--|%%)/.exec(line);
    if (commentOpen?.[1]) {
      closeBlock();
      listStack.length = 0;
      listRoot = -1;
      const close = commentOpen[1] === "<!--" ? "-->" : "%%";
      open.block = { type: close === "-->" ? "html" : "comment", from: start, to: end };
      const rest = line.slice((commentOpen.index ?? 0) + commentOpen[0].length);
      if (rest.includes(close)) closeBlock();
      else comment = close;
      continue;
    }

    const heading = HEADING.exec(line);
    const list = LIST.exec(line);
    if (heading) {
      closeBlock();
      headings.push({ heading: heading[2] ?? "", level: heading[1]?.length ?? 1, position: pos(start, end) });
      sections.push({ type: "heading", position: pos(start, end) });
    } else {
      // Recorded (callout*): a blockquote whose first line is `> [!type]` is a "callout" section; up to three
      // spaces may come before the `>`.
      const quote = QUOTE.test(line);
      if (quote && (open.block?.type === "blockquote" || open.block?.type === "callout")) open.block.to = end;
      else if (!list && !quote && open.block?.type === "list") {
        // A continuation line (indented, or lazy) belongs to the list item above it (recorded: zero_width,
        // multi_line_task_and_list_item).
        open.block.to = end;
        extendLastItem(end);
      } else extend(list ? "list" : quote ? (CALLOUT.test(line) ? "callout" : "blockquote") : "paragraph", start, end);
    }
    if (list) {
      // Like Obsidian: `parent` is the line of the parent item, or minus the first line of the list for top items.
      const indent = (list[1] ?? "").replace(/\t/g, "    ").length;
      while (listStack.length && (listStack[listStack.length - 1]?.indent ?? 0) >= indent) listStack.pop();
      if (listStack.length === 0 && listRoot < 0) listRoot = ln;
      // A list starting on line 0 gives -1 (recorded: no_heading).
      const top = listRoot === 0 ? -1 : -listRoot;
      const parent = listStack.length ? (listStack[listStack.length - 1]?.line ?? top) : top;
      // Recorded (zero_width): a nested item starts at its marker, but no further right than its parent's text.
      const marker = (list[1] ?? "").length;
      const parentContent = listStack[listStack.length - 1]?.content ?? 0;
      const itemStart = start + (listStack.length ? Math.min(marker, parentContent) : 0);
      const item: ListItemCache = { parent, position: pos(itemStart, end) };
      if (list[2] !== undefined) item.task = list[2];
      listItems.push(item);
      const content = marker + (/^(?:[-*+]|\d+[.)])[ \t]+/.exec(line.slice(marker))?.[0].length ?? 0);
      listStack.push({ indent, line: ln, content });
    }

    // Inline code is masked so links and tags inside it are ignored.
    // So are HTML comments (recorded: comments_html_style); `%% … %%` within a line is indexed like Obsidian does.
    const masked = line.replace(/`[^`]*`|<!--.*?-->/g, (m) => " ".repeat(m.length));
    for (const m of masked.matchAll(WIKILINK)) {
      const from = start + (m.index ?? 0);
      const ref = { original: m[0], ...splitLink(m[2] ?? ""), position: pos(from, from + m[0].length) };
      (m[1] ? embeds : links).push(ref);
    }
    for (const m of masked.matchAll(MDLINK)) {
      const target = m[3] ?? "";
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const from = start + (m.index ?? 0);
      let link = target;
      try {
        link = decodeURI(target);
      } catch {
        // keep the raw target
      }
      const ref = { original: m[0], link, displayText: m[2] ?? "", position: pos(from, from + m[0].length) };
      (m[1] ? embeds : links).push(ref);
    }
    scanTags(masked, start);
  }
  closeBlock();

  if (headings.length) cache.headings = headings;
  if (links.length) cache.links = links;
  if (embeds.length) cache.embeds = embeds;
  if (tags.length) cache.tags = tags;
  if (listItems.length) cache.listItems = listItems;
  if (sections.length) cache.sections = sections;
  return cache;
}
