// Setting rows, SettingGroup, SettingTab/PluginSettingTab and a renderer for Obsidian 1.13's declarative
// getSettingDefinitions(). showSettingTab() does what the settings modal does: display() when the tab returns no
// definitions (the pre-1.13 imperative path), otherwise it renders the definitions, reading values with
// getControlValue() and writing with setControlValue() (PluginSettingTab: plugin.settings + saveData()).
import {
  BaseComponent,
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  ExtraButtonComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  type ValueComponent,
} from "./components";
import { child, makeDiv, setContent } from "./dom-util";
import { setTooltip, type TooltipOptions } from "./ui";
import type { App } from "./app";

const settingOfEl = new WeakMap<Element, Setting>();

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = child(containerEl, "div", "setting-item");
    this.infoEl = child(this.settingEl, "div", "setting-item-info");
    this.nameEl = child(this.infoEl, "div", "setting-item-name");
    this.descEl = child(this.infoEl, "div", "setting-item-description");
    this.controlEl = child(this.settingEl, "div", "setting-item-control");
    settingOfEl.set(this.settingEl, this);
  }

  /** Test helper: the Setting that created a `.setting-item` element. */
  static of(settingEl: Element): Setting | undefined {
    return settingOfEl.get(settingEl);
  }

  setName(name: string | DocumentFragment): this {
    setContent(this.nameEl, name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    setContent(this.descEl, desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }
  setHeading(): this {
    this.settingEl.classList.add("setting-item-heading");
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  setErrorMessage(message: string | null): this {
    if (!message) {
      this.errorEl?.remove();
      this.errorEl = null;
      this.settingEl.classList.remove("is-invalid");
      return this;
    }
    this.errorEl ??= child(this.infoEl, "div", "setting-item-error");
    this.errorEl.textContent = message;
    this.settingEl.classList.add("is-invalid");
    return this;
  }
  private add<T extends BaseComponent>(component: T, cb: (component: T) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addColorPicker(cb: (component: ColorComponent) => unknown): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    while (this.controlEl.firstChild) this.controlEl.removeChild(this.controlEl.firstChild);
    this.components = [];
    return this;
  }
}

export class SettingGroup {
  groupEl: HTMLElement;
  headerEl: HTMLElement;
  listEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.groupEl = child(containerEl, "div", "setting-group");
    this.headerEl = child(this.groupEl, "div", "setting-group-heading");
    this.listEl = child(this.groupEl, "div", "setting-items");
  }
  setHeading(text: string | DocumentFragment): this {
    setContent(this.headerEl, text);
    return this;
  }
  addClass(...classes: string[]): this {
    this.groupEl.classList.add(...classes);
    return this;
  }
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    cb(new ExtraButtonComponent(this.headerEl));
    return this;
  }
}

type Pred = boolean | (() => boolean) | undefined;
const evalPred = (p: Pred, dflt: boolean): boolean => (typeof p === "function" ? p() : (p ?? dflt));

export interface SettingControlDef {
  type: string;
  key: string;
  defaultValue?: unknown;
  validate?: (value: never) => string | void | Promise<string | void>;
  disabled?: Pred;
  options?: Record<string, string>;
  placeholder?: string;
  min?: number;
  max?: number;
  step?: number | "any";
  displayFormat?: (value: number) => string;
}

export interface SettingDefinitionLike {
  type?: string;
  name?: string;
  desc?: string | DocumentFragment;
  heading?: string;
  cls?: string;
  visible?: Pred;
  disabled?: Pred;
  control?: SettingControlDef;
  action?: (el: HTMLElement, index: number) => void;
  render?: (setting: Setting, group: SettingGroup) => void | (() => void);
  items?: SettingDefinitionLike[];
  extraButtons?: ((component: ExtraButtonComponent) => unknown)[];
  emptyState?: string | DocumentFragment;
}

export abstract class SettingTab {
  icon = "";
  app: App;
  containerEl: HTMLElement;
  settingItems: unknown[] = [];
  /** Rendered definition rows with their visible/disabled predicates, for refreshDomState(). */
  private rendered: { setting: Setting; def: SettingDefinitionLike }[] = [];
  private cleanups: (() => void)[] = [];

  constructor(app: App) {
    this.app = app;
    this.containerEl = makeDiv("vertical-tab-content", "SettingTab");
  }

