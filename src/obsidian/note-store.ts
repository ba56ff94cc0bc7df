// Applies the core's descriptions of changes to notes, through Obsidian's atomic write functions
// only: `fileManager.processFrontMatter` for properties, `vault.process` for the body.
import { normalizePath, parseYaml, stringifyYaml, TFile, type App } from "obsidian";
import type { NoteChange } from "../core/change/actions";
import { findFrontmatter } from "../core/note/frontmatter-block";
import { editFrontmatter, readNote, type FrontmatterEdit } from "../core/note/frontmatter-edit";
import { applyPatch, patchChangesSomething } from "../core/note/patch";
import { appendToSection } from "../core/note/sections";
import type { FrontmatterPatch, NotePlan } from "../core/model/types";
import { readProperties, type Properties } from "../core/note/properties";
import { undoStep, type EffectUndo, type UndoStep } from "../core/change/undo";
import { ChangeJournal, type Batch, type Write } from "./change-journal";

export type Notify = (message: string) => void;

/**
 * What to change: a change, or a function that plans it from the note's properties as they are
 * on disk right before the write (null: nothing to do). Plan from the note, not from the index,
 * when the change depends on the current values (a stage move, "never move a date backwards").
 */
export type ChangePlan = NoteChange | ((frontmatter: Readonly<Record<string, unknown>>, text: string) => NoteChange | null);

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0] ?? msg;
}


/** Where the closing `---` line of the frontmatter block starts. */
function closingFenceStart(text: string, bodyStart: number): number {
  let end = bodyStart;
  if (text[end - 1] === "\n") end--;
  if (text[end - 1] === "\r") end--;
  return text.lastIndexOf("\n", end - 1) + 1;
}

/**
 * `processFrontMatter` for a note that starts with a byte order mark: Obsidian may not see a
 * block behind the mark, and would add a second block (or put the mark after a new one, where it
 * spoils the first line). Same parser and writer; the mark stays first and the body untouched.
 */
function patchFrontmatterText(text: string, patch: FrontmatterPatch): string {
  const block = findFrontmatter(text);
  const read = readProperties(block.yaml, parseYaml);
  if ("problem" in read) throw new Error(read.problem);
  const props = read.frontmatter;
  applyPatch(props, patch);
  const yaml = Object.keys(props).length === 0 ? "" : stringifyYaml(props).replace(/\r?\n/g, block.eol);
  if (!block.exists) return yaml === "" ? text : `${text.slice(0, block.from)}---${block.eol}${yaml}---${block.eol}${text.slice(block.from)}`;
  return text.slice(0, block.from) + yaml + text.slice(closingFenceStart(text, block.bodyStart));
}

export class NoteStore {
  /** The last write queued for each note: writes to one note run one after the other. */
  private queues = new WeakMap<TFile, Promise<unknown>>();
  /** What was written, per user action, for "Undo last change". */
  readonly journal: ChangeJournal;

  constructor(private readonly app: App, private readonly notify: Notify) {
    this.journal = new ChangeJournal();
  }

  /** The note's current properties read from disk, or the parser's message when its YAML is invalid. */
  async readProperties(file: TFile): Promise<Properties> {
    return readNote(await this.app.vault.read(file), parseYaml).properties;
  }

  /**
   * Applies a change to a note, after any earlier change to the same note has finished. Writes
   * nothing, and says why in a Notice, when the note's YAML is invalid or the note was deleted.
   * Returns whether the note is now in the intended state. What it writes is recorded in
   * `batch` (the user action it belongs to), or as a change of its own.
   */
  apply(file: TFile, change: ChangePlan, batch?: Batch): Promise<boolean> {
    const into = batch ?? this.journal.begin(`Change to "${file.path}"`);
    return this.enqueue(file, () => this.applyNow(file, change, into));
  }

  /** Runs `fn` after every write already queued for the note. */
  private enqueue<T>(file: TFile, fn: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(file) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    this.queues.set(file, run);
    return run;
  }

  /**
   * Rewrites a note's text with `edit` (given the text at write time; returning it unchanged
   * writes nothing), in one atomic `vault.process`, after any earlier change to the note, and
   * records it in `batch` for undo. For a change that is not properties plus lines under a heading
   * (today's agenda in the daily note). Resolves to whether the note changed.
   */
  processText(file: TFile, edit: (text: string) => string, batch?: Batch): Promise<boolean> {
    const into = batch ?? this.journal.begin(`Change to "${file.path}"`);
    return this.enqueue(file, async () => {
      if (!this.isLive(file)) return this.gone(file);
      let changed = false;
      await this.app.vault.process(file, (text) => {
        const next = edit(text);
        changed = next !== text;
        into.record(file, text, next);
        return next;
      });
      return changed;
    });
  }

  /**
   * Undoes the newest change in the journal: each note it wrote gets back its text from before,
   * when it still holds exactly the text Clientele wrote (checked inside the atomic write); a note
   * Clientele created is moved to the trash the same way. One step per note; then the change's
   * other effects (settings), newest first, each undone only when it is still as it was left.
   * Null: nothing to undo.
   */
  async undoLast(): Promise<{ label: string; steps: UndoStep[]; effects: EffectUndo[] } | null> {
    const change = this.journal.takeLast();
    if (!change) return null;
    const steps: UndoStep[] = [];
    for (const w of change.writes) steps.push(await this.enqueue(w.key, () => this.undoOne(w)));
    const effects: EffectUndo[] = [];
    for (const e of change.effects) effects.push({ label: e.label, restored: await e.undo().catch(() => false) });
    return { label: change.label, steps: steps.reverse(), effects };
  }

