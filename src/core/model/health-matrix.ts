// The Health Matrix's categories as a setting (issue 13, item 4): an ordered list of
// `{ id, label, question, weight }`, each read from the property `health_<id>`. The default is the
// four categories of seed 000; seed 002's four are a preset. Also the tokens a Health history
// line gives each category (`P4` for the default four, `usage=3` for any other), written by
// core/change/actions.ts and read back by core/report/history.ts.

export interface HealthCategoryDef {
  /** The key suffix: the property is `health_<id>`. Lowercase a-z, 0-9 and `_`. */
  id: string;
  /** How the category is named in words (warnings, forms, the template's table). */
  label: string;
  /** The question a consultant asks when the category raises a warning. */
  question: string;
  /** Its weight in the score; 0 leaves it out of the score (it still warns). */
  weight: number;
}

export type HealthMatrix = readonly HealthCategoryDef[];

/** Seed 000's four categories, with the labels, questions and weights Clientele always had. */
export const DEFAULT_HEALTH_MATRIX: HealthMatrix = [
  { id: "profitability", label: "Profitability", question: "Are you over-servicing this client for the fee?", weight: 1 },
  { id: "communication", label: "Communication", question: "Do they answer within two working days and show up prepared?", weight: 1 },
  { id: "strategic_fit", label: "Strategic fit", question: "Does this work build the expertise you want to be known for?", weight: 1 },
  { id: "growth", label: "Growth potential", question: "Is there a credible next project or upsell in the next six months?", weight: 1 },
];

/** Seed 002's health factors, weighted 30/20/25/25 as the seed weights them. */
export const SEED_002_MATRIX: HealthMatrix = [
  { id: "usage", label: "Product usage", question: "Are they adopting the features they pay for, and using them every week?", weight: 30 },
  { id: "support", label: "Support activity", question: "Are tickets few and resolved quickly, without escalations?", weight: 20 },
  { id: "relationship_depth", label: "Relationship depth", question: "Do you know several people there, including a champion and a decision maker?", weight: 25 },
  { id: "outcomes", label: "Business outcomes", question: "Are they getting the results and return they bought the work for?", weight: 25 },
];

export interface HealthPreset {
  id: "seed-000" | "seed-002";
  name: string;
  matrix: HealthMatrix;
}

export const HEALTH_PRESETS: readonly HealthPreset[] = [
  { id: "seed-000", name: "Seed 000: profitability, communication, strategic fit, growth", matrix: DEFAULT_HEALTH_MATRIX },
  { id: "seed-002", name: "Seed 002: usage, support, relationship depth, outcomes", matrix: SEED_002_MATRIX },
];

/** The longest id and label a category may have. */
export const MAX_HEALTH_ID = 40;
export const MAX_HEALTH_LABEL = 80;
export const MAX_HEALTH_QUESTION = 300;
export const MAX_HEALTH_CATEGORIES = 20;

const ID = /^[a-z0-9_]+$/;

/** The frontmatter key of a category. */
export function healthKey(id: string): string {
  return `health_${id}`;
}

/** An id is 1-40 of a-z, 0-9 and `_`; never `__proto__`, which an object cannot hold as a key. */
export function isHealthId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_HEALTH_ID && ID.test(id) && id !== "__proto__";
}

/** An id made from a label: lowercase, every run of other characters one `_`, trimmed of `_`; "" when nothing is left. */
export function healthIdFrom(label: string): string {
  let out = "";
  for (const ch of label.toLowerCase()) {
    if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")) out += ch;
    else if (out !== "" && !out.endsWith("_")) out += "_";
  }
  out = out.slice(0, MAX_HEALTH_ID);
  while (out.endsWith("_")) out = out.slice(0, -1);
  return out;
}

/** Copies of the categories, so a change to the setting never reaches a preset. */
export function copyMatrix(m: HealthMatrix): HealthCategoryDef[] {
  return m.map((c) => ({ ...c }));
}

export function sameMatrix(a: HealthMatrix, b: HealthMatrix): boolean {
  return a.length === b.length && a.every((c, i) => {
    const d = b[i];
    return d !== undefined && c.id === d.id && c.label === d.label && c.question === d.question && c.weight === d.weight;
  });
}

/** The preset the matrix is, or null when it is the user's own. */
export function presetOf(m: HealthMatrix): HealthPreset | null {
  return HEALTH_PRESETS.find((p) => sameMatrix(p.matrix, m)) ?? null;
}

/** Whether the matrix has exactly the default four ids, in order (labels, questions and weights aside). */
export function hasDefaultIds(m: HealthMatrix): boolean {
  return m.length === DEFAULT_HEALTH_MATRIX.length && m.every((c, i) => c.id === DEFAULT_HEALTH_MATRIX[i]?.id);
}

/** The default four categories with v1's weights (a `Record` of them); missing ones keep weight 1. */
export function matrixFromWeights(weights: Readonly<Record<string, number>>): HealthCategoryDef[] {
  return DEFAULT_HEALTH_MATRIX.map((c) => {
    const w = weights[c.id];
    return { ...c, weight: typeof w === "number" ? w : c.weight };
  });
}

/** The default four's history letters (`P4 C3 S5 G2`), as Clientele has always written them. */
const LETTERS: Readonly<Record<string, string>> = { profitability: "P", communication: "C", strategic_fit: "S", growth: "G" };
const BY_LETTER: Readonly<Record<string, string>> = { P: "profitability", C: "communication", S: "strategic_fit", G: "growth" };

/** One category's token in a Health history line: `P4` for the default four, `usage=3` for any other; `-` for no score. */
export function healthToken(id: string, score: number | undefined): string {
  const value = score === undefined ? "-" : String(score);
  const letter = Object.prototype.hasOwnProperty.call(LETTERS, id) ? LETTERS[id] : undefined;
  return letter !== undefined ? `${letter}${value}` : `${id}=${value}`;
}

const LETTER_TOKEN = /^([PCSG])(\d+(?:\.\d+)?|-)$/;
const ID_TOKEN = /^([a-z0-9_]{1,40})=(\d+(?:\.\d+)?|-)$/;

/**
 * The category and score of one token as `healthToken` writes it: the score null for `-`. Null
 * for anything else. Anchored patterns whose parts cannot match the same characters: linear.
 */
export function readHealthToken(token: string): { id: string; score: number | null } | null {
  const letter = LETTER_TOKEN.exec(token);
  const m = letter ?? ID_TOKEN.exec(token);
  if (!m?.[1] || m[2] === undefined) return null;
  const id = letter ? BY_LETTER[m[1]] : m[1];
  if (id === undefined || id === "__proto__") return null;
  return { id, score: m[2] === "-" ? null : Number(m[2]) };
}
