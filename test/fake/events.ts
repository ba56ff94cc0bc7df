// Fake of Obsidian's `Events` and `Component`, modelled on obsidian.d.ts and Obsidian's documented lifecycle:
// Component.load() runs onload() and then loads children; unload() unloads children, runs registered
// callbacks (events, DOM listeners, intervals) and then onunload(). Errors thrown by event handlers are
// caught and logged like Obsidian's tryTrigger does; the fake also records them for tests.

export interface EventRef {
  e: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx?: unknown;
}

type Handler = (...data: unknown[]) => unknown;

/** Errors thrown by synchronous event handlers (Obsidian logs and swallows them). Reset by createFakeApp. */
export const handlerErrors: unknown[] = [];

export class Events {
  private _events: Record<string, EventRef[]> = {};

  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    (this._events[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: Handler): void {
    const list = this._events[name];
    if (!list) return;
    this._events[name] = list.filter((ref) => ref.fn !== callback);
  }

  offref(ref: EventRef): void {
    const list = this._events[ref.name];
    if (!list) return;
    this._events[ref.name] = list.filter((r) => r !== ref);
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._events[name];
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    try {
      evt.fn.apply(evt.ctx, args);
    } catch (e) {
      handlerErrors.push(e);
      console.error(e);
    }
  }

}

export class Component {
  private _loaded = false;
  private _children: Component[] = [];
  private _cleanups: (() => unknown)[] = [];
  /** What the last onload() returned (a promise for `async onload`); Obsidian does not await it. */
  onloadResult: void | Promise<void> = undefined;

  /** Test helper: whether load() ran and unload() has not. */
  get loaded(): boolean {
    return this._loaded;
  }

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.onloadResult = this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length > 0) this._children.pop()?.unload();
    while (this._cleanups.length > 0) {
      const cb = this._cleanups.pop();
      cb?.();
    }
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this._children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this._children.indexOf(component);
    if (i >= 0) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent(
    el: EventTarget,
    type: string,
    callback: (ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    this.register(() => el.removeEventListener(type, listener, options));
  }

}
