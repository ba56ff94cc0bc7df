// The `clientele` code block: a live table in any note. After the client index changes it asks for
// its table again (computed once per revision for every block with its source, code-block-rows.ts)
// and redraws only when the table changed, and only while it is visible; a hidden block catches
// up once it is shown again.
import { Keymap, MarkdownRenderChild, parseYaml, type Events, type HoverParent, type HoverPopover } from "obsidian";
import { unreadableNotesTitle } from "../core/report/block-views";
import type { BlockCell, BlockTable } from "../core/report/block-types";
import type { Deps } from "../deps";
import { INDEX_CHANGED, type NoteError } from "../obsidian/client-index";
import { BlockContents, sameContent, sameErrors, sameRow, type BlockContent } from "./code-block-rows";

export class ClienteleBlock extends MarkdownRenderChild implements HoverParent {
  hoverPopover: HoverPopover | null = null;
  /** The index revision and day last drawn; a different key means the table is out of date. */
  private drawn: string | null = null;
  /** What is on screen. */
  private shown: BlockContent | null = null;

  /** `contents`: shared by the blocks of one registration; a block of its own gets its own. */
  constructor(containerEl: HTMLElement, private readonly source: string, private readonly sourcePath: string, private readonly deps: Deps, private readonly contents = new BlockContents()) {
    super(containerEl);
  }

  onload(): void {
    this.draw();
    const refresh = () => this.refresh();
    const { workspace } = this.deps.app;
    this.registerEvent(workspace.on(INDEX_CHANGED, refresh));
    // Ways a hidden block becomes visible: its tab is shown, the layout changes, it is re-attached.
    this.registerEvent(workspace.on("active-leaf-change", refresh));
    this.registerEvent(workspace.on("layout-change", refresh));
    this.register(this.containerEl.onNodeInserted(refresh));
    this.registerDomEvent(this.containerEl, "click", (evt) => this.onClick(evt));
    this.registerDomEvent(this.containerEl, "mouseover", (evt) => this.onHover(evt));
  }

  private key(): string {
    return `${this.deps.index.ready ? this.deps.index.revision : "loading"}|${this.deps.today()}`;
  }

  /** Redraws when out of date and visible. */
  refresh(): void {
    if (this.drawn !== this.key() && this.containerEl.isConnected && this.containerEl.isShown()) this.draw();
  }

  private draw(): void {
    const key = this.key();
    this.drawn = key;
    const content = this.contents.get(key, this.source, () => this.compute());
    const before = this.shown;
    if (before !== null && sameContent(before, content)) return;
    this.shown = content;
    const el = this.containerEl;
    // A table with the same columns and errors: only the rows that changed are drawn again.
    if (before !== null && !("message" in before) && !("message" in content) && sameErrors(before.errors, content.errors) && patchTable(el, before.table, content.table)) return;
    el.empty();
    el.addClass("clientele-block");
    if ("message" in content) el.createDiv({ cls: content.warning ? "clientele-block-message mod-warning" : "clientele-block-message", text: content.message });
    else {
      drawTable(el, content.table);
      drawNoteErrors(el, content.errors);
    }
  }

  private compute(): BlockContent {
    try {
      const settings = this.deps.settings();
      const parsed = this.contents.options(this.source, parseYaml, settings.stages);
      if (!parsed.ok) return { message: parsed.message, warning: true };
      if (!this.deps.index.ready) return { message: "Clientele: reading your client notes…", warning: false };
      const today = this.deps.today();
      // Only the clients changed since this source's last table are looked at again (block-live.ts).
      const live = this.contents.liveFor(this.source, parsed.options);
      const { clients, generation, changed } = this.deps.index.clientChanges(today, live.generation);
      live.generation = generation;
      const table = live.block.table(clients, changed, today, settings);
      // The views that list what needs you also list the notes Clientele could not read.
      const listsErrors = parsed.options.view === "at-risk" || parsed.options.view === "review";
      return { table, errors: listsErrors ? this.deps.index.errors() : [] };
    } catch (e) {
      return { message: `Clientele: this block could not be drawn: ${e instanceof Error ? e.message : String(e)}`, warning: true };
    }
  }

  private linkOf(evt: MouseEvent): HTMLElement | null {
    const target = evt.target;
    if (!(target instanceof HTMLElement)) return null;
    const link = target.closest("a.internal-link");
    return link instanceof HTMLElement && this.containerEl.contains(link) ? link : null;
  }

  private onClick(evt: MouseEvent): void {
    const link = this.linkOf(evt);
    const path = link?.dataset.href;
    if (!path) return;
    evt.preventDefault();
    evt.stopPropagation(); // the reading view would open it a second time
    void this.deps.app.workspace.openLinkText(path, this.sourcePath, Keymap.isModEvent(evt));
  }

  private onHover(evt: MouseEvent): void {
    const link = this.linkOf(evt);
    const path = link?.dataset.href;
    if (!link || !path) return;
    // The Workspace type only lists Clientele's own event here; hover-link is Obsidian's page preview.
    (this.deps.app.workspace as Events).trigger("hover-link", { event: evt, source: "preview", hoverParent: this, targetEl: link, linktext: path, sourcePath: this.sourcePath });
  }
}

