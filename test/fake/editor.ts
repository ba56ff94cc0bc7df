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

export interface EditorTransaction {
  replaceSelection?: string;
  changes?: { text: string; from: EditorPosition; to?: EditorPosition }[];
  selection?: { from: EditorPosition; to?: EditorPosition };
}

export class Editor {
  private text = "";
  private selections: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  private focused = false;

  constructor(private onChange: () => void = () => {}) {}

  getDoc(): this {
    return this;
  }
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
  getLine(line: number): string {
    return this.text.split("\n")[line] ?? "";
  }
  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }
  lineCount(): number {
    return this.text.split("\n").length;
  }
  lastLine(): number {
    return this.lineCount() - 1;
  }
  getSelection(): string {
    const sel = this.selections[0];
    return sel ? this.getRange(...this.ordered(sel)) : "";
  }
  somethingSelected(): boolean {
    return this.getSelection() !== "";
  }
  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
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
  getCursor(string?: "from" | "to" | "head" | "anchor"): EditorPosition {
    const sel = this.selections[0] ?? { anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } };
    const [from, to] = this.ordered(sel);
    if (string === "from") return from;
    if (string === "to") return to;
    if (string === "anchor") return sel.anchor;
    return sel.head;
  }
  listSelections(): EditorSelection[] {
    return this.selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
  }
  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.selections = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
  }
  setSelections(ranges: EditorSelection[], main?: number): void {
    void main;
    this.selections = ranges.map((r) => ({ anchor: this.clip(r.anchor), head: this.clip(r.head ?? r.anchor) }));
  }
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(p);
  }
  focus(): void {
    this.focused = true;
  }
  blur(): void {
    this.focused = false;
  }
  hasFocus(): boolean {
    return this.focused;
  }
  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }
  scrollTo(x?: number | null, y?: number | null): void {
    void x;
    void y;
  }
  scrollIntoView(range: unknown, center?: boolean): void {
    void range;
    void center;
  }
  undo(): void {}
  redo(): void {}
  exec(command: string): void {
    void command;
  }
  transaction(tx: EditorTransaction, origin?: string): void {
    void origin;
    for (const c of [...(tx.changes ?? [])].sort((x, y) => this.posToOffset(y.from) - this.posToOffset(x.from))) {
      this.replaceRange(c.text, c.from, c.to);
    }
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
    if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
  }
  wordAt(pos: EditorPosition): { from: EditorPosition; to: EditorPosition } | null {
    const line = this.getLine(pos.line);
    let s = pos.ch;
    let e = pos.ch;
    while (s > 0 && /\w/.test(line[s - 1] ?? "")) s--;
    while (e < line.length && /\w/.test(line[e] ?? "")) e++;
    return s === e ? null : { from: { line: pos.line, ch: s }, to: { line: pos.line, ch: e } };
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
