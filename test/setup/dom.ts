// Installs the helpers Obsidian adds to the JS and DOM prototypes and to the global scope (the `declare global`
// block of obsidian.d.ts): createEl/createDiv/createSpan, empty, detach, setText, addClass…, find…,
// show/hide, setCssProps, delegated on/off, Array#contains/remove/first/last, String#contains, etc.
// Vitest runs it as a setup file in every environment: the language helpers are always installed, the DOM helpers
// only when a DOM exists (happy-dom/jsdom/browser). No Node imports: a browser harness can bundle it.
// Only the helpers src/, the tests and e2e use. Text is always set through textContent, never innerHTML.
import type {} from "obsidian";

type Attrs = Record<string, string | number | boolean | null>;

interface ElInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Attrs;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

interface DelegatedListener {
  selector: string;
  listener: (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
  options?: boolean | AddEventListenerOptions;
  callback: (ev: Event) => void;
}

type EventHost = { _EVENTS?: Record<string, DelegatedListener[] | undefined> };

const HIDDEN = "none";
const SHOWN = "";

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

/** The Array and String helpers; safe without a DOM. */
export function installLanguageHelpers(): void {
  const arr = Array.prototype as unknown as object;
  define(arr, "first", function (this: unknown[]) {
    return this[0];
  });
  define(arr, "last", function (this: unknown[]) {
    return this[this.length - 1];
  });
  define(arr, "contains", function (this: unknown[], target: unknown) {
    return this.includes(target);
  });
  define(arr, "remove", function (this: unknown[], target: unknown) {
    for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
  });
  if (!("findLastIndex" in Array.prototype)) {
    define(arr, "findLastIndex", function (this: unknown[], predicate: (value: unknown) => boolean) {
      for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i])) return i;
      return -1;
    });
  }
  define(String.prototype, "contains", function (this: string, target: string) {
    return this.includes(target);
  });
}

function docOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? document);
}

