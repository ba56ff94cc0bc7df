// The list of notes whose properties could not be read, under the board: each opens on click.
import { unreadableNotesTitle } from "../core/report/block-views";

export interface NoteError {
  path: string;
  message: string;
}

/** Shows `errors` in `el` (nothing when there are none); redraws only when they changed. */
export function showNoteErrors(el: HTMLElement, errors: readonly NoteError[], open: (path: string) => void): void {
  const key = JSON.stringify(errors);
  if (el.dataset.key === key) return;
  el.dataset.key = key;
  el.empty();
  if (errors.length === 0) return;
  const box = el.createEl("details", { cls: "clientele-board-errors-box" });
  box.createEl("summary", { text: unreadableNotesTitle(errors.length) });
  const list = box.createEl("ul");
  for (const e of errors) {
    const item = list.createEl("li");
    const link = item.createEl("a", { text: e.path, cls: "clientele-board-error-link", attr: { href: "#", "data-path": e.path } });
    link.addEventListener("click", (evt) => {
      evt.preventDefault();
      open(e.path);
    });
    item.appendText(`: ${e.message}`);
  }
}
