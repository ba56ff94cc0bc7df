// The same board as a Bases layout: the base's filters choose the notes, the board groups them by
// the view's column property (`stage` by default), and a drag writes through the write layer
// (moveClient for the stage, setClientProperty for another property). Cards show the properties of
// the base's Properties menu; with a Bases sort the cards keep the entries' order; the columns'
// "+" makes a note with Bases' own createFileForView.
import { BasesView, NullValue, requireApiVersion, type BasesAllOptions, type BasesEntry, type BasesPropertyId, type HoverParent, type HoverPopover, type Plugin, type QueryController, type Value } from "obsidian";
import { readBoardState, SORT_LABELS, type BoardState } from "../core/pipeline/board";
import type { CardProperty } from "../core/pipeline/card-properties";
import { distinctValues } from "../core/pipeline/group-by";
import { plural } from "../core/model/format";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { INDEX_CHANGED } from "../obsidian/client-index";
import { setClientProperty } from "../obsidian/writes";
import { propertyGrouping, rankOf, stageGrouping, STAGES, type BoardGrouping } from "./board-grouping";
import { BoardRenderer } from "./board-render";
import { BASES_CONFIG_KEYS, columnPropertyOf, COLUMN_PROPERTY_KEY, DEFAULT_COLUMN_PROPERTY, hasBasesSort, readBasesState, writeBasesState, type ViewConfig } from "./bases-state";
import { boardHost, PIPELINE_ICON, VIEW_TYPE_PIPELINE } from "./pipeline-view";

export { BASES_CONFIG_KEYS, readBasesState, writeBasesState } from "./bases-state";

/** The Bases view id (the contract's stable name). */
export const BASES_VIEW_ID = VIEW_TYPE_PIPELINE;

/** The text of a Bases value; "" for none (null, Obsidian's NullValue, an empty text). */
export function valueText(v: Value | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof NullValue === "function" && v instanceof NullValue) return "";
  const text = v.toString().trim();
  // Obsidian's null value, should the class not be reachable from the module: falsy and "null".
  return text === "null" && !v.isTruthy() ? "" : text;
}

type Scalar = string | number | boolean;

/** BasesView.createFileForView (Obsidian 1.10.2+): Bases' new-note flow, the frontmatter filled by the callback. */
interface CreatesFiles {
  createFileForView?: (baseFileName?: string, frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void) => Promise<void>;
}

/** The value written for a column: the note's own number or yes/no when that is what the column shows, else the text. */
function scalarOf(raw: unknown, text: string): Scalar {
  return (typeof raw === "number" || typeof raw === "boolean") && String(raw) === text ? raw : text;
}

export class PipelineBasesView extends BasesView implements HoverParent {
  type = BASES_VIEW_ID;
  hoverPopover: HoverPopover | null = null;
  private readonly board: BoardRenderer;
  private paths = new Set<string>();
  private entryByPath = new Map<string, BasesEntry>();
  private columnGrouping: BoardGrouping = STAGES;
  /** What each column value is written as (the first note's own type of it). */
  private columnScalars = new Map<string, Scalar>();
  private layoutKey = "";

  constructor(controller: QueryController, containerEl: HTMLElement, private readonly deps: Deps) {
    super(controller);
    containerEl.addClass("clientele-bases-pipeline");
    // createFileForView came with Obsidian 1.10.2: before it, no "+" in the columns.
    const canCreate = requireApiVersion("1.10.2") && typeof (this as unknown as CreatesFiles).createFileForView === "function";
    this.board = new BoardRenderer(containerEl, {
      ...boardHost(deps, (s) => this.saveState(s), { hoverParent: this }),
      grouping: () => this.columnGrouping,
      layoutSignature: () => this.layoutKey,
      cardProperties: (path) => this.cardProperties(path),
      sourceSortLabel: "Bases order",
      newClient: canCreate ? (value) => void this.newClient(value) : undefined,
    }, readBoardState(null));
  }

  onload(): void {
    // The index evaluates a note a moment after Bases sees it change: refresh those cards then too.
    this.registerEvent(this.app.workspace.on(INDEX_CHANGED, (change) => {
      const today = this.deps.today();
      const mine = [...change.paths].filter((p) => this.paths.has(p));
      if (change.paths.size === 0 || this.board.isOutdated()) this.onDataUpdated();
      else if (mine.length > 0) this.board.update(mine, (p) => this.deps.index.client(p, today));
    }));
  }

  onunload(): void {
    this.board.destroy();
  }