  private async undoOne(w: Write): Promise<UndoStep> {
    const file = w.key;
    const write = { path: file.path, before: w.before, after: w.after };
    if (!this.isLive(file)) return undoStep(write, null);
    if (w.before === null) {
      const step = undoStep(write, await this.app.vault.read(file));
      if (step.action === "delete") await this.app.fileManager.trashFile(file);
      return step;
    }
    let step: UndoStep = undoStep(write, null);
    await this.app.vault.process(file, (text) => {
      step = undoStep(write, text);
      return step.action === "restore" ? step.text : text;
    });
    return step;
  }

  /** Still the vault's file at its path (not deleted; a rename keeps the same TFile). */
  private isLive(file: TFile): boolean {
    return this.app.vault.getFileByPath(file.path) === file;
  }

  private gone(file: TFile): false {
    this.notify(`Clientele: "${file.path}" was deleted while Clientele was changing it; nothing more was written.`);
    return false;
  }

  private async applyNow(file: TFile, change: ChangePlan, batch: Batch): Promise<boolean> {
    try {
      if (!this.isLive(file)) return this.gone(file);
      // The note is read and parsed once; the write below reuses that unless the text changed meanwhile.
      const note = readNote(await this.app.vault.read(file), parseYaml);
      const current = note.properties;
      if ("problem" in current) {
        this.notify(`Clientele: "${file.path}" has invalid properties: ${current.problem}. Nothing was changed; fix the properties and try again.`);
        return false;
      }
      const planned = typeof change === "function" ? change(current.frontmatter, note.text) : change;
      if (planned === null) return true;
      let linesWritten = false;
      if (patchChangesSomething(current.frontmatter, planned.patch)) {
        if (!this.isLive(file)) return this.gone(file);
        // First choice: change only the patched keys' own lines (and append the history line) in
        // one atomic write, so comments, quoting and list styles stay as the user wrote them.
        const outcome: { edit: FrontmatterEdit | null } = { edit: null };
        await this.app.vault.process(file, (t) => {
          const edit = editFrontmatter(t === note.text ? note : readNote(t, parseYaml), planned.patch, parseYaml);
          outcome.edit = edit;
          if (!("text" in edit)) return t;
          linesWritten = planned.lines.length > 0;
          const next = linesWritten ? appendToSection(edit.text, planned.section, planned.lines) : edit.text;
          batch.record(file, t, next);
          return next;
        });
        const edit = outcome.edit;
        if (edit !== null && "text" in edit) return true;
        if (edit !== null && "refused" in edit) {
          // Obsidian's writer would lay the block out anew and lose the comment: write nothing.
          this.notify(`Clientele: "${file.path}" not changed: line ${edit.refused.line} holds a comment that Obsidian's property writer would drop. Edit ${edit.refused.key} by hand, or move the comment to the body.`);
          return false;
        }
        if (note.block.bom) {
          await this.app.vault.process(file, (t) => {
            const next = patchFrontmatterText(t, planned.patch);
            batch.record(file, t, next);
            return next;
          });
        } else {
          const expected = Object.keys(current.frontmatter).length;
          // Obsidian's writer gives no text: the note right before and right after it. When the
          // note changed since it was planned from, the write is not offered for undo (undo could
          // otherwise bring back the planned-from text over an edit made meanwhile).
          const before = await this.app.vault.read(file);
          await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
            // Obsidian found no properties where we read some: writing would add a second block.
            if (expected > 0 && Object.keys(fm).length === 0) throw new Error("Obsidian does not see this note's properties");
            applyPatch(fm, planned.patch);
          });
          if (before === note.text) batch.record(file, before, await this.app.vault.read(file));
        }
      }
      if (planned.lines.length > 0 && !linesWritten) {
        if (!this.isLive(file)) return this.gone(file);
        await this.app.vault.process(file, (t) => {
          const next = appendToSection(t, planned.section, planned.lines);
          batch.record(file, t, next);
          return next;
        });
      }
      return true;
    } catch (e) {
      if (!this.isLive(file)) return this.gone(file);
      this.notify(`Clientele: could not update "${file.path}": ${firstLine(e)}`);
      return false;
    }
  }

  /** Creates a note (and its folder); never overwrites. Recorded in `batch` when given. */
  async create(plan: NotePlan, batch?: Batch): Promise<TFile> {
    const path = normalizePath(plan.path);
    const slash = path.lastIndexOf("/");
    if (slash > 0) await this.ensureFolder(path.slice(0, slash));
    if (this.app.vault.getAbstractFileByPath(path)) throw new Error(`"${path}" already exists`);
    const file = await this.app.vault.create(path, plan.content);
    batch?.record(file, null, plan.content);
    return file;
  }

  async ensureFolder(folder: string): Promise<void> {
    const parts = normalizePath(folder).split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join("/");
      const existing = this.app.vault.getAbstractFileByPath(p);
      if (existing instanceof TFile) throw new Error(`"${p}" is a file, not a folder`);
      if (!existing) await this.app.vault.createFolder(p);
    }
  }
}
