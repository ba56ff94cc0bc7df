// Minimal Bases API (Obsidian 1.10+) so a BasesView subclass can be built and fed data in tests:
//   const controller = new QueryController(app);           // app optional
//   const view = registration.factory(controller, containerEl);
//   controller.setEntries(app.vault.getMarkdownFiles());   // builds BasesEntry objects, calls onDataUpdated()
// Values: frontmatter is wrapped as StringValue/NumberValue/BooleanValue/DateValue (ISO date strings)/ListValue.
import { Component } from "./events";
import type { TFile } from "./files";
import type { App } from "./app";

export abstract class Value {
  static type = "value";
  static equals(a: Value | null, b: Value | null): boolean {
    return a === b || (a !== null && b !== null && a.equals(b));
  }
  static looseEquals(a: Value | null, b: Value | null): boolean {
    return a === b || (a !== null && b !== null && a.looseEquals(b));
  }
  abstract toString(): string;
  abstract isTruthy(): boolean;
  equals(other: this): boolean {
    return this.constructor === other.constructor && this.toString() === other.toString();
  }
  looseEquals(other: Value): boolean {
    return this.toString() === other.toString();
  }
  renderTo(el: HTMLElement, ctx?: unknown): void {
    void ctx;
    el.textContent = this.toString();
  }
}

export abstract class NotNullValue extends Value {}

export class NullValue extends Value {
  static value = new NullValue();
  toString(): string {
    return "";
  }
  isTruthy(): boolean {
    return false;
  }
}

export abstract class PrimitiveValue<T> extends NotNullValue {
  constructor(public value: T) {
    super();
  }
  toString(): string {
    return String(this.value);
  }
  isTruthy(): boolean {
    return Boolean(this.value);
  }
}

export class StringValue extends PrimitiveValue<string> {
  static type = "string";
}
export class NumberValue extends PrimitiveValue<number> {
  static type = "number";
}
export class BooleanValue extends PrimitiveValue<boolean> {
  static type = "boolean";
}
export class LinkValue extends StringValue {}
export class UrlValue extends StringValue {}

export class DateValue extends NotNullValue {
  constructor(
    public date: Date,
    private dateOnlyFlag = false,
  ) {
    super();
  }
  toString(): string {
    return this.dateOnlyFlag ? this.date.toISOString().slice(0, 10) : this.date.toISOString();
  }
  dateOnly(): DateValue {
    return new DateValue(this.date, true);
  }
  relative(): string {
    return this.toString();
  }
  isTruthy(): boolean {
    return true;
  }
  static parseFromString(input: string): DateValue | null {
    if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(input)) return null;
    const d = new Date(input.length === 10 ? `${input}T00:00:00Z` : input);
    return Number.isNaN(d.getTime()) ? null : new DateValue(d, input.length === 10);
  }
}

export class ListValue extends NotNullValue {
  private items: Value[];
  constructor(value: unknown[]) {
    super();
    this.items = value.map(toValue);
  }
  toString(): string {
    return this.items.map((v) => v.toString()).join(", ");
  }
  isTruthy(): boolean {
    return this.items.length > 0;
  }
  includes(value: Value): boolean {
    return this.items.some((v) => v.looseEquals(value));
  }
  length(): number {
    return this.items.length;
  }
  get(index: number): Value {
    return this.items[index] ?? NullValue.value;
  }
  concat(other: ListValue): ListValue {
    return new ListValue([...this.items, ...other.items]);
  }
}

export class ObjectValue extends NotNullValue {
  constructor(public value: Record<string, unknown>) {
    super();
  }
  toString(): string {
    return JSON.stringify(this.value);
  }
  isTruthy(): boolean {
    return Object.keys(this.value).length > 0;
  }
}

export class FileValue extends NotNullValue {
  constructor(public file: TFile) {
    super();
  }
  toString(): string {
    return this.file.path;
  }
  isTruthy(): boolean {
    return true;
  }
}

export function toValue(raw: unknown): Value {
  if (raw instanceof Value) return raw;
  if (raw === null || raw === undefined) return NullValue.value;
  if (typeof raw === "string") return DateValue.parseFromString(raw) ?? (/^\[\[.*\]\]$/.test(raw) ? new LinkValue(raw) : new StringValue(raw));
  if (typeof raw === "number") return new NumberValue(raw);
  if (typeof raw === "boolean") return new BooleanValue(raw);
  if (Array.isArray(raw)) return new ListValue(raw);
  if (raw instanceof Date) return new DateValue(raw);
  if (typeof raw === "object") return new ObjectValue(raw as Record<string, unknown>);
  return new StringValue(typeof raw === "bigint" ? raw.toString() : typeof raw);
}

