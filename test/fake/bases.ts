// Minimal Bases API (Obsidian 1.10+) so a BasesView subclass can be built and fed data in tests:
//   const controller = new QueryController(app, config);   // app optional; config: the view's saved keys
//   const view = registration.factory(controller, containerEl);
//   controller.setEntries(app.vault.getMarkdownFiles());   // builds BasesEntry objects, calls onDataUpdated()
// Only what Clientele's Bases view and the fake's own test use: each entry's file and note properties, the
// view config's get/set, and onDataUpdated().
import { Component } from "./events";
import type { TFile } from "./files";
import type { App } from "./app";

/** A property's value in a Bases entry; only its text is modelled (Obsidian: `Value#toString()`). */
class PropertyValue {
  constructor(private readonly raw: unknown) {}
  toString(): string {
    return Array.isArray(this.raw) ? this.raw.map(String).join(", ") : String(this.raw);
  }
}

export class BasesEntry {
  constructor(
    public file: TFile,
    private app: App | null = null,
  ) {}

  /** A note property (`note.<key>`) from the metadata cache; null when the note lacks it. */
  getValue(propertyId: string): PropertyValue | null {
    if (!propertyId.startsWith("note.")) return null;
    const name = propertyId.slice("note.".length);
    const fm = this.app?.metadataCache.getFileCache(this.file)?.frontmatter;
    return fm && name in fm && fm[name] !== null && fm[name] !== undefined ? new PropertyValue(fm[name]) : null;
  }
}

export class BasesViewConfig {
  name = "View";
  private values: Record<string, unknown>;

  constructor(values: Record<string, unknown> = {}) {
    this.values = { ...values };
  }
  get(key: string): unknown {
    return this.values[key];
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
  ) {
    super();
    this.config = new BasesViewConfig(config);
  }

  /** Test helper: replaces the query result (files or entries) and calls onDataUpdated() on every view. */
  setEntries(entries: (TFile | BasesEntry)[]): void {
    this.result = new BasesQueryResult(entries.map((e) => (e instanceof BasesEntry ? e : new BasesEntry(e, this.app))));
    for (const view of this.views) {
      view.data = this.result;
      view.onDataUpdated();
    }
  }
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
}