  getSettingDefinitions(): unknown[] {
    return [];
  }
  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }
  getControlValue(key: string): unknown {
    return this.app.vault.getConfig(key);
  }
  setControlValue(key: string, value: unknown): void | Promise<void> {
    this.app.vault.setConfig(key, value);
  }
  refreshDomState(): void {
    for (const { setting, def } of this.rendered) {
      setting.settingEl.hidden = !evalPred(def.visible, true);
      const disabled = evalPred(def.disabled ?? def.control?.disabled, false);
      setting.setDisabled(disabled);
    }
  }
  display(): void {}
  hide(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.rendered = [];
    while (this.containerEl.firstChild) this.containerEl.removeChild(this.containerEl.firstChild);
  }

  /** Internal: renders settingItems (see showSettingTab). */
  renderDefinitions(): void {
    const items = this.settingItems as SettingDefinitionLike[];
    const loose = new SettingGroup(this.containerEl);
    items.forEach((item, i) => this.renderItem(item, loose, i));
    this.refreshDomState();
  }

  private renderItem(item: SettingDefinitionLike, group: SettingGroup, index: number): void {
    if (item.type === "group" || item.type === "list") {
      if (!evalPred(item.visible, true)) return;
      const g = new SettingGroup(group.listEl);
      if (item.cls) g.addClass(item.cls);
      if (item.heading) g.setHeading(item.heading);
      for (const b of item.extraButtons ?? []) g.addExtraButton(b);
      const children = item.items ?? [];
      if (children.length === 0 && item.emptyState) child(g.listEl, "div", "setting-empty-state").append(item.emptyState);
      children.forEach((c, i) => this.renderItem(c, g, i));
      return;
    }
    const setting = new Setting(group.listEl);
    if (item.name) setting.setName(item.name);
    if (item.desc) setting.setDesc(item.desc);
    this.rendered.push({ setting, def: item });
    if (item.type === "page") {
      setting.setClass("setting-page-link");
      const nested = new SettingGroup(group.listEl);
      (item.items ?? []).forEach((c, i) => this.renderItem(c, nested, i));
      return;
    }
    if (item.render) {
      const cleanup = item.render(setting, group);
      if (typeof cleanup === "function") this.cleanups.push(cleanup);
      return;
    }
    if (item.action) {
      const action = item.action;
      setting.settingEl.classList.add("mod-clickable");
      setting.settingEl.addEventListener("click", () => action(setting.settingEl, index));
      return;
    }
    if (item.control) this.renderControl(setting, item.control);
  }

  private renderControl(setting: Setting, control: SettingControlDef): void {
    const current = this.getControlValue(control.key) ?? control.defaultValue;
    const commit = async (value: unknown): Promise<void> => {
      const error = await control.validate?.(value as never);
      setting.setErrorMessage(error || null);
      if (error) return;
      await this.setControlValue(control.key, value);
      this.refreshDomState();
    };
    const str = (v: unknown): string => {
      if (typeof v === "string") return v;
      if (typeof v === "number" || typeof v === "boolean") return String(v);
      return v === undefined || v === null ? "" : JSON.stringify(v);
    };
    switch (control.type) {
      case "toggle":
        setting.addToggle((t) => t.setValue(current === true).onChange(commit));
        break;
      case "dropdown":
        setting.addDropdown((d) => d.addOptions(control.options ?? {}).setValue(str(current)).onChange(commit));
        break;
      case "textarea":
        setting.addTextArea((t) => t.setPlaceholder(control.placeholder ?? "").setValue(str(current)).onChange(commit));
        break;
      case "number":
        setting.addText((t) => {
          t.inputEl.type = "number";
          if (control.min !== undefined) t.inputEl.min = String(control.min);
          if (control.max !== undefined) t.inputEl.max = String(control.max);
          if (control.step !== undefined) t.inputEl.step = String(control.step);
          t.setPlaceholder(control.placeholder ?? "").setValue(str(current)).onChange((v) => commit(v === "" ? null : Number(v)));
        });
        break;
      case "slider":
        setting.addSlider((s) => {
          s.setLimits(control.min ?? 0, control.max ?? 100, control.step ?? 1).setValue(Number(current ?? 0)).onChange(commit);
          if (control.displayFormat) s.setDisplayFormat(control.displayFormat);
        });
        break;
      case "color":
        setting.addColorPicker((c) => c.setValue(str(current)).onChange(commit));
        break;
      default: // text, file, folder
        setting.addText((t) => t.setPlaceholder(control.placeholder ?? "").setValue(str(current)).onChange(commit));
    }
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: { settings?: unknown; saveData(data: unknown): Promise<void> };

  constructor(app: App, plugin: { settings?: unknown; saveData(data: unknown): Promise<void> }) {
    super(app);
    this.plugin = plugin;
  }

  getControlValue(key: string): unknown {
    const s = this.plugin.settings;
    return typeof s === "object" && s !== null ? (s as Record<string, unknown>)[key] : undefined;
  }

  async setControlValue(key: string, value: unknown): Promise<void> {
    const s = (this.plugin.settings ??= {}) as Record<string, unknown>;
    s[key] = value;
    await this.plugin.saveData(s);
  }
}

/** Test helper: shows a settings tab the way the settings modal does and returns its containerEl. */
export function showSettingTab(tab: SettingTab): HTMLElement {
  tab.hide();
  tab.update();
  if (tab.settingItems.length > 0) tab.renderDefinitions();
  else tab.display();
  return tab.containerEl;
}

/** Test helper: the Setting row whose name is `name` (exact text) inside `containerEl`. */
export function getSetting(containerEl: HTMLElement, name: string): Setting {
  const names: string[] = [];
  for (const el of Array.from(containerEl.querySelectorAll(".setting-item"))) {
    const n = el.querySelector(".setting-item-name")?.textContent ?? "";
    names.push(n);
    const s = Setting.of(el);
    if (n === name && s) return s;
  }
  throw new Error(`No setting named "${name}" (have: ${names.filter(Boolean).join(", ")})`);
}

/** Test helper: the first component of a setting, cast to the expected class. */
export function getControl<T extends BaseComponent>(containerEl: HTMLElement, name: string, type: abstract new (...args: never[]) => T): T {
  const setting = getSetting(containerEl, name);
  const found = setting.components.find((c): c is T => c instanceof type);
  if (!found) throw new Error(`Setting "${name}" has no ${type.name}`);
  return found;
}

export type { ValueComponent };
