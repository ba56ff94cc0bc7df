// Runtime stand-in for the "obsidian" module in unit tests (vitest aliases the specifier here; types still come
// from the real obsidian.d.ts for plugin code). Test helpers are exported from this module too: import them from
// "../fake/obsidian" (relative path) so they type-check against the fake.
//
// Only what src/, the tests and e2e/harness.ts import is exported; the other classes (Vault, MetadataCache,
// Workspace, …) are reached through the App as in Obsidian.
//
// Module map: events.ts (Events, Component) · files.ts, vault.ts, adapter.ts (in-memory vault) ·
// frontmatter.ts (YAML, getFrontMatterInfo, processFrontMatter rules) · markdown-parse.ts, metadata-cache.ts ·
// file-manager.ts · views.ts, workspace.ts, editor.ts · modal.ts · components.ts, setting.ts · ui.ts (Notice,
// Menu, icons, tooltips, Keymap, Scope, MarkdownRenderChild) · bases.ts · util.ts · app.ts, plugin.ts · harness.ts.
export { Events, Component, type EventRef } from "./events";
export { TAbstractFile, TFile, TFolder } from "./files";
export { FAKE_EPOCH } from "./vault";
export { getFrontMatterInfo, parseYaml, stringifyYaml, parseFrontMatterTags } from "./frontmatter";
export type { CachedMetadata } from "./markdown-parse";
export { Editor } from "./editor";
export { ItemView, FileView, MarkdownView, type ViewStateResult } from "./views";
export { WorkspaceLeaf } from "./workspace";
export { Modal, SuggestModal } from "./modal";
export {
  TextComponent,
  TextAreaComponent,
  ToggleComponent,
  DropdownComponent,
  ButtonComponent,
} from "./components";
export { Setting, PluginSettingTab, getSetting, getControl } from "./setting";
export { Notice, Menu, HoverPopover, setIcon, Keymap, MarkdownRenderChild } from "./ui";
export { BasesView, QueryController, NullValue } from "./bases";
export { normalizePath, debounce, requestUrl, setRequestUrlHandler, requireApiVersion } from "./util";
export { prepareFuzzySearch, renderMatches, sortSearchResults, type SearchResult, type SearchMatches } from "./search";
export { App } from "./app";
export { moment } from "./moment";
export { Plugin } from "./plugin";
export {
  createFakeApp,
  bootApp,
  loadPlugin,
  unloadPlugin,
  runCommand,
  isCommandAvailable,
  getOpenModal,
  suggestModal,
  openSettingTab,
  renderCodeBlock,
  flush,
  readFile,
  notices,
  takeHandlerErrors,
  type FakeFileSpec,
  type RenderedCodeBlock,
} from "./harness";
