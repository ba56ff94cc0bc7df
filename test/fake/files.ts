// TAbstractFile / TFile / TFolder. Like Obsidian, a file object keeps its identity across renames
// (the same TFile instance gets a new path), and the vault root is a TFolder with path "/" and name "".
import type { Vault } from "./vault";

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

export abstract class TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

export function splitName(name: string): { basename: string; extension: string } {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return { basename: name, extension: "" };
  return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Sets path/name (and basename/extension for files) from a vault path. */
export function setFilePath(file: TAbstractFile, path: string): void {
  file.path = path;
  file.name = path === "/" ? "" : (path.split("/").pop() ?? path);
  if (file instanceof TFile) {
    const { basename, extension } = splitName(file.name);
    file.basename = basename;
    file.extension = extension;
  }
}

export function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Obsidian hides dot-files and dot-folders (the config dir, .trash) from the vault tree. */
export function isHiddenPath(path: string): boolean {
  return path.split("/").some((seg) => seg.startsWith("."));
}
