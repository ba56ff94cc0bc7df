// Applies the core's descriptions of changes to notes, through Obsidian's atomic write functions
// only: `fileManager.processFrontMatter` for properties, `vault.process` for the body.
import { normalizePath, parseYaml, TFile, type App } from "obsidian";
import type { NoteChange } from "../core/actions";
import { findFrontmatter } from "../core/frontmatter-block";
import { applyPatch, patchChangesSomething } from "../core/patch";
import { appendToSection } from "../core/sections";
import type { NotePlan } from "../core/types";

export type Notify = (message: string) => void;

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0] ?? msg;
}

export class NoteStore {
  constructor(private readonly app: App, private readonly notify: Notify) {}

  /** The note's current properties read from disk, or the parser's message when its YAML is invalid. */
  async readProperties(file: TFile): Promise<{ frontmatter: Record<string, unknown> } | { problem: string }> {
    const block = findFrontmatter(await this.app.vault.read(file));
    if (!block.exists || block.yaml.trim() === "") return { frontmatter: {} };
    try {
      const value: unknown = parseYaml(block.yaml);
      if (value === null || value === undefined) return { frontmatter: {} };
      if (typeof value !== "object" || Array.isArray(value)) return { problem: "the properties are not a list of key: value pairs" };
      return { frontmatter: value as Record<string, unknown> };
    } catch (e) {
      return { problem: firstLine(e) };
    }
  }

  /**
   * Applies a change to a note. Writes nothing, and says why in a Notice, when the note's YAML is
   * invalid. Returns whether the note is now in the intended state.
   */
  async apply(file: TFile, change: NoteChange): Promise<boolean> {
    const current = await this.readProperties(file);
    if ("problem" in current) {
      this.notify(`Clientele: "${file.path}" has invalid properties (YAML): ${current.problem}. Nothing was changed; fix the properties and try again.`);
      return false;
    }
    try {
      if (patchChangesSomething(current.frontmatter, change.patch)) {
        await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => applyPatch(fm, change.patch));
      }
      if (change.lines.length > 0) await this.app.vault.process(file, (text) => appendToSection(text, change.section, change.lines));
      return true;
    } catch (e) {
      this.notify(`Clientele: could not update "${file.path}": ${firstLine(e)}`);
      return false;
    }
  }

  /** Creates a note (and its folder); never overwrites. */
  async create(plan: NotePlan): Promise<TFile> {
    const path = normalizePath(plan.path);
    const slash = path.lastIndexOf("/");
    if (slash > 0) await this.ensureFolder(path.slice(0, slash));
    if (this.app.vault.getAbstractFileByPath(path)) throw new Error(`"${path}" already exists`);
    return this.app.vault.create(path, plan.content);
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
