// Minimal Bases API (Obsidian 1.10+) so a BasesView subclass can be built and fed data in tests:
//   const controller = new QueryController(app, config);   // app optional; config: the view's saved keys
//   const view = registration.factory(controller, containerEl);
//   controller.setEntries(app.vault.getMarkdownFiles());   // builds BasesEntry objects, calls onDataUpdated()
// Only what Clientele's Bases view and the fake's own test use: each entry's file and note properties, the
// view config's get/set, getAsPropertyId, getOrder (the Properties menu), getSort (the Sort menu; the data
// comes presorted by it, as Obsidian documents), getDisplayName, onDataUpdated() and createFileForView().
import { Component } from "./events";
import type { TFile } from "./files";
import type { App } from "./app";
import { stringifyYaml } from "./frontmatter";

/** A property's value in a Bases entry; only its text is modelled (Obsidian: `Value#toString()`). */
class PropertyValue {
  constructor(readonly raw: unknown) {}
  toString(): string {
    return Array.isArray(this.raw) ? this.raw.map(String).join(", ") : String(this.raw);
  }
  isTruthy(): boolean {
    return Boolean(this.raw);
  }
}

/** Obsidian's value for "no value" (a singleton: `NullValue.value`). */
export class NullValue {
  static readonly value = new NullValue();
  toString(): string {
    return "null";
  }
  isTruthy(): boolean {
    return false;
  }
}

const PROPERTY_TYPES = ["note", "formula", "file"];

/** A property id (`note.stage`); a bare name is a note property, as in a .base file's `order`. */
function toPropertyId(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const dot = raw.indexOf(".");
  return dot > 0 && PROPERTY_TYPES.includes(raw.slice(0, dot)) ? raw : `note.${raw}`;
}

export class BasesEntry {
  constructor(
    public file: TFile,
    private app: App | null = null,
  ) {}

  /** A note property (`note.<key>`) from the metadata cache, or `file.name`; null when the note lacks it. */
  getValue(propertyId: string): PropertyValue | null {
    if (propertyId === "file.name") return new PropertyValue(this.file.basename);
    if (!propertyId.startsWith("note.")) return null;
    const name = propertyId.slice("note.".length);
    const fm = this.app?.metadataCache.getFileCache(this.file)?.frontmatter;
    return fm && name in fm && fm[name] !== null && fm[name] !== undefined ? new PropertyValue(fm[name]) : null;
  }
}

export class BasesViewConfig {
  name = "View";
  private values: Record<string, unknown>;

  /** `values`: the view's saved keys; `order` (property ids or bare names) and `sort` are Bases' own. */
  constructor(values: Record<string, unknown> = {}, private readonly displayNames: Record<string, string> = {}) {
    this.values = { ...values };
  }
  get(key: string): unknown {
    return this.values[key];
  }
  getAsPropertyId(key: string): string | null {
    return toPropertyId(this.values[key]);
  }
  /** The Properties menu's choice, in order. */
  getOrder(): string[] {
    const order = this.values.order;
    return Array.isArray(order) ? order.map(toPropertyId).filter((p): p is string => p !== null) : [];
  }
  /** The Sort menu's choice; invalid entries are left out (an empty list when there is none). */
  getSort(): { property: string; direction: "ASC" | "DESC" }[] {
    const sort = this.values.sort;
    if (!Array.isArray(sort)) return [];
    return sort.flatMap((s: unknown) => {
      const r = s as { property?: unknown; direction?: unknown } | null;
      const property = toPropertyId(r?.property);
      return property && (r?.direction === "ASC" || r?.direction === "DESC") ? [{ property, direction: r.direction }] : [];
    });
  }
  /** A name the base gave the property, else the id without its type prefix. */
  getDisplayName(propertyId: string): string {
    return this.displayNames[propertyId] ?? propertyId.slice(propertyId.indexOf(".") + 1);
  }
  /** Obsidian: a null value removes the key from the view's saved config. */
  set(key: string, value: unknown): void {
    if (value === null) delete this.values[key];
    else this.values[key] = value;
  }
}

export class BasesQueryResult {
  constructor(public data: BasesEntry[] = []) {}
}

export class QueryController extends Component {
  config: BasesViewConfig;
  result = new BasesQueryResult();
  views: BasesView[] = [];

  constructor(
    public app: App | null = null,
    config: Record<string, unknown> = {},
    displayNames: Record<string, string> = {},
  ) {
    super();
    this.config = new BasesViewConfig(config, displayNames);
  }

  /**
   * Test helper: replaces the query result (files or entries) and calls onDataUpdated() on every view.
   * The entries come sorted by the view's Sort config (numbers as numbers, text ignoring case, no value last).
   */
  setEntries(entries: (TFile | BasesEntry)[]): void {
    const list = entries.map((e) => (e instanceof BasesEntry ? e : new BasesEntry(e, this.app)));
    this.result = new BasesQueryResult(sortEntries(list, this.config.getSort()));
    for (const view of this.views) {
      view.data = this.result;
      view.onDataUpdated();
    }
  }
}

function compareValues(a: PropertyValue | null, b: PropertyValue | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a.raw === "number" && typeof b.raw === "number") return a.raw - b.raw;
  const x = a.toString().toLowerCase();
  const y = b.toString().toLowerCase();
  return x === y ? 0 : x < y ? -1 : 1;
}

function sortEntries(list: BasesEntry[], sort: { property: string; direction: "ASC" | "DESC" }[]): BasesEntry[] {
  if (sort.length === 0) return list;
  return [...list].sort((a, b) => {
    for (const s of sort) {
      const va = a.getValue(s.property);
      const vb = b.getValue(s.property);
      const c = compareValues(va, vb);
      // No value goes last in either direction.
      if (c !== 0) return va === null || vb === null ? c : s.direction === "DESC" ? -c : c;
    }
    return 0;
  });
}

export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  config: BasesViewConfig;
  data: BasesQueryResult;

  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app as App;
    this.config = controller.config;
    this.data = controller.result;
    controller.views.push(this);
  }

  abstract onDataUpdated(): void;

  /** Test-visible: each createFileForView call (the name asked for, the frontmatter made). */
  createdForView: { name: string | undefined; frontmatter: Record<string, unknown>; path: string }[] = [];

  /**
   * Obsidian shows its new-note flow for the base and lets `frontmatterProcessor` fill the new note's
   * frontmatter. The fake creates the note at once: `<name or "Untitled">.md` at the vault root (a free
   * name: " 1", " 2", … appended), its frontmatter the processed object.
   */
  async createFileForView(baseFileName?: string, frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    const frontmatter: Record<string, unknown> = {};
    frontmatterProcessor?.(frontmatter);
    const base = baseFileName ?? "Untitled";
    let path = `${base}.md`;
    for (let i = 1; this.app.vault.getAbstractFileByPath(path); i++) path = `${base} ${i}.md`;
    const yaml = Object.keys(frontmatter).length === 0 ? "" : `---\n${stringifyYaml(frontmatter)}---\n`;
    this.createdForView.push({ name: baseFileName, frontmatter, path });
    await this.app.vault.create(path, yaml);
  }
}
