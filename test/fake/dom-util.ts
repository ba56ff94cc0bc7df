// DOM access for the fake. Vault, metadata cache and file manager work without a DOM (vitest "node"
// environment); anything that builds UI (views, modals, settings, ribbon, status bar) needs one.

export function hasDom(): boolean {
  return typeof document !== "undefined" && typeof HTMLElement !== "undefined";
}

export function requireDom(what: string): Document {
  if (!hasDom()) {
    throw new Error(
      `Fake obsidian: ${what} needs a DOM. Add "// @vitest-environment happy-dom" at the top of the test file.`,
    );
  }
  return document;
}

/** Creates a detached element; uses Obsidian's createEl helper when the setup file installed it. */
export function makeEl<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  what = "this fake",
): HTMLElementTagNameMap[K] {
  const doc = requireDom(what);
  const el = doc.createElement(tag);
  if (cls) el.className = cls;
  return el;
}

export function makeDiv(cls?: string, what?: string): HTMLDivElement {
  return makeEl("div", cls, what);
}

/** Appends a child element (Obsidian's createEl, without requiring the setup-file helpers). */
export function child<K extends keyof HTMLElementTagNameMap>(
  parent: Element,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = (parent.ownerDocument ?? requireDom("child")).createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

export function textOf(value: string | DocumentFragment): string {
  return typeof value === "string" ? value : (value.textContent ?? "");
}

export function setContent(el: HTMLElement, value: string | DocumentFragment): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  if (typeof value === "string") el.textContent = value;
  else el.appendChild(value);
}
