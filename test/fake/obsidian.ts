// Runtime stand-in for the "obsidian" module in unit tests (vitest aliases the specifier here; types still come
// from the real obsidian.d.ts for plugin code). Test helpers are exported from this module too: import them from
// "../fake/obsidian" (relative path) so they type-check against the fake.
//
// Module map: events.ts (Events, Component) · files.ts, vault.ts, adapter.ts (in-memory vault) ·
// frontmatter.ts (YAML, getFrontMatterInfo, processFrontMatter rules) · markdown-parse.ts, metadata-cache.ts ·
// file-manager.ts · views.ts, workspace.ts, editor.ts · modal.ts · components.ts, setting.ts · ui.ts (Notice,
// Menu, icons, Platform, Keymap, Scope, MarkdownRenderer) · bases.ts · util.ts · app.ts, plugin.ts · harness.ts.
/** Not provided (the plugin uses date-fns): calling it throws, so an accidental use fails loudly. */
export function moment(): never {
  throw new Error("Fake obsidian: moment is not provided in tests (Clientele uses date-fns)");
}
export { Events, Component, type EventRef } from "./events";
export { TAbstractFile, TFile, TFolder, type FileStats } from "./files";
export { Vault, fakeClock, FAKE_EPOCH, type DataWriteOptions, type VaultOperation } from "./vault";
export { FakeDataAdapter, type Stat } from "./adapter";
export {
  getFrontMatterInfo,
  parseYaml,
  stringifyYaml,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
  parseFrontMatterAliases,
  type FrontMatterInfo,
} from "./frontmatter";
export type { CachedMetadata, HeadingCache, ReferenceCache, TagCache, ListItemCache, SectionCache, Pos, Loc } from "./markdown-parse";
export { MetadataCache } from "./metadata-cache";
export { FileManager } from "./file-manager";
export { Editor, type EditorPosition, type EditorSelection, type EditorTransaction } from "./editor";
export {
  View,
  ItemView,
  FileView,
  EditableFileView,
  TextFileView,
  MarkdownView,
  EmptyView,
  DeferredView,
  ViewRegistry,
  type ViewCreator,
  type ViewStateResult,
} from "./views";
export {
  Workspace,
  WorkspaceLeaf,
  WorkspaceItem,
  WorkspaceParent,
  WorkspaceSplit,
  WorkspaceTabs,
  WorkspaceRoot,
  WorkspaceSidedock,
  WorkspaceMobileDrawer,
  WorkspaceRibbon,
  type ViewState,
  type OpenViewState,
  type LeafLocation,
} from "./workspace";
export { Modal, SuggestModal, type Instruction } from "./modal";
export {
  BaseComponent,
  ValueComponent,
  AbstractTextComponent,
  TextComponent,
  TextAreaComponent,
  SearchComponent,
  MomentFormatComponent,
  ToggleComponent,
  DropdownComponent,
  SliderComponent,
  ColorComponent,
  ProgressBarComponent,
  ButtonComponent,
  ExtraButtonComponent,
  DisplayValueComponent,
} from "./components";
export { Setting, SettingGroup, SettingTab, PluginSettingTab, showSettingTab, getSetting, getControl } from "./setting";
export {
  Notice,
  Menu,
  MenuItem,
  HoverPopover,
  PopoverState,
  addIcon,
  removeIcon,
  getIcon,
  getIconIds,
  setIcon,
  setTooltip,
  displayTooltip,
  Platform,
  Keymap,
  Scope,
  MarkdownRenderChild,
  MarkdownRenderer,
  type Modifier,
  type TooltipOptions,
} from "./ui";
export {
  Value,
  NotNullValue,
  NullValue,
  PrimitiveValue,
  StringValue,
  NumberValue,
  BooleanValue,
  LinkValue,
  UrlValue,
  DateValue,
  ListValue,
  ObjectValue,
  FileValue,
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesViewConfig,
  BasesView,
  QueryController,
  parsePropertyId,
  type BasesPropertyId,
} from "./bases";
export {
  apiVersion,
  normalizePath,
  debounce,
  requestUrl,
  request,
  setRequestUrlHandler,
  type Debouncer,
  type RequestUrlParam,
  type RequestUrlResponse,
} from "./util";
export { App, Commands, SecretStorage, RenderContext, type Command, type MarkdownPostProcessorContext } from "./app";
export { Plugin, DEFAULT_MANIFEST, type PluginManifest, type MarkdownPostProcessor } from "./plugin";
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
  type FakeAppOptions,
  type FakeFileSpec,
  type RenderedCodeBlock,
} from "./harness";
