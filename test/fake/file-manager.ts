// FileManager: processFrontMatter (see frontmatter.ts for the serialisation rules), renameFile (updates wikilinks
// that resolve to the renamed file, as with Obsidian's "Automatically update internal links" on), trashFile
// (system trash, Obsidian's default), generateMarkdownLink (wikilinks, shortest path), getNewFileParent.
import { applyFrontMatter } from "./frontmatter";
import { TAbstractFile, TFile, TFolder, parentPath } from "./files";
import type { MetadataCache } from "./metadata-cache";
import type { DataWriteOptions, Vault } from "./vault";

const WIKILINK = /\[\[([^[\]]+?)\]\]/g;

function configString(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

interface LinkEdit {
  index: number;
  length: number;
  subpathAndAlias: string;
}

export class FileManager {
  /** Test hook: the answer given to promptForDeletion(). */
  deletionPromptAnswer = true;

  constructor(
    private vault: Vault,
    private metadataCache: MetadataCache,
  ) {}

  getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
    void newFilePath;
    const root = this.vault.getRoot();
    const location = this.vault.getConfig("newFileLocation");
    if (location === "current") {
      return this.vault.getFolderByPath(parentPath(sourcePath)) ?? root;
    }
    if (location === "folder") {
      return this.vault.getFolderByPath(configString(this.vault.getConfig("newFileFolderPath"), "")) ?? root;
    }
    return root;
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    const edits = new Map<TFile, LinkEdit[]>();
    if (file instanceof TFile && this.vault.getConfig("alwaysUpdateLinks") !== false) {
      for (const source of this.vault.getMarkdownFiles()) {
        const text = this.vault.readSync(source);
        const found: LinkEdit[] = [];
        for (const m of text.matchAll(WIKILINK)) {
          const inner = m[1] ?? "";
          const cut = inner.search(/[#^|]/);
          const linkpath = cut >= 0 ? inner.slice(0, cut) : inner;
          if (this.metadataCache.getFirstLinkpathDest(linkpath, source.path) !== file) continue;
          found.push({ index: m.index ?? 0, length: m[0].length, subpathAndAlias: cut >= 0 ? inner.slice(cut) : "" });
        }
        if (found.length) edits.set(source, found);
      }
    }
    await this.vault.rename(file, newPath);
    for (const [source, list] of edits) {
      if (!(file instanceof TFile)) break;
      await this.vault.process(source, (text) => {
        let out = text;
        for (const e of [...list].reverse()) {
          const linktext = this.metadataCache.fileToLinktext(file, source.path);
          out = `${out.slice(0, e.index)}[[${linktext}${e.subpathAndAlias}]]${out.slice(e.index + e.length)}`;
        }
        return out;
      });
    }
  }

  async promptForDeletion(file: TAbstractFile): Promise<boolean> {
    if (!this.deletionPromptAnswer) return false;
    await this.trashFile(file);
    return true;
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    if (this.vault.getConfig("useMarkdownLinks") === true) {
      const text = alias || file.basename;
      return `[${text}](${encodeURI(file.path)}${subpath ?? ""})`;
    }
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
    return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  /**
   * Reads the file, parses its frontmatter with `yaml` (throws YAMLParseError and writes nothing if invalid),
   * calls fn with the object, and writes the re-serialised YAML. See applyFrontMatter for the exact rules.
   */
  async processFrontMatter(
    file: TFile,
    fn: (frontmatter: Record<string, unknown>) => void,
    options?: DataWriteOptions,
  ): Promise<void> {
    if (file.extension !== "md") throw new Error(`processFrontMatter: ${file.path} is not a Markdown file`);
    await this.vault.process(file, (content) => applyFrontMatter(content, fn), options);
  }

}
