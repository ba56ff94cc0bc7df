// Link text in properties (`"[[Acme Robotics]]"`, `"[[Clients/Acme|Acme]]"`, a bare note name) and
// how the CLI resolves it without Obsidian: by path, then by unique file name. Linear scans only.

/**
 * The note a link names: the text inside `[[...]]` up to `|` or `#`, or a Markdown link's target,
 * or the bare text. Null when nothing names a note.
 */
export function linkTarget(text: string): string | null {
  let t = text.trim();
  if (t.startsWith("[[") && t.endsWith("]]")) t = t.slice(2, -2);
  else if (t.startsWith("[") && t.endsWith(")")) {
    const open = t.indexOf("](");
    if (open < 0) return null;
    t = decodeTarget(t.slice(open + 2, -1));
  }
  const cut = firstOf(t, "|", "#");
  if (cut >= 0) t = t.slice(0, cut);
  t = t.trim();
  return t === "" ? null : t;
}

function decodeTarget(t: string): string {
  const inner = t.startsWith("<") && t.endsWith(">") ? t.slice(1, -1) : t;
  try {
    return decodeURIComponent(inner);
  } catch {
    return inner;
  }
}

function firstOf(text: string, a: string, b: string): number {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

function stripMd(path: string): string {
  return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

function baseName(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? path : path.slice(slash + 1);
}

/** Client paths looked up by link text, built once per vault read. */
export interface LinkResolver {
  resolve(target: string): string | null;
}

/**
 * Resolves like Obsidian does for a vault without the app: an exact path (with or without `.md`,
 * case-insensitive), else the one note with that file name. Two notes with the same name and no
 * path in the link: the shortest path wins, as Obsidian prefers the closest match at the root.
 */
export function pathResolver(paths: Iterable<string>): LinkResolver {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of paths) {
    const key = stripMd(p).toLowerCase();
    byPath.set(key, p);
    const name = baseName(key);
    const had = byName.get(name);
    if (had === undefined || p.length < had.length || (p.length === had.length && p < had)) byName.set(name, p);
  }
  return {
    resolve(target) {
      const key = stripMd(target.replace(/^\/+/, "")).toLowerCase();
      return byPath.get(key) ?? (key.includes("/") ? null : (byName.get(key) ?? null));
    },
  };
}