function addClasses(el: Element, cls: string | string[]): void {
  const list = (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c.length > 0);
  if (list.length) el.classList.add(...list);
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function applyInfo(el: HTMLElement, o: ElInfo): void {
  if (o.cls !== undefined) addClasses(el, o.cls);
  if (o.text !== undefined) {
    if (typeof o.text === "string") el.textContent = o.text;
    else el.appendChild(o.text);
  }
  if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttr(el, k, v);
  if (o.title !== undefined) el.title = o.title;
  const props = el as unknown as Record<string, unknown>;
  if (o.value !== undefined && "value" in el) props.value = o.value;
  if (o.type !== undefined && "type" in el) props.type = o.type;
  if (o.placeholder !== undefined && "placeholder" in el) props.placeholder = o.placeholder;
  if (o.href !== undefined && "href" in el) props.href = o.href;
}

function attach(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
  if (!parent) return;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function normalizeInfo<T extends object>(o: T | string | undefined): T {
  if (typeof o === "string") return { cls: o } as unknown as T;
  return { ...(o ?? ({} as T)) };
}

function createElIn(doc: Document, tag: string, o: ElInfo | string | undefined, cb?: (el: HTMLElement) => void): HTMLElement {
  const info = normalizeInfo<ElInfo>(o);
  const el = doc.createElement(tag);
  applyInfo(el, info);
  attach(el, info.parent, info.prepend);
  cb?.(el);
  return el;
}

function isShown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  for (let cur: HTMLElement | null = el; cur; cur = cur.parentElement) {
    if (cur.style.display === HIDDEN || cur.hidden) return false;
  }
  return true;
}

/** Obsidian's DOM helpers, on the prototypes of the given window (default: the global one). */
export function installDomHelpers(win: Window & typeof globalThis = window): void {
  const NodeP = win.Node.prototype;
  const ElementP = win.Element.prototype;
  const HTMLElementP = win.HTMLElement.prototype;
  const FragmentP = win.DocumentFragment.prototype;
  const DocumentP = win.Document.prototype;

  // Node
  define(NodeP, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(NodeP, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(NodeP, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(NodeP, "appendText", function (this: Node, val: string) {
    this.appendChild(docOf(this).createTextNode(val));
  });
  defineGetter(NodeP, "doc", function (this: Node) {
    return docOf(this);
  });
  defineGetter(NodeP, "win", function (this: Node) {
    return docOf(this).defaultView ?? win;
  });
  define(NodeP, "createEl", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    const info = normalizeInfo<ElInfo>(o);
    info.parent = this;
    return createElIn(docOf(this), tag, info, cb);
  });
  define(NodeP, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    const info = normalizeInfo<ElInfo>(o);
    info.parent = this;
    return createElIn(docOf(this), "div", info, cb);
  });
  define(NodeP, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    const info = normalizeInfo<ElInfo>(o);
    info.parent = this;
    return createElIn(docOf(this), "span", info, cb);
  });

  // Element
  define(ElementP, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(ElementP, "setText", function (this: Element, val: string | DocumentFragment) {
    if (typeof val === "string") this.textContent = val;
    else {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(val);
    }
  });
  define(ElementP, "addClass", function (this: Element, ...classes: string[]) {
    addClasses(this, classes);
  });
  define(ElementP, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes.filter(Boolean));
  });
  define(ElementP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) if (c) this.classList.toggle(c, value);
  });
  define(ElementP, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(ElementP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    setAttr(this, name, value);
  });
  define(ElementP, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(ElementP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    if (this.matches(selector)) return this;
    if (this === lastParent) return null;
    for (let el = this.parentElement; el; el = el.parentElement) {
      if (el.matches(selector)) return el;
      if (el === lastParent) break;
    }
    return null;
  });
  define(ElementP, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(ElementP, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(ElementP, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  });

  // HTMLElement
  define(HTMLElementP, "show", function (this: HTMLElement) {
    this.style.display = SHOWN;
  });
  define(HTMLElementP, "hide", function (this: HTMLElement) {
    this.style.display = HIDDEN;
  });
  define(HTMLElementP, "toggle", function (this: HTMLElement, show: boolean) {
    this.style.display = show ? SHOWN : HIDDEN;
  });
  define(HTMLElementP, "isShown", function (this: HTMLElement) {
    return isShown(this);
  });
  defineGetter(HTMLElementP, "innerWidth", function (this: HTMLElement) {
    return this.clientWidth;
  });
  defineGetter(HTMLElementP, "innerHeight", function (this: HTMLElement) {
    return this.clientHeight;
  });
  define(HTMLElementP, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
  });
  define(HTMLElementP, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    const observer = new win.MutationObserver(() => {
      if (!this.isConnected) return;
      listener();
      if (once) observer.disconnect();
    });
    observer.observe(docOf(this), { childList: true, subtree: true });
    return () => observer.disconnect();
  });

  // Delegated events on elements and documents
  const on = function (this: Node & EventHost, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions): void {
    const callback = (ev: Event): void => {
      const target = ev.target;
      if (!(target instanceof win.Element)) return;
      const match = target.closest(selector);
      if (match instanceof win.HTMLElement && (this === match || this.contains(match))) listener.call(match, ev, match);
    };
    const events = (this._EVENTS ??= {});
    (events[type] ??= []).push({ selector, listener, options, callback });
    this.addEventListener(type, callback, options);
  };
  const off = function (this: Node & EventHost, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions): void {
    const list = this._EVENTS?.[type];
    if (!list) return;
    for (const info of list.filter((x) => x.selector === selector && x.listener === listener && x.options === options)) {
      this.removeEventListener(type, info.callback, options);
      list.splice(list.indexOf(info), 1);
    }
  };
  define(HTMLElementP, "on", on);
  define(HTMLElementP, "off", off);
  define(DocumentP, "on", on);
  define(DocumentP, "off", off);

  // DocumentFragment
  define(FragmentP, "find", function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(FragmentP, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  // UIEvent
  if (typeof win.UIEvent !== "undefined") {
    const UIEventP = win.UIEvent.prototype;
    defineGetter(UIEventP, "win", function (this: UIEvent) {
      return this.view ?? win;
    });
    defineGetter(UIEventP, "doc", function (this: UIEvent) {
      return (this.view ?? win).document;
    });
  }

  // Globals (on the window and, if it is a different object, on globalThis)
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => createElIn(win.document, tag, o, cb);
  g.createDiv = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => createElIn(win.document, "div", o, cb);
  g.createSpan = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => createElIn(win.document, "span", o, cb);
  g.activeWindow = win;
  g.activeDocument = win.document;
  g.ready = (fn: () => unknown) => {
    if (win.document.readyState === "loading") win.document.addEventListener("DOMContentLoaded", () => fn());
    else fn();
  };
  const global = globalThis as unknown as Record<string, unknown>;
  if (global !== g) {
    for (const name of ["createEl", "createDiv", "createSpan", "activeWindow", "activeDocument", "ready"]) {
      global[name] = g[name];
    }
  }
}

installLanguageHelpers();
if (typeof globalThis.HTMLElement !== "undefined" && typeof window !== "undefined") installDomHelpers(window);
