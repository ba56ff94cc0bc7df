// Small UI pieces: Notice, Menu/MenuItem, HoverPopover, icons and tooltips, Platform (for Keymap), Keymap, Scope,
// MarkdownRenderChild.
import { Component } from "./events";
import { hasDom, makeDiv, requireDom, setContent, textOf } from "./dom-util";

export class Notice {
  /** Every message shown, in order (constructor and setMessage). Reset by Notice.reset() and createFakeApp(). */
  static messages: string[] = [];
  static instances: Notice[] = [];

  static reset(): void {
    Notice.messages = [];
    Notice.instances = [];
  }

  message: string;
  duration: number | undefined;
  hidden = false;
  private els: { containerEl: HTMLElement; messageEl: HTMLElement } | null = null;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.message = textOf(message);
    this.duration = duration;
    Notice.messages.push(this.message);
    Notice.instances.push(this);
    if (hasDom()) setContent(this.messageEl, message);
  }

  private get dom(): { containerEl: HTMLElement; messageEl: HTMLElement } {
    if (!this.els) {
      const containerEl = makeDiv("notice", "Notice elements");
      const messageEl = containerEl.appendChild(makeDiv("notice-message"));
      this.els = { containerEl, messageEl };
    }
    return this.els;
  }

  get containerEl(): HTMLElement {
    return this.dom.containerEl;
  }

  get messageEl(): HTMLElement {
    return this.dom.messageEl;
  }

  setMessage(message: string | DocumentFragment): this {
    this.message = textOf(message);
    Notice.messages.push(this.message);
    if (hasDom()) setContent(this.messageEl, message);
    return this;
  }

  hide(): void {
    this.hidden = true;
    this.els?.containerEl.remove();
  }
}

export class MenuItem {
  title = "";
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = "";
  private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(private menu: Menu) {}

  setTitle(title: string | DocumentFragment): this {
    this.title = textOf(title);
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }

  /** Test helper: clicks the item (runs its callback and hides the menu). Returns the callback's result. */
  click(evt?: MouseEvent | KeyboardEvent): unknown {
    if (this.disabled) throw new Error(`Menu item "${this.title}" is disabled`);
    const result = this.callback?.(evt ?? fakeEvent("click"));
    this.menu.hide();
    return result;
  }
}

function fakeEvent(type: string): MouseEvent {
  if (typeof MouseEvent !== "undefined") return new MouseEvent(type);
  return { type } as MouseEvent;
}

export class Menu extends Component {
  /** Menus shown since the last reset, in order. Reset by createFakeApp(). */
  static shown: Menu[] = [];

  items: MenuItem[] = [];
  /** Indices into `items` before which a separator was added. */
  separators: number[] = [];
  visible = false;
  position: { x: number; y: number } | null = null;
  private hideCallbacks: (() => unknown)[] = [];

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this);
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    this.separators.push(this.items.length);
    return this;
  }
  showAtPosition(position: { x: number; y: number }, doc?: Document): this {
    void doc;
    this.visible = true;
    this.position = { x: position.x, y: position.y };
    Menu.shown.push(this);
    this.load();
    return this;
  }
  hide(): this {
    if (!this.visible) return this;
    this.visible = false;
    this.unload();
    for (const cb of this.hideCallbacks) cb();
    return this;
  }
  close(): void {
    this.hide();
  }
  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }

  /** Test helper: titles of the items (labels included). */
  get titles(): string[] {
    return this.items.map((i) => i.title);
  }

  /** Test helper: the item with this title (throws if missing). */
  item(title: string): MenuItem {
    const found = this.items.find((i) => i.title === title);
    if (!found) throw new Error(`No menu item "${title}" (have: ${this.titles.join(", ")})`);
    return found;
  }

  /** Test helper: clicks the item with this title. */
  clickItem(title: string, evt?: MouseEvent | KeyboardEvent): unknown {
    return this.item(title).click(evt);
  }
}

enum PopoverState {
  Showing = 0,
  Shown = 1,
  Hiding = 2,
  Hidden = 3,
}

export class HoverPopover extends Component {
  state: PopoverState = PopoverState.Showing;
  private _hoverEl: HTMLElement | null = null;

  constructor(
    public parent: { hoverPopover: HoverPopover | null },
    public targetEl: HTMLElement | null,
    public waitTime?: number,
    public staticPos?: { x: number; y: number } | null,
  ) {
    super();
    parent.hoverPopover = this;
  }

  onunload(): void {
    this.state = PopoverState.Hidden;
    this._hoverEl?.remove();
  }
}

export function getIcon(iconId: string): SVGSVGElement | null {
  const doc = requireDom("getIcon");
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", `svg-icon lucide-${iconId}`);
  svg.setAttribute("data-icon", iconId);
  return svg;
}

/** Replaces the element's content with an icon; the fake marks it with `data-icon="<id>"`. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.setAttribute("data-icon", iconId);
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
}

export interface TooltipOptions {
  placement?: "bottom" | "right" | "left" | "top";
  classes?: string[];
  gap?: number;
  delay?: number;
}

/** Obsidian shows tooltips from `aria-label`; an empty tooltip removes it. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
  if (tooltip === "") {
    el.removeAttribute("aria-label");
    return;
  }
  el.setAttribute("aria-label", tooltip);
  if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

/** Desktop Linux by default; tests may flip fields (restore them afterwards). */
const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://fake/",
};

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

interface ModifierEvent {
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  button?: number;
  type?: string;
}

export class Keymap {
  scopes: Scope[] = [];

  pushScope(scope: Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i >= 0) this.scopes.splice(i, 1);
  }

  static isModifier(evt: ModifierEvent, modifier: Modifier): boolean {
    switch (modifier) {
      case "Mod":
        return Platform.isMacOS ? evt.metaKey === true : evt.ctrlKey === true;
      case "Ctrl":
        return evt.ctrlKey === true;
      case "Meta":
        return evt.metaKey === true;
      case "Shift":
        return evt.shiftKey === true;
      case "Alt":
        return evt.altKey === true;
    }
  }

  static isModEvent(evt?: ModifierEvent | null): "tab" | "split" | "window" | boolean {
    if (!evt) return false;
    const mod = Keymap.isModifier(evt, "Mod");
    if (mod && evt.altKey && evt.shiftKey) return "window";
    if (mod && evt.altKey) return "split";
    if (mod || (evt.type === "auxclick" && evt.button === 1)) return "tab";
    return false;
  }
}

export interface KeymapEventHandler {
  scope: Scope;
  modifiers: string | null;
  key: string | null;
  func: (evt: KeyboardEvent, ctx: unknown) => unknown;
}

export class Scope {
  handlers: KeymapEventHandler[] = [];

  constructor(public parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => unknown): KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func };
    this.handlers.push(handler);
    return handler;
  }

  /** Test helper: runs the first handler registered for this key (and modifiers), falling back to the parent. */
  handleKey(key: string, modifiers: Modifier[] = [], evt?: KeyboardEvent): unknown {
    const mods = modifiers.join(",");
    const h = this.handlers.find((x) => x.key === key && (x.modifiers === null || x.modifiers === mods));
    if (h) return h.func(evt ?? ({ key } as KeyboardEvent), { key, modifiers: mods });
    return this.parent?.handleKey(key, modifiers, evt);
  }
}

export class MarkdownRenderChild extends Component {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}