  onDataUpdated(): void {
    const state = readBasesState(this.config);
    if (JSON.stringify(state) !== JSON.stringify(this.board.getState())) this.board.setState(state);

    const today = this.deps.today();
    const clients: ClientStatus[] = [];
    let others = 0;
    this.paths = new Set();
    this.entryByPath = new Map();
    for (const entry of this.data?.data ?? []) {
      const c = this.deps.index.client(entry.file.path, today);
      if (c) {
        clients.push(c);
        this.paths.add(c.client.path);
        this.entryByPath.set(c.client.path, entry);
      } else others++;
    }
    this.regroup(clients);
    this.board.setClients(clients);
    this.board.setNote(others === 0 ? "" : `${plural(others, "note")} in this base ${others === 1 ? "is" : "are"} not shown: no "type: client" property.`);
  }

  /** The columns from the column property (the clients come in the entries' order, Bases' sort). */
  private regroup(clients: ClientStatus[]): void {
    const property = columnPropertyOf(this.config);
    const rank = rankOf(clients.map((c) => c.client.path));
    const values = new Map<string, string | null>();
    this.columnScalars = new Map();
    if (property === "stage") this.columnGrouping = stageGrouping(rank);
    else {
      const id = `note.${property}` as BasesPropertyId;
      for (const c of clients) {
        const text = valueText(this.entryByPath.get(c.client.path)?.getValue(id));
        values.set(c.client.path, text === "" ? null : text);
        if (text !== "" && !this.columnScalars.has(text)) this.columnScalars.set(text, scalarOf(this.deps.index.frontmatter(c.client.path)?.[property], text));
      }
      const keys = distinctValues(values.values());
      this.columnGrouping = propertyGrouping(property, { values, keys, rank, write: (c, v) => setClientProperty(this.deps, c, property, this.columnScalars.get(v) ?? v) });
    }
    const props = clients.map((c) => this.cardProperties(c.client.path));
    this.layoutKey = JSON.stringify([property, [...values], clients.map((c) => c.client.path), props]);
  }

  /** The base's Properties menu choice, in order, as "Label: value" lines (the title is the card's own; empty values left out). */
  private cardProperties(path: string): CardProperty[] {
    const entry = this.entryByPath.get(path);
    if (!entry) return [];
    const out: CardProperty[] = [];
    for (const id of this.config.getOrder()) {
      if (id === "file.name") continue;
      const value = valueText(entry.getValue(id));
      if (value !== "") out.push({ label: this.config.getDisplayName(id), value });
    }
    return out;
  }

  /** "New client in this column": Bases' new-note flow, the note a client with the column's value. */
  private async newClient(value: string | null): Promise<void> {
    const property = this.columnGrouping.property;
    const written = value === null ? null : (this.columnScalars.get(value) ?? value);
    // Looked up, not called directly: it came with Obsidian 1.10.2 (minAppVersion is 1.10.0), and before
    // it the view offers no "+" (canCreate).
    const create = (this as unknown as CreatesFiles).createFileForView;
    if (typeof create !== "function") return;
    await create.call(this, undefined, (fm) => {
      if (fm.type === undefined) fm.type = "client";
      if (written !== null) fm[property] = written;
    });
  }

  private saveState(state: BoardState): void {
    writeBasesState(this.config, state);
  }
}

/** The view options; the board's sort starts at Bases order when the view has a Bases sort. */
function options(config?: ViewConfig): BasesAllOptions[] {
  return [
    { type: "property", key: COLUMN_PROPERTY_KEY, displayName: "Column property", default: DEFAULT_COLUMN_PROPERTY, filter: (p) => p.startsWith("note.") },
    { type: "dropdown", key: BASES_CONFIG_KEYS.sort, displayName: "Sort cards by", default: config && hasBasesSort(config) ? "source" : "name", options: { source: "Bases order", ...SORT_LABELS } },
    { type: "toggle", key: BASES_CONFIG_KEYS.hideExcluded, displayName: "Hide excluded stages (e.g. Sunset)", default: false },
  ];
}

/** Offers the board as a Bases layout. False when Bases is off: everything else works without it. */
export function registerBasesPipeline(plugin: Plugin, deps: Deps): boolean {
  if (typeof plugin.registerBasesView !== "function") return false;
  return plugin.registerBasesView(BASES_VIEW_ID, {
    name: "Clientele pipeline",
    icon: PIPELINE_ICON,
    factory: (controller, containerEl) => new PipelineBasesView(controller, containerEl, deps),
    options,
  });
}