export type BasesPropertyId = `${"note" | "formula" | "file"}.${string}`;

export function parsePropertyId(propertyId: BasesPropertyId): { type: "note" | "formula" | "file"; name: string } {
  const dot = propertyId.indexOf(".");
  return { type: propertyId.slice(0, dot) as "note" | "formula" | "file", name: propertyId.slice(dot + 1) };
}

export class BasesEntry {
  constructor(
    public file: TFile,
    private app: App | null = null,
    private formulas: Record<string, unknown> = {},
  ) {}

  getValue(propertyId: BasesPropertyId): Value | null {
    const { type, name } = parsePropertyId(propertyId);
    if (type === "formula") return name in this.formulas ? toValue(this.formulas[name]) : null;
    if (type === "note") {
      const fm = this.app?.metadataCache.getFileCache(this.file)?.frontmatter;
      return fm && name in fm ? toValue(fm[name]) : null;
    }
    const f = this.file;
    switch (name) {
      case "file":
        return new FileValue(f);
      case "name":
        return new StringValue(f.name);
      case "basename":
        return new StringValue(f.basename);
      case "path":
        return new StringValue(f.path);
      case "ext":
        return new StringValue(f.extension);
      case "folder":
        return new StringValue(f.parent?.path ?? "/");
      case "size":
        return new NumberValue(f.stat.size);
      case "ctime":
        return new DateValue(new Date(f.stat.ctime));
      case "mtime":
        return new DateValue(new Date(f.stat.mtime));
      default:
        return null;
    }
  }
}

export class BasesEntryGroup {
  constructor(
    public entries: BasesEntry[],
    public key?: Value,
  ) {}
  hasKey(): boolean {
    return this.key !== undefined && !(this.key instanceof NullValue);
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
  getAsPropertyId(key: string): BasesPropertyId | null {
    const v = this.values[key];
    return typeof v === "string" && /^(note|formula|file)\.[^.]/.test(v) ? (v as BasesPropertyId) : null;
  }
  getEvaluatedFormula(view: unknown, key: string): Value {
    void view;
    void key;
    return NullValue.value;
  }
  set(key: string, value: unknown): void {
    if (value === null) delete this.values[key];
    else this.values[key] = value;
  }
  getOrder(): BasesPropertyId[] {
    const order = this.values.order;
    return Array.isArray(order) ? (order.filter((x) => typeof x === "string") as BasesPropertyId[]) : [];
  }
  getSort(): { property: BasesPropertyId; direction: "ASC" | "DESC" }[] {
    const sort = this.values.sort;
    return Array.isArray(sort) ? (sort as { property: BasesPropertyId; direction: "ASC" | "DESC" }[]) : [];
  }
  getDisplayName(propertyId: BasesPropertyId): string {
    return parsePropertyId(propertyId).name;
  }
}

export class BasesQueryResult {
  constructor(
    public data: BasesEntry[] = [],
    private config: BasesViewConfig = new BasesViewConfig(),
  ) {}
  get groupedData(): BasesEntryGroup[] {
    return [new BasesEntryGroup(this.data)];
  }
  get properties(): BasesPropertyId[] {
    return this.config.getOrder();
  }
  getSummaryValue(queryController: QueryController, entries: BasesEntry[], prop: BasesPropertyId, summaryKey: string): Value {
    void queryController;
    void prop;
    return summaryKey === "count" ? new NumberValue(entries.length) : NullValue.value;
  }
}

export class QueryController extends Component {
  config: BasesViewConfig;
  result: BasesQueryResult;
  views: BasesView[] = [];

  constructor(
    public app: App | null = null,
    config: Record<string, unknown> = {},
  ) {
    super();
    this.config = new BasesViewConfig(config);
    this.result = new BasesQueryResult([], this.config);
  }

  /** Test helper: replaces the query result (files or entries) and calls onDataUpdated() on every view. */
  setEntries(entries: (TFile | BasesEntry)[]): void {
    const data = entries.map((e) => (e instanceof BasesEntry ? e : new BasesEntry(e, this.app)));
    this.result = new BasesQueryResult(data, this.config);
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
  allProperties: BasesPropertyId[] = [];
  data: BasesQueryResult;

  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app as App;
    this.config = controller.config;
    this.data = controller.result;
    controller.views.push(this);
  }

  abstract onDataUpdated(): void;

  async createFileForView(baseFileName?: string, frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    const path = this.app.vault.getAvailablePath(baseFileName ?? "Untitled", "md");
    const file = await this.app.vault.create(path, "");
    if (frontmatterProcessor) await this.app.fileManager.processFrontMatter(file, frontmatterProcessor);
  }
}