/**
 * A link to the note at `path`, handled by the block's click handler through `data-href`. The
 * `href` is left out when the path would read as a URL scheme (a note named `javascript:…`).
 */
function noteLinkEl(parent: HTMLElement, path: string, text: string): HTMLAnchorElement {
  const a = parent.createEl("a", { cls: "internal-link", text, attr: { "data-href": path } });
  if (!/^[a-z][a-z0-9+.-]*:/i.test(path)) a.setAttr("href", path);
  return a;
}

function drawCell(row: HTMLElement, cell: BlockCell): void {
  fillCell(row.createEl("td"), cell);
}

function fillCell(td: HTMLElement, cell: BlockCell): void {
  if (cell.tone) td.addClass(`clientele-tone-${cell.tone}`);
  if (cell.link) noteLinkEl(td, cell.link, cell.text);
  else td.setText(cell.text);
}

/** The notes whose properties could not be parsed, each linked, with the parser's message. */
export function drawNoteErrors(el: HTMLElement, errors: readonly NoteError[]): void {
  if (errors.length === 0) return;
  const box = el.createDiv({ cls: "clientele-block-errors mod-warning" });
  box.createDiv({ text: unreadableNotesTitle(errors.length) });
  const list = box.createEl("ul");
  for (const e of errors) {
    const item = list.createEl("li");
    noteLinkEl(item, e.path, e.path);
    item.appendText(`: ${e.message}`);
  }
}

/** Redraws the cells of `tr` that differ from `before`; false when its cells cannot be matched one to one. */
function redrawRow(tr: HTMLElement | undefined, before: readonly BlockCell[], after: readonly BlockCell[]): boolean {
  if (!tr || tr.children.length !== before.length || before.length !== after.length) return false;
  for (let c = 0; c < after.length; c++) {
    const p = before[c] as BlockCell;
    const q = after[c] as BlockCell;
    if (p.text === q.text && p.link === q.link && p.tone === q.tone) continue;
    const td = tr.children[c] as HTMLElement;
    td.empty();
    td.removeAttribute("class");
    fillCell(td, q);
  }
  return true;
}

function drawRow(body: HTMLElement, row: BlockCell[]): HTMLElement {
  const tr = body.createEl("tr");
  for (const cell of row) drawCell(tr, cell);
  return tr;
}

/**
 * Turns the drawn table `before` into `after` in place, redrawing only the rows between their
 * common first and last rows. False (nothing changed) when the two cannot be patched: other
 * columns, or a table on one side only.
 */
function patchTable(el: HTMLElement, before: BlockTable, after: BlockTable): boolean {
  // The block's own children only (a selector query would walk every row).
  const table = child(el, (c) => c.tagName === "TABLE");
  const body = table ? child(table, (c) => c.tagName === "TBODY") : null;
  if (!body || before.rows.length === 0 || after.rows.length === 0 || before.columns.length !== after.columns.length || before.columns.some((c, i) => c !== after.columns[i])) return false;
  const b = before.rows;
  const a = after.rows;
  let start = 0;
  while (start < b.length && start < a.length && sameRow(b[start] ?? [], a[start] ?? [])) start++;
  let endB = b.length;
  let endA = a.length;
  while (endB > start && endA > start && sameRow(b[endB - 1] ?? [], a[endA - 1] ?? [])) {
    endB--;
    endA--;
  }
  if (endB - start === endA - start) {
    // As many rows as before (a client's row changed in place): their cells are redrawn where
    // they are, so the table body itself, which may hold thousands of rows, is not touched.
    for (let i = start; i < endA; i++) {
      const tr = body.children[i] as HTMLElement | undefined;
      if (!redrawRow(tr, b[i] ?? [], a[i] ?? []) && tr) body.replaceChild(drawRow(body, a[i] ?? []), tr);
    }
  } else {
    const anchor = body.children[endB] ?? null;
    for (let i = endB - 1; i >= start; i--) body.children[i]?.remove();
    for (let i = start; i < endA; i++) body.insertBefore(drawRow(body, a[i] ?? []), anchor);
  }
  const summary = child(el, (c) => c.classList.contains("clientele-block-summary"));
  if (after.summary === null) summary?.remove();
  else if (summary) {
    if (summary.textContent !== after.summary) summary.setText(after.summary);
  }
  else table?.insertAdjacentElement("afterend", createDiv({ cls: "clientele-block-summary", text: after.summary }));
  return true;
}

function child(el: Element, test: (c: Element) => boolean): HTMLElement | null {
  // The block's children are the HTML elements drawTable made.
  for (const c of Array.from(el.children)) if (test(c)) return c as HTMLElement;
  return null;
}

export function drawTable(el: HTMLElement, table: BlockTable): void {
  if (table.rows.length === 0) {
    el.createDiv({ cls: "clientele-block-message", text: table.empty });
  } else {
    const t = el.createEl("table", { cls: "clientele-block-table" });
    const head = t.createEl("thead").createEl("tr");
    for (const c of table.columns) head.createEl("th", { text: c });
    const body = t.createEl("tbody");
    for (const row of table.rows) drawRow(body, row);
  }
  if (table.summary !== null) el.createDiv({ cls: "clientele-block-summary", text: table.summary });
}
