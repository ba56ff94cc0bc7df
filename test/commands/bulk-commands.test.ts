// @vitest-environment happy-dom
// Bulk edit, Apply tag rules, Snooze client and Undo last change driven through their windows on
// the fake app: the preview names who changes, nothing is written before the user applies, and
// undo gives back the exact bytes.
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, notices, readFile, TextComponent } from "../fake/obsidian";
import { click } from "../plugin/setup";
import { startDeps } from "../helpers/sample-plugin";
import { applyTagRules, bulkEditCommand, snoozeClient, undoLast } from "../../src/commands/bulk-commands";
import { defaultSettings } from "../../src/core/model/settings";
import { parseCondition, type Condition } from "../../src/core/intel/segments";

const note = (id: number, name: string, stage: string, tags: string) =>
  `---\ntype: client\nclient_id: CLI-0000${id}\ncompany: ${name}\nstage: ${stage}\ntags: ${tags}\n---\n# ${name}\n\nNotes.\n`;
const FILES = {
  "Clients/Acme.md": note(1, "Acme", "Active", "[retainer]"),
  "Clients/Globex.md": note(2, "Globex", "Active", "[]"),
  "Clients/Initech.md": note(3, "Initech", "Proposal", "[retainer]"),
};

function condition(text: string): Condition {
  const c = parseCondition(text);
  if ("problem" in c) throw new Error(c.problem);
  return c;
}

async function start(settings = defaultSettings()) {
  const h = await startDeps(FILES, settings);
  await h.settle();
  return { ...h, app: h.fake };
}

async function waitWrites(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

describe("bulk-edit", () => {
  it("previews the clients a condition matches and moves only them; undo restores the bytes", async () => {
    const { app, deps } = await start();
    bulkEditCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Clients", TextComponent).simulateChange("stage:Active");
    expect(el.querySelector(".clientele-bulk-preview")?.textContent).toBe("2 clients: Acme, Globex");
    getControl(el, "Stage", DropdownComponent).simulateChange("Retention");
    expect(readFile(app, "Clients/Acme.md")).toBe(FILES["Clients/Acme.md"]);
    click(el, "Apply");
    await waitWrites();
    expect(readFile(app, "Clients/Acme.md")).toContain("stage: Retention\n");
    expect(readFile(app, "Clients/Globex.md")).toContain("stage: Retention\n");
    expect(readFile(app, "Clients/Initech.md")).toBe(FILES["Clients/Initech.md"]);
    undoLast(deps);
    await waitWrites();
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
  });

  it("says what is wrong instead of writing: a bad condition, no tag", async () => {
    const { app, deps } = await start();
    bulkEditCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Clients", TextComponent).simulateChange("tier:Platinum");
    expect(el.querySelector(".clientele-form-error")?.textContent).toMatch(/Platinum/);
    getControl(el, "Clients", TextComponent).simulateChange("tag:retainer");
    getControl(el, "Change", DropdownComponent).simulateChange("add-tag");
    click(el, "Apply");
    expect(el.querySelector(".clientele-form-error")?.textContent).toBe("Write the tag.");
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
  });
});

describe("apply-tag-rules", () => {
  it("shows each client's tag changes, writes exactly them on Apply, and one undo restores them all", async () => {
    const settings = defaultSettings();
    settings.tagRules = [{ when: condition("stage:Active"), tag: "active-work" }, { when: condition("stage:Proposal"), tag: "retainer", remove: true }];
    const { app, deps } = await start(settings);
    applyTagRules(deps);
    const el = getOpenModal(app).contentEl;
    expect(Array.from(el.querySelectorAll(".clientele-tag-preview li"), (li) => li.textContent)).toEqual([
      "Acme: +active-work",
      "Globex: +active-work",
      "Initech: −retainer",
    ]);
    expect(readFile(app, "Clients/Acme.md")).toBe(FILES["Clients/Acme.md"]);
    click(el, "Apply to 3 clients");
    await waitWrites();
    expect(readFile(app, "Clients/Acme.md")).toBe(FILES["Clients/Acme.md"].replace("tags: [retainer]", "tags: [retainer, active-work]"));
    expect(readFile(app, "Clients/Globex.md")).toBe(FILES["Clients/Globex.md"].replace("tags: []", "tags: [active-work]"));
    expect(readFile(app, "Clients/Initech.md")).toBe(FILES["Clients/Initech.md"].replace("tags: [retainer]", "tags: []"));
    undoLast(deps);
    await waitWrites();
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
  });

  it("leaves a note whose tags changed after the preview alone, and names it", async () => {
    const settings = defaultSettings();
    settings.tagRules = [{ when: condition("stage:Active"), tag: "active-work" }];
    const { app, deps } = await start(settings);
    applyTagRules(deps);
    const el = getOpenModal(app).contentEl;
    const acme = app.vault.getFileByPath("Clients/Acme.md");
    if (!acme) throw new Error("no Acme");
    const edited = FILES["Clients/Acme.md"].replace("tags: [retainer]", "tags: [retainer, vip]");
    await app.vault.modify(acme, edited);
    click(el, "Apply to 2 clients");
    await waitWrites();
    expect(readFile(app, "Clients/Acme.md")).toBe(edited);
    expect(readFile(app, "Clients/Globex.md")).toContain("tags: [active-work]");
    expect(notices().at(-1)).toBe('Tag rules: 1 note changed. Left alone because their tags changed since the preview: "Clients/Acme.md". Run "Undo last change" to restore them.');
  });

  it("says so when there are no rules, or nothing to change", async () => {
    const { deps } = await start();
    applyTagRules(deps);
    expect(notices().at(-1)).toMatch(/no tag rules yet/);
  });
});

describe("snooze-client", () => {
  it("snoozes the picked client for a week", async () => {
    const { app, deps } = await start();
    const acme = app.vault.getFileByPath("Clients/Acme.md");
    if (!acme) throw new Error("no Acme");
    await app.workspace.getLeaf(false).openFile(acme);
    snoozeClient(deps);
    click(getOpenModal(app).contentEl, "1 week");
    await waitWrites();
    expect(readFile(app, "Clients/Acme.md")).toContain("snooze_until: 2026-11-28\n---\n");
  });
});
