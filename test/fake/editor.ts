// A text-buffer Editor for MarkdownView, enough for editorCallback commands: value, lines, cursor/selection,
// ranges and offsets. Every change calls the onChange hook (MarkdownView marks itself dirty and requests a save).

export interface EditorPosition {
  line: number;
  ch: number;
}

export interface EditorSelection {
  anchor: EditorPosition;
  head: EditorPosition;
}

export class Editor {
  private text = "";
  private selections: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];

  constructor(private onChange: () => void = () => {}) {}

  refresh(): void {}
  getValue(): string {
    return this.text;
  }
  setValue(content: string): void {
    this.text = content;
    this.setCursor(0, 0);
    this.onChange();
  }
  /** Sets the text without firing the change hook (used when the view loads a file). */
  loadValue(content: string): void {
    this.text = content;
    const last = this.clip(this.selections[0]?.head ?? { line: 0, ch: 0 });
    this.selections = [{ anchor: last, head: last }];
  }
  replaceSelection(replacement: string, origin?: string): void {
    void origin;
    const sel = this.selections[0];
    if (!sel) return;
    const [from, to] = this.ordered(sel);
    this.replaceRange(replacement, from, to);
    const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
    this.selections = [{ anchor: end, head: end }];
  }
  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void {
    void origin;
    const a = this.posToOffset(from);
    const b = to ? this.posToOffset(to) : a;
    this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
    this.onChange();
  }
  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.selections = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
  }
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(p);
  }
  focus(): void {}
  scrollIntoView(range: unknown, center?: boolean): void {
    void range;
    void center;
  }
  undo(): void {}
  exec(command: string): void {
    void command;
  }
  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split("\n");
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    return Math.min(offset + Math.max(0, Math.min(pos.ch, lines[pos.line]?.length ?? 0)), this.text.length);
  }
  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split("\n");
    return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
  }
  private clip(pos: EditorPosition): EditorPosition {
    return this.offsetToPos(this.posToOffset(pos));
  }
  private ordered(sel: EditorSelection): [EditorPosition, EditorPosition] {
    return this.posToOffset(sel.anchor) <= this.posToOffset(sel.head) ? [sel.anchor, sel.head] : [sel.head, sel.anchor];
  }
}
