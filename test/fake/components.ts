// Setting controls. Each wraps a real DOM element and listens to the same events as Obsidian's
// (text: `input`, dropdown: `change`, slider: `change`, or `input` after setInstant(true), toggle/button: `click`),
// so tests can dispatch events on the elements or call `simulateChange(value)`. Like Obsidian,
// ToggleComponent.setValue() fires onChange when the value changes; the other setValue() calls do not.
import { child } from "./dom-util";
import { setIcon, setTooltip, type TooltipOptions } from "./ui";

export abstract class BaseComponent {
  disabled = false;

  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  abstract getValue(): T;
  abstract setValue(value: T): this;
  /** Test helper: changes the value the way a user would, firing the component's change handler. */
  abstract simulateChange(value: T): void;
}

export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(public inputEl: E) {
    super();
    inputEl.addEventListener("input", () => this.onChanged());
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
  onChanged(): void {
    void this.changeCallback?.(this.getValue());
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  simulateChange(value: string): void {
    this.inputEl.value = value;
    this.inputEl.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    const input = child(containerEl, "input");
    input.type = "text";
    super(input);
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(child(containerEl, "textarea"));
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback: ((value: boolean) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = child(containerEl, "div", "checkbox-container");
    const box = child(this.toggleEl, "input");
    box.type = "checkbox";
    this.toggleEl.addEventListener("click", () => this.onClick());
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.classList.toggle("is-disabled", disabled);
    return this;
  }
  getValue(): boolean {
    return this.on;
  }
  setValue(on: boolean): this {
    const changed = on !== this.on;
    this.on = on;
    this.toggleEl.classList.toggle("is-enabled", on);
    if (changed) void this.changeCallback?.(on);
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.toggleEl, tooltip, options);
    return this;
  }
  onClick(): void {
    if (this.disabled) return;
    this.setValue(!this.on);
  }
  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  simulateChange(value: boolean): void {
    if (value !== this.on) this.toggleEl.click();
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = child(containerEl, "select", "dropdown");
    this.selectEl.addEventListener("change", () => {
      void this.changeCallback?.(this.getValue());
    });
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }
  addOption(value: string, display: string): this {
    const opt = child(this.selectEl, "option", undefined, display);
    opt.value = value;
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  /** Test helper: the option values, in order. */
  get optionValues(): string[] {
    return Array.from(this.selectEl.options).map((o) => o.value);
  }
  simulateChange(value: string): void {
    if (!this.optionValues.includes(value)) throw new Error(`Dropdown has no option "${value}"`);
    this.selectEl.value = value;
    this.selectEl.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;
  private instant = false;
  private changeCallback: ((value: number) => unknown) | null = null;
  private format: ((value: number) => string) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = child(containerEl, "input", "slider");
    this.sliderEl.type = "range";
    const fire = (): void => {
      void this.changeCallback?.(this.getValue());
    };
    this.sliderEl.addEventListener("input", () => {
      if (this.instant) fire();
    });
    this.sliderEl.addEventListener("change", () => {
      if (!this.instant) fire();
    });
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }
  setInstant(instant: boolean): this {
    this.instant = instant;
    return this;
  }
  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }
  getValue(): number {
    return Number(this.sliderEl.value);
  }
  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }
  setDisplayFormat(format: (value: number) => string): this {
    this.format = format;
    return this;
  }
  /** @deprecated in Obsidian. */
  setDynamicTooltip(): this {
    return this;
  }
  onChange(callback: (value: number) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  simulateChange(value: number): void {
    this.sliderEl.value = String(value);
    this.sliderEl.dispatchEvent(new Event("input", { bubbles: true }));
    this.sliderEl.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

export class ColorComponent extends ValueComponent<string> {
  colorPickerEl: HTMLInputElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.colorPickerEl = child(containerEl, "input");
    this.colorPickerEl.type = "color";
    this.colorPickerEl.addEventListener("change", () => {
      void this.changeCallback?.(this.getValue());
    });
  }
  getValue(): string {
    return this.colorPickerEl.value;
  }
  setValue(value: string): this {
    this.colorPickerEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  simulateChange(value: string): void {
    this.colorPickerEl.value = value;
    this.colorPickerEl.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;
  private clickCallback: ((evt: MouseEvent) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = child(containerEl, "button");
    this.buttonEl.addEventListener("click", (evt) => {
      if (!this.disabled) void this.clickCallback?.(evt);
    });
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }
  setCta(): this {
    this.buttonEl.classList.add("mod-cta");
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.buttonEl, tooltip, options);
    return this;
  }
  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.classList.add(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.clickCallback = callback;
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent {
  extraSettingsEl: HTMLElement;
  private clickCallback: (() => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = child(containerEl, "div", "clickable-icon extra-setting-button");
    this.extraSettingsEl.addEventListener("click", () => {
      if (!this.disabled) void this.clickCallback?.();
    });
  }

  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.classList.toggle("is-disabled", disabled);
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.extraSettingsEl, tooltip, options);
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }
  onClick(callback: () => unknown): this {
    this.clickCallback = callback;
    return this;
  }
}

