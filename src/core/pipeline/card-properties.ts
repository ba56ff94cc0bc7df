// Extra properties on board cards, as "Label: value" lines: on the sidebar board the names come
// from a setting (card-settings.ts, in its order), in a Bases view from the view's Properties menu. Pure.

export interface CardProperty {
  label: string;
  value: string;
}

/** The text of a property value: lists joined with ", "; null, empty and objects give "". */
export function propertyText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "";
  if (typeof raw === "boolean") return raw ? "true" : "false";
  if (Array.isArray(raw)) return (raw as unknown[]).map(propertyText).filter((t) => t !== "").join(", ");
  return "";
}

/** The lines a card shows for `names` (in that order) from a note's frontmatter; empty values are left out. */
export function cardPropertiesOf(frontmatter: Readonly<Record<string, unknown>> | null, names: readonly string[]): CardProperty[] {
  if (!frontmatter) return [];
  const out: CardProperty[] = [];
  for (const name of names) {
    const value = Object.prototype.hasOwnProperty.call(frontmatter, name) ? propertyText(frontmatter[name]) : "";
    if (value !== "") out.push({ label: name, value });
  }
  return out;
}

/** `list` with item `i` moved one place up (-1) or down (1); the same list when it cannot move. */
export function moveItem(list: readonly string[], i: number, delta: 1 | -1): string[] {
  const j = i + delta;
  const out = [...list];
  if (i < 0 || i >= out.length || j < 0 || j >= out.length) return out;
  const a = out[i] as string;
  out[i] = out[j] as string;
  out[j] = a;
  return out;
}
