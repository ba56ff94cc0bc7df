// Which extra properties the sidebar board's cards show, in order (the setting; card-properties.ts
// makes the lines). Kept apart so the settings module stays small.

export interface CardPropertySettings {
  /** Frontmatter property names the sidebar board's cards show, in this order. */
  cardProperties: string[];
}

export function defaultCardPropertySettings(): CardPropertySettings {
  return { cardProperties: [] };
}

/** At most this many names are kept (a card is small). */
export const MAX_CARD_PROPERTIES = 20;

/** A property name as the setting keeps it: trimmed, one line, not empty, not a prototype key. */
export function cleanPropertyName(name: string): string | null {
  const n = name.trim();
  if (n === "" || n.length > 100 || n.includes("\n") || n.includes("\r")) return null;
  return n === "__proto__" || n === "constructor" || n === "prototype" ? null : n;
}

/** Reads `cardProperties` from stored data into `s`; anything unusable is reported with `bad`. */
export function migrateCardPropertySettings(raw: Record<string, unknown>, s: CardPropertySettings, bad: (key: string, value: unknown) => void): void {
  const v = raw.cardProperties;
  if (v === undefined) return;
  if (!Array.isArray(v)) return bad("cardProperties", v);
  const out: string[] = [];
  for (const item of v as unknown[]) {
    const name = typeof item === "string" ? cleanPropertyName(item) : null;
    if (name === null) {
      bad("cardProperties", item);
      continue;
    }
    if (!out.includes(name) && out.length < MAX_CARD_PROPERTIES) out.push(name);
  }
  s.cardProperties = out;
}
