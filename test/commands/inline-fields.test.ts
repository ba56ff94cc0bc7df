// @vitest-environment happy-dom
// "Move inline fields to properties" end to end on the fake app: the preview per note, nothing
// written before the confirmation, then one undoable change that writes exactly what was shown.
import { describe, expect, it } from "vitest";
import { moveInlineFieldsCommand } from "../../src/commands/inline-fields";
import { applyInlineMoves } from "../../src/core/change/inline-move";
import { defaultSettings } from "../../src/core/model/settings";
import { moveInlineFields, planNoteMove } from "../../src/obsidian/inline-writes";
import { undoLastChange } from "../../src/obsidian/bulk-writes";
import { InlineFieldsModal } from "../../src/ui/inline-fields-modal";
import { flush, getOpenModal, notices, readFile } from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";
import { parse } from "yaml";

const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme\nstage: Discovery # set by hand\n---\n# Acme\n\nstage:: Active\nMet Ann [health_growth:: 4] on Monday.\n```\nvalue:: 9\n```\nrenewal:: soon\n";
const BETA = "---\ntype: client\nclient_id: CLI-00002\ncompany: Beta\n# money below\n---\nvalue:: 1200\r\n- champion:: [[Bo]]\r\nKeep this.\r\n";
const PLAIN = "---\ntype: client\nclient_id: CLI-00003\ncompany: Plain\n---\nNo fields here.\n";
const FILES = { "Clients/Acme.md": ACME, "Clients/Beta.md": BETA, "Clients/Plain.md": PLAIN, "Notes/Other.md": "---\ntype: note\n---\nstage:: Active\n" };

function click(el: HTMLElement, text: string): void {
  const button = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

async function start() {
  const h = await startDeps(FILES, defaultSettings());
  await h.settle();
  return h;
}

describe("move-inline-fields", () => {
  it("previews per note, writes nothing until confirmed, then writes the preview; undo restores the bytes", async () => {
    const h = await start();
    await moveInlineFieldsCommand(h.deps);
    const modal = getOpenModal(h.fake, InlineFieldsModal);
    const el = modal.contentEl;
    expect(el.querySelector(".clientele-inline-summary")?.textContent).toMatch(/^Moves 3 fields in 2 notes/);
    const items = Array.from(el.querySelectorAll("li")).map((li) => li.textContent);
    expect(items).toEqual([
      "stage: Active (line 9): conflict: property already set to \"Discovery\" (left alone)",
      "health_growth: 4 (line 10): new",
      "renewal: soon (line 14): skipped: \"soon\" is not a date YYYY-MM-DD (left in the body)",
      "value: 1200 (line 7): new",
      "champion: [[Bo]] (line 8): new",
    ]);
    expect(readFile(h.fake, "Clients/Acme.md")).toBe(ACME);
    // What the preview says the notes become.
    const expected = (path: string, text: string) => {
      const r = applyInlineMoves(text, planNoteMove(h.deps, path, text), (s) => parse(s) as unknown);
      return "text" in r ? r.text : "";
    };
    const acme = expected("Clients/Acme.md", ACME);
    const beta = expected("Clients/Beta.md", BETA);
    click(el, "Move 3 fields");
    await flush(h.fake);
    await h.settle();
    expect(readFile(h.fake, "Clients/Acme.md")).toBe(acme);
    expect(acme).toBe("---\ntype: client\nclient_id: CLI-00001\ncompany: Acme\nstage: Discovery # set by hand\nhealth_growth: 4\n---\n# Acme\n\nstage:: Active\nMet Ann on Monday.\n```\nvalue:: 9\n```\nrenewal:: soon\n");
    expect(readFile(h.fake, "Clients/Beta.md")).toBe(beta);
    expect(beta).toBe("---\ntype: client\nclient_id: CLI-00002\ncompany: Beta\n# money below\nvalue: 1200\nchampion: \"[[Bo]]\"\n---\nKeep this.\r\n");
    expect(readFile(h.fake, "Clients/Plain.md")).toBe(PLAIN);
    expect(readFile(h.fake, "Notes/Other.md")).toBe(FILES["Notes/Other.md"]);
    expect(notices().at(-1)).toBe('Moved inline fields to properties in 2 notes. Run "Undo last change" to restore them.');
    await undoLastChange(h.deps);
    expect(readFile(h.fake, "Clients/Acme.md")).toBe(ACME);
    expect(readFile(h.fake, "Clients/Beta.md")).toBe(BETA);
  });

  it("leaves a note alone when it changed since the preview", async () => {
    const h = await start();
    const plan = planNoteMove(h.deps, "Clients/Beta.md", BETA);
    const edited = BETA.replace("value:: 1200", "value:: 1300");
    const file = h.fake.vault.getFileByPath("Clients/Beta.md");
    if (!file) throw new Error("no Beta");
    await h.fake.vault.modify(file, edited);
    const out = await moveInlineFields(h.deps, [plan]);
    expect(out.changed).toEqual([]);
    expect(out.left).toEqual([{ path: "Clients/Beta.md", reason: "it changed since the preview" }]);
    expect(readFile(h.fake, "Clients/Beta.md")).toBe(edited);
  });

  it("says so when no client note holds a field", async () => {
    const h = await startDeps({ "Clients/Plain.md": PLAIN }, defaultSettings());
    await h.settle();
    await moveInlineFieldsCommand(h.deps);
    expect(notices().at(-1)).toMatch(/no client note holds an inline field/);
  });
});
