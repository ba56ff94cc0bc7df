// Connects the note bodies (the one reader of client notes' text) to the client index: every
// client note the index announces is read once per change of its file, and what the text says
// (last edit, history lines) flows back into that client's evaluation.
import { Component, TFile, type App } from "obsidian";
import type { ClientIndex } from "./client-index";
import { INDEX_CHANGED } from "./index-events";
import type { NoteBodies } from "./note-bodies";

export class BodyWatch extends Component {
  /** Path -> the modification time last read: the index's own refresh after a read is not read again. */
  private readAt = new Map<string, number>();
  /** False until the edit record is loaded: a note read before would be taken for a first sighting. */
  private recordLoaded = false;

  constructor(private readonly app: App, private readonly index: ClientIndex, private readonly bodies: NoteBodies) {
    super();
  }

  onload(): void {
    this.registerEvent(this.app.workspace.on(INDEX_CHANGED, (change) => {
      for (const path of change.paths) this.look(path);
    }));
    this.registerEvent(this.app.vault.on("rename", (file, oldPath) => {
      this.readAt.delete(oldPath);
      this.bodies.rename(oldPath, file.path);
    }));
    // The edit record is read once the layout is ready (no file reads in onload); notes the index
    // announced before it was loaded are read then.
    this.app.workspace.onLayoutReady(() => {
      void this.bodies.load().then(() => {
        this.recordLoaded = true;
        for (const path of [...this.index.paths()]) this.look(path);
      });
    });
  }

  onunload(): void {
    this.bodies.stopped = true;
    void this.bodies.flush();
  }

  private look(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile) || this.index.frontmatter(path) === null) {
      this.readAt.delete(path);
      if (!file) this.bodies.forget(path);
      return;
    }
    if (this.readAt.get(path) === file.stat.mtime || !this.recordLoaded) return;
    this.readAt.set(path, file.stat.mtime);
    this.bodies.see(file);
  }
}
