// Dated notes that link a client or one of its contacts count as contact (contract section 4,
// setting `linkedNotesCount`), in the plugin as in the CLI: built with the CLI's core function
// (`linkedDays`) from Obsidian's resolved links, again after each round of link resolution.
import { Component, debounce, type App } from "obsidian";
import { linkedDays, noteDay, type LinkedDays, type LinkedNote } from "../core/model/linked-notes";
import type { ClienteleSettings } from "../core/model/settings";

const REBUILD_MS = 300;

export class LinkedWatch extends Component {
  private days: LinkedDays = new Map();
  private key = "";
  private readonly rebuildSoon = debounce(() => this.rebuild(), REBUILD_MS, true);

  /** `changed`: the dated notes linking some note changed; the clients are evaluated again. */
  constructor(private readonly app: App, private readonly settings: () => ClienteleSettings, private readonly changed: () => void) {
    super();
  }

  onload(): void {
    this.registerEvent(this.app.metadataCache.on("resolved", () => this.rebuildSoon()));
    // The links may all be resolved before the plugin loads: build once the layout is ready.
    this.app.workspace.onLayoutReady(() => this.rebuildSoon());
  }

  onunload(): void {
    this.rebuildSoon.cancel();
  }

  /** Target path -> the dated notes linking it; undefined when the setting is off. */
  linked(): LinkedDays | undefined {
    return this.settings().linkedNotesCount ? this.days : undefined;
  }

  /** Linear in the vault's resolved links. */
  rebuild(): void {
    const { metadataCache, vault } = this.app;
    const notes: LinkedNote[] = [];
    for (const [path, targets] of Object.entries(metadataCache.resolvedLinks)) {
      const links = Object.keys(targets);
      if (links.length === 0) continue;
      const file = vault.getFileByPath(path);
      if (!file) continue;
      const day = noteDay(path, metadataCache.getFileCache(file)?.frontmatter);
      if (day !== null) notes.push({ path, day, links });
    }
    const next = linkedDays(notes, this.settings());
    const parts: string[] = [];
    for (const [target, list] of next) parts.push(`${target}\u0000${list.map((n) => `${n.path}\u0001${n.day}`).join("\u0002")}`);
    const key = parts.sort().join("\n");
    if (key === this.key) return;
    this.key = key;
    this.days = next;
    this.changed();
  }
}
